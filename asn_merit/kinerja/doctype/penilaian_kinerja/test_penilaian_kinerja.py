import frappe

from asn_merit.api.penilaian_kinerja import buka_periode
from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import (
	bkpsdm_unit,
	make_employee_asn,
	make_employee_with_user,
	make_jabatan,
	make_penilaian_kinerja,
	make_user,
)

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

		employee = frappe.get_doc("Employee", self.pegawai.name)
		self.assertEqual((employee.perlu_pengembangan, employee.kandidat_talent_pool), (1, 0))
		self.assertTrue(
			frappe.db.exists(
				"ToDo",
				{"reference_type": "Employee", "reference_name": self.pegawai.name, "role": "Petugas BKPSDM"},
			)
		)

		with self.set_user(self.hr):
			frappe.get_doc("Penilaian Kinerja", doc.name).cancel()
		self.assertFalse(frappe.db.exists("Riwayat Predikat Kinerja", {"parent": self.pegawai.name}))
		self.assertEqual(frappe.db.get_value("Employee", self.pegawai.name, "perlu_pengembangan"), 0)

	def test_one_appraisal_per_employee_and_period(self):
		with self.set_user(self.hr), self.assertRaises(frappe.ValidationError) as caught:
			make_penilaian_kinerja(self.pegawai.name)
		self.assertIn("sudah memiliki penilaian kinerja Tahunan 2025", str(caught.exception))
		with self.set_user(self.hr):
			make_penilaian_kinerja(self.pegawai.name, periode="Triwulan I")

	def test_monthly_periods_only_when_allowed(self):
		self.addCleanup(frappe.clear_document_cache, "ASN Merit Settings", "ASN Merit Settings")
		with self.set_user(self.hr), self.assertRaises(frappe.ValidationError) as caught:
			make_penilaian_kinerja(self.pegawai.name, periode="Maret")
		self.assertIn("Periode bulanan tidak diizinkan", str(caught.exception))
		frappe.db.set_single_value("ASN Merit Settings", "izinkan_bulanan", 1)
		with self.set_user(self.hr):
			self.assertEqual(make_penilaian_kinerja(self.pegawai.name, periode="Maret").periode, "Maret")

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

	def test_sangat_baik_two_years_running_marks_a_talent_pool_candidate(self):
		employee = frappe.get_doc("Employee", self.pegawai.name)
		employee.append("riwayat_predikat_kinerja", {"tahun": 2024, "predikat": "Sangat Baik"})
		employee.save()
		with self.set_user("atasan@example.com"):
			doc = frappe.get_doc("Penilaian Kinerja", self.doc.name)
			self.rate(doc, ATAS, ATAS)
			doc.submit()
		employee.reload()
		self.assertEqual((employee.kandidat_talent_pool, employee.perlu_pengembangan), (1, 0))
		self.assertIn("dua tahun berturut-turut", employee.catatan_tindak_lanjut)

	def test_calibration_change_needs_a_reason_on_record(self):
		with self.set_user("atasan@example.com"):
			doc = frappe.get_doc("Penilaian Kinerja", self.doc.name)
			self.rate(doc, ATAS, ATAS)
			doc.save()
		with self.set_user(self.hr):
			doc = frappe.get_doc("Penilaian Kinerja", self.doc.name)
			doc.rating_perilaku = SESUAI
			with self.assertRaises(frappe.ValidationError) as caught:
				doc.save()
			self.assertIn("dari Sangat Baik menjadi Baik dalam kalibrasi", str(caught.exception))
			doc.reload()
			doc.rating_perilaku = SESUAI
			doc.alasan_kalibrasi = "Sebaran unit melebihi 70% Sangat Baik."
			doc.save()
		log = [(r.predikat_lama, r.predikat_baru, r.alasan, r.oleh) for r in doc.riwayat_kalibrasi]
		self.assertEqual(log, [("Sangat Baik", "Baik", "Sebaran unit melebihi 70% Sangat Baik.", self.hr)])
		self.assertFalse(doc.alasan_kalibrasi)


class TestBukaPeriode(ASNTestCase):
	def setUp(self):
		super().setUp()
		kepala = make_jabatan("Kepala Badan Periode", jenis_jabatan="JPT Pratama")
		staf = make_jabatan("Staf Periode", parent_jabatan=kepala.name, kebutuhan=3)
		self.kepala = make_employee_asn(first_name="Kepala", jabatan=kepala.name)
		self.staf = [
			make_employee_asn(first_name=f"Staf {i}", jabatan=staf.name, reports_to=self.kepala.name)
			for i in range(2)
		]
		make_employee_asn(first_name="Tanpa Jabatan", department=bkpsdm_unit())
		self.hr = make_user("hr.periode@example.com", "Petugas BKPSDM")

	def test_opens_one_draft_per_jabatan_holder_once(self):
		with self.set_user(self.hr):
			self.assertEqual(buka_periode(2026, "Tahunan", bkpsdm_unit()), {"dibuat": 3, "sudah_ada": 0})
			self.assertEqual(buka_periode(2026, "Tahunan", bkpsdm_unit()), {"dibuat": 0, "sudah_ada": 3})
		created = frappe.get_all(
			"Penilaian Kinerja", filters={"tahun": 2026}, fields=["employee", "pejabat_penilai", "docstatus"]
		)
		self.assertEqual({c.employee for c in created}, {self.kepala.name, *(s.name for s in self.staf)})
		self.assertEqual(
			{c.pejabat_penilai for c in created if c.employee != self.kepala.name}, {self.kepala.name}
		)
		self.assertEqual({c.docstatus for c in created}, {0})

	def test_only_bkpsdm_opens_a_period(self):
		make_user("asn.biasa@example.com", "Employee")
		with self.set_user("asn.biasa@example.com"), self.assertRaises(frappe.PermissionError):
			buka_periode(2026)
		self.assertFalse(frappe.db.exists("Penilaian Kinerja", {"tahun": 2026}))

	def test_unknown_period_is_refused(self):
		with self.set_user(self.hr), self.assertRaises(frappe.ValidationError) as caught:
			buka_periode(2026, "Caturwulan")
		self.assertIn("tidak dikenal", str(caught.exception))
