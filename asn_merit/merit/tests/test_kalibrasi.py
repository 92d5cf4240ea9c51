import unittest

from asn_merit.merit.kalibrasi import cek_distribusi


class TestCekDistribusi(unittest.TestCase):
	def test_baik_unit_within_the_curve(self):
		self.assertEqual(cek_distribusi("Baik", {"Baik": 7, "Sangat Baik": 1, "Butuh Perbaikan": 2}), [])

	def test_baik_unit_needs_someone_below_and_at_most_70_percent_baik(self):
		peringatan = cek_distribusi("Baik", {"Baik": 8, "Sangat Baik": 2})
		self.assertEqual(len(peringatan), 2)
		self.assertIn("Baik: 80% pegawai, melebihi maksimal 70%", peringatan[0])
		self.assertIn(
			"harus memiliki pegawai berpredikat Butuh Perbaikan dan/atau Kurang/Misconduct", peringatan[1]
		)

	def test_boundaries_are_inclusive(self):
		self.assertEqual(cek_distribusi("Istimewa", {"Sangat Baik": 7, "Baik": 3}), [])
		self.assertEqual(
			cek_distribusi("Butuh Perbaikan", {"Butuh Perbaikan": 6, "Baik": 3, "Sangat Baik": 1}), []
		)

	def test_sangat_kurang_unit_has_no_sangat_baik(self):
		peringatan = cek_distribusi(
			"Sangat Kurang", {"Sangat Kurang": 8, "Kurang/Misconduct": 1, "Sangat Baik": 1}
		)
		self.assertEqual(len(peringatan), 1)
		self.assertIn("Sangat Baik: 10% pegawai, melebihi maksimal 0%", peringatan[0])

	def test_kurang_unit(self):
		peringatan = cek_distribusi("Kurang", {"Kurang/Misconduct": 5, "Baik": 5})
		self.assertEqual(len(peringatan), 2)

	def test_empty_unit_and_unknown_labels(self):
		self.assertEqual(cek_distribusi("Baik", {}), [])
		with self.assertRaises(ValueError):
			cek_distribusi("Cukup", {"Baik": 1})
		with self.assertRaises(ValueError):
			cek_distribusi("Baik", {"Bagus": 1})
