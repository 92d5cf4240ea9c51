import unittest
from datetime import date

from asn_merit.merit.pengaduan_deadlines import (
	BERKADAR_PENGAWASAN,
	CATEGORIES,
	DEFAULT_DAYS,
	PERMINTAAN_INFORMASI,
	compute_deadlines,
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
