import unittest

from asn_merit.merit.indeks_merit import ASPEK, SKOR_MAKSIMAL, cek_skor, hitung_indeks, skor_saran


class TestIndeksMerit(unittest.TestCase):
	def test_eight_aspects_make_four_hundred(self):
		self.assertEqual(len(ASPEK), 8)
		self.assertEqual(SKOR_MAKSIMAL, 400)

	def test_category_bands_and_their_boundaries(self):
		cases = {
			400: "IV - Sangat Baik",
			325: "IV - Sangat Baik",
			324.9: "III - Baik",
			250: "III - Baik",
			249.9: "II - Kurang",
			175: "II - Kurang",
			174.9: "I - Buruk",
			100: "I - Buruk",
			99.9: "Di bawah Kategori I",
		}
		for total, kategori in cases.items():
			self.assertEqual(hitung_indeks([total]).kategori, kategori, total)

	def test_total_and_index(self):
		hasil = hitung_indeks([24, 24, 80, 40, 80, 60, 16, 0])
		self.assertEqual((hasil.total, hasil.indeks), (324, 0.81))

	def test_a_suggestion_is_a_share_of_the_maximum_and_none_without_evidence(self):
		self.assertEqual(skor_saran(80, 0.5), 40)
		self.assertEqual(skor_saran(24, 1.7), 24)  # capped
		self.assertEqual(skor_saran(24, -1), 0)
		self.assertIsNone(skor_saran(24, None))

	def test_a_score_stays_within_its_aspect(self):
		self.assertEqual(cek_skor("Pengadaan", 24, 24), [])
		self.assertIn("antara 0 dan 24", cek_skor("Pengadaan", 25, 24)[0])
		self.assertIn("sekarang -1", cek_skor("Pengadaan", -1, 24)[0])
