import unittest
from datetime import date

from asn_merit.merit.angka_kredit import (
	AK_KENAIKAN_JENJANG,
	AK_KENAIKAN_PANGKAT,
	GOLONGAN_JENJANG,
	KOEFISIEN_TAHUNAN,
	AturanAngkaKredit,
	angka_kredit_tahunan,
	jumlah_angka_kredit,
	kenaikan_fungsional,
	tambahan_angka_kredit_ijazah,
)
from asn_merit.merit.eligibility import HasilKelayakan
from asn_merit.merit.jabatan import JENJANG_FUNGSIONAL


class TestAngkaKreditTahunan(unittest.TestCase):
	"""PermenPANRB 1/2023 Pasal 37 ayat (1) and (4); koefisien from its Lampiran."""

	def test_bkn_example_sangat_baik_ahli_pertama(self):
		# BKN Direktorat Jabatan ASN, Peraturan BKN 3/2023 slides: 150% x 12,5 = 18,75.
		self.assertEqual(angka_kredit_tahunan("Ahli Pertama", "Sangat Baik"), 18.75)

	def test_bkn_example_two_months_baik(self):
		# Same slides: 2/12 x 100% x 12,5 = 2,08; with the year before, 20,83 in all.
		self.assertAlmostEqual(angka_kredit_tahunan("Ahli Pertama", "Baik", bulan=2), 2.08, places=2)
		total = jumlah_angka_kredit([("Ahli Pertama", "Sangat Baik", 12), ("Ahli Pertama", "Baik", 2)])
		self.assertAlmostEqual(total, 20.83, places=2)

	def test_every_predikat_share_for_terampil(self):
		# DOMAIN.md 3.7: Terampil 7,5 / 5 / 3,75 / 2,5 / 1,25.
		expected = {
			"Sangat Baik": 7.5,
			"Baik": 5.0,
			"Butuh Perbaikan": 3.75,
			"Kurang/Misconduct": 2.5,
			"Sangat Kurang": 1.25,
		}
		for predikat, ak in expected.items():
			with self.subTest(predikat=predikat):
				self.assertEqual(angka_kredit_tahunan("Terampil", predikat), ak)

	def test_labels_as_the_regulation_writes_them(self):
		self.assertEqual(angka_kredit_tahunan("Ahli Muda", "Cukup"), 18.75)
		self.assertEqual(angka_kredit_tahunan("Ahli Muda", "Cukup/Butuh Perbaikan"), 18.75)
		self.assertEqual(angka_kredit_tahunan("Ahli Muda", "Kurang"), 12.5)

	def test_koefisien_per_jenjang(self):
		expected = {
			"Pemula": 3.75,
			"Terampil": 5,
			"Mahir": 12.5,
			"Penyelia": 25,
			"Ahli Pertama": 12.5,
			"Ahli Muda": 25,
			"Ahli Madya": 37.5,
			"Ahli Utama": 50,
		}
		for jenjang, koefisien in expected.items():
			with self.subTest(jenjang=jenjang):
				self.assertEqual(angka_kredit_tahunan(jenjang, "Baik"), koefisien)
		self.assertEqual(set(KOEFISIEN_TAHUNAN), set(JENJANG_FUNGSIONAL))

	def test_four_years_baik_fill_one_rank_step(self):
		# The Lampiran's design: 4 years of "Baik" reach each kenaikan pangkat figure.
		for jenjang in JENJANG_FUNGSIONAL:
			with self.subTest(jenjang=jenjang):
				self.assertEqual(4 * angka_kredit_tahunan(jenjang, "Baik"), AK_KENAIKAN_PANGKAT[jenjang])

	def test_jenjang_figure_is_the_steps_over_its_ranks(self):
		for jenjang, ak in AK_KENAIKAN_JENJANG.items():
			with self.subTest(jenjang=jenjang):
				self.assertEqual(ak, AK_KENAIKAN_PANGKAT[jenjang] * len(GOLONGAN_JENJANG[jenjang]))

	def test_zero_months_earns_nothing(self):
		self.assertEqual(angka_kredit_tahunan("Ahli Utama", "Sangat Baik", bulan=0), 0)

	def test_unknown_labels_and_months_raise(self):
		for args in (
			("Ahli", "Baik", 12),
			("Ahli Muda", "Bagus", 12),
			("Ahli Muda", "Baik", 13),
			("Ahli Muda", "Baik", -1),
			("Ahli Muda", "Baik", 1.5),
		):
			with self.subTest(args=args), self.assertRaises(ValueError):
				angka_kredit_tahunan(*args)

	def test_a_regency_may_override_a_figure(self):
		aturan = AturanAngkaKredit(koefisien={**KOEFISIEN_TAHUNAN, "Pemula": 4.0})
		self.assertEqual(angka_kredit_tahunan("Pemula", "Baik", aturan=aturan), 4.0)
		self.assertEqual(angka_kredit_tahunan("Pemula", "Baik"), 3.75)


class TestTambahanIjazah(unittest.TestCase):
	"""PermenPANRB 1/2023 Pasal 37 ayat (2)-(3): 25% of the kenaikan pangkat figure, predikat >= Baik."""

	def test_higher_degree(self):
		self.assertEqual(tambahan_angka_kredit_ijazah("Ahli Pertama", "Baik"), 12.5)
		self.assertEqual(tambahan_angka_kredit_ijazah("Ahli Madya", "Sangat Baik"), 37.5)
		self.assertEqual(tambahan_angka_kredit_ijazah("Ahli Pertama", "Butuh Perbaikan"), 0)


class TestKenaikanFungsional(unittest.TestCase):
	"""Cumulative AK per PermenPANRB 1/2023 Lampiran, as BKN tabulates it ("AK kebutuhan kenaikan
	pangkat/jabatan model konversi": ahli pertama 50/100, ahli muda 100/200, ahli madya 150/450,
	ahli utama 200/-)."""

	def test_ahli_pertama_iii_a_to_iii_b_at_50(self):
		hasil = kenaikan_fungsional("Ahli Pertama", "III/a", 50)
		self.assertTrue(hasil.layak_pangkat)
		self.assertFalse(hasil.layak_jenjang)
		self.assertTrue(hasil.layak)
		self.assertEqual(hasil.golongan_berikutnya, "III/b")
		self.assertEqual((hasil.ak_minimal_pangkat, hasil.kekurangan_pangkat), (50, 0))
		self.assertEqual((hasil.ak_minimal_jenjang, hasil.kekurangan_jenjang), (100, 50))
		self.assertIn(
			"Angka kredit kumulatif 50 belum mencapai 100 untuk kenaikan jenjang ke Ahli Muda; kurang 50.",
			hasil.alasan,
		)

	def test_still_missing(self):
		hasil = kenaikan_fungsional("Ahli Pertama", "III/a", 37.5)
		self.assertFalse(hasil.layak)
		self.assertEqual(hasil.kekurangan_pangkat, 12.5)
		self.assertEqual(
			hasil.alasan[0],
			"Angka kredit kumulatif 37,5 belum mencapai 50 untuk kenaikan pangkat ke III/b; kurang 12,5.",
		)

	def test_ahli_madya_ranks_count_in_the_jenjang(self):
		# BKN integrasi table: IV/a 0-150, IV/b 150-300, IV/c 300-450.
		self.assertTrue(kenaikan_fungsional("Ahli Madya", "IV/a", 150).layak_pangkat)
		hasil = kenaikan_fungsional("Ahli Madya", "IV/b", 290)
		self.assertEqual((hasil.layak_pangkat, hasil.kekurangan_pangkat), (False, 10))
		self.assertEqual(hasil.golongan_berikutnya, "IV/c")
		hasil = kenaikan_fungsional(
			"Ahli Madya", "IV/c", 450, predikat_terakhir="Baik", tersedia_lowongan=True
		)
		self.assertEqual((hasil.layak_pangkat, hasil.layak_jenjang), (True, True))
		self.assertEqual((hasil.golongan_berikutnya, hasil.jenjang_berikutnya), ("IV/d", "Ahli Utama"))

	def test_ak_dasar_of_a_higher_starting_rank(self):
		# Peraturan BKN 3/2023 Lampiran example: ahli muda at III/d starts with AK dasar 100.
		hasil = kenaikan_fungsional("Ahli Muda", "III/d", 100)
		self.assertEqual((hasil.ak_minimal_pangkat, hasil.kekurangan_pangkat), (200, 100))
		self.assertEqual((hasil.ak_minimal_jenjang, hasil.kekurangan_jenjang), (200, 100))
		self.assertFalse(hasil.layak)

	def test_top_rank_goes_with_the_jenjang(self):
		hasil = kenaikan_fungsional(
			"Ahli Pertama", "III/b", 100, predikat_terakhir="Sangat Baik", tersedia_lowongan=True
		)
		self.assertEqual((hasil.layak_pangkat, hasil.layak_jenjang), (True, True))
		self.assertEqual(hasil.alasan, [])
		self.assertTrue(any("kenaikan jenjang lebih dahulu" in item for item in hasil.catatan))

	def test_without_a_vacancy_only_the_rank_rises(self):
		hasil = kenaikan_fungsional(
			"Ahli Pertama", "III/b", 100, predikat_terakhir="Baik", tersedia_lowongan=False
		)
		self.assertEqual((hasil.layak, hasil.layak_pangkat, hasil.layak_jenjang), (True, True, False))
		self.assertEqual(hasil.alasan, ["Belum tersedia kebutuhan (lowongan) jenjang Ahli Muda."])

	def test_one_rank_above_the_jenjang_waits_for_the_jenjang(self):
		hasil = kenaikan_fungsional(
			"Ahli Pertama", "III/c", 120, predikat_terakhir="Baik", tersedia_lowongan=True
		)
		self.assertFalse(hasil.layak_pangkat)
		self.assertIsNone(hasil.golongan_berikutnya)
		self.assertTrue(hasil.layak_jenjang)

	def test_jenjang_needs_baik_last_year(self):
		hasil = kenaikan_fungsional("Ahli Muda", "III/d", 200, predikat_terakhir="Butuh Perbaikan")
		self.assertTrue(hasil.layak_pangkat)
		self.assertFalse(hasil.layak_jenjang)
		self.assertIn(
			"Predikat kinerja tahun terakhir Butuh Perbaikan; kenaikan jenjang memerlukan paling rendah Baik.",
			hasil.alasan,
		)

	def test_keterampilan(self):
		# Pemula -> Terampil 15; Terampil II/b, II/c, II/d 20 each, to Mahir 60; Mahir -> Penyelia 100.
		self.assertTrue(kenaikan_fungsional("Pemula", "II/a", 15).layak_pangkat)
		self.assertEqual(kenaikan_fungsional("Terampil", "II/c", 30).kekurangan_pangkat, 10)
		self.assertEqual(kenaikan_fungsional("Terampil", "II/d", 60).kekurangan_jenjang, 0)
		self.assertEqual(kenaikan_fungsional("Mahir", "III/a", 50).jenjang_berikutnya, "Penyelia")
		self.assertTrue(kenaikan_fungsional("Penyelia", "III/c", 100).layak_pangkat)

	def test_the_top_of_each_category(self):
		hasil = kenaikan_fungsional("Penyelia", "III/d", 300)
		self.assertFalse(hasil.layak)
		self.assertIsNone(hasil.golongan_berikutnya)
		self.assertIsNone(hasil.jenjang_berikutnya)
		hasil = kenaikan_fungsional("Ahli Utama", "IV/d", 200)
		self.assertEqual((hasil.layak_pangkat, hasil.golongan_berikutnya), (True, "IV/e"))
		self.assertIn("Jenjang Ahli Utama adalah jenjang tertinggi dalam kategorinya.", hasil.alasan)
		self.assertIn(
			"Golongan IV/e adalah golongan tertinggi.", kenaikan_fungsional("Ahli Utama", "IV/e", 500).alasan
		)

	def test_rank_outside_the_jenjang(self):
		hasil = kenaikan_fungsional("Ahli Muda", "III/a", 150)
		self.assertFalse(hasil.layak_pangkat)
		self.assertIn("di luar rentang pangkat jenjang Ahli Muda", hasil.alasan[0])

	def test_two_years_in_rank_when_dates_are_given(self):
		hasil = kenaikan_fungsional(
			"Ahli Pertama", "III/a", 60, tmt_golongan=date(2023, 4, 1), tanggal=date(2025, 3, 31)
		)
		self.assertFalse(hasil.layak_pangkat)
		self.assertIn(
			"Masa dalam pangkat III/a baru 1 tahun (TMT 01-04-2023); minimal 2 tahun.", hasil.alasan
		)
		hasil = kenaikan_fungsional(
			"Ahli Pertama", "III/a", 60, tmt_golongan=date(2023, 4, 1), tanggal=date(2025, 4, 1)
		)
		self.assertTrue(hasil.layak_pangkat)
		aturan = AturanAngkaKredit(min_tahun_dalam_pangkat=0)
		hasil = kenaikan_fungsional(
			"Ahli Pertama", "III/a", 60, aturan, tmt_golongan=date(2024, 4, 1), tanggal=date(2025, 3, 31)
		)
		self.assertTrue(hasil.layak_pangkat)

	def test_sums_of_fractions_reach_the_figure(self):
		# Twelve one-month conversions of "Baik" for four years make 50, not 49.999...
		ak = jumlah_angka_kredit([("Ahli Pertama", "Baik", 1)] * 48)
		self.assertTrue(kenaikan_fungsional("Ahli Pertama", "III/a", ak).layak_pangkat)

	def test_result_shape_and_errors(self):
		self.assertIsInstance(kenaikan_fungsional("Ahli Muda", "III/c", 0), HasilKelayakan)
		for args in (("Ahli", "III/c", 0), ("Ahli Muda", "III/z", 0)):
			with self.subTest(args=args), self.assertRaises(ValueError):
				kenaikan_fungsional(*args)
		with self.assertRaises(ValueError):
			kenaikan_fungsional("Ahli Muda", "III/c", 0, predikat_terakhir="Bagus")
