import unittest
from datetime import date, datetime

from asn_merit.merit.hari_libur import (
	CUTI_BERSAMA,
	LIBUR_NASIONAL,
	SUMBER,
	TAHUN_TERSEDIA,
	HariLibur,
	ada_data_bawaan,
	baca_baris,
	baris_holiday_list,
	hari_libur,
	jenis_dari_nama,
	tanggal_libur,
)


def count(tahun: int, jenis: str) -> int:
	return sum(1 for entry in hari_libur(tahun) if entry.jenis == jenis)


class TestShippedYears(unittest.TestCase):
	def test_2026_follows_skb_1497_2_5_of_2025(self):
		# SKB Menag 1497/2025, Menaker 2/2025, MenPANRB 5/2025: 17 holidays and 8 cuti bersama.
		self.assertEqual((count(2026, LIBUR_NASIONAL), count(2026, CUTI_BERSAMA)), (17, 8))
		self.assertIn("Nomor 1497 Tahun 2025", SUMBER[2026].dasar)
		self.assertIn("Nomor 5 Tahun 2025", SUMBER[2026].dasar)
		self.assertEqual(SUMBER[2026].ditetapkan, date(2025, 9, 19))

	def test_2027_follows_skb_1205_3_2_of_2026(self):
		# 18 holidays (Isra Mikraj twice) and 8 cuti bersama.
		self.assertEqual((count(2027, LIBUR_NASIONAL), count(2027, CUTI_BERSAMA)), (18, 8))
		self.assertIn("Nomor 1205 Tahun 2026", SUMBER[2027].dasar)
		isra_mikraj = [e.tanggal for e in hari_libur(2027) if e.nama.startswith("Isra Mikraj")]
		self.assertEqual(isra_mikraj, [date(2027, 1, 5), date(2027, 12, 26)])

	def test_every_shipped_year_cites_its_decree(self):
		self.assertEqual(set(SUMBER), set(TAHUN_TERSEDIA))
		self.assertEqual(TAHUN_TERSEDIA, {2026, 2027})

	def test_idulfitri_2026_block(self):
		by_date = {e.tanggal: e.jenis for e in hari_libur(2026)}
		self.assertEqual(
			[by_date.get(date(2026, 3, day)) for day in range(18, 25)],
			[
				CUTI_BERSAMA,
				LIBUR_NASIONAL,
				CUTI_BERSAMA,
				LIBUR_NASIONAL,
				LIBUR_NASIONAL,
				CUTI_BERSAMA,
				CUTI_BERSAMA,
			],
		)

	def test_dates_are_sorted_unique_and_in_their_year(self):
		for tahun in TAHUN_TERSEDIA:
			with self.subTest(tahun=tahun):
				dates = [e.tanggal for e in hari_libur(tahun)]
				self.assertEqual(dates, sorted(set(dates)))
				self.assertTrue(all(d.year == tahun for d in dates))

	def test_a_cuti_bersama_name_says_so(self):
		for tahun in TAHUN_TERSEDIA:
			for entry in hari_libur(tahun):
				with self.subTest(entry=entry):
					self.assertEqual(jenis_dari_nama(entry.nama), entry.jenis)


class TestHariLibur(unittest.TestCase):
	def test_without_cuti_bersama(self):
		entries = hari_libur(2026, termasuk_cuti_bersama=False)
		self.assertEqual(len(entries), 17)
		self.assertNotIn(date(2026, 12, 24), [e.tanggal for e in entries])

	def test_an_unshipped_year_is_empty_not_guessed(self):
		self.assertFalse(ada_data_bawaan(2028))
		self.assertEqual(hari_libur(2028), [])
		self.assertEqual(tanggal_libur(2028), frozenset())

	def test_a_regency_adds_a_year_from_its_holiday_list(self):
		rows = [
			{"holiday_date": "2028-01-01", "description": "Tahun Baru 2028 Masehi"},
			{"holiday_date": date(2028, 1, 2), "description": "Cuti Bersama Tahun Baru"},
			{"holiday_date": date(2028, 1, 8), "description": "Saturday", "weekly_off": 1},
		]
		entries = hari_libur(2028, tambahan=rows)
		self.assertEqual(
			[(e.tanggal, e.jenis) for e in entries],
			[(date(2028, 1, 1), LIBUR_NASIONAL), (date(2028, 1, 2), CUTI_BERSAMA)],
		)

	def test_a_moved_date_replaces_the_shipped_entry(self):
		# Idulfitri follows the Minister of Religious Affairs' own decision (sidang isbat).
		moved = HariLibur(date(2027, 3, 9), "Idulfitri 1448 H", LIBUR_NASIONAL)
		by_date = {e.tanggal: e for e in hari_libur(2027, tambahan=[moved])}
		self.assertEqual(by_date[date(2027, 3, 9)], moved)
		self.assertEqual(len(by_date), 26)

	def test_extra_rows_of_another_year_are_ignored(self):
		rows = [{"tanggal": date(2028, 5, 1), "nama": "Hari Buruh Internasional"}]
		self.assertEqual(len(hari_libur(2026, tambahan=rows)), 25)

	def test_shipped_rows_round_trip_through_a_holiday_list(self):
		self.assertEqual(baca_baris(baris_holiday_list(2027)), hari_libur(2027))


class TestTanggalLibur(unittest.TestCase):
	def test_cuti_bersama_are_not_working_days_by_default(self):
		self.assertIn(date(2026, 3, 20), tanggal_libur(2026))
		self.assertEqual(len(tanggal_libur(2026)), 25)

	def test_cuti_bersama_may_count_as_working_days(self):
		dates = tanggal_libur(2026, cuti_bersama_hari_kerja=True)
		self.assertNotIn(date(2026, 3, 20), dates)
		self.assertIn(date(2026, 3, 19), dates)
		self.assertEqual(len(dates), 17)

	def test_several_years(self):
		dates = tanggal_libur([2026, 2027])
		self.assertIn(date(2026, 12, 24), dates)
		self.assertIn(date(2027, 1, 1), dates)
		self.assertEqual(len(dates), 25 + 26)


class TestBacaBaris(unittest.TestCase):
	def test_kind_from_the_row_or_the_name(self):
		entries = baca_baris(
			[
				{"tanggal": datetime(2028, 3, 1, 0, 0), "nama": "Hari Raya X", "jenis": CUTI_BERSAMA},
				{"tanggal": "2028-03-02", "nama": "cuti bersama hari raya X"},
			]
		)
		self.assertEqual([e.jenis for e in entries], [CUTI_BERSAMA, CUTI_BERSAMA])
		self.assertEqual(entries[0].tanggal, date(2028, 3, 1))

	def test_bad_rows_are_refused(self):
		with self.assertRaises(ValueError):
			baca_baris([{"tanggal": "2028-03-01", "nama": "X", "jenis": "Libur Daerah"}])
		with self.assertRaises(ValueError):
			baca_baris([{"nama": "Tanpa tanggal"}])
