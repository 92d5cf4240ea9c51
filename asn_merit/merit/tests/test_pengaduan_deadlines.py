import unittest
from datetime import date

from asn_merit.merit.hari_libur import tanggal_libur
from asn_merit.merit.pengaduan_deadlines import (
	ASPIRASI,
	BERKADAR_PENGAWASAN,
	CATEGORIES,
	DEFAULT_DAYS,
	DEFAULT_UNITS,
	HARI_KALENDER,
	HARI_KERJA,
	PENGADUAN,
	PERMINTAAN_INFORMASI,
	batas_kelengkapan,
	batas_penyampaian_keputusan,
	compute_deadlines,
	tambah_hari,
)

MONDAY = date(2026, 11, 16)


class TestComputeDeadlines(unittest.TestCase):
	def test_information_request(self):
		result = compute_deadlines(PERMINTAAN_INFORMASI, MONDAY, DEFAULT_DAYS)
		self.assertEqual(result.verifikasi, date(2026, 11, 19))
		self.assertEqual(result.penyelesaian, date(2026, 11, 23))

	def test_holiday_moves_both_deadlines(self):
		result = compute_deadlines(PERMINTAAN_INFORMASI, MONDAY, DEFAULT_DAYS, {date(2026, 11, 17)})
		self.assertEqual(result.verifikasi, date(2026, 11, 20))
		self.assertEqual(result.penyelesaian, date(2026, 11, 24))

	def test_settings_override_defaults(self):
		days = {**DEFAULT_DAYS, BERKADAR_PENGAWASAN: 1}
		self.assertEqual(
			compute_deadlines(BERKADAR_PENGAWASAN, MONDAY, days).penyelesaian, date(2026, 11, 17)
		)

	def test_every_category_has_a_default(self):
		for category in CATEGORIES:
			with self.subTest(category=category):
				self.assertIn(category, DEFAULT_DAYS)

	def test_unknown_category_refused(self):
		with self.assertRaises(KeyError):
			compute_deadlines("Lainnya", MONDAY, DEFAULT_DAYS)


HOLIDAYS = tanggal_libur([2026, 2027])


class TestStatutoryClocks(unittest.TestCase):
	"""UU 25/2009 counts complaints in "hari": calendar days."""

	def test_berkadar_pengawasan_is_sixty_calendar_days(self):
		# Pasal 50(1): decided within 60 days of the complete file, not 60 working days (~84 days).
		self.assertEqual(DEFAULT_UNITS[BERKADAR_PENGAWASAN], HARI_KALENDER)
		result = compute_deadlines(BERKADAR_PENGAWASAN, MONDAY, DEFAULT_DAYS, HOLIDAYS)
		self.assertEqual(result.penyelesaian, date(2027, 1, 15))
		self.assertEqual(result.batas_penyelesaian_uu, date(2027, 1, 15))

	def test_a_working_day_target_cannot_pass_the_statute(self):
		units = {BERKADAR_PENGAWASAN: HARI_KERJA}  # the SP4N tooling's 60 working days
		result = compute_deadlines(BERKADAR_PENGAWASAN, MONDAY, DEFAULT_DAYS, HOLIDAYS, units)
		self.assertEqual(result.target_penyelesaian, date(2027, 2, 15))
		self.assertEqual(result.penyelesaian, date(2027, 1, 15))
		uncapped = compute_deadlines(
			BERKADAR_PENGAWASAN, MONDAY, DEFAULT_DAYS, HOLIDAYS, units, batas_undang_undang=False
		)
		self.assertEqual(uncapped.penyelesaian, date(2027, 2, 15))

	def test_complaint_target_stays_when_shorter_than_the_statute(self):
		# 14 working days over the 2026 Idulfitri holidays and cuti bersama.
		result = compute_deadlines(PENGADUAN, date(2026, 3, 17), DEFAULT_DAYS, HOLIDAYS)
		self.assertEqual(result.verifikasi, date(2026, 3, 27))
		self.assertEqual(result.penyelesaian, date(2026, 4, 14))
		self.assertEqual(result.batas_tanggapan_uu, date(2026, 3, 31))  # Pasal 44(3)
		self.assertEqual(result.batas_penyelesaian_uu, date(2026, 5, 16))

	def test_verification_is_cut_back_to_the_fourteen_day_answer(self):
		days = {**DEFAULT_DAYS, "verifikasi": 20}
		self.assertEqual(compute_deadlines(PENGADUAN, MONDAY, days, HOLIDAYS).verifikasi, date(2026, 11, 30))

	def test_information_request_within_ten_working_days(self):
		# UU 14/2008 Pasal 22(7) counts "hari kerja".
		days = {**DEFAULT_DAYS, PERMINTAAN_INFORMASI: 15}
		result = compute_deadlines(PERMINTAAN_INFORMASI, MONDAY, days, HOLIDAYS)
		self.assertEqual(result.penyelesaian, date(2026, 11, 30))
		self.assertIsNone(result.batas_tanggapan_uu)

	def test_aspiration_has_no_statutory_clock(self):
		result = compute_deadlines(ASPIRASI, MONDAY, DEFAULT_DAYS, HOLIDAYS)
		self.assertEqual(result.penyelesaian, date(2026, 12, 4))
		self.assertIsNone(result.batas_penyelesaian_uu)

	def test_every_count_has_a_unit(self):
		for key in DEFAULT_DAYS:
			with self.subTest(key=key):
				self.assertIn(DEFAULT_UNITS[key], (HARI_KERJA, HARI_KALENDER))

	def test_unknown_unit_refused(self):
		with self.assertRaises(ValueError):
			tambah_hari(MONDAY, 1, "Minggu")
		with self.assertRaises(ValueError):
			compute_deadlines(PENGADUAN, MONDAY, DEFAULT_DAYS, units={PENGADUAN: "Jam"})

	def test_thirty_days_to_complete_and_fourteen_to_deliver(self):
		# Pasal 44(4): 30 days from receiving the answer; Pasal 50(2): 14 days from the decision.
		self.assertEqual(batas_kelengkapan(date(2026, 11, 16)), date(2026, 12, 16))
		self.assertEqual(batas_kelengkapan(date(2026, 12, 20)), date(2027, 1, 19))
		self.assertEqual(batas_penyampaian_keputusan(date(2026, 12, 24)), date(2027, 1, 7))
