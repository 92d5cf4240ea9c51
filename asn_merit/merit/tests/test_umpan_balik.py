import unittest

from asn_merit.merit.umpan_balik import agregat_umpan_balik, rating_gabungan

ATAS, SESUAI, BAWAH = "Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi"


class TestAgregatUmpanBalik(unittest.TestCase):
	def test_hidden_below_three_raters(self):
		self.assertIsNone(agregat_umpan_balik([]))
		self.assertIsNone(agregat_umpan_balik([{"Akuntabel": ATAS}, {"Akuntabel": BAWAH}]))

	def test_aggregate_from_three_raters(self):
		agregat = agregat_umpan_balik([{"Akuntabel": ATAS}, {"Akuntabel": SESUAI}, {"Akuntabel": SESUAI}])
		akuntabel = agregat["Akuntabel"]
		self.assertEqual(akuntabel.jumlah_penilai, 3)
		self.assertEqual(akuntabel.distribusi, {ATAS: 1, SESUAI: 2, BAWAH: 0})
		self.assertEqual(akuntabel.rata_rata, 2.33)

	def test_threshold_is_configurable(self):
		self.assertIsNotNone(agregat_umpan_balik([{"Loyal": SESUAI}], min_penilai=1))
		with self.assertRaises(ValueError):
			agregat_umpan_balik([{"Loyal": SESUAI}], min_penilai=0)

	def test_unknown_rating_raises(self):
		with self.assertRaises(ValueError):
			agregat_umpan_balik([{"Loyal": "Bagus"}] * 3)


class TestRatingGabungan(unittest.TestCase):
	def test_superior_alone_when_others_are_hidden(self):
		self.assertEqual(rating_gabungan(ATAS, None), ATAS)

	def test_sixty_forty_blend(self):
		# 0.6 * 3 + 0.4 * 1 = 2.2: the superior's "above" becomes "as expected".
		self.assertEqual(rating_gabungan(ATAS, 1.0), SESUAI)
		# 0.6 * 3 + 0.4 * 2 = 2.6
		self.assertEqual(rating_gabungan(ATAS, 2.0), ATAS)
		# 0.6 * 2 + 0.4 * 3 = 2.4
		self.assertEqual(rating_gabungan(SESUAI, 3.0), SESUAI)
		# 0.6 * 1 + 0.4 * 2 = 1.4
		self.assertEqual(rating_gabungan(BAWAH, 2.0), BAWAH)
		# 0.6 * 1 + 0.4 * 3 = 1.8
		self.assertEqual(rating_gabungan(BAWAH, 3.0), SESUAI)

	def test_boundaries(self):
		self.assertEqual(rating_gabungan(SESUAI, 3.0, bobot_atasan=50), ATAS)  # exactly 2.5
		self.assertEqual(rating_gabungan(BAWAH, 2.0, bobot_atasan=50), SESUAI)  # exactly 1.5

	def test_weight_is_a_setting(self):
		self.assertEqual(rating_gabungan(ATAS, 1.0, bobot_atasan=100), ATAS)
		self.assertEqual(rating_gabungan(ATAS, 1.0, bobot_atasan=0), BAWAH)
		with self.assertRaises(ValueError):
			rating_gabungan(ATAS, 1.0, bobot_atasan=120)
