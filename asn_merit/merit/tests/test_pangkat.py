import unittest

from asn_merit.merit.jabatan import tingkat_jabatan
from asn_merit.merit.pangkat import (
	ALASAN_PPPK_TANPA_PANGKAT,
	ESELON_PANGKAT,
	GOLONGAN,
	GOLONGAN_PPPK,
	alasan_golongan,
	get_golongan,
	golongan_pppk,
	is_golongan,
	is_golongan_pppk,
	next_golongan,
	pangkat_range_for_eselon,
	urutan_golongan_pppk,
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


class TestGolonganPPPK(unittest.TestCase):
	"""Perpres 98/2020: PPPK pay grades I to XVII, beside (not inside) the PNS golongan ruang."""

	def test_perpres_98_2020_seventeen_grades_i_to_xvii(self):
		self.assertEqual(len(GOLONGAN_PPPK), 17)
		self.assertEqual((GOLONGAN_PPPK[0], GOLONGAN_PPPK[8], GOLONGAN_PPPK[-1]), ("I", "IX", "XVII"))
		self.assertEqual([urutan_golongan_pppk(k) for k in GOLONGAN_PPPK], list(range(1, 18)))
		self.assertTrue(all(is_golongan_pppk(k) for k in GOLONGAN_PPPK))

	def test_pns_and_pppk_codes_never_mix(self):
		self.assertFalse(any(is_golongan(k) for k in GOLONGAN_PPPK))
		self.assertFalse(any(is_golongan_pppk(g.kode) for g in GOLONGAN))
		self.assertEqual(len(GOLONGAN), 17)  # the PNS list is untouched

	def test_spreadsheet_spellings(self):
		for value in ("IX", "ix", " IX ", "Golongan IX", "golongan ix", "Gol. IX", "gol IX", "Gol.IX"):
			with self.subTest(value=value):
				self.assertEqual(golongan_pppk(value), "IX")
		self.assertEqual(golongan_pppk("XVII"), "XVII")
		for value in ("XVIII", "IIII", "VX", "9", "III/b", "Golongan III/b", "", None):
			with self.subTest(value=value):
				self.assertIsNone(golongan_pppk(value))

	def test_unknown_pppk_grade_is_a_clear_error(self):
		for kode in ("XVIII", "III/b", "", None):
			with self.subTest(kode=kode), self.assertRaises(ValueError) as caught:
				urutan_golongan_pppk(kode)
			self.assertIn("I sampai XVII", str(caught.exception))

	def test_reasons_per_status(self):
		self.assertIsNone(alasan_golongan("III/b", "PNS"))
		self.assertIsNone(alasan_golongan("IX", "PPPK"))
		self.assertIsNone(alasan_golongan("", "PNS"))
		self.assertIsNone(alasan_golongan("Grade 1", None))  # no rule without a status
		self.assertEqual(
			alasan_golongan("IX", "PNS"), "Golongan 'IX' bukan golongan PNS; gunakan I/a sampai IV/e."
		)
		reason = alasan_golongan("III/b", "PPPK")
		self.assertIn("golongan ruang PNS", reason)
		self.assertIn("I sampai XVII (Perpres 98/2020)", reason)
		self.assertIn("bukan golongan PPPK", alasan_golongan("Kontrak B", "PPPK"))

	def test_pppk_have_no_rank_promotion(self):
		self.assertIn("tidak ada kenaikan pangkat reguler", ALASAN_PPPK_TANPA_PANGKAT)
		self.assertIn("PPPK tidak memiliki pangkat/golongan ruang PNS", ALASAN_PPPK_TANPA_PANGKAT)


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
