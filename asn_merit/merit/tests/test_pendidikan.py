import unittest

from asn_merit.merit.pendidikan import (
	BATAS_GOLONGAN_REGULER,
	GOLONGAN_AWAL,
	PENDIDIKAN,
	PENDIDIKAN_MENURUT_TINGKAT,
	batas_golongan_reguler,
	golongan_awal,
	tingkat_pendidikan,
	urutan_pendidikan,
)

LAMA = ("SD", "SLTP", "SLTP Kejuruan", "SLTA", "D-I", "D-II", "D-III", "S1", "D-IV", "S2", "S3")


class TestDaftarPendidikan(unittest.TestCase):
	def test_old_values_keep_their_place_and_level(self):
		# The Employee Select options and stored records use these values; skor_merit counts steps.
		self.assertEqual(PENDIDIKAN[: len(LAMA)], LAMA)
		self.assertEqual([tingkat_pendidikan(p) for p in LAMA], [1, 2, 3, 4, 5, 6, 7, 8, 8, 9, 10])

	def test_every_value_has_a_level_a_ceiling_and_a_starting_rank(self):
		for pendidikan in PENDIDIKAN:
			with self.subTest(pendidikan=pendidikan):
				tingkat_pendidikan(pendidikan)
				self.assertIn(pendidikan, BATAS_GOLONGAN_REGULER)
				self.assertIn(pendidikan, GOLONGAN_AWAL)
		self.assertEqual(sorted(PENDIDIKAN), sorted(PENDIDIKAN_MENURUT_TINGKAT))

	def test_order(self):
		# Sarjana Muda and Akademi stand with D-III (PP 99/2000 Pasal 8 huruf e as amended);
		# Dokter and Apoteker with S2 (huruf g); a profession above the degree it follows.
		self.assertEqual(
			PENDIDIKAN_MENURUT_TINGKAT,
			(
				"SD",
				"SLTP",
				"SLTP Kejuruan",
				"SLTA",
				"D-I",
				"D-II",
				"D-III",
				"Sarjana Muda",
				"Akademi",
				"S1",
				"D-IV",
				"Ners",
				"S2",
				"Dokter",
				"Dokter Gigi",
				"Apoteker",
				"Sp-I",
				"S3",
				"Sp-II",
			),
		)
		self.assertEqual(tingkat_pendidikan("Sarjana Muda"), tingkat_pendidikan("D-III"))
		self.assertEqual(tingkat_pendidikan("Dokter"), tingkat_pendidikan("S2"))
		self.assertGreater(urutan_pendidikan("Sp-I"), urutan_pendidikan("Dokter"))
		self.assertGreater(urutan_pendidikan("Ners"), urutan_pendidikan("S1"))
		self.assertEqual(urutan_pendidikan("Sp-II"), urutan_pendidikan("S3"))

	def test_unknown_raises_with_the_list(self):
		for function in (tingkat_pendidikan, urutan_pendidikan, batas_golongan_reguler, golongan_awal):
			with self.subTest(function=function.__name__), self.assertRaises(ValueError) as caught:
				function("SMA")
			self.assertIn("tidak dikenal", str(caught.exception))


class TestBatasGolonganReguler(unittest.TestCase):
	def test_pasal_8_as_amended_by_pp_12_2002(self):
		expected = {
			"SD": "II/a",  # a
			"SLTP": "II/c",  # b
			"SLTP Kejuruan": "II/d",  # c
			"SLTA": "III/b",  # d
			"D-I": "III/b",
			"D-II": "III/b",
			"D-III": "III/c",  # e
			"Sarjana Muda": "III/c",
			"Akademi": "III/c",
			"S1": "III/d",  # f
			"D-IV": "III/d",
			"S2": "IV/a",  # g
			"Dokter": "IV/a",
			"Dokter Gigi": "IV/a",
			"Apoteker": "IV/a",
			"S3": "IV/b",  # h
		}
		for pendidikan, batas in expected.items():
			with self.subTest(pendidikan=pendidikan):
				self.assertEqual(batas_golongan_reguler(pendidikan), batas)
				self.assertEqual(BATAS_GOLONGAN_REGULER[pendidikan], batas)

	def test_levels_pasal_8_does_not_name_are_defaults_a_regency_may_replace(self):
		self.assertEqual(
			[batas_golongan_reguler(p) for p in ("Ners", "Sp-I", "Sp-II")], ["III/d", "IV/a", "IV/b"]
		)
		setara = {"Sp-I": "IV/b", "Ners": "IV/a"}
		self.assertEqual(batas_golongan_reguler("Sp-I", setara), "IV/b")
		self.assertEqual(batas_golongan_reguler("Ners", setara), "IV/a")
		self.assertEqual(batas_golongan_reguler("Sp-II", setara), "IV/b")
		# Only the unnamed levels can be replaced: the PP fixes the others.
		self.assertEqual(batas_golongan_reguler("Dokter", {"Dokter": "IV/c"}), "IV/a")


class TestGolonganAwal(unittest.TestCase):
	def test_pp_98_2000_pasal_11_as_amended_by_pp_11_2002(self):
		expected = {
			"SD": "I/a",
			"SLTP": "I/c",
			"SLTA": "II/a",
			"D-I": "II/a",
			"D-II": "II/b",
			"D-III": "II/c",
			"Sarjana Muda": "II/c",
			"Akademi": "II/c",
			"S1": "III/a",
			"D-IV": "III/a",
			"S2": "III/b",
			"Dokter": "III/b",
			"Dokter Gigi": "III/b",
			"Apoteker": "III/b",
			"S3": "III/c",
		}
		for pendidikan, awal in expected.items():
			with self.subTest(pendidikan=pendidikan):
				self.assertEqual(golongan_awal(pendidikan), awal)

	def test_unnamed_levels_default_and_override(self):
		self.assertEqual([golongan_awal(p) for p in ("Ners", "Sp-I", "Sp-II")], ["III/a", "III/b", "III/c"])
		self.assertEqual(golongan_awal("Sp-I", {"Sp-I": "III/c"}), "III/c")
