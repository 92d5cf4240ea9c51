import frappe

from asn_merit.merit.predikat import BERAKHLAK
from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import bkpsdm_unit, make_employee_with_user, make_penilaian_kinerja, make_user

ATAS, SESUAI, BAWAH = "Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi"


class TestUmpanBalik360(ASNTestCase):
	def setUp(self):
		super().setUp()
		unit = {"department": bkpsdm_unit()}
		self.atasan = make_employee_with_user("atasan360@example.com", **unit)
		self.pegawai = make_employee_with_user("dinilai360@example.com", reports_to=self.atasan.name, **unit)
		self.rekan = [
			make_employee_with_user(f"rekan{i}@example.com", reports_to=self.atasan.name, **unit)
			for i in range(3)
		]
		self.bawahan = make_employee_with_user("bawahan360@example.com", reports_to=self.pegawai.name, **unit)
		self.luar = make_employee_with_user("luar360@example.com", **unit)
		self.hr = make_user("hr360@example.com", "Petugas BKPSDM")
		with self.set_user(self.hr):
			self.doc = make_penilaian_kinerja(self.pegawai.name)

	def answer(self, user: str, rating: str = SESUAI):
		with self.set_user(user):
			return frappe.get_doc(
				{
					"doctype": "Umpan Balik Perilaku",
					"penilaian_kinerja": self.doc.name,
					"nilai": [{"nilai_berakhlak": nilai, "rating": rating} for nilai in BERAKHLAK],
				}
			).insert()

	def perilaku(self) -> list:
		return frappe.get_all(
			"Penilaian Kinerja Perilaku",
			filters={"parent": self.doc.name},
			fields=["nilai_berakhlak", "rata_rata_lain", "jumlah_penilai_lain", "rating_gabungan"],
			order_by="idx",
		)

	def test_peers_and_subordinates_are_proposed(self):
		proposed = {(row.penilai, row.kategori) for row in self.doc.penilai_360}
		expected = {(r.name, "Rekan Kerja") for r in self.rekan} | {(self.bawahan.name, "Bawahan")}
		self.assertEqual(proposed, expected)

	def test_nobody_rates_themselves_and_only_assigned_raters_answer(self):
		with self.assertRaises(frappe.ValidationError) as caught:
			self.answer("dinilai360@example.com")
		self.assertIn("tidak dapat menilai diri sendiri", str(caught.exception))
		with self.assertRaises(frappe.ValidationError) as caught:
			self.answer("luar360@example.com")
		self.assertIn("tidak ditugaskan", str(caught.exception))
		self.assertEqual(frappe.db.count("Umpan Balik Perilaku", {"penilaian_kinerja": self.doc.name}), 0)

	def test_aggregates_appear_only_from_three_raters(self):
		self.answer("rekan0@example.com", ATAS)
		self.answer("rekan1@example.com", SESUAI)
		self.assertTrue(all(row.jumlah_penilai_lain == 0 for row in self.perilaku()))
		self.answer("bawahan360@example.com", SESUAI)
		rows = self.perilaku()
		self.assertEqual({(row.jumlah_penilai_lain, row.rata_rata_lain) for row in rows}, {(3, 2.33)})
		answered = {
			r.penilai: r.sudah_mengisi for r in frappe.get_doc("Penilaian Kinerja", self.doc.name).penilai_360
		}
		self.assertEqual(answered[self.rekan[2].name], 0)
		self.assertEqual(answered[self.bawahan.name], 1)

	def test_only_the_rater_and_hr_see_who_said_what(self):
		answer = self.answer("rekan0@example.com")
		for user, allowed in (
			("rekan0@example.com", True),
			("rekan1@example.com", False),
			("dinilai360@example.com", False),
			("atasan360@example.com", False),
			(self.hr, True),
		):
			with self.subTest(user=user), self.set_user(user):
				self.assertEqual(bool(frappe.has_permission("Umpan Balik Perilaku", "read", answer)), allowed)
				self.assertEqual(
					answer.name in frappe.get_list("Umpan Balik Perilaku", pluck="name"), allowed
				)

	def test_a_rater_cannot_share_their_answers(self):
		"""A share would bypass the row rules above: the appraisee would learn who said what."""
		answer = self.answer("rekan0@example.com")
		with self.set_user("rekan0@example.com"), self.assertRaises(frappe.PermissionError):
			frappe.share.add("Umpan Balik Perilaku", answer.name, "dinilai360@example.com")
		with self.set_user("dinilai360@example.com"):
			self.assertFalse(frappe.has_permission("Umpan Balik Perilaku", "read", answer))

	def test_blend_with_the_superior_rating_is_advice(self):
		for user in ("rekan0@example.com", "rekan1@example.com", "rekan2@example.com"):
			self.answer(user, BAWAH)
		with self.set_user("atasan360@example.com"):
			doc = frappe.get_doc("Penilaian Kinerja", self.doc.name)
			for row in doc.perilaku:
				row.rating_atasan = ATAS
			doc.rating_hasil_kerja = doc.rating_perilaku = ATAS
			doc.save()
		# 60% of 3 plus 40% of 1 = 2.2: the blend says "as expected"; the predikat stays the superior's.
		self.assertEqual({row.rating_gabungan for row in self.perilaku()}, {SESUAI})
		self.assertEqual(frappe.db.get_value("Penilaian Kinerja", self.doc.name, "predikat"), "Sangat Baik")

	def test_a_rater_finds_only_their_assignments(self):
		from asn_merit.api.umpan_balik import penugasan_360_query

		with self.set_user("rekan0@example.com"):
			found = penugasan_360_query("Penilaian Kinerja", "", "name", 0, 20, {})
		self.assertEqual([row[0] for row in found], [self.doc.name])
		with self.set_user("luar360@example.com"):
			self.assertEqual(list(penugasan_360_query("Penilaian Kinerja", "", "name", 0, 20, {})), [])
