import unittest
from dataclasses import replace

from asn_merit.merit.skor_merit import (
	AturanRekamJejak,
	BelumDiukur,
	BobotMerit,
	DataMerit,
	KompetensiPegawai,
	alasan_belum_diukur,
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


# DATA without a competency standard: kinerja 90, potensi 80, kualifikasi 100, rekam jejak 80.
TANPA_STANDAR = replace(DATA, skor_potensial=80, kompetensi=())


class TestBelumDiukur(unittest.TestCase):
	def test_each_unmeasured_component_has_its_reason(self):
		self.assertEqual(alasan_belum_diukur(DATA), {})
		self.assertEqual(
			alasan_belum_diukur(DataMerit(employee="X", pendidikan_minimal="S1")),
			{
				"kinerja": "belum ada predikat kinerja",
				"potensi": "belum ada hasil asesmen potensial",
				"kompetensi": "jabatan belum memiliki standar kompetensi",
				"kualifikasi": "pendidikan terakhir belum tercatat",
			},
		)
		standar = (KompetensiPegawai("Integritas", 3, None), KompetensiPegawai("Kerja Sama", 2, None))
		self.assertEqual(
			alasan_belum_diukur(DataMerit(employee="X", kompetensi=standar))["kompetensi"],
			"belum ada hasil asesmen kompetensi",
		)
		self.assertEqual(
			alasan_belum_diukur(DataMerit(employee="X", kompetensi=standar, tanggal_asesmen="2025-06-10"))[
				"kompetensi"
			],
			"hasil asesmen 2025-06-10 tidak memuat kompetensi yang distandarkan jabatan",
		)

	def test_a_partly_measured_standard_is_measured_and_the_gap_counts(self):
		partly = (KompetensiPegawai("Integritas", 3, 3), KompetensiPegawai("Kerja Sama", 2, None))
		hasil = hitung_skor_merit(
			DataMerit(employee="X", kompetensi=partly),
			BobotMerit(),
			perlakuan_belum_diukur=BelumDiukur.BAGI_ULANG,
		)
		self.assertNotIn("kompetensi", hasil.belum_diukur)
		self.assertEqual(hasil.skor("kompetensi"), 50)

	def test_callers_that_do_not_choose_get_the_old_numbers_and_text(self):
		old = hitung_skor_merit(TANPA_STANDAR, BobotMerit())
		self.assertEqual(old.total, 27 + 20 + 0 + 10 + 12)
		self.assertEqual(old.perlakuan_belum_diukur, BelumDiukur.NOL)
		self.assertIn("Kompetensi: 0,00 × 20% = 0,00", old.rincian_teks())
		self.assertNotIn("belum diukur (", old.rincian_teks())
		# The result still knows, for a caller that asks.
		self.assertEqual((old.belum_diukur, old.tidak_lengkap), (("kompetensi",), True))

	def test_redistribution_gives_the_weight_to_the_measured_in_proportion(self):
		hasil = hitung_skor_merit(TANPA_STANDAR, BobotMerit(), perlakuan_belum_diukur=BelumDiukur.BAGI_ULANG)
		# Measured weights 30 + 25 + 10 + 15 = 80 become 100: each times 100/80.
		self.assertEqual([k.bobot for k in hasil.komponen], [37.5, 31.25, 0, 12.5, 18.75])
		self.assertEqual([k.bobot_awal for k in hasil.komponen], [30, 25, 20, 10, 15])
		self.assertEqual([k.nilai for k in hasil.komponen], [33.75, 25, 0, 12.5, 15])
		self.assertEqual(hasil.total, 86.25)
		self.assertEqual((hasil.belum_diukur, hasil.tidak_lengkap), (("kompetensi",), False))
		self.assertEqual(hasil.nama_belum_diukur(), "Kompetensi")
		kompetensi = hasil.komponen[2]
		self.assertEqual(
			(kompetensi.diukur, kompetensi.skor, kompetensi.alasan_belum_diukur),
			(False, 0, "jabatan belum memiliki standar kompetensi"),
		)
		self.assertEqual(
			hasil.rincian_teks(),
			"\n".join(
				[
					"Kinerja: 90,00 × 37,50% (bobot 30% setelah dibagi ulang) = 33,75",
					"  - Predikat 2025: Sangat Baik (100)",
					"  - Predikat 2024: Baik (80)",
					"  - Rata-rata 2 periode terakhir: 90,00",
					"Potensi: 80,00 × 31,25% (bobot 25% setelah dibagi ulang) = 25,00",
					"  - Hasil asesmen potensial (Assessment Center, 2025-06-10): 80,00",
					"Kompetensi: belum diukur (jabatan belum memiliki standar kompetensi)",
					"  - Bobot 20% dibagi ulang ke komponen yang terukur.",
					"Kualifikasi: 100,00 × 12,50% (bobot 10% setelah dibagi ulang) = 12,50",
					"  - Pendidikan S1, syarat S1: memenuhi (100).",
					"Rekam Jejak: 80,00 × 18,75% (bobot 15% setelah dibagi ulang) = 15,00",
					"  - Masa kerja 15,0 tahun: 30,00 poin",
					"  - Pengembangan kompetensi 2024: 24,0 dari 20 JP",
					"  - Pengembangan kompetensi 2025: 10,0 dari 20 JP",
					"  - Poin pengembangan kompetensi: 30,00",
					"  - Tanpa hukuman disiplin dan pengaduan terbukti: 20,00 poin",
					"  - Jumlah rekam jejak: 80,00",
					"Bobot komponen yang belum diukur (20%) dibagi ulang secara proporsional "
					"ke komponen yang terukur (80%).",
					"Total skor merit: 86,25",
				]
			),
		)

	def test_marking_keeps_the_old_total_and_says_it_is_incomplete(self):
		hasil = hitung_skor_merit(TANPA_STANDAR, BobotMerit(), perlakuan_belum_diukur=BelumDiukur.TANDAI)
		self.assertEqual(hasil.total, hitung_skor_merit(TANPA_STANDAR, BobotMerit()).total)
		self.assertEqual([k.bobot for k in hasil.komponen], [30, 25, 20, 10, 15])
		self.assertEqual((hasil.belum_diukur, hasil.tidak_lengkap), (("kompetensi",), True))
		lines = hasil.rincian_teks().split("\n")
		self.assertIn(
			"Kompetensi: belum diukur (jabatan belum memiliki standar kompetensi) × 20% = 0,00", lines
		)
		self.assertIn("  - Dihitung 0; skor merit ditandai tidak lengkap.", lines)
		self.assertIn("Kinerja: 90,00 × 30% = 27,00", lines)
		self.assertEqual(lines[-1], "Total skor merit: 69,00 (tidak lengkap: kompetensi belum diukur)")

	def test_an_unmeasured_standard_is_listed_for_the_reader(self):
		data = DataMerit(employee="X", kompetensi=(KompetensiPegawai("Integritas", 3, None),))
		hasil = hitung_skor_merit(data, BobotMerit(), perlakuan_belum_diukur=BelumDiukur.BAGI_ULANG)
		self.assertEqual(
			hasil.komponen[2].rincian,
			(
				"Standar kompetensi jabatan: Integritas level 3.",
				"Bobot 20% dibagi ulang ke komponen yang terukur.",
			),
		)

	def test_with_only_the_track_record_measured_it_carries_all_the_weight(self):
		data = DataMerit(employee="X", pendidikan_minimal="S1", masa_kerja_tahun=10)  # 20 + 20 clean
		hasil = hitung_skor_merit(data, BobotMerit(), perlakuan_belum_diukur=BelumDiukur.BAGI_ULANG)
		self.assertEqual(hasil.belum_diukur, ("kinerja", "potensi", "kompetensi", "kualifikasi"))
		self.assertEqual((hasil.total, hasil.komponen[4].bobot), (40, 100))
		self.assertFalse(hasil.tidak_lengkap)
		self.assertEqual(hasil.nama_belum_diukur(), "Kinerja, Potensi, Kompetensi, Kualifikasi")

	def test_nothing_weighted_measured_scores_zero_and_is_incomplete(self):
		bobot = BobotMerit(kinerja=40, potensi=30, kompetensi=20, kualifikasi=10, rekam_jejak=0)
		data = DataMerit(employee="X", pendidikan_minimal="S1", masa_kerja_tahun=10)
		for perlakuan in (BelumDiukur.BAGI_ULANG, BelumDiukur.TANDAI):
			with self.subTest(perlakuan=perlakuan):
				hasil = hitung_skor_merit(data, bobot, perlakuan_belum_diukur=perlakuan)
				self.assertEqual(hasil.total, 0)
				self.assertEqual([k.nilai for k in hasil.komponen], [0, 0, 0, 0, 0])
				self.assertTrue(hasil.tidak_lengkap)
				self.assertFalse(hasil.terukur)
				text = hasil.rincian_teks()
				self.assertIn("Tidak ada komponen berbobot yang terukur", text)
				self.assertTrue(
					text.endswith(
						"Total skor merit: 0,00 (tidak lengkap: kinerja, potensi, kompetensi, "
						"kualifikasi belum diukur)"
					)
				)

	def test_a_component_weighted_zero_is_not_reported_unmeasured(self):
		bobot = BobotMerit(kinerja=35, potensi=30, kompetensi=0, kualifikasi=15, rekam_jejak=20)
		for perlakuan in BelumDiukur:
			with self.subTest(perlakuan=perlakuan):
				hasil = hitung_skor_merit(TANPA_STANDAR, bobot, perlakuan_belum_diukur=perlakuan)
				self.assertEqual((hasil.belum_diukur, hasil.tidak_lengkap), ((), False))
				self.assertEqual(hasil.total, hitung_skor_merit(TANPA_STANDAR, bobot).total)
				self.assertFalse(hasil.komponen[2].diukur)  # the fact stays on the component

	def test_a_complete_score_is_the_same_whatever_the_choice(self):
		old = hitung_skor_merit(DATA, BobotMerit())
		for perlakuan in BelumDiukur:
			with self.subTest(perlakuan=perlakuan):
				hasil = hitung_skor_merit(DATA, BobotMerit(), perlakuan_belum_diukur=perlakuan)
				self.assertEqual((hasil.total, hasil.rincian_teks()), (old.total, old.rincian_teks()))
				self.assertEqual(hasil.belum_diukur, ())

	def test_the_choice_is_read_from_its_stored_text_and_an_unknown_one_is_refused(self):
		hasil = hitung_skor_merit(TANPA_STANDAR, BobotMerit(), AturanRekamJejak(), "Bagi Ulang Bobot")
		self.assertEqual((hasil.perlakuan_belum_diukur, hasil.total), (BelumDiukur.BAGI_ULANG, 86.25))
		with self.assertRaises(ValueError) as caught:
			hitung_skor_merit(DATA, BobotMerit(), perlakuan_belum_diukur="Abaikan")
		self.assertIn("Perlakuan komponen yang belum diukur 'Abaikan' tidak dikenal", str(caught.exception))
