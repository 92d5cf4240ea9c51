import unittest

from asn_merit.merit import predikat_kinerja
from asn_merit.merit.predikat import is_at_least, peringkat_predikat

ATAS, SESUAI, BAWAH = "Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi"

# The PermenPANRB 6/2022 matrix, row by row: rating hasil kerja, then perilaku below / as / above.
MATRIX = {
	ATAS: ("Kurang/Misconduct", "Baik", "Sangat Baik"),
	SESUAI: ("Kurang/Misconduct", "Baik", "Baik"),
	BAWAH: ("Sangat Kurang", "Butuh Perbaikan", "Butuh Perbaikan"),
}


class TestPredikatKinerja(unittest.TestCase):
	def test_all_nine_cells(self):
		for hasil, row in MATRIX.items():
			for perilaku, expected in zip((BAWAH, SESUAI, ATAS), row, strict=True):
				with self.subTest(hasil=hasil, perilaku=perilaku):
					self.assertEqual(predikat_kinerja(hasil, perilaku), expected)

	def test_unknown_labels_raise_a_clear_error(self):
		for hasil, perilaku in ((ATAS, "Baik"), ("Diatas Ekspektasi", SESUAI), ("", SESUAI), (None, None)):
			with self.subTest(hasil=hasil, perilaku=perilaku), self.assertRaises(ValueError) as caught:
				predikat_kinerja(hasil, perilaku)
			self.assertIn("tidak dikenal", str(caught.exception))

	def test_order_of_predikat(self):
		self.assertTrue(is_at_least("Sangat Baik", "Baik"))
		self.assertFalse(is_at_least("Butuh Perbaikan", "Baik"))
		self.assertGreater(peringkat_predikat("Kurang/Misconduct"), peringkat_predikat("Sangat Kurang"))
		with self.assertRaises(ValueError):
			peringkat_predikat("Cukup")
