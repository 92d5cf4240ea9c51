import unittest
from datetime import date

from asn_merit.merit.hari_libur import tanggal_libur
from asn_merit.merit.keberatan_kinerja import (
	HARI_KEBERATAN_KINERJA,
	batas_penetapan_atasan,
	cek_keberatan_kinerja,
	jendela_keberatan_kinerja,
	tanggal_diterima_terlambat,
)
from asn_merit.merit.usulan_promosi import (
	HARI_KERJA_KEBERATAN,
	HARI_KERJA_KEPUTUSAN,
	cek_pengajuan_keberatan,
	jendela_keberatan,
)

PENETAPAN = date(2026, 1, 20)  # the pejabat penilai signs (PP 30/2019 Pasal 49(1))
DITERIMA = date(2026, 1, 22)  # handed to the appraisee (Pasal 49(2))


class TestJendelaKeberatanKinerja(unittest.TestCase):
	def test_fourteen_days_from_receipt(self):
		# PP 30/2019 Pasal 59(1): "paling lama 14 (empat belas) hari sejak diterima".
		jendela = jendela_keberatan_kinerja(DITERIMA, PENETAPAN)
		self.assertEqual(HARI_KEBERATAN_KINERJA, 14)
		self.assertEqual(jendela.mulai, DITERIMA)
		self.assertEqual(jendela.batas_pengajuan, date(2026, 2, 5))
		self.assertEqual(jendela.batas_tanda_tangan, date(2026, 2, 5))  # Pasal 49(3)
		self.assertFalse(jendela.diterima_diperkirakan)

	def test_calendar_days_not_working_days(self):
		# Pasal 59 says "hari"; Pasal 50 says "hari kerja" where it means working days.
		jendela = jendela_keberatan_kinerja(date(2026, 3, 17))
		self.assertEqual(jendela.batas_pengajuan, date(2026, 3, 31))

	def test_unknown_receipt_is_the_latest_possible_receipt(self):
		# Pasal 49(2): handed over at the latest 14 days after signing.
		self.assertEqual(tanggal_diterima_terlambat(PENETAPAN), date(2026, 2, 3))
		jendela = jendela_keberatan_kinerja(None, PENETAPAN)
		self.assertEqual(jendela.mulai, date(2026, 2, 3))
		self.assertEqual(jendela.batas_pengajuan, date(2026, 2, 17))
		self.assertTrue(jendela.diterima_diperkirakan)

	def test_a_late_handover_does_not_shorten_the_window(self):
		jendela = jendela_keberatan_kinerja(date(2026, 2, 10), PENETAPAN)
		self.assertEqual(jendela.batas_pengajuan, date(2026, 2, 24))

	def test_impossible_dates_are_refused(self):
		with self.assertRaises(ValueError):
			jendela_keberatan_kinerja(None, None)
		with self.assertRaises(ValueError):
			jendela_keberatan_kinerja(date(2026, 1, 19), PENETAPAN)

	def test_settings_may_pass_another_count(self):
		self.assertEqual(
			jendela_keberatan_kinerja(DITERIMA, hari_keberatan=30).batas_pengajuan, date(2026, 2, 21)
		)


class TestCekKeberatanKinerja(unittest.TestCase):
	def test_the_last_day_counts(self):
		self.assertEqual(cek_keberatan_kinerja(DITERIMA, date(2026, 2, 5), tanggal_penetapan=PENETAPAN), [])

	def test_late_objection_is_refused_with_the_article(self):
		reasons = cek_keberatan_kinerja(DITERIMA, date(2026, 2, 6), tanggal_penetapan=PENETAPAN)
		self.assertEqual(len(reasons), 1)
		self.assertIn("Batas pengajuan keberatan (05-02-2026) sudah lewat", reasons[0])
		self.assertIn("sejak penilaian diterima pada 22-01-2026", reasons[0])
		self.assertIn("Pasal 59 ayat (1)", reasons[0])

	def test_signing_the_appraisal_does_not_waive_the_objection(self):
		# Pasal 49(3) makes signing mandatory; Pasal 59 still gives 14 days from receipt.
		for tanggal in (date(2026, 1, 23), date(2026, 2, 5), date(2026, 2, 6)):
			with self.subTest(tanggal=tanggal):
				self.assertEqual(
					cek_keberatan_kinerja(
						DITERIMA, tanggal, sudah_menerima=True, tanggal_penetapan=PENETAPAN
					),
					cek_keberatan_kinerja(
						DITERIMA, tanggal, sudah_menerima=False, tanggal_penetapan=PENETAPAN
					),
				)
		self.assertEqual(cek_keberatan_kinerja(DITERIMA, date(2026, 1, 23), sudah_menerima=True), [])

	def test_unknown_receipt_says_which_date_was_assumed(self):
		self.assertEqual(cek_keberatan_kinerja(None, date(2026, 2, 17), tanggal_penetapan=PENETAPAN), [])
		reasons = cek_keberatan_kinerja(None, date(2026, 2, 18), tanggal_penetapan=PENETAPAN)
		self.assertIn("paling lambat penilaian diterima, 03-02-2026", reasons[0])
		self.assertIn("Pasal 49 ayat (2)", reasons[0])

	def test_no_objection_before_the_appraisal_exists(self):
		self.assertIn("belum ditetapkan", cek_keberatan_kinerja(None, date(2026, 1, 25))[0])
		self.assertIn(
			"sebelum penilaian kinerja ditetapkan",
			cek_keberatan_kinerja(DITERIMA, date(2026, 1, 19), tanggal_penetapan=PENETAPAN)[0],
		)
		self.assertIn(
			"tidak boleh sebelum tanggal penetapannya",
			cek_keberatan_kinerja(date(2026, 1, 10), date(2026, 1, 25), tanggal_penetapan=PENETAPAN)[0],
		)


class TestPenetapanAtasan(unittest.TestCase):
	def test_seven_working_days_after_the_signing_window(self):
		# PP 30/2019 Pasal 50; the 2026 Idulfitri holidays and cuti bersama are skipped.
		self.assertEqual(batas_penetapan_atasan(date(2026, 3, 17), tanggal_libur(2026)), date(2026, 4, 2))
		self.assertEqual(batas_penetapan_atasan(date(2026, 2, 5)), date(2026, 2, 16))


class TestKeberatanPP79(unittest.TestCase):
	"""Other staffing decisions: PP 79/2021 Pasal 4(2) and 5(1), in working days from receipt."""

	SK = date(2026, 3, 2)

	def test_window_runs_from_receipt_of_the_decision(self):
		self.assertEqual((HARI_KERJA_KEBERATAN, HARI_KERJA_KEPUTUSAN), (14, 21))
		holidays = tanggal_libur(2026)
		jendela = jendela_keberatan(self.SK, holidays, tanggal_diterima=date(2026, 3, 16))
		self.assertEqual(jendela.batas_pengajuan, date(2026, 4, 13))

	def test_without_receipt_the_decree_date_is_kept(self):
		# The meaning the function had: the decree date, the earliest possible receipt.
		self.assertEqual(jendela_keberatan(self.SK, tanggal_libur(2026)).batas_pengajuan, date(2026, 3, 27))

	def test_decision_within_21_working_days_of_filing(self):
		jendela = jendela_keberatan(self.SK, tanggal_libur(2026), tanggal_keberatan=date(2026, 3, 17))
		self.assertEqual(jendela.batas_keputusan, date(2026, 4, 23))

	def test_receipt_before_the_decree_is_refused(self):
		batas = date(2026, 4, 13)
		self.assertIn(
			"sebelum tanggal SK",
			cek_pengajuan_keberatan(date(2026, 3, 20), self.SK, batas, tanggal_diterima=date(2026, 3, 1))[0],
		)
		self.assertEqual(
			cek_pengajuan_keberatan(date(2026, 4, 13), self.SK, batas, tanggal_diterima=date(2026, 3, 16)), []
		)
		late = cek_pengajuan_keberatan(date(2026, 4, 14), self.SK, batas, tanggal_diterima=date(2026, 3, 16))
		self.assertIn("tidak dapat diterima", late[0])
		self.assertIn("sejak keputusan diterima", late[0])
