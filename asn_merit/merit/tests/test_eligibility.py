import unittest
from datetime import date

from asn_merit.merit import (
	AturanKelayakan,
	DataPegawai,
	HukumanDisiplin,
	MasaJabatan,
	PersyaratanJabatan,
	cek_kelayakan,
)

TANGGAL = date(2026, 7, 1)
ADMINISTRATOR = 4
PENGAWAS = 3


def pegawai(**changes):
	values = {
		"golongan": "III/d",
		"pendidikan": "S1",
		"tanggal_lahir": date(1980, 7, 1),
		"mulai_bekerja": date(2005, 1, 1),
		"tmt_jabatan": date(2022, 7, 1),
		"riwayat_jabatan": (MasaJabatan(PENGAWAS, date(2022, 7, 1)),),
		"predikat_per_tahun": ((2024, "Baik"), (2025, "Sangat Baik")),
	}
	values.update(changes)
	return DataPegawai(**values)


SYARAT = PersyaratanJabatan(
	tingkat=ADMINISTRATOR,
	pangkat_minimal="III/d",
	pangkat_maksimal="IV/a",
	pendidikan_minimal="S1",
	min_tahun_pengalaman=5,
	min_tahun_jabatan_bawah=3,
)


class TestCekKelayakan(unittest.TestCase):
	def test_meets_everything(self):
		hasil = cek_kelayakan(
			pegawai(riwayat_jabatan=(MasaJabatan(PENGAWAS, date(2021, 1, 1)),)), SYARAT, TANGGAL
		)
		self.assertTrue(hasil.layak, hasil.alasan)
		self.assertEqual(hasil.alasan, [])

	def test_pangkat_below_and_above_range(self):
		hasil = cek_kelayakan(pegawai(golongan="III/b"), SYARAT, TANGGAL)
		self.assertIn("Pangkat III/b di bawah batas minimal III/d.", hasil.alasan)
		hasil = cek_kelayakan(pegawai(golongan="IV/b"), SYARAT, TANGGAL)
		self.assertIn("Pangkat IV/b di atas batas maksimal IV/a.", hasil.alasan)
		self.assertIn("Golongan belum diisi.", cek_kelayakan(pegawai(golongan=None), SYARAT, TANGGAL).alasan)

	def test_education(self):
		hasil = cek_kelayakan(pegawai(pendidikan="D-III"), SYARAT, TANGGAL)
		self.assertIn("Pendidikan D-III di bawah syarat minimal S1.", hasil.alasan)
		self.assertNotIn(
			"Pendidikan D-IV di bawah syarat minimal S1.",
			cek_kelayakan(pegawai(pendidikan="D-IV"), SYARAT, TANGGAL).alasan,
		)

	def test_years_of_service_boundary(self):
		syarat = PersyaratanJabatan(tingkat=ADMINISTRATOR, min_tahun_pengalaman=5)
		self.assertTrue(cek_kelayakan(pegawai(mulai_bekerja=date(2021, 7, 1)), syarat, TANGGAL).layak)
		hasil = cek_kelayakan(pegawai(mulai_bekerja=date(2021, 7, 2)), syarat, TANGGAL)
		# Counted in days: one day short of five years is 4 years 364 days.
		self.assertEqual(hasil.alasan, ["Masa kerja 4 tahun 364 hari, kurang dari syarat 5 tahun."])

	def test_the_two_year_rotation_minimum_does_not_block_a_promotion(self):
		# PP 11/2017 Pasal 190(3) bounds rotation only (DOMAIN.md 13): the earlier version of this
		# test expected "Baru 1 tahun di jabatan sekarang ...; minimal 2 tahun." as a reason.
		syarat = PersyaratanJabatan(tingkat=ADMINISTRATOR)
		for tmt in (date(2024, 7, 1), date(2024, 7, 2), date(2026, 6, 1)):
			with self.subTest(tmt=tmt):
				hasil = cek_kelayakan(pegawai(tmt_jabatan=tmt), syarat, TANGGAL)
				self.assertEqual((hasil.layak, hasil.alasan), (True, []))

	def test_rotation_window_past_five_years_is_a_note_counted_in_days(self):
		syarat = PersyaratanJabatan(tingkat=ADMINISTRATOR)
		exactly_five = cek_kelayakan(pegawai(tmt_jabatan=date(2021, 7, 1)), syarat, TANGGAL)
		self.assertTrue(exactly_five.layak)
		self.assertFalse(any("dirotasi" in c for c in exactly_five.catatan))
		# Five years and one day: whole years would still say 5 and let it pass.
		one_day_over = cek_kelayakan(pegawai(tmt_jabatan=date(2021, 6, 30)), syarat, TANGGAL)
		self.assertTrue(one_day_over.layak)
		self.assertIn(
			"Sudah 5 tahun 1 hari di jabatan sekarang (TMT 30-06-2021), melewati batas 5 tahun: perlu dirotasi.",
			one_day_over.catatan,
		)

	def test_rotation_window_is_configurable(self):
		# The minimum no longer applies here (rotation only); the maximum's note follows the setting.
		aturan = AturanKelayakan(min_tahun_di_jabatan=3, max_tahun_di_jabatan=3)
		hasil = cek_kelayakan(
			pegawai(tmt_jabatan=date(2023, 6, 30)), PersyaratanJabatan(tingkat=4), TANGGAL, aturan
		)
		self.assertTrue(hasil.layak)
		self.assertTrue(any("melewati batas 3 tahun: perlu dirotasi" in c for c in hasil.catatan))

	def test_years_in_lower_post(self):
		hasil = cek_kelayakan(pegawai(), SYARAT, TANGGAL)  # pengawas since 2022-07-01: 4 years
		self.assertTrue(hasil.layak, hasil.alasan)
		short = pegawai(
			riwayat_jabatan=(MasaJabatan(PENGAWAS, date(2024, 1, 1)),), tmt_jabatan=date(2024, 1, 1)
		)
		hasil = cek_kelayakan(short, SYARAT, TANGGAL)
		self.assertIn(
			"Pengalaman pada jabatan pengawas/JF ahli muda atau lebih tinggi baru 2 tahun 181 hari; "
			"minimal 3 tahun.",
			hasil.alasan,
		)
		# Two spells add up; a post two levels below does not count.
		spells = (
			MasaJabatan(PENGAWAS, date(2018, 1, 1), date(2019, 7, 1)),
			MasaJabatan(PENGAWAS - 1, date(2019, 7, 1), date(2024, 1, 1)),
			MasaJabatan(PENGAWAS, date(2024, 1, 1)),
		)
		self.assertTrue(
			cek_kelayakan(
				pegawai(riwayat_jabatan=spells, tmt_jabatan=date(2024, 1, 1)), SYARAT, TANGGAL
			).layak
		)

	def test_predikat_last_two_years(self):
		hasil = cek_kelayakan(
			pegawai(predikat_per_tahun=((2024, "Baik"), (2025, "Butuh Perbaikan"))), SYARAT, TANGGAL
		)
		self.assertEqual(hasil.alasan, ["Predikat kinerja tahun 2025 Butuh Perbaikan, di bawah Baik."])
		hasil = cek_kelayakan(pegawai(predikat_per_tahun=((2025, "Baik"),)), SYARAT, TANGGAL)
		self.assertEqual(hasil.alasan, ["Predikat kinerja tahun 2024 belum ada."])
		# An old bad year outside the window does not count.
		old = ((2023, "Sangat Kurang"), (2024, "Baik"), (2025, "Baik"))
		self.assertTrue(cek_kelayakan(pegawai(predikat_per_tahun=old), SYARAT, TANGGAL).layak)

	def test_no_appraisal_data_is_noted_not_blocking(self):
		hasil = cek_kelayakan(pegawai(predikat_per_tahun=()), SYARAT, TANGGAL)
		self.assertTrue(hasil.layak)
		self.assertIn("Belum ada data predikat kinerja; syarat predikat belum diperiksa.", hasil.catatan)

	def test_age_limit_56_for_jpt_pratama(self):
		jpt = PersyaratanJabatan(tingkat=5, batas_usia=56)
		turns_57_tomorrow = pegawai(tanggal_lahir=date(1969, 7, 2))
		self.assertTrue(cek_kelayakan(turns_57_tomorrow, jpt, TANGGAL).layak)
		turned_57_today = pegawai(tanggal_lahir=date(1969, 7, 1))
		self.assertEqual(
			cek_kelayakan(turned_57_today, jpt, TANGGAL).alasan, ["Usia 57 tahun melewati batas 56 tahun."]
		)

	def test_active_disciplinary_sanction(self):
		active = HukumanDisiplin("Sedang", date(2026, 1, 1), date(2026, 12, 31))
		hasil = cek_kelayakan(pegawai(hukuman_disiplin=(active,)), SYARAT, TANGGAL)
		self.assertEqual(
			hasil.alasan, ["Sedang menjalani hukuman disiplin tingkat sedang sampai 31-12-2026."]
		)
		ended = HukumanDisiplin("Berat", date(2020, 1, 1), date(2026, 6, 30))
		self.assertTrue(cek_kelayakan(pegawai(hukuman_disiplin=(ended,)), SYARAT, TANGGAL).layak)
		open_ended = HukumanDisiplin("Ringan", date(2026, 6, 1))
		self.assertFalse(cek_kelayakan(pegawai(hukuman_disiplin=(open_ended,)), SYARAT, TANGGAL).layak)

	def test_all_reasons_are_given_at_once(self):
		hasil = cek_kelayakan(
			pegawai(golongan="III/a", pendidikan="D-III", mulai_bekerja=date(2024, 1, 1)), SYARAT, TANGGAL
		)
		self.assertGreaterEqual(len(hasil.alasan), 3)
		self.assertFalse(hasil.layak)


PELAKSANA, AHLI_PERTAMA, JPT_PRATAMA, JPT_MADYA, JPT_UTAMA = 1, 2, 5, 6, 7
AHLI_MADYA, AHLI_UTAMA = 4, 5


class TestPengalamanJabatanBawah(unittest.TestCase):
	"""Experience over levels, in days (PP 11/2017 Pasal 54, 107; PP 13/2002 Pasal 7A)."""

	def cek(self, syarat, riwayat, **changes):
		changes.setdefault("tmt_jabatan", riwayat[-1].dari if riwayat else None)
		return cek_kelayakan(pegawai(riwayat_jabatan=tuple(riwayat), **changes), syarat, TANGGAL)

	PENGAWAS_SYARAT = PersyaratanJabatan(tingkat=PENGAWAS, jenis="Pengawas", min_tahun_jabatan_bawah=4)

	def test_pelaksana_years_count_toward_pengawas(self):
		# Pasal 54(3)(d): 4 years as pelaksana (or a JF at that level). Exactly four years is enough.
		hasil = self.cek(self.PENGAWAS_SYARAT, [MasaJabatan(PELAKSANA, date(2022, 7, 1))])
		self.assertEqual(hasil.alasan, [])
		hasil = self.cek(self.PENGAWAS_SYARAT, [MasaJabatan(PELAKSANA, date(2023, 3, 3))])
		self.assertEqual(
			hasil.alasan,
			[
				"Pengalaman pada jabatan pelaksana/JF setingkat atau lebih tinggi baru 3 tahun 120 hari; "
				"minimal 4 tahun."
			],
		)

	def test_without_the_kind_a_level_3_post_is_read_as_pengawas(self):
		# The Jabatan form passed only the level before: pelaksana years count there too.
		syarat = PersyaratanJabatan(tingkat=PENGAWAS, min_tahun_jabatan_bawah=4)
		self.assertTrue(self.cek(syarat, [MasaJabatan(PELAKSANA, date(2020, 1, 1))]).layak)
		# A JF ahli muda post still counts only one jenjang below.
		jf = PersyaratanJabatan(
			tingkat=PENGAWAS, jenis="Fungsional", jenjang="Ahli Muda", min_tahun_jabatan_bawah=4
		)
		self.assertFalse(self.cek(jf, [MasaJabatan(PELAKSANA, date(2020, 1, 1))]).layak)
		self.assertTrue(self.cek(jf, [MasaJabatan(AHLI_PERTAMA, date(2020, 1, 1))]).layak)

	def test_periods_add_up_and_overlaps_count_once(self):
		# 2 years as pelaksana, 2 years away (tugas belajar), then JF ahli pertama since 1 July 2024:
		# each unbroken span counts its whole years by anniversary, so 2 + 2 years make 4.
		spells = [
			MasaJabatan(PELAKSANA, date(2020, 7, 1), date(2022, 6, 30)),
			MasaJabatan(AHLI_PERTAMA, date(2024, 7, 1)),
		]
		self.assertTrue(self.cek(self.PENGAWAS_SYARAT, spells).layak)
		# Left-over days add up too: 1 year 200 days + 2 years 200 days = 4 years 35 days.
		spells = [
			MasaJabatan(PELAKSANA, date(2019, 1, 1), date(2020, 7, 18)),  # 1 year 200 days
			MasaJabatan(AHLI_PERTAMA, date(2023, 12, 13)),  # 2 years 200 days on 1 July 2026
		]
		hasil = self.cek(self.PENGAWAS_SYARAT, spells)
		self.assertTrue(hasil.layak, hasil.alasan)
		# A row closed the day before the next one starts: one unbroken span, 3 years 120 days.
		short = [
			MasaJabatan(PELAKSANA, date(2023, 3, 3), date(2024, 6, 30)),
			MasaJabatan(PELAKSANA, date(2024, 7, 1)),
		]
		self.assertIn(
			"baru 3 tahun 120 hari; minimal 4 tahun.", self.cek(self.PENGAWAS_SYARAT, short).alasan[0]
		)
		# Two records of the same 3 years (an import and a hand entry) are 3 years, not 6.
		overlapping = [
			MasaJabatan(PELAKSANA, date(2023, 7, 1), date(2026, 6, 30)),
			MasaJabatan(PELAKSANA, date(2023, 7, 1)),
		]
		hasil = self.cek(self.PENGAWAS_SYARAT, overlapping)
		self.assertIn("baru 3 tahun; minimal 4 tahun.", hasil.alasan[0])

	def test_sampai_is_the_last_day_held_and_the_future_does_not_count(self):
		# The Employee history closes a row on the day before the next TMT.
		closed = [MasaJabatan(PELAKSANA, date(2022, 7, 1), date(2026, 6, 30))]
		self.assertTrue(self.cek(self.PENGAWAS_SYARAT, closed, tmt_jabatan=None).layak)
		future_end = [MasaJabatan(PELAKSANA, date(2022, 7, 2), date(2030, 1, 1))]
		hasil = self.cek(self.PENGAWAS_SYARAT, future_end, tmt_jabatan=None)
		self.assertIn("baru 3 tahun 364 hari", hasil.alasan[0])

	def test_no_history_is_a_reason(self):
		hasil = self.cek(self.PENGAWAS_SYARAT, [], tmt_jabatan=None)
		self.assertEqual(
			hasil.alasan,
			[
				"Riwayat jabatan belum diisi; pengalaman pada jabatan pelaksana/JF setingkat atau lebih "
				"tinggi (minimal 4 tahun) belum dapat dihitung."
			],
		)

	JPT_PRATAMA_SYARAT = PersyaratanJabatan(
		tingkat=JPT_PRATAMA,
		jenis="JPT Pratama",
		eselon="IIb",
		pangkat_minimal="IV/b",
		pangkat_maksimal="IV/c",
		pendidikan_minimal="S1",
		min_tahun_pengalaman=5,
		min_tahun_jabatan_bawah=2,
		batas_usia=56,
	)

	def test_jpt_counts_time_at_the_level_not_in_the_current_post(self):
		# Pasal 107 huruf c angka 4 "sedang atau pernah menduduki Jabatan administrator atau JF
		# ahli madya paling singkat 2 tahun": 1 year as ahli madya, then 1 year as administrator.
		spells = [
			MasaJabatan(AHLI_MADYA, date(2024, 7, 1), date(2025, 6, 30), "Fungsional", "Ahli Madya"),
			MasaJabatan(ADMINISTRATOR, date(2025, 7, 1), None, "Administrator"),
		]
		hasil = self.cek(self.JPT_PRATAMA_SYARAT, spells, golongan="IV/b")
		self.assertEqual((hasil.layak, hasil.alasan), (True, []))
		# Only the current year as administrator.
		hasil = self.cek(self.JPT_PRATAMA_SYARAT, spells[1:], golongan="IV/b")
		self.assertEqual(
			hasil.alasan,
			[
				"Pengalaman pada jabatan administrator/JF ahli madya atau lebih tinggi baru 1 tahun; "
				"minimal 2 tahun."
			],
		)

	def test_administrator_held_before_a_lateral_move_still_counts(self):
		# PP 13/2002 Pasal 7A "pernah dan/atau masih": 3 years in an earlier administrator post, then
		# 6 months in the current one (a rotation does not restart the count).
		spells = [
			MasaJabatan(ADMINISTRATOR, date(2023, 1, 1), date(2025, 12, 31), "Administrator"),
			MasaJabatan(ADMINISTRATOR, date(2026, 1, 1), None, "Administrator"),
		]
		self.assertTrue(self.cek(self.JPT_PRATAMA_SYARAT, spells, golongan="IV/b").layak)

	def test_jf_ahli_utama_counts_toward_jpt_utama(self):
		# Pasal 107 huruf a angka 4: "JPT madya atau JF jenjang ahli utama paling singkat 2 tahun".
		syarat = PersyaratanJabatan(tingkat=JPT_UTAMA, jenis="JPT Utama", min_tahun_jabatan_bawah=2)
		ahli_utama = [MasaJabatan(AHLI_UTAMA, date(2023, 1, 1), None, "Fungsional", "Ahli Utama")]
		self.assertTrue(self.cek(syarat, ahli_utama).layak)
		# A JPT pratama stands at the same level but does not count.
		pratama = [MasaJabatan(JPT_PRATAMA, date(2023, 1, 1), None, "JPT Pratama")]
		hasil = self.cek(syarat, pratama)
		self.assertEqual(
			hasil.alasan,
			["Pengalaman pada JPT madya/JF ahli utama atau lebih tinggi baru 0 hari; minimal 2 tahun."],
		)
		# JPT madya: JPT pratama or ahli utama both count.
		madya = PersyaratanJabatan(tingkat=JPT_MADYA, jenis="JPT Madya", min_tahun_jabatan_bawah=2)
		self.assertTrue(self.cek(madya, pratama).layak)
		self.assertTrue(self.cek(madya, ahli_utama).layak)


class TestPangkatSatuTingkatDiBawah(unittest.TestCase):
	"""PP 100/2000 Pasal 5 huruf b; PP 99/2000 Pasal 12 as amended by PP 12/2002."""

	ADMINISTRATOR_IIIA = PersyaratanJabatan(
		tingkat=ADMINISTRATOR,
		jenis="Administrator",
		eselon="IIIa",
		pangkat_minimal="IV/a",
		pangkat_maksimal="IV/b",
	)

	def test_one_rank_below_a_structural_post_is_a_note(self):
		hasil = cek_kelayakan(pegawai(golongan="III/d"), self.ADMINISTRATOR_IIIA, TANGGAL)
		self.assertEqual((hasil.layak, hasil.alasan), (True, []))
		self.assertIn(
			"Pangkat III/d satu tingkat di bawah batas minimal IV/a: dapat diangkat (PP 100/2000 Pasal 5 "
			"huruf b); pangkatnya dapat dinaikkan ke IV/a setelah 1 tahun dalam pangkat dan 1 tahun dalam "
			"jabatan (PP 99/2000 Pasal 12 sebagaimana diubah PP 12/2002).",
			hasil.catatan,
		)

	def test_two_ranks_below_is_a_reason(self):
		hasil = cek_kelayakan(pegawai(golongan="III/c"), self.ADMINISTRATOR_IIIA, TANGGAL)
		self.assertEqual(hasil.alasan, ["Pangkat III/c di bawah batas minimal IV/a."])

	def test_the_eselon_alone_makes_a_post_structural(self):
		syarat = PersyaratanJabatan(tingkat=PENGAWAS, eselon="IVa", pangkat_minimal="III/c")
		self.assertTrue(cek_kelayakan(pegawai(golongan="III/b"), syarat, TANGGAL).layak)

	def test_not_for_a_functional_post_an_unknown_kind_or_when_switched_off(self):
		fungsional = PersyaratanJabatan(
			tingkat=PENGAWAS, jenis="Fungsional", jenjang="Ahli Muda", pangkat_minimal="III/c"
		)
		unknown = PersyaratanJabatan(tingkat=ADMINISTRATOR, pangkat_minimal="IV/a")
		for syarat, golongan in ((fungsional, "III/b"), (unknown, "III/d")):
			with self.subTest(syarat=syarat):
				self.assertFalse(cek_kelayakan(pegawai(golongan=golongan), syarat, TANGGAL).layak)
		off = AturanKelayakan(pangkat_satu_tingkat_di_bawah=False)
		hasil = cek_kelayakan(pegawai(golongan="III/d"), self.ADMINISTRATOR_IIIA, TANGGAL, off)
		self.assertEqual(hasil.alasan, ["Pangkat III/d di bawah batas minimal IV/a."])


class TestPendidikanProfesi(unittest.TestCase):
	def test_professions_and_specialists_against_a_minimum(self):
		def alasan(pendidikan, minimal):
			syarat = PersyaratanJabatan(tingkat=PENGAWAS, pendidikan_minimal=minimal)
			return cek_kelayakan(pegawai(pendidikan=pendidikan), syarat, TANGGAL).alasan

		self.assertEqual(alasan("Dokter", "S1"), [])
		self.assertEqual(alasan("Ners", "S1"), [])
		self.assertEqual(alasan("Sp-I", "S2"), [])
		self.assertEqual(alasan("Sarjana Muda", "D-III"), [])
		self.assertEqual(alasan("Akademi", "D-III"), [])
		self.assertEqual(alasan("Dokter", "Sp-I"), ["Pendidikan Dokter di bawah syarat minimal Sp-I."])
		self.assertEqual(alasan("S1", "Ners"), ["Pendidikan S1 di bawah syarat minimal Ners."])
		self.assertEqual(
			alasan("Sarjana Muda", "S1"), ["Pendidikan Sarjana Muda di bawah syarat minimal S1."]
		)


class TestMasaPeriode(unittest.TestCase):
	def test_union_of_periods_in_years_and_days(self):
		from asn_merit.merit.dates import format_lama, lama, masa_periode

		on = date(2026, 7, 1)
		self.assertEqual(masa_periode([(date(2022, 7, 1), None)], on), (4, 0))  # the anniversary
		self.assertEqual(masa_periode([(date(2022, 7, 2), None)], on), (3, 364))
		self.assertEqual(masa_periode([(date(2026, 1, 1), date(2026, 1, 1))], on), (0, 1))  # one day
		overlapping = [(date(2026, 1, 1), date(2026, 1, 10)), (date(2026, 1, 5), date(2026, 1, 20))]
		self.assertEqual(masa_periode(overlapping, on), (0, 20))
		adjacent = [(date(2020, 7, 1), date(2023, 6, 30)), (date(2023, 7, 1), None)]  # one unbroken span
		self.assertEqual(masa_periode(adjacent, on), (6, 0))
		self.assertEqual(masa_periode([(date(2027, 1, 1), None)], on), (0, 0))  # not yet started
		self.assertEqual(lama(date(2024, 2, 29), date(2025, 3, 1)), (1, 0))  # 29 Feb: 1 March
		self.assertEqual(lama(date(2024, 2, 29), date(2025, 2, 28)), (0, 365))
		self.assertEqual(format_lama(0, 0), "0 hari")
		self.assertEqual(format_lama(1, 0), "1 tahun")
		self.assertEqual(format_lama(3, 120), "3 tahun 120 hari")


class TestPPPK(unittest.TestCase):
	def test_a_post_with_a_pns_rank_minimum_says_why_a_pppk_does_not_meet_it(self):
		# Perpres 98/2020: golongan PPPK I-XVII are pay grades, not the PNS pangkat the post asks.
		hasil = cek_kelayakan(pegawai(golongan="IX"), SYARAT, TANGGAL)
		self.assertFalse(hasil.layak)
		self.assertTrue(any("PPPK tidak memiliki pangkat" in alasan for alasan in hasil.alasan), hasil.alasan)

	def test_a_post_without_a_rank_requirement_is_open_to_a_pppk(self):
		syarat = PersyaratanJabatan(tingkat=PENGAWAS, pendidikan_minimal="S1")
		hasil = cek_kelayakan(pegawai(golongan="IX", riwayat_jabatan=()), syarat, TANGGAL)
		self.assertFalse(any("pangkat" in alasan.lower() for alasan in hasil.alasan), hasil.alasan)
