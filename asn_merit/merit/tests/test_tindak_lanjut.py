import unittest

from asn_merit.merit.tindak_lanjut import tindak_lanjut_predikat


class TestTindakLanjut(unittest.TestCase):
	def test_sangat_baik_two_years_running_flags_talent(self):
		hasil = tindak_lanjut_predikat({2024: "Sangat Baik", 2025: "Sangat Baik"}, 2025)
		self.assertTrue(hasil.kandidat_talent_pool)
		self.assertFalse(hasil.perlu_pengembangan)
		self.assertIn("dua tahun berturut-turut", hasil.catatan[0])

	def test_one_sangat_baik_year_is_not_enough(self):
		self.assertFalse(
			tindak_lanjut_predikat({2024: "Baik", 2025: "Sangat Baik"}, 2025).kandidat_talent_pool
		)
		self.assertFalse(
			tindak_lanjut_predikat({2023: "Sangat Baik", 2025: "Sangat Baik"}, 2025).kandidat_talent_pool
		)

	def test_butuh_perbaikan_or_worse_needs_development(self):
		for predikat in ("Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"):
			with self.subTest(predikat=predikat):
				self.assertTrue(tindak_lanjut_predikat({2025: predikat}, 2025).perlu_pengembangan)
		self.assertFalse(tindak_lanjut_predikat({2025: "Baik"}, 2025).perlu_pengembangan)
		self.assertFalse(tindak_lanjut_predikat({}, 2025).perlu_pengembangan)
