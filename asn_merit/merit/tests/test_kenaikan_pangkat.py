import unittest
from datetime import date

from asn_merit.merit import AturanKelayakan, DataPegawai, HasilKelayakan, cek_kenaikan_pangkat_reguler
from asn_merit.merit.kenaikan_pangkat import kenaikan_pangkat_reguler_pegawai

TMT = date(2020, 4, 1)


def cek(golongan="III/b", tmt=TMT, tanggal=date(2024, 4, 1), predikat=("Baik", "Baik"), pendidikan="S1"):
	return cek_kenaikan_pangkat_reguler(golongan, tmt, tanggal, list(predikat), pendidikan)


class TestKenaikanPangkatReguler(unittest.TestCase):
	def test_eligible_after_exactly_four_years(self):
		hasil = cek()
		self.assertTrue(hasil.layak)
		self.assertEqual(hasil.alasan, [])
		self.assertEqual(hasil.golongan_berikutnya, "III/c")

	def test_one_day_short_of_four_years(self):
		hasil = cek(tanggal=date(2024, 3, 31))
		self.assertFalse(hasil.layak)
		self.assertEqual(
			hasil.alasan, ["Masa dalam pangkat III/b baru 3 tahun (TMT 01-04-2020); minimal 4 tahun."]
		)

	def test_each_of_two_years_must_be_at_least_baik(self):
		self.assertTrue(cek(predikat=("Sangat Baik", "Baik")).layak)
		hasil = cek(predikat=("Baik", "Butuh Perbaikan"))
		self.assertFalse(hasil.layak)
		self.assertIn("Predikat kinerja Butuh Perbaikan di bawah syarat minimal Baik.", hasil.alasan)

	def test_missing_predikat_year(self):
		hasil = cek(predikat=("Baik",))
		self.assertFalse(hasil.layak)
		self.assertIn("belum lengkap", hasil.alasan[0])

	def test_education_ceiling(self):
		# S1 stops regular promotion at III/d: III/c -> III/d is fine, III/d -> IV/a is not.
		self.assertTrue(cek(golongan="III/c").layak)
		hasil = cek(golongan="III/d")
		self.assertFalse(hasil.layak)
		self.assertEqual(
			hasil.alasan,
			["Golongan III/d sudah mencapai batas kenaikan pangkat reguler untuk pendidikan S1 (III/d)."],
		)
		self.assertTrue(cek(golongan="III/d", pendidikan="S2").layak)
		self.assertFalse(cek(golongan="II/a", pendidikan="SD").layak)
		self.assertTrue(cek(golongan="III/a", pendidikan="SLTA").layak)
		self.assertFalse(cek(golongan="III/b", pendidikan="D-II").layak)

	def test_highest_rank(self):
		hasil = cek(golongan="IV/e", pendidikan="S3")
		self.assertFalse(hasil.layak)
		self.assertIsNone(hasil.golongan_berikutnya)

	def test_every_reason_is_listed(self):
		hasil = cek(golongan="III/d", tanggal=date(2021, 1, 1), predikat=("Sangat Kurang", "Baik"))
		self.assertEqual(len(hasil.alasan), 3)

	def test_ujian_dinas_is_a_note_not_a_block(self):
		hasil = cek(golongan="II/d", pendidikan="SLTA")
		self.assertTrue(hasil.layak)
		self.assertIn("ujian dinas tingkat I", hasil.catatan[0])

	def test_unknown_labels_raise(self):
		for kwargs in ({"golongan": "III/z"}, {"pendidikan": "SMA"}, {"predikat": ("Bagus", "Baik")}):
			with self.subTest(**kwargs), self.assertRaises(ValueError):
				cek(**kwargs)


class TestKenaikanPangkatPegawai(unittest.TestCase):
	"""The feed the Employee form, the promotion workflow and the batch share."""

	def pegawai(self, **changes):
		fields = dict(
			golongan="III/b",
			pendidikan="S1",
			tmt_golongan=TMT,
			predikat_per_tahun=((2022, "Baik"), (2023, "Baik")),
		)
		return DataPegawai(**{**fields, **changes})

	def test_the_two_calendar_years_before_the_date(self):
		hasil = kenaikan_pangkat_reguler_pegawai(self.pegawai(), date(2024, 4, 1))
		self.assertTrue(hasil.layak)
		self.assertEqual(hasil.golongan_berikutnya, "III/c")

	def test_old_predikat_do_not_stand_in_for_missing_recent_years(self):
		pegawai = self.pegawai(predikat_per_tahun=((2019, "Baik"), (2020, "Baik"), (2023, "Baik")))
		hasil = kenaikan_pangkat_reguler_pegawai(pegawai, date(2024, 4, 1))
		self.assertFalse(hasil.layak)
		self.assertIn("belum lengkap", hasil.alasan[0])

	def test_the_regency_minimum_predikat_applies(self):
		pegawai = self.pegawai(predikat_per_tahun=((2022, "Baik"), (2023, "Sangat Baik")))
		aturan = AturanKelayakan(predikat_minimal="Sangat Baik")
		hasil = kenaikan_pangkat_reguler_pegawai(pegawai, date(2024, 4, 1), aturan)
		self.assertEqual(hasil.alasan, ["Predikat kinerja Baik di bawah syarat minimal Sangat Baik."])

	def test_data_the_rules_cannot_use_is_a_reason(self):
		cases = {
			"Data belum lengkap: TMT golongan, pendidikan terakhir.": self.pegawai(
				tmt_golongan=None, pendidikan=None
			),
			"Honorer A bukan golongan PNS.": self.pegawai(golongan="Honorer A"),
			"Tidak memiliki NIP.": self.pegawai(bukan_asn="Tidak memiliki NIP."),
		}
		for alasan, pegawai in cases.items():
			with self.subTest(alasan=alasan):
				hasil = kenaikan_pangkat_reguler_pegawai(pegawai, date(2024, 4, 1))
				self.assertEqual((hasil.layak, hasil.alasan), (False, [alasan]))

	def test_one_result_shape_with_eligibility(self):
		hasil = kenaikan_pangkat_reguler_pegawai(self.pegawai(), date(2024, 4, 1))
		self.assertIsInstance(hasil, HasilKelayakan)
		self.assertEqual(hasil.catatan, [])


class TestBatasPendidikanProfesi(unittest.TestCase):
	"""PP 99/2000 Pasal 8 as amended by PP 12/2002: profession and academy levels."""

	def test_a_doctor_rises_to_iv_a_not_iii_d(self):
		for pendidikan in ("Dokter", "Dokter Gigi", "Apoteker"):
			with self.subTest(pendidikan=pendidikan):
				hasil = cek(golongan="III/d", pendidikan=pendidikan)
				self.assertTrue(hasil.layak, hasil.alasan)
				self.assertEqual(hasil.golongan_berikutnya, "IV/a")
				hasil = cek(golongan="IV/a", pendidikan=pendidikan)
				self.assertEqual(
					hasil.alasan,
					[
						f"Golongan IV/a sudah mencapai batas kenaikan pangkat reguler "
						f"untuk pendidikan {pendidikan} (IV/a)."
					],
				)

	def test_sarjana_muda_and_akademi_stop_at_iii_c(self):
		for pendidikan in ("Sarjana Muda", "Akademi"):
			with self.subTest(pendidikan=pendidikan):
				self.assertTrue(cek(golongan="III/b", pendidikan=pendidikan).layak)
				self.assertFalse(cek(golongan="III/c", pendidikan=pendidikan).layak)

	def test_specialists_default_ceilings(self):
		self.assertTrue(cek(golongan="III/d", pendidikan="Sp-I").layak)
		self.assertFalse(cek(golongan="IV/a", pendidikan="Sp-I").layak)
		self.assertTrue(cek(golongan="IV/a", pendidikan="Sp-II").layak)

	def test_from_the_employee_data(self):
		pegawai = DataPegawai(
			golongan="III/d",
			pendidikan="Dokter",
			tmt_golongan=TMT,
			predikat_per_tahun=((2022, "Baik"), (2023, "Baik")),
		)
		hasil = kenaikan_pangkat_reguler_pegawai(pegawai, date(2024, 4, 1))
		self.assertEqual((hasil.layak, hasil.golongan_berikutnya), (True, "IV/a"))


class TestJalurKenaikanPangkatReguler(unittest.TestCase):
	"""Who leaves the regular path: JF holders rise by angka kredit (PP 99/2000 Pasal 9 huruf a as
	amended by PP 12/2002, Pasal 13; PermenPANRB 1/2023), PPPK have no rank (Perpres 98/2020)."""

	def pegawai(self, **changes):
		fields = dict(
			golongan="III/b",
			pendidikan="S1",
			tmt_golongan=TMT,
			predikat_per_tahun=((2022, "Baik"), (2023, "Baik")),
		)
		return DataPegawai(**{**fields, **changes})

	def test_jf_holder(self):
		from asn_merit.merit.kenaikan_pangkat import ALASAN_JABATAN_FUNGSIONAL

		for jenis in ("Fungsional", "Jabatan Fungsional", "JF"):
			with self.subTest(jenis=jenis):
				hasil = kenaikan_pangkat_reguler_pegawai(
					self.pegawai(), date(2024, 4, 1), jenis_jabatan=jenis
				)
				self.assertEqual((hasil.layak, hasil.alasan), (False, [ALASAN_JABATAN_FUNGSIONAL]))
		self.assertEqual(
			ALASAN_JABATAN_FUNGSIONAL,
			"Pemegang jabatan fungsional naik pangkat melalui angka kredit (PermenPANRB 1/2023), "
			"bukan kenaikan pangkat reguler.",
		)

	def test_pppk(self):
		from asn_merit.merit.kenaikan_pangkat import ALASAN_PPPK

		hasil = kenaikan_pangkat_reguler_pegawai(
			self.pegawai(golongan="IX"), date(2024, 4, 1), status_kepegawaian="PPPK"
		)
		self.assertEqual((hasil.layak, hasil.alasan), (False, [ALASAN_PPPK]))
		self.assertTrue(ALASAN_PPPK.startswith("PPPK tidak mendapat kenaikan pangkat reguler"))

	def test_other_posts_keep_the_regular_rules(self):
		for jenis in (None, "Pelaksana", "Pengawas"):
			with self.subTest(jenis=jenis):
				hasil = kenaikan_pangkat_reguler_pegawai(
					self.pegawai(), date(2024, 4, 1), jenis_jabatan=jenis, status_kepegawaian="PNS"
				)
				self.assertEqual((hasil.layak, hasil.golongan_berikutnya), (True, "III/c"))

	def test_outside_the_merit_system_comes_first(self):
		hasil = kenaikan_pangkat_reguler_pegawai(
			self.pegawai(bukan_asn="Tidak memiliki NIP."), date(2024, 4, 1), jenis_jabatan="Fungsional"
		)
		self.assertEqual(hasil.alasan, ["Tidak memiliki NIP."])

	def test_alasan_jalur_reguler(self):
		from asn_merit.merit.kenaikan_pangkat import alasan_jalur_reguler

		self.assertIsNone(alasan_jalur_reguler("Pelaksana", "PNS"))
		self.assertIsNone(alasan_jalur_reguler())
		self.assertIn("angka kredit", alasan_jalur_reguler("Fungsional", "PNS"))
		self.assertIn("PPPK", alasan_jalur_reguler("Fungsional", "PPPK"))
