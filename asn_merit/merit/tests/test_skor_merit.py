import unittest

from asn_merit.merit.skor_merit import (
	AturanRekamJejak,
	BobotMerit,
	DataMerit,
	KompetensiPegawai,
	angka,
	hitung_skor_merit,
	skor_kompetensi,
	skor_kualifikasi,
	skor_rekam_jejak,
	validasi_bobot,
)

DATA = DataMerit(
	employee="HR-EMP-0001",
	nip="198503122010011001",
	predikat=((2023, "Baik"), (2025, "Sangat Baik"), (2024, "Baik")),
	skor_potensial=82,
	tanggal_asesmen="2025-06-10",
	sumber_asesmen="Assessment Center",
	kompetensi=(KompetensiPegawai("Integritas", 3, 3), KompetensiPegawai("Kerja Sama", 4, 2)),
	pendidikan="S1",
	pendidikan_minimal="S1",
	masa_kerja_tahun=15,
	jam_pelatihan=((2024, 24), (2025, 10)),
)


class TestBobot(unittest.TestCase):
	def test_the_default_weights_are_valid(self):
		self.assertEqual(validasi_bobot(BobotMerit()), [])

	def test_a_negative_weight_and_a_wrong_total_are_named(self):
		problems = validasi_bobot(
			BobotMerit(kinerja=-5, potensi=25, kompetensi=20, kualifikasi=10, rekam_jejak=15)
		)
		self.assertEqual(
			problems, ["Bobot kinerja tidak boleh negatif.", "Jumlah bobot harus 100, sekarang 65,00."]
		)

	def test_invalid_weights_refuse_to_score(self):
		self.assertRaises(ValueError, hitung_skor_merit, DATA, BobotMerit(kinerja=50))


class TestSkorMerit(unittest.TestCase):
	def test_a_worked_example_with_its_full_breakdown(self):
		hasil = hitung_skor_merit(DATA, BobotMerit())
		# kinerja (100+80)/2=90; potensi 82; kompetensi (1+0.5)/2=75; kualifikasi 100;
		# rekam jejak 30 (15 y * 2) + (1+0.5)/2*40=30 + 20 clean = 80.
		self.assertEqual([k.skor for k in hasil.komponen], [90, 82, 75, 100, 80])
		self.assertEqual(hasil.total, 27 + 20.5 + 15 + 10 + 12)
		self.assertEqual(
			hasil.rincian_teks(),
			"\n".join(
				[
					"Kinerja: 90,00 × 30% = 27,00",
					"  - Predikat 2025: Sangat Baik (100)",
					"  - Predikat 2024: Baik (80)",
					"  - Rata-rata 2 periode terakhir: 90,00",
					"Potensi: 82,00 × 25% = 20,50",
					"  - Hasil asesmen potensial (Assessment Center, 2025-06-10): 82,00",
					"Kompetensi: 75,00 × 20% = 15,00",
					"  - Integritas: level 3 dari standar 3 (memenuhi)",
					"  - Kerja Sama: level 2 dari standar 4 (kurang 2 level)",
					"  - Pemenuhan standar kompetensi: 75,00%",
					"Kualifikasi: 100,00 × 10% = 10,00",
					"  - Pendidikan S1, syarat S1: memenuhi (100).",
					"Rekam Jejak: 80,00 × 15% = 12,00",
					"  - Masa kerja 15,0 tahun: 30,00 poin",
					"  - Pengembangan kompetensi 2024: 24,0 dari 20 JP",
					"  - Pengembangan kompetensi 2025: 10,0 dari 20 JP",
					"  - Poin pengembangan kompetensi: 30,00",
					"  - Tanpa hukuman disiplin dan pengaduan terbukti: 20,00 poin",
					"  - Jumlah rekam jejak: 80,00",
					"Total skor merit: 84,50",
				]
			),
		)

	def test_nothing_measured_scores_zero_and_says_why(self):
		hasil = hitung_skor_merit(DataMerit(employee="X", pendidikan_minimal="S1"), BobotMerit())
		self.assertEqual([k.skor for k in hasil.komponen[:4]], [0, 0, 0, 0])
		texts = hasil.rincian_teks()
		for reason in (
			"Belum ada predikat",
			"Belum ada hasil asesmen",
			"belum memiliki standar",
			"belum tercatat",
		):
			self.assertIn(reason, texts)

	def test_only_the_latest_periods_count(self):
		data = DataMerit(employee="X", predikat=((2021, "Sangat Kurang"), (2024, "Baik"), (2025, "Baik")))
		self.assertEqual(hitung_skor_merit(data, BobotMerit()).skor("kinerja"), 80)
		aturan = AturanRekamJejak(tahun_predikat=3)
		self.assertEqual(hitung_skor_merit(data, BobotMerit(), aturan).skor("kinerja"), 60)

	def test_potential_is_clamped_to_the_scale(self):
		self.assertEqual(
			hitung_skor_merit(DataMerit(employee="X", skor_potensial=130), BobotMerit()).skor("potensi"), 100
		)

	def test_missing_competency_level_counts_zero(self):
		data = DataMerit(employee="X", kompetensi=(KompetensiPegawai("Integritas", 3, None),))
		skor, lines = skor_kompetensi(data)
		self.assertEqual(skor, 0)
		self.assertIn("belum diukur", lines[0])

	def test_education_one_level_below_scores_half_and_further_below_zero(self):
		cases = (("S2", 100), ("S1", 100), ("D-IV", 100), ("D-III", 50), ("SLTA", 0))
		for pendidikan, expected in cases:
			with self.subTest(pendidikan=pendidikan):
				data = DataMerit(employee="X", pendidikan=pendidikan, pendidikan_minimal="S1")
				self.assertEqual(skor_kualifikasi(data)[0], expected)
		self.assertEqual(skor_kualifikasi(DataMerit(employee="X", pendidikan="SD"))[0], 100)

	def test_sanctions_and_substantiated_complaints_lower_the_track_record(self):
		base = DataMerit(employee="X", masa_kerja_tahun=30, jam_pelatihan=((2025, 20),))
		self.assertEqual(skor_rekam_jejak(base, AturanRekamJejak())[0], 100)  # 40 + 40 + 20
		marked = DataMerit(
			employee="X",
			masa_kerja_tahun=30,
			jam_pelatihan=((2025, 20),),
			hukuman_disiplin=("Sedang",),
			pengaduan_terbukti=2,
		)
		skor, lines = skor_rekam_jejak(marked, AturanRekamJejak())
		self.assertEqual(skor, 40 + 40 - 20 - 20)
		self.assertIn("Hukuman disiplin sedang: -20,00 poin", lines)
		self.assertIn("Pengaduan masyarakat terbukti (2): -20,00 poin", lines)

	def test_the_track_record_never_goes_below_zero(self):
		data = DataMerit(employee="X", hukuman_disiplin=("Berat", "Berat"), pengaduan_terbukti=5)
		self.assertEqual(skor_rekam_jejak(data, AturanRekamJejak())[0], 0)

	def test_indonesian_number_format(self):
		self.assertEqual(angka(1234.5), "1.234,50")
		self.assertEqual(angka(7, 0), "7")
