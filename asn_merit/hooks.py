from asn_merit.constants import ROLES

app_name = "asn_merit"
app_title = "ASN Merit"
app_publisher = "asn_merit developers"
app_description = "Sistem merit ASN untuk pemerintah daerah: jabatan, kinerja, talenta, seleksi terbuka, promosi dan pengaduan masyarakat"
app_email = "asn-merit@example.org"
app_license = "gpl-3.0"
# erpnext and hrms, written "org/repo" as hrms does: for a bare name, install-app asks the
# GitHub API which organisation owns it, and fails on servers that cannot reach GitHub.
required_apps = ["frappe/erpnext", "frappe/hrms"]

# Controllers carry their DF field types, as `bench new-app` sets up for v15 apps.
export_python_type_annotations = True

# Installation
# ------------
after_install = "asn_merit.setup.install.after_install"
before_uninstall = "asn_merit.setup.install.before_uninstall"

# Roles and other records Frappe cannot sync from the module folder, filtered by name: only
# those a regency never edits, as migrate overwrites them (the Workflow: setup/workflow.py).
fixtures = [
	{"dt": "Role", "filters": [["name", "in", list(ROLES)]]},
	{
		"dt": "Workflow State",
		"filters": [
			[
				"name",
				"in",
				[
					"Draft",
					"Diajukan",
					"Diverifikasi BKPSDM",
					"Dipertimbangkan Tim Penilai Kinerja",
					"Disetujui PPK",
					"Ditetapkan",
					"Dikembalikan",
					"Ditolak",
				],
			]
		],
	},
	{
		"dt": "Workflow Action Master",
		"filters": [
			[
				"name",
				"in",
				["Ajukan", "Verifikasi", "Pertimbangkan", "Setujui", "Tetapkan", "Kembalikan", "Tolak"],
			]
		],
	},
]

# Permissions
# -----------
# Every child DocType of the module (tests/integration/test_permission_matrix.py checks the list).
_CHILD_TABLES = (
	"Anggota Rencana Suksesi",
	"Hasil Asesmen Kompetensi",
	"Impor Data ASN Baris",
	"Jabatan Kompetensi",
	"Kotak Talenta",
	"Lamaran Seleksi Terbuka Nilai",
	"Penghubung Pengaduan Unit",
	"Penilaian Kinerja Penilai",
	"Penilaian Kinerja Perilaku",
	"Penilaian Kinerja RHK",
	"Penilaian Mandiri Sistem Merit Aspek",
	"Rencana Pengembangan Kompetensi Aksi",
	"Riwayat Golongan",
	"Riwayat Hukuman Disiplin",
	"Riwayat Jabatan",
	"Riwayat Kalibrasi",
	"Riwayat Perjanjian Kerja",
	"Riwayat Predikat Kinerja",
	"Seleksi Terbuka Jabatan",
	"Seleksi Terbuka Panitia",
	"Seleksi Terbuka Tahap",
	"Umpan Balik Perilaku Nilai",
)
permission_query_conditions = {
	"Penilaian Kinerja": "asn_merit.kinerja.permissions.penilaian_kinerja_query",
	"Umpan Balik Perilaku": "asn_merit.kinerja.permissions.umpan_balik_perilaku_query",
	"Keberatan Penilaian Kinerja": "asn_merit.kinerja.permissions.keberatan_query",
	"Pengaduan Masyarakat": "asn_merit.pengaduan.permissions.pengaduan_query",
	"Usulan Promosi": "asn_merit.promosi.permissions.usulan_promosi_query",
	"Seleksi Terbuka": "asn_merit.seleksi.permissions.seleksi_terbuka_query",
	"Lamaran Seleksi Terbuka": "asn_merit.seleksi.permissions.lamaran_seleksi_query",
	"Nilai Seleksi Terbuka": "asn_merit.seleksi.permissions.nilai_seleksi_query",
	"Pernyataan Konflik Kepentingan": "asn_merit.seleksi.permissions.pernyataan_konflik_query",
	"Skor Merit": "asn_merit.talenta.permissions.skor_merit_query",
	"Hasil Asesmen": "asn_merit.talenta.permissions.hasil_asesmen_query",
	"Rencana Pengembangan Kompetensi": "asn_merit.talenta.permissions.rencana_pengembangan_query",
	"Penghargaan": "asn_merit.talenta.permissions.penghargaan_query",
	"Penetapan Angka Kredit": "asn_merit.kepegawaian.permissions.penetapan_angka_kredit_query",
	# Child tables: rows only of the parents the user may open (Frappe checks the parent DocType only).
	**{child: "asn_merit.permissions.child_rows_query" for child in _CHILD_TABLES},
}
has_permission = {
	"Penilaian Kinerja": "asn_merit.kinerja.permissions.has_penilaian_kinerja_permission",
	"Umpan Balik Perilaku": "asn_merit.kinerja.permissions.has_umpan_balik_perilaku_permission",
	"Keberatan Penilaian Kinerja": "asn_merit.kinerja.permissions.has_keberatan_permission",
	"Pengaduan Masyarakat": "asn_merit.pengaduan.permissions.has_pengaduan_permission",
	"Usulan Promosi": "asn_merit.promosi.permissions.has_usulan_promosi_permission",
	"Seleksi Terbuka": "asn_merit.seleksi.permissions.has_seleksi_terbuka_permission",
	"Lamaran Seleksi Terbuka": "asn_merit.seleksi.permissions.has_lamaran_seleksi_permission",
	"Nilai Seleksi Terbuka": "asn_merit.seleksi.permissions.has_nilai_seleksi_permission",
	"Pernyataan Konflik Kepentingan": "asn_merit.seleksi.permissions.has_pernyataan_konflik_permission",
	"Skor Merit": "asn_merit.talenta.permissions.has_skor_merit_permission",
	"Hasil Asesmen": "asn_merit.talenta.permissions.has_hasil_asesmen_permission",
	"Rencana Pengembangan Kompetensi": "asn_merit.talenta.permissions.has_rencana_pengembangan_permission",
	"Penghargaan": "asn_merit.talenta.permissions.has_penghargaan_permission",
	"Penetapan Angka Kredit": "asn_merit.kepegawaian.permissions.has_penetapan_angka_kredit_permission",
}

# Testing
# -------
before_tests = "asn_merit.tests.bootstrap.before_tests"

# Our buttons on HRMS forms
doctype_js = {"Employee": "public/js/employee.js"}

# Document Events
# ---------------
# HRMS already overrides the Employee class, so we hook events instead of overriding it.
doc_events = {
	"Employee": {
		"before_validate": "asn_merit.overrides.employee.before_validate",
		"validate": "asn_merit.overrides.employee.validate",
	},
	# Each user's home workspace and sidebar follow their roles (setup/role_homes.py says why here).
	"User": {"validate": "asn_merit.overrides.user.validate"},
	# HRMS's Training Result closes the development-plan actions it reports (talenta/pengembangan.py).
	"Training Result": {
		"on_submit": "asn_merit.overrides.training_result.on_submit",
		"on_cancel": "asn_merit.overrides.training_result.on_cancel",
	},
	# Complaint deadlines read the holidays from Redis (pengaduan/working_days.py).
	"Holiday List": {
		"on_update": "asn_merit.pengaduan.working_days.forget_holidays",
		"on_trash": "asn_merit.pengaduan.working_days.forget_holidays",
	},
	"ASN Merit Settings": {"on_update": "asn_merit.pengaduan.working_days.forget_holidays"},
}

# A civil servant without desk access lands on their own Portal ASN after logging in: our entry
# on Frappe's apps screen, their default app (setup/role_homes.py).
add_to_apps_screen = [
	{
		"name": "asn_merit",
		"logo": "/assets/asn_merit/images/portal-asn.svg",
		"title": "Portal ASN",
		"route": "/asn",
		"has_permission": "asn_merit.portal.home.can_open_portal",
	}
]

scheduler_events = {
	"hourly": ["asn_merit.pengaduan.unclaimed_uploads.delete_unclaimed_guest_uploads"],
	"daily": [
		"asn_merit.pengaduan.auto_close.close_silent_complaints",
		"asn_merit.promosi.effect.submit_due_promotions",
		"asn_merit.kepegawaian.pengingat_karier.send_career_reminders",
	],
}

# First the client's trustworthy address, which every per-address limit keys on (Frappe's too);
# guests read Bahasa Indonesia; then guests reach two Frappe endpoints through the complaint
# form: keep them to that purpose.
before_request = [
	"asn_merit.pengaduan.client_address.set_request_ip",
	"asn_merit.website.guest_language.use_indonesian_for_guests",
	"asn_merit.pengaduan.request_guard.guard_guest_requests",
	# With `read_from_replica` set, reads go to the replica only while it is up and current.
	"asn_merit.sistem_merit.read_replica.guard_replica_reads",
]
before_job = ["asn_merit.sistem_merit.read_replica.guard_replica_reads"]
# Frappe reads a JSON body before that guard runs: its failure is answered afterwards. Every
# 429 says when to try again.
after_request = [
	"asn_merit.pengaduan.unreadable_json.explain_unreadable_json",
	"asn_merit.pengaduan.guest_limits.add_retry_after",
]
update_website_context = "asn_merit.website.branding.update_website_context"
# Every public page: contrast and field labels as axe-core checks them (tests/integration).
web_include_css = "/assets/asn_merit/css/public_pages.css"
web_include_js = "/assets/asn_merit/js/public_pages.js"
