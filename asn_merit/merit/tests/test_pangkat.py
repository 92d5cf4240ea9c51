import unittest

from asn_merit.merit.jabatan import tingkat_jabatan
from asn_merit.merit.pangkat import (
	ESELON_PANGKAT,
	GOLONGAN,
	get_golongan,
	next_golongan,
	pangkat_range_for_eselon,
)
from asn_merit.merit.pendidikan import BATAS_GOLONGAN_REGULER, PENDIDIKAN, tingkat_pendidikan


class TestGolongan(unittest.TestCase):
	def test_seventeen_ranks_in_order(self):
		self.assertEqual(len(GOLONGAN), 17)
		self.assertEqual([g.urutan for g in GOLONGAN], list(range(1, 18)))
		self.assertEqual((GOLONGAN[0].kode, GOLONGAN[0].pangkat), ("I/a", "Juru Muda"))
		self.assertEqual((GOLONGAN[-1].kode, GOLONGAN[-1].pangkat), ("IV/e", "Pembina Utama"))
		self.assertEqual(get_golongan("III/b").pangkat, "Penata Muda Tingkat I")

	def test_unknown_golongan_is_a_clear_error(self):
		for kode in ("III/f", "V/a", "", None, "3b"):
			with self.subTest(kode=kode), self.assertRaises(ValueError) as caught:
				get_golongan(kode)
			self.assertIn("tidak dikenal", str(caught.exception))

	def test_next_golongan(self):
		self.assertEqual(next_golongan("II/d").kode, "III/a")
		self.assertIsNone(next_golongan("IV/e"))

	def test_every_eselon_range_is_ordered(self):
		for eselon, (lowest, highest) in ESELON_PANGKAT.items():
			with self.subTest(eselon=eselon):
				self.assertLessEqual(get_golongan(lowest).urutan, get_golongan(highest).urutan)
		self.assertEqual(pangkat_range_for_eselon("IIIa"), ("IV/a", "IV/b"))
		self.assertIsNone(pangkat_range_for_eselon(""))


class TestPendidikanAndJabatanLevels(unittest.TestCase):
	def test_s1_and_d4_are_one_level(self):
		self.assertEqual(tingkat_pendidikan("S1"), tingkat_pendidikan("D-IV"))
		self.assertLess(tingkat_pendidikan("D-III"), tingkat_pendidikan("S1"))

	def test_every_level_has_a_rank_ceiling(self):
		self.assertEqual(set(BATAS_GOLONGAN_REGULER), set(PENDIDIKAN))

	def test_unknown_pendidikan(self):
		with self.assertRaises(ValueError):
			tingkat_pendidikan("SMA")

	def test_jf_levels_stand_with_structural_ones(self):
		self.assertEqual(tingkat_jabatan("Fungsional", "Ahli Madya"), tingkat_jabatan("Administrator"))
		self.assertEqual(tingkat_jabatan("Fungsional", "Ahli Muda"), tingkat_jabatan("Pengawas"))
		self.assertLess(tingkat_jabatan("Pelaksana"), tingkat_jabatan("JPT Pratama"))
		with self.assertRaises(ValueError):
			tingkat_jabatan("Fungsional", None)
