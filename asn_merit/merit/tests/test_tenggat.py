import unittest
from datetime import date

from asn_merit.merit.tenggat import batas_waktu, masih_dalam_batas


class TestTenggat(unittest.TestCase):
	def test_fourteen_days(self):
		self.assertEqual(batas_waktu(date(2026, 1, 20), 14), date(2026, 2, 3))

	def test_last_day_counts(self):
		batas = batas_waktu(date(2026, 1, 20), 14)
		self.assertTrue(masih_dalam_batas(date(2026, 2, 3), batas))
		self.assertFalse(masih_dalam_batas(date(2026, 2, 4), batas))

	def test_negative_days(self):
		with self.assertRaises(ValueError):
			batas_waktu(date(2026, 1, 20), -1)
