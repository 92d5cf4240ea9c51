"""The demo regency: what it makes, that its bulk-written rows are ones our controllers accept,
and that the same seed gives the same regency."""

import frappe
from frappe.desk.query_report import run

from asn_merit.constants import MODULES
from asn_merit.demo.activity import STEPS
from asn_merit.demo.catalogue import UNITS
from asn_merit.demo.regency import make_demo_regency
from asn_merit.merit.nip import parse_nomor_induk
from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import make_employee_with_user, make_pengaduan, make_user

SIZE = {"pegawai": 120, "jabatan": 60, "pengaduan": 60}


def demo_employees() -> list[dict]:
	company = frappe.defaults.get_global_default("company")
	abbr = frappe.db.get_value("Company", company, "abbr")
	return frappe.get_all(
		"Employee",
		filters={"department": ("in", [f"{unit} - {abbr}" for unit in UNITS])},
		fields=["name", "nip", "date_of_birth", "jabatan"],
	)


class TestDemoRegency(ASNTestCase):
	def setUp(self):
		super().setUp()
		frappe.set_user("Administrator")
		self.report = make_demo_regency(**SIZE)
		self.employees = demo_employees()

	def test_the_demo_asn_logs_in_as_an_asn(self):
		from asn_merit.demo.portal_users import USERS

		email = USERS["PNS"]
		self.assertIn("Employee", frappe.get_roles(email))  # ERPNext keeps it: the Employee is linked
		self.assertEqual(frappe.db.get_value("User", email, "default_workspace"), "Beranda ASN")

	def test_it_makes_the_regency_asked_for(self):
		counts = {key: value[0] for key, value in self.report.items()}
		self.assertEqual(
			{key: counts[key] for key in ("jabatan", "pegawai", "pengaduan", "penilaian_kinerja")},
			{"jabatan": 60, "pegawai": 120, "pengaduan": 60, "penilaian_kinerja": 240},
		)
		self.assertEqual(len(self.employees), 120)
		self.assertEqual(len({row.nip for row in self.employees}), 120)
		for row in self.employees:
			self.assertEqual(parse_nomor_induk(row.nip).tanggal_lahir, row.date_of_birth)
		# The workforce of a regency: PPPK beside PNS, doctors among the professions.
		self.assertTrue(
			frappe.db.exists("Employee", {"status_kepegawaian": "PPPK", "grade": ("in", ("V", "VII", "IX"))})
		)
		self.assertTrue(frappe.db.exists("Employee", {"pendidikan_terakhir": "Dokter"}))
		self.assertGreater(counts["penetapan_angka_kredit"], 0)  # JF holders with angka kredit
		states = frappe.get_all(
			"Usulan Promosi",
			filters={"name": ("in", list(counts["usulan_promosi"].values()))},
			pluck="workflow_state",
		)
		self.assertEqual(sorted(states), sorted(STEPS))
		self.assertEqual(
			frappe.db.get_value("Seleksi Terbuka", counts["seleksi_terbuka"], "status"), "Pengumuman"
		)
		self.assertGreater(
			frappe.db.count("Lamaran Seleksi Terbuka", {"seleksi_terbuka": counts["seleksi_terbuka"]}), 0
		)
		self.assertEqual(counts["skor_merit"], frappe.db.count("Employee", {"status": "Active"}))

	def test_bulk_written_records_pass_their_controllers(self):
		for row in self.employees[:5]:
			frappe.get_doc("Employee", row.name).save()
		for name in frappe.get_all("Pengaduan Masyarakat", limit=5, order_by="creation desc", pluck="name"):
			frappe.get_doc("Pengaduan Masyarakat", name).save()
		make_pengaduan()  # a new record after the bulk ones takes a free name from the same counter
		appraisal = frappe.get_doc("Penilaian Kinerja", {"employee": self.employees[0].name})
		self.assertEqual(
			(appraisal.docstatus, len(appraisal.hasil_kerja), len(appraisal.perilaku)), (1, 2, 7)
		)
		jabatan = frappe.get_doc("Jabatan", self.employees[0].jabatan)
		self.assertGreaterEqual(jabatan.bezetting, 1)

	def test_the_same_seed_gives_the_same_regency(self):
		first = sorted(row.nip for row in self.employees)
		frappe.db.rollback()
		make_demo_regency(**SIZE)
		second = sorted(row.nip for row in demo_employees())
		self.assertEqual(first, second)

	def test_a_second_run_on_the_same_site_is_refused(self):
		with self.assertRaises(frappe.ValidationError) as caught:
			make_demo_regency(**SIZE)
		self.assertIn("sudah ada", str(caught.exception))


# A BKPSDM officer works in HRMS as an HR User too: our role adds to it, it does not replace it.
WORKS_WITH = {"Petugas BKPSDM": ("HR User",)}


# Filters a report cannot run without, taken from the demo regency.
def report_filters(report: str, seleksi: str) -> dict:
	jabatan = frappe.db.get_value("Jabatan", {"jenis_jabatan": "JPT Pratama"})
	unit = frappe.db.get_value("Jabatan", jabatan, "unit_kerja")
	return {
		"Peringkat Merit Jabatan": {"jabatan": jabatan},
		"Hasil Seleksi Terbuka": {"seleksi_terbuka": seleksi},
		"Kalibrasi Predikat Kinerja": {"unit_kerja": unit, "tahun": frappe.utils.getdate().year - 1},
	}.get(report, {})


class TestReportsOnTheDemoRegency(ASNTestCase):
	def test_every_report_opens_for_each_of_its_roles_and_is_refused_to_a_plain_asn(self):
		frappe.set_user("Administrator")
		seleksi = make_demo_regency(**SIZE, workflows=True)["seleksi_terbuka"][0]
		asn = make_employee_with_user("laporan.asn@example.com").user_id
		reports = frappe.get_all("Report", filters={"module": ("in", MODULES)}, pluck="name")
		self.assertGreaterEqual(len(reports), 8)
		for report in reports:
			filters = report_filters(report, seleksi)
			for role in frappe.get_all(
				"Has Role", filters={"parent": report, "parenttype": "Report"}, pluck="role"
			):
				user = make_user(f"{frappe.scrub(role)}@laporan.example.com", role, *WORKS_WITH.get(role, ()))
				with self.set_user(user):
					result = run(report, filters=filters)
				self.assertIn("result", result, f"{report} as {role}")
			with self.set_user(asn), self.assertRaises(frappe.PermissionError, msg=report):
				run(report, filters=filters)
