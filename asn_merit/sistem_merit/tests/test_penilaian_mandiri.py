"""The merit self-assessment: suggestions from the app's data, editable scores, total and category."""

import frappe

from asn_merit.merit.indeks_merit import ASPEK
from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import make_employee_with_user, make_jabatan, make_user

THIS_YEAR = 2026


class TestPenilaianMandiri(ASNTestCase):
	def setUp(self):
		super().setUp()
		self.officer = make_user("mandiri.bkpsdm@example.com", "Petugas BKPSDM")

	def make(self, **fields):
		with self.set_user(self.officer):
			return frappe.get_doc(
				{"doctype": "Penilaian Mandiri Sistem Merit", "tahun": THIS_YEAR, **fields}
			).insert()

	def test_a_new_assessment_is_filled_from_the_apps_data(self):
		total = frappe.db.count("Jabatan")
		make_jabatan("Jabatan Tanpa ABK Mandiri", kebutuhan=0)
		with_need = frappe.db.count("Jabatan", {"kebutuhan": (">", 0)})
		doc = self.make()
		self.assertEqual([row.aspek for row in doc.aspek], [aspek for aspek, _maks in ASPEK])
		perencanaan = doc.aspek[0]
		self.assertEqual(perencanaan.skor_saran, round(24 * with_need / (total + 1), 1))
		self.assertIn(f"{with_need} dari {total + 1} jabatan", perencanaan.bukti)
		self.assertIsNone(doc.aspek[1].skor_saran)  # pengadaan: no evidence in the app
		self.assertEqual(doc.total, round(sum(row.skor for row in doc.aspek), 1))

	def test_scores_are_editable_within_their_maximum_and_give_the_category(self):
		doc = self.make()
		with self.set_user(self.officer):
			for row in doc.aspek:
				row.skor = row.skor_maksimal
			doc.save()
			self.assertEqual((doc.total, doc.indeks, doc.kategori), (400, 1.0, "IV - Sangat Baik"))
			doc.aspek[1].skor = 30
			with self.assertRaises(frappe.ValidationError) as caught:
				doc.save()
		self.assertIn("antara 0 dan 24", str(caught.exception))

	def test_one_assessment_per_year_and_only_bkpsdm_writes_it(self):
		self.make()
		self.assertRaises(frappe.DuplicateEntryError, self.make)
		asn = make_employee_with_user("mandiri.asn@example.com").user_id
		with self.set_user(asn), self.assertRaises(frappe.PermissionError):
			frappe.get_doc({"doctype": "Penilaian Mandiri Sistem Merit", "tahun": THIS_YEAR - 1}).insert()
