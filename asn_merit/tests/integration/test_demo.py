"""The demo regency: what it makes, that its bulk-written rows are ones our controllers accept,
and that the same seed gives the same regency."""

import frappe

from asn_merit.demo.activity import STEPS
from asn_merit.demo.catalogue import UNITS
from asn_merit.demo.regency import make_demo_regency
from asn_merit.merit.nip import parse_nip
from asn_merit.tests.base import ASNTestCase

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

	def test_it_makes_the_regency_asked_for(self):
		counts = {key: value[0] for key, value in self.report.items()}
		self.assertEqual(
			{key: counts[key] for key in ("jabatan", "pegawai", "pengaduan", "penilaian_kinerja")},
			{"jabatan": 60, "pegawai": 120, "pengaduan": 60, "penilaian_kinerja": 240},
		)
		self.assertEqual(len(self.employees), 120)
		self.assertEqual(len({row.nip for row in self.employees}), 120)
		for row in self.employees:
			self.assertEqual(parse_nip(row.nip).tanggal_lahir, row.date_of_birth)
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
