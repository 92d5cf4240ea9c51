import unittest

from asn_merit.merit import kotak_talenta
from asn_merit.merit.talenta import (
	KOTAK_DEFAULT,
	kinerja_dari_predikat,
	masuk_kelompok_suksesi,
	tingkat_potensial,
	validasi_batas_potensial,
)

ATAS, SESUAI, BAWAH = "Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi"


class TestKotakTalenta(unittest.TestCase):
	def test_all_nine_boxes_are_numbered_as_the_domain_table(self):
		expected = {
			(ATAS, "Tinggi"): 9,
			(SESUAI, "Tinggi"): 8,
			(ATAS, "Menengah"): 7,
			(BAWAH, "Tinggi"): 6,
			(SESUAI, "Menengah"): 5,
			(ATAS, "Rendah"): 4,
			(BAWAH, "Menengah"): 3,
			(SESUAI, "Rendah"): 2,
			(BAWAH, "Rendah"): 1,
		}
		for (kinerja, potensial), box in expected.items():
			with self.subTest(kinerja=kinerja, potensial=potensial):
				self.assertEqual(kotak_talenta(kinerja, potensial), box)
		self.assertEqual(sorted(expected.values()), list(range(1, 10)))

	def test_unknown_values_are_refused_with_the_allowed_ones(self):
		for kinerja, potensial, allowed in (
			("Baik", "Tinggi", ATAS),
			("di atas ekspektasi", "Tinggi", ATAS),
			(ATAS, "Sedang", "Menengah"),
			(ATAS, None, "Rendah"),
		):
			with self.subTest(kinerja=kinerja, potensial=potensial):
				with self.assertRaises(ValueError) as caught:
					kotak_talenta(kinerja, potensial)
				self.assertIn(allowed, str(caught.exception))

	def test_every_box_has_a_default_label_and_action(self):
		self.assertEqual(sorted(KOTAK_DEFAULT), list(range(1, 10)))
		self.assertTrue(all(label and action for label, action in KOTAK_DEFAULT.values()))

	def test_only_boxes_seven_to_nine_enter_the_succession_pool(self):
		self.assertEqual([box for box in range(1, 10) if masuk_kelompok_suksesi(box)], [7, 8, 9])


class TestTingkatPotensial(unittest.TestCase):
	def test_each_cut_off_belongs_to_the_level_above(self):
		for skor, level in (
			(0, "Rendah"),
			(59.99, "Rendah"),
			(60, "Menengah"),
			(79.99, "Menengah"),
			(80, "Tinggi"),
			(100, "Tinggi"),
		):
			with self.subTest(skor=skor):
				self.assertEqual(tingkat_potensial(skor, 60, 80), level)

	def test_cut_offs_must_be_ordered_and_within_the_scale(self):
		self.assertEqual(validasi_batas_potensial(60, 80), [])
		self.assertIn("harus lebih kecil", validasi_batas_potensial(80, 80)[0])
		self.assertIn("antara 0 dan 100", validasi_batas_potensial(-1, 120)[0])
		self.assertEqual(len(validasi_batas_potensial(-1, 120)), 2)

	def test_kinerja_follows_the_predikat(self):
		self.assertEqual(kinerja_dari_predikat("Sangat Baik"), ATAS)
		self.assertEqual(kinerja_dari_predikat("Baik"), SESUAI)
		for predikat in ("Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"):
			self.assertEqual(kinerja_dari_predikat(predikat), BAWAH)
		self.assertRaises(ValueError, kinerja_dari_predikat, "Cukup")
