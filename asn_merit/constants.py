"""Names shared by code and tests: one spelling for each."""

from asn_merit.merit.nip import JenisKelamin

# The app's Frappe modules, one per feature (modules.txt lists the same names).
MODULE_KEPEGAWAIAN = "Kepegawaian"
MODULE_SISTEM_MERIT = "Sistem Merit"
MODULES = (
	MODULE_KEPEGAWAIAN,
	"Kinerja",
	"Talenta",
	"Seleksi",
	"Promosi",
	"Pengaduan",
	MODULE_SISTEM_MERIT,
)
# The one module release 0.1.0 held everything in (patches/v0_2/split_into_feature_modules.py).
MODULE_0_1 = "ASN Merit"

# Frappe's and HRMS's own roles we grant rights to.
ROLE_SYSTEM_MANAGER = "System Manager"
ROLE_HR_MANAGER = "HR Manager"
ROLE_HR_USER = "HR User"
ROLE_EMPLOYEE = "Employee"  # HRMS: every civil servant who logs in
ROLE_EMPLOYEE_SELF_SERVICE = "Employee Self Service"  # HRMS's restricted user type

ROLE_BKPSDM = "Petugas BKPSDM"
ROLE_PETUGAS_PENGADUAN = "Petugas Pengaduan"  # admin koordinator: screens, verifies, routes
ROLE_INSPEKTORAT = "Inspektorat"  # handles complaints berkadar pengawasan, alone
ROLE_PENGHUBUNG = "Penghubung Pengaduan"  # admin penghubung of a unit: answers its disposisi
ROLE_KEPALA_UNIT = "Kepala Unit Kerja"  # proposes promotions for their unit
ROLE_TIM_PENILAI = "Tim Penilai Kinerja"  # advises the PPK (PP 11/2017 Pasal 201)
ROLE_PPK = "Pejabat Pembina Kepegawaian"  # approves promotions
ROLE_PANSEL = "Panitia Seleksi"  # a member of a Seleksi Terbuka panel (pansel)
# An ASN of another instansi who applied to a Seleksi Terbuka from the portal: a Website User
# (no desk access) with no DocType rights; their pages filter by their own user.
ROLE_PELAMAR_LUAR = "Pelamar Seleksi Terbuka"
# Roles we ship as fixtures (fixtures/role.json) and remove on uninstall.
ROLES = (
	ROLE_BKPSDM,
	ROLE_PETUGAS_PENGADUAN,
	ROLE_INSPEKTORAT,
	ROLE_PENGHUBUNG,
	ROLE_KEPALA_UNIT,
	ROLE_TIM_PENILAI,
	ROLE_PPK,
	ROLE_PANSEL,
	ROLE_PELAMAR_LUAR,
)
# Who sees and changes every row of the personnel records, whatever the row-level rules say.
PRIVILEGED_ROLES = frozenset({ROLE_SYSTEM_MANAGER, ROLE_BKPSDM, ROLE_HR_MANAGER})

WORKFLOW_USULAN_PROMOSI = "Usulan Promosi"

# The workspace each kind of user lands on (setup/role_homes.py chooses among them).
WORKSPACE_SISTEM_MERIT = "Sistem Merit"
WORKSPACE_KEPUTUSAN_PPK = "Keputusan PPK"
WORKSPACE_LAYANAN_PENGADUAN = "Layanan Pengaduan"
WORKSPACE_TIM_PENILAI = "Tim Penilai Kinerja"
WORKSPACE_PANSEL = "Panitia Seleksi"
WORKSPACE_KEPALA_UNIT = "Kepala Unit Kerja"
WORKSPACE_BERANDA_ASN = "Beranda ASN"
# The Module Profile that keeps ERPNext's and HRMS's modules out of the sidebar of whoever works
# only in this app.
MODULE_PROFILE_SISTEM_MERIT = "Hanya Sistem Merit"

# ERPNext's setup wizard creates the English Gender records; a regency may add Indonesian ones.
GENDERS_BY_JENIS_KELAMIN = {
	JenisKelamin.LAKI_LAKI: ("Male", "Laki-laki"),
	JenisKelamin.PEREMPUAN: ("Female", "Perempuan"),
}
