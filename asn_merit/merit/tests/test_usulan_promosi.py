import unittest
from datetime import date

from asn_merit.merit.usulan_promosi import (
	cek_jendela_rotasi,
	cek_pengajuan_keberatan,
	dalam_masa_pilkada,
	jendela_keberatan,
	periode_kenaikan_pangkat_berikutnya,
	perlu_alasan_penyimpangan,
)


class TestJendelaRotasi(unittest.TestCase):
	def test_two_to_five_years_in_post_is_the_window(self):
		on = date(2026, 7, 1)
		self.assertIn("paling cepat setelah 2 tahun", cek_jendela_rotasi(date(2025, 1, 1), on, 2, 5)[0])
		self.assertEqual(cek_jendela_rotasi(date(2024, 7, 1), on, 2, 5), [])  # exactly 2 years
		self.assertEqual(cek_jendela_rotasi(date(2021, 7, 2), on, 2, 5), [])  # 4 years 364 days
		self.assertEqual(cek_jendela_rotasi(date(2021, 7, 1), on, 2, 5), [])  # exactly 5 years
		self.assertIn("melewati batas 5 tahun", cek_jendela_rotasi(date(2020, 6, 30), on, 2, 5)[0])

	def test_an_unknown_tmt_is_a_reason(self):
		self.assertIn("belum tercatat", cek_jendela_rotasi(None, date(2026, 7, 1), 2, 5)[0])


class TestPeringkatDanPilkada(unittest.TestCase):
	def test_only_the_best_ranked_needs_no_reason(self):
		self.assertFalse(perlu_alasan_penyimpangan(1))
		self.assertTrue(perlu_alasan_penyimpangan(2))
		self.assertTrue(perlu_alasan_penyimpangan(None))  # not even eligible-ranked

	def test_the_election_period_includes_both_ends(self):
		mulai, selesai = date(2026, 3, 1), date(2026, 12, 31)
		self.assertTrue(dalam_masa_pilkada(mulai, mulai, selesai))
		self.assertTrue(dalam_masa_pilkada(selesai, mulai, selesai))
		self.assertFalse(dalam_masa_pilkada(date(2027, 1, 1), mulai, selesai))
		self.assertFalse(dalam_masa_pilkada(date(2026, 6, 1), None, None))


class TestKeberatan(unittest.TestCase):
	def test_14_working_days_to_object_and_21_to_decide(self):
		holidays = {date(2026, 11, 30)}
		window = jendela_keberatan(date(2026, 11, 23), holidays, tanggal_keberatan=date(2026, 12, 1))
		self.assertEqual(window.batas_pengajuan, date(2026, 12, 14))  # 15 weekdays: one is a holiday
		self.assertEqual(window.batas_keputusan, date(2026, 12, 30))
		self.assertIsNone(jendela_keberatan(date(2026, 11, 23)).batas_keputusan)

	def test_a_late_or_premature_objection_is_refused(self):
		sk, batas = date(2026, 11, 23), date(2026, 12, 10)
		self.assertEqual(cek_pengajuan_keberatan(batas, sk, batas), [])
		self.assertIn("tidak dapat diterima", cek_pengajuan_keberatan(date(2026, 12, 11), sk, batas)[0])
		self.assertIn("sebelum tanggal SK", cek_pengajuan_keberatan(date(2026, 11, 20), sk, batas)[0])
		self.assertIn("sudah ditetapkan", cek_pengajuan_keberatan(date(2026, 11, 20), None, None)[0])


class TestPeriodeKenaikanPangkat(unittest.TestCase):
	def test_six_periods_a_year(self):
		self.assertEqual(periode_kenaikan_pangkat_berikutnya(date(2026, 1, 15)), date(2026, 2, 1))
		self.assertEqual(periode_kenaikan_pangkat_berikutnya(date(2026, 2, 1)), date(2026, 4, 1))
		self.assertEqual(periode_kenaikan_pangkat_berikutnya(date(2026, 11, 23)), date(2026, 12, 1))
		self.assertEqual(periode_kenaikan_pangkat_berikutnya(date(2026, 12, 1)), date(2027, 2, 1))


class TestJendelaRotasiDalamHari(unittest.TestCase):
	"""PP 11/2017 Pasal 190(3): the 2-5 year window, counted in days from the TMT."""

	on = date(2026, 7, 1)

	def test_five_years_and_one_day_is_past_the_maximum(self):
		self.assertEqual(cek_jendela_rotasi(date(2021, 7, 1), self.on, 2, 5), [])
		self.assertEqual(
			cek_jendela_rotasi(date(2021, 6, 30), self.on, 2, 5),
			[
				"Sudah 5 tahun 1 hari di jabatan sekarang, melewati batas 5 tahun; "
				"rotasi seharusnya sudah dilakukan, catat alasannya."
			],
		)

	def test_the_reason_gives_years_and_days(self):
		self.assertEqual(
			cek_jendela_rotasi(date(2025, 1, 1), self.on, 2, 5),
			["Baru 1 tahun 181 hari di jabatan sekarang; rotasi paling cepat setelah 2 tahun."],
		)
		self.assertEqual(
			cek_jendela_rotasi(date(2024, 7, 2), self.on, 2, 5),
			["Baru 1 tahun 364 hari di jabatan sekarang; rotasi paling cepat setelah 2 tahun."],
		)

	def test_under_a_year_is_said_in_days(self):
		self.assertEqual(
			cek_jendela_rotasi(date(2026, 1, 1), self.on, 2, 5),
			["Baru 181 hari di jabatan sekarang; rotasi paling cepat setelah 2 tahun."],
		)

	def test_a_tmt_after_the_date_is_a_reason(self):
		self.assertEqual(
			cek_jendela_rotasi(date(2026, 8, 1), self.on, 2, 5),
			["TMT jabatan saat ini (01-08-2026) sesudah tanggal rotasi (01-07-2026)."],
		)
