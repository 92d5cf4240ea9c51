import frappe

from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import make_employee_with_user, make_penilaian_kinerja, make_user

ATAS, SESUAI, BAWAH = "Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi"


class TestKeberatan(ASNTestCase):
	def setUp(self):
		super().setUp()
		self.kepala = make_employee_with_user("kepala.kb@example.com")
		self.atasan = make_employee_with_user("atasan.kb@example.com", reports_to=self.kepala.name)
		self.pegawai = make_employee_with_user("pegawai.kb@example.com", reports_to=self.atasan.name)
		hr = make_user("hr.kb@example.com", "Petugas BKPSDM")
		with self.set_user(hr):
			doc = make_penilaian_kinerja(self.pegawai.name)
		with self.set_user("atasan.kb@example.com"), self.freeze_time("2026-01-20"):
			doc = frappe.get_doc("Penilaian Kinerja", doc.name)
			doc.rating_hasil_kerja, doc.rating_perilaku = BAWAH, SESUAI
			for row in doc.perilaku:
				row.rating_atasan = SESUAI
			doc.submit()
		self.doc = doc

	def file(self, on: str = "2026-02-03", user: str = "pegawai.kb@example.com"):
		with self.set_user(user), self.freeze_time(on):
			return frappe.get_doc(
				{
					"doctype": "Keberatan Penilaian Kinerja",
					"penilaian_kinerja": self.doc.name,
					"alasan": "Target tidak realistis.",
				}
			).insert()

	def test_final_appraisal_carries_its_response_window(self):
		self.assertEqual(
			(str(self.doc.tanggal_final), str(self.doc.tanggal_diterima), str(self.doc.batas_tanggapan)),
			("2026-01-20", "2026-01-20", "2026-02-03"),
		)

	def test_objection_within_fourteen_days_decided_by_the_atasan(self):
		keberatan = self.file(on="2026-02-03")  # the last day counts
		self.assertEqual(str(keberatan.batas_pengajuan), "2026-02-03")
		with self.set_user("atasan.kb@example.com"):
			keberatan.keputusan = "Diterima"
			with self.assertRaises(frappe.PermissionError):
				keberatan.save()  # the pejabat penilai does not decide on their own rating
		with self.set_user("kepala.kb@example.com"), self.freeze_time("2026-02-10"):
			keberatan = frappe.get_doc("Keberatan Penilaian Kinerja", keberatan.name)
			keberatan.update(
				{"keputusan": "Diterima", "predikat_baru": "Baik", "pertimbangan": "Target direvisi."}
			)
			keberatan.submit()
		self.assertEqual(str(keberatan.tanggal_keputusan), "2026-02-10")
		self.assertEqual(
			frappe.db.get_value("Penilaian Kinerja", self.doc.name, "predikat_setelah_keberatan"), "Baik"
		)
		self.assertEqual(
			frappe.db.get_value("Riwayat Predikat Kinerja", {"sumber": self.doc.name}, "predikat"), "Baik"
		)

	def test_late_objection_is_refused(self):
		with self.assertRaises(frappe.ValidationError) as caught:
			self.file(on="2026-02-04")
		self.assertIn("Batas pengajuan keberatan (03-02-2026) sudah lewat", str(caught.exception))
		self.assertFalse(
			frappe.db.exists("Keberatan Penilaian Kinerja", {"penilaian_kinerja": self.doc.name})
		)

	def test_only_the_appraisee_objects_and_only_once(self):
		with self.assertRaises(frappe.PermissionError):
			self.file(user="atasan.kb@example.com")
		self.file()
		with self.assertRaises(frappe.ValidationError) as caught:
			self.file()
		self.assertIn("sudah diajukan", str(caught.exception))

	def test_accepting_keeps_the_right_to_object_until_the_window_closes(self):
		# PP 30/2019 Pasal 49 ayat (3): signing is mandatory and waives nothing.
		with self.set_user("pegawai.kb@example.com"), self.freeze_time("2026-01-25"):
			frappe.get_doc("Penilaian Kinerja", self.doc.name).terima_penilaian()
		self.assertTrue(frappe.db.get_value("Penilaian Kinerja", self.doc.name, "diterima_pegawai_pada"))
		keberatan = self.file(on="2026-01-26")
		self.assertEqual(str(keberatan.batas_pengajuan), "2026-02-03")

	def test_the_window_runs_from_a_later_handover(self):
		# Handed over on paper on 1 February: 14 days from receipt (PP 30/2019 Pasal 59 ayat (1)).
		with self.set_user("hr.kb@example.com"):  # BKPSDM records the handover
			doc = frappe.get_doc("Penilaian Kinerja", self.doc.name)
			doc.tanggal_diterima = "2026-02-01"
			doc.save()
		self.assertEqual(
			str(frappe.db.get_value("Penilaian Kinerja", doc.name, "batas_tanggapan")), "2026-02-15"
		)
		keberatan = self.file(on="2026-02-10")
		self.assertEqual(str(keberatan.batas_pengajuan), "2026-02-15")

	def test_acceptance_after_the_window_is_refused(self):
		with self.set_user("pegawai.kb@example.com"), self.freeze_time("2026-02-04"):
			with self.assertRaises(frappe.ValidationError):
				frappe.get_doc("Penilaian Kinerja", self.doc.name).terima_penilaian()
