"""Our fields on ERPNext/HRMS DocTypes, as data for `create_custom_fields`.

Changing this dict needs a new `execute:` line in patches.txt so existing sites get it.
"""

from asn_merit.constants import MODULE_KEPEGAWAIAN
from asn_merit.merit.pendidikan import PENDIDIKAN_MENURUT_TINGKAT


def _fields(*fields: dict) -> list[dict]:
	return [{**field, "module": MODULE_KEPEGAWAIAN} for field in fields]


EMPLOYEE_IDENTITY = _fields(
	{
		"fieldname": "nip",
		"label": "NIP",
		"fieldtype": "Data",
		"length": 18,
		"unique": 1,
		"insert_after": "employee_name",
		"in_standard_filter": 1,
		"in_global_search": 1,
		"description": "Nomor Induk Pegawai, 18 angka. PNS: tanggal lahir, TMT CPNS, jenis kelamin, nomor urut."
		" PPPK: tanggal lahir, tahun pengangkatan, kode, jenis kelamin, nomor urut.",
	},
	# HRMS's own `grade` field holds the golongan (see setup/golongan.py); its TMT sits beside it.
	{
		"fieldname": "tmt_golongan",
		"label": "TMT Golongan",
		"fieldtype": "Date",
		"insert_after": "grade",
		"depends_on": "grade",
	},
)

EMPLOYEE_ASN_TAB = _fields(
	# The first tab, before HRMS's Overview: no `insert_after` puts a custom field at the top of the
	# form (frappe.model.meta.Meta.sort_fields); the tab's fields follow it until Overview begins.
	{"fieldname": "asn_tab", "label": "Data ASN", "fieldtype": "Tab Break", "insert_after": None},
	{
		"fieldname": "status_kepegawaian",
		"label": "Status Kepegawaian",
		"fieldtype": "Select",
		"options": "\nPNS\nPPPK",
		"insert_after": "asn_tab",
		"in_standard_filter": 1,
	},
	{
		"fieldname": "pendidikan_terakhir",
		"label": "Pendidikan Terakhir",
		"fieldtype": "Select",
		"options": "\n" + "\n".join(PENDIDIKAN_MENURUT_TINGKAT),
		"insert_after": "status_kepegawaian",
	},
	{"fieldname": "asn_column_break", "fieldtype": "Column Break", "insert_after": "pendidikan_terakhir"},
	{
		"fieldname": "jabatan",
		"label": "Jabatan",
		"fieldtype": "Link",
		"options": "Jabatan",
		"insert_after": "asn_column_break",
		"in_standard_filter": 1,
		"description": "Jabatan dan unit kerja pegawai di HRMS mengikuti jabatan ini.",
	},
	{
		"fieldname": "tmt_jabatan",
		"label": "TMT Jabatan",
		"fieldtype": "Date",
		"insert_after": "jabatan",
		"depends_on": "jabatan",
	},
	{
		"fieldname": "kandidat_talent_pool",
		"label": "Kandidat Kelompok Talenta",
		"fieldtype": "Check",
		"read_only": 1,
		"insert_after": "tmt_jabatan",
		"description": "Diisi dari penilaian kinerja tahunan yang final.",
	},
	{
		"fieldname": "perlu_pengembangan",
		"label": "Perlu Rencana Pengembangan",
		"fieldtype": "Check",
		"read_only": 1,
		"insert_after": "kandidat_talent_pool",
	},
	{
		"fieldname": "catatan_tindak_lanjut",
		"label": "Catatan Tindak Lanjut Kinerja",
		"fieldtype": "Small Text",
		"read_only": 1,
		"insert_after": "perlu_pengembangan",
	},
	{
		"fieldname": "tanggal_kgb_terakhir",
		"label": "TMT Kenaikan Gaji Berkala Terakhir",
		"fieldtype": "Date",
		"insert_after": "catatan_tindak_lanjut",
		"description": "Kenaikan gaji berkala berikutnya dua tahun sesudahnya (kalender karier).",
	},
	{
		"fieldname": "perjanjian_kerja_section",
		"label": "Perjanjian Kerja PPPK",
		"fieldtype": "Section Break",
		"insert_after": "tanggal_kgb_terakhir",
		"depends_on": "eval:doc.status_kepegawaian=='PPPK'",
	},
	{
		"fieldname": "mulai_perjanjian_kerja",
		"label": "Mulai Perjanjian Kerja",
		"fieldtype": "Date",
		"insert_after": "perjanjian_kerja_section",
	},
	{
		"fieldname": "akhir_perjanjian_kerja",
		"label": "Akhir Perjanjian Kerja",
		"fieldtype": "Date",
		"insert_after": "mulai_perjanjian_kerja",
		"description": "Pengingat dikirim 90, 60 dan 30 hari sebelumnya.",
	},
	{
		"fieldname": "perpanjangan_perjanjian_ke",
		"label": "Perpanjangan ke",
		"fieldtype": "Int",
		"insert_after": "akhir_perjanjian_kerja",
		"description": "0 untuk perjanjian kerja pertama. Diisi dari riwayat perjanjian kerja.",
	},
	{
		"fieldname": "riwayat_perjanjian_kerja",
		"label": "Riwayat Perjanjian Kerja",
		"fieldtype": "Table",
		"options": "Riwayat Perjanjian Kerja",
		"insert_after": "perpanjangan_perjanjian_ke",
		"description": "Perjanjian kerja pertama dan setiap perpanjangannya. Perjanjian yang diisi di atas "
		"dicatat di sini; yang terakhir di sini mengisi kolom di atas.",
	},
	{
		"fieldname": "riwayat_section",
		"label": "Riwayat",
		"fieldtype": "Section Break",
		"insert_after": "tmt_jabatan",
	},
	{
		"fieldname": "riwayat_golongan",
		"label": "Riwayat Golongan",
		"fieldtype": "Table",
		"options": "Riwayat Golongan",
		"insert_after": "riwayat_section",
	},
	{
		"fieldname": "riwayat_jabatan",
		"label": "Riwayat Jabatan",
		"fieldtype": "Table",
		"options": "Riwayat Jabatan",
		"insert_after": "riwayat_golongan",
	},
	{
		"fieldname": "riwayat_predikat_kinerja",
		"label": "Riwayat Predikat Kinerja",
		"fieldtype": "Table",
		"options": "Riwayat Predikat Kinerja",
		"insert_after": "riwayat_jabatan",
	},
	{
		"fieldname": "riwayat_hukuman_disiplin",
		"label": "Riwayat Hukuman Disiplin",
		"fieldtype": "Table",
		"options": "Riwayat Hukuman Disiplin",
		"insert_after": "riwayat_predikat_kinerja",
	},
)

EMPLOYEE_GRADE = _fields(
	{
		"fieldname": "pangkat",
		"label": "Pangkat",
		"fieldtype": "Data",
		"insert_after": "currency",
		"in_list_view": 1,
	},
	{
		"fieldname": "urutan_golongan",
		"label": "Urutan Golongan",
		"fieldtype": "Int",
		"insert_after": "pangkat",
		"description": "1 untuk I/a sampai 17 untuk IV/e; kosong untuk kelas yang bukan golongan PNS.",
	},
)

CUSTOM_FIELDS = {
	"Employee": EMPLOYEE_IDENTITY + EMPLOYEE_ASN_TAB,
	"Employee Grade": EMPLOYEE_GRADE,
}
