import frappe

from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import make_employee_with_user, make_penilaian_kinerja, make_user

ATAS, SESUAI, BAWAH = "Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi"


class TestPenilaianKinerja(ASNTestCase):
	def setUp(self):
		super().setUp()
		self.kepala = make_employee_with_user("kepala@example.com", date_of_birth="1975-01-01", gender="Male")
		self.atasan = make_employee_with_user(
			"atasan@example.com", date_of_birth="1980-01-01", gender="Male", reports_to=self.kepala.name
		)
		self.pegawai = make_employee_with_user(
			"pegawai@example.com", date_of_birth="1990-01-01", gender="Female", reports_to=self.atasan.name
		)
		self.rekan = make_employee_with_user(
			"rekan@example.com", date_of_birth="1991-01-01", gender="Male", reports_to=self.atasan.name
		)
		self.hr = make_user("hr.bkpsdm@example.com", "Petugas BKPSDM")
		with self.set_user(self.hr):
			self.doc = make_penilaian_kinerja(self.pegawai.name)

	def rate(self, doc, hasil=SESUAI, perilaku=SESUAI):
		doc.rating_hasil_kerja, doc.rating_perilaku = hasil, perilaku
		for row in doc.perilaku:
			row.rating_atasan = perilaku

	def test_penilai_come_from_reports_to_and_berakhlak_rows_are_set(self):
		self.assertEqual(
			(self.doc.pejabat_penilai, self.doc.atasan_pejabat_penilai), (self.atasan.name, self.kepala.name)
		)
		self.assertEqual(len(self.doc.perilaku), 7)
		self.assertEqual(self.doc.perilaku[0].nilai_berakhlak, "Berorientasi Pelayanan")
		self.assertIsNone(self.doc.predikat)

	def test_predikat_is_computed_on_save_by_the_pejabat_penilai(self):
		with self.set_user("atasan@example.com"):
			doc = frappe.get_doc("Penilaian Kinerja", self.doc.name)
			self.rate(doc, ATAS, ATAS)
			doc.save()
		self.assertEqual(frappe.db.get_value("Penilaian Kinerja", doc.name, "predikat"), "Sangat Baik")

	def test_the_appraisee_cannot_rate_themselves(self):
		with self.set_user("pegawai@example.com"):
			doc = frappe.get_doc("Penilaian Kinerja", self.doc.name)
			doc.hasil_kerja[0].realisasi = "118 usulan"
			doc.save()  # the appraisee reports the realisation
			doc.rating_hasil_kerja = ATAS
			with self.assertRaises(frappe.PermissionError) as caught:
				doc.save()
		self.assertIn("hanya dapat diisi oleh pejabat penilai", str(caught.exception))
		self.assertFalse(frappe.db.get_value("Penilaian Kinerja", doc.name, "rating_hasil_kerja"))

	def test_who_can_see_an_appraisal(self):
		for user, allowed in (
			("pegawai@example.com", True),
			("atasan@example.com", True),
			("kepala@example.com", True),
			("rekan@example.com", False),
			(self.hr, True),
		):
			with self.subTest(user=user), self.set_user(user):
				self.assertEqual(bool(frappe.has_permission("Penilaian Kinerja", "read", self.doc)), allowed)
				listed = frappe.get_list("Penilaian Kinerja", pluck="name")
				self.assertEqual(self.doc.name in listed, allowed)

	def test_only_the_pejabat_penilai_submits(self):
		with self.set_user("pegawai@example.com"):
			self.assertFalse(frappe.has_permission("Penilaian Kinerja", "submit", self.doc))
		with self.set_user("atasan@example.com"):
			self.assertTrue(frappe.has_permission("Penilaian Kinerja", "submit", self.doc))

	def test_submit_needs_every_rating(self):
		with self.set_user("atasan@example.com"):
			doc = frappe.get_doc("Penilaian Kinerja", self.doc.name)
			with self.assertRaises(frappe.ValidationError) as caught:
				doc.submit()
		self.assertIn("Belum bisa difinalkan", str(caught.exception))
		self.assertEqual(frappe.db.get_value("Penilaian Kinerja", doc.name, "docstatus"), 0)

	def test_final_appraisal_is_immutable_and_feeds_the_employee_history(self):
		with self.set_user("atasan@example.com"):
			doc = frappe.get_doc("Penilaian Kinerja", self.doc.name)
			self.rate(doc, BAWAH, SESUAI)
			doc.submit()
		history = frappe.get_all(
			"Riwayat Predikat Kinerja",
			filters={"parent": self.pegawai.name},
			fields=["tahun", "predikat", "sumber"],
		)
		self.assertEqual(
			[(h.tahun, h.predikat, h.sumber) for h in history], [(2025, "Butuh Perbaikan", doc.name)]
		)

		doc.reload()
		doc.hasil_kerja[0].realisasi = "200 usulan"
		with self.assertRaises(frappe.UpdateAfterSubmitError):
			doc.save()
		self.assertIsNone(frappe.db.get_value("Penilaian Kinerja RHK", doc.hasil_kerja[0].name, "realisasi"))

		with self.set_user(self.hr):
			frappe.get_doc("Penilaian Kinerja", doc.name).cancel()
		self.assertFalse(frappe.db.exists("Riwayat Predikat Kinerja", {"parent": self.pegawai.name}))

	def test_one_appraisal_per_employee_and_period(self):
		with self.set_user(self.hr), self.assertRaises(frappe.ValidationError) as caught:
			make_penilaian_kinerja(self.pegawai.name)
		self.assertIn("sudah memiliki penilaian kinerja Tahunan 2025", str(caught.exception))
		with self.set_user(self.hr):
			make_penilaian_kinerja(self.pegawai.name, periode="Triwulan I")

	def test_nobody_appraises_themselves(self):
		with self.set_user(self.hr), self.assertRaises(frappe.ValidationError):
			make_penilaian_kinerja(self.rekan.name, pejabat_penilai=self.rekan.name)

	def test_a_rating_outside_the_list_is_refused(self):
		with self.set_user("atasan@example.com"):
			doc = frappe.get_doc("Penilaian Kinerja", self.doc.name)
			doc.rating_hasil_kerja = "Luar Biasa"
			with self.assertRaises(frappe.ValidationError):
				doc.save()
		self.assertFalse(frappe.db.get_value("Penilaian Kinerja", doc.name, "rating_hasil_kerja"))
