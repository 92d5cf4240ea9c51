"""The demo's competency standards and assessed levels: every jabatan has a standard, every
assessment measures it, and the Kompetensi of the assessed is measured in their Skor Merit."""

from collections import Counter
from unittest.mock import patch

import frappe

from asn_merit.demo import kompetensi
from asn_merit.demo.catalogue import UNITS
from asn_merit.demo.regency import make_demo_regency
from asn_merit.tests.base import ASNTestCase

SIZE = {"pegawai": 120, "jabatan": 60, "pengaduan": 20, "workflows": False}
NINE = len(kompetensi.MANAJERIAL) + len(kompetensi.SOSIAL_KULTURAL)


def demo_employees() -> list[dict]:
	abbr = frappe.db.get_value("Company", frappe.defaults.get_global_default("company"), "abbr")
	return frappe.get_all(
		"Employee",
		filters={"department": ("in", [f"{unit} - {abbr}" for unit in UNITS])},
		fields=["name", "jabatan"],
	)


def complaints() -> list[tuple]:
	"""Their content in the order made; not their names, whose number comes from the counter
	every "format:" autoname shares (more assessments, later numbers)."""
	return frappe.get_all(
		"Pengaduan Masyarakat",
		fields=["tanggal_diterima", "kategori", "unit_kerja", "employee", "nama_pelapor", "status"],
		order_by="name",
		as_list=True,
	)


class TestDemoCompetencies(ASNTestCase):
	def setUp(self):
		super().setUp()
		frappe.set_user("Administrator")
		make_demo_regency(**SIZE)
		self.employees = [row.name for row in demo_employees()]

	def test_every_jabatan_has_a_standard_its_controller_accepts(self):
		jabatan = {row.jabatan for row in demo_employees()}
		parents = frappe.get_all(
			"Jabatan Kompetensi",
			filters={"parenttype": "Jabatan", "parent": ("in", list(jabatan))},
			pluck="parent",
		)
		self.assertEqual(Counter(parents), dict.fromkeys(jabatan, NINE))
		head = frappe.get_doc("Jabatan", {"jenis_jabatan": "JPT Pratama", "name": ("in", list(jabatan))})
		self.assertEqual({row.level for row in head.standar_kompetensi}, {4, 3})  # Perekat Bangsa 3
		head.save()

	def test_every_assessment_measures_the_standard_and_passes_its_controller(self):
		assessments = frappe.get_all(
			"Hasil Asesmen", filters={"employee": ("in", self.employees)}, pluck="name"
		)
		self.assertGreater(len(assessments), len(self.employees) / 2)
		rows = frappe.get_all(
			"Hasil Asesmen Kompetensi",
			filters={"parenttype": "Hasil Asesmen", "parent": ("in", assessments)},
			fields=["parent", "level", "docstatus"],
		)
		self.assertEqual(len(rows), NINE * len(assessments))
		self.assertTrue(all(1 <= row.level <= 5 and row.docstatus == 1 for row in rows))
		for name in assessments[:3] + assessments[-3:]:  # the centre's and the CACT's
			frappe.get_doc("Hasil Asesmen", name).validate()

	def test_the_assessed_have_kompetensi_measured_and_the_others_are_named(self):
		assessed = set(frappe.get_all("Hasil Asesmen", filters={"docstatus": 1}, pluck="employee"))
		scores = frappe.get_all(
			"Skor Merit",
			filters={"employee": ("in", self.employees)},
			fields=["employee", "belum_diukur", "kotak_talenta", "skor_kompetensi"],
		)
		self.assertEqual(len(scores), len(self.employees))
		for row in scores:
			with self.subTest(employee=row.employee):
				if row.employee in assessed:
					self.assertIsNone(row.belum_diukur)
					self.assertGreater(row.skor_kompetensi, 0)
					self.assertNotEqual(row.kotak_talenta, 0)
				else:
					self.assertEqual((row.belum_diukur, row.kotak_talenta), ("Potensi, Kompetensi", 0))

	def test_the_new_assessments_leave_the_rest_of_the_regency_as_the_seed_made_it(self):
		"""Levels and CACT sittings draw from each person's own source, not the shared one."""
		with_cact = complaints(), frappe.db.count("Hasil Asesmen", {"sumber": "CACT BKN"})
		frappe.db.rollback()
		with patch.object(kompetensi, "SHARE_CACT", 0):
			make_demo_regency(**SIZE)
		self.assertEqual(complaints(), with_cact[0])
		self.assertTrue(with_cact[0])
		self.assertLess(frappe.db.count("Hasil Asesmen", {"sumber": "CACT BKN"}), with_cact[1])
