import unittest
from datetime import date

from asn_merit.merit.eligibility import HukumanDisiplin
from asn_merit.merit.kalender_karier import (
	AKHIR_PERJANJIAN_KERJA,
	KENAIKAN_GAJI_BERKALA,
	KENAIKAN_PANGKAT,
	PENSIUN,
	PERSIAPAN_PENSIUN,
	SATYALANCANA_KARYA_SATYA,
	DataKarier,
	EventKarier,
	batas_usia_pensiun,
	kalender_karier,
	kunci_pengingat,
	mulai_hitung_satyalancana,
	pensiun_sebelum,
	perlu_diingatkan,
	tanggal_pensiun,
)


class TestBatasUsiaPensiun(unittest.TestCase):
	"""UU 20/2023 Pasal 55; PP 11/2017 Pasal 239 ayat (2) and Pasal 240."""

	def test_by_post(self):
		cases = {
			("JPT Pratama", None): 60,
			("JPT Madya", None): 60,
			("Administrator", None): 58,
			("Pengawas", None): 58,
			("Pelaksana", None): 58,
			("Fungsional", "Ahli Utama"): 65,
			("Fungsional", "Ahli Madya"): 60,
			("Fungsional", "Ahli Muda"): 58,
			("Fungsional", "Ahli Pertama"): 58,
			("Fungsional", "Penyelia"): 58,
			("Fungsional", "Pemula"): 58,
		}
		for (jenis, jenjang), usia in cases.items():
			with self.subTest(jenis=jenis, jenjang=jenjang):
				self.assertEqual(batas_usia_pensiun(jenis, jenjang), usia)

	def test_the_posts_own_age_wins(self):
		# PP 11/2017 Pasal 240: a JF whose statute sets the age (e.g. guru, UU 14/2005: 60).
		self.assertEqual(batas_usia_pensiun("Fungsional", "Ahli Pertama", override=60), 60)

	def test_unknown_raises(self):
		for args in (("Fungsional", None), ("Staf", None), ("Pelaksana", None, 0)):
			with self.subTest(args=args), self.assertRaises(ValueError):
				batas_usia_pensiun(*args)


class TestTanggalPensiun(unittest.TestCase):
	"""First day of the month after the month the BUP is reached (PP 11/2017 Pasal 239, 283;
	UU 11/1969 Pasal 13 ayat (1))."""

	def test_first_of_next_month(self):
		self.assertEqual(tanggal_pensiun(date(1968, 5, 14), 58), date(2026, 6, 1))
		self.assertEqual(tanggal_pensiun(date(1968, 5, 1), 58), date(2026, 6, 1))
		self.assertEqual(tanggal_pensiun(date(1966, 12, 31), 60), date(2027, 1, 1))
		self.assertEqual(tanggal_pensiun(date(1968, 2, 29), 58), date(2026, 3, 1))

	def test_pensiun_sebelum_tmt(self):
		self.assertTrue(pensiun_sebelum(date(1968, 5, 14), 58, date(2026, 5, 14)))
		self.assertTrue(pensiun_sebelum(date(1968, 5, 14), 58, date(2026, 7, 1)))
		self.assertFalse(pensiun_sebelum(date(1968, 5, 14), 58, date(2026, 5, 13)))
		self.assertFalse(pensiun_sebelum(date(1968, 5, 14), 60, date(2026, 7, 1)))


class TestPengingat(unittest.TestCase):
	def test_steps(self):
		event = date(2026, 6, 1)
		cases = {120: None, 91: None, 90: 90, 61: 90, 60: 60, 31: 60, 30: 30, 1: 30, 0: 30, -1: None}
		for sisa, langkah in cases.items():
			with self.subTest(sisa=sisa):
				hari_ini = date.fromordinal(event.toordinal() - sisa)
				self.assertEqual(perlu_diingatkan(event, hari_ini), langkah)

	def test_other_steps_in_any_order(self):
		self.assertEqual(perlu_diingatkan(date(2026, 6, 1), date(2026, 5, 25), hari=(7, 30)), 7)
		self.assertEqual(perlu_diingatkan(date(2026, 6, 1), date(2026, 5, 20), hari=(7, 30)), 30)

	def test_stable_key(self):
		event = EventKarier(PENSIUN, date(2026, 6, 1), "Pensiun", "PP 11/2017 Pasal 239")
		self.assertEqual(kunci_pengingat(event, 30), "Pensiun|2026-06-01|30")
		same = EventKarier(PENSIUN, date(2026, 6, 1), "uraian lain", "dasar lain")
		self.assertEqual(kunci_pengingat(same, 30), kunci_pengingat(event, 30))


class TestKalenderKarier(unittest.TestCase):
	def pns(self, **changes):
		fields = dict(
			tanggal_lahir=date(1968, 5, 14),
			tmt_cpns=date(1996, 3, 1),
			tmt_golongan=date(2022, 4, 1),
			golongan="III/c",
			pendidikan="S1",
			tanggal_kgb_terakhir=date(2024, 9, 1),
			jenis_jabatan="Pelaksana",
		)
		return DataKarier(**{**fields, **changes})

	def jenis(self, kalender):
		return [(item.jenis, item.tanggal) for item in kalender.event]

	def test_the_next_twelve_months(self):
		kalender = kalender_karier(self.pns(), date(2025, 6, 1))
		self.assertEqual(
			self.jenis(kalender),
			[
				(SATYALANCANA_KARYA_SATYA, date(2026, 3, 1)),
				(KENAIKAN_PANGKAT, date(2026, 4, 1)),
				(PENSIUN, date(2026, 6, 1)),
			],
		)
		self.assertEqual(kalender.catatan, [])
		self.assertIn("TMT pensiun 01-06-2026", kalender.event[-1].uraian)

	def test_kgb_every_two_years_and_nothing_after_pension(self):
		kalender = kalender_karier(self.pns(tanggal_lahir=date(1980, 1, 10)), date(2026, 1, 1), bulan=36)
		kgb = [item for item in kalender.event if item.jenis == KENAIKAN_GAJI_BERKALA]
		self.assertEqual([item.tanggal for item in kgb], [date(2026, 9, 1), date(2028, 9, 1)])
		self.assertIn("surat pemberitahuan paling lambat 01-07-2026", kgb[0].uraian)
		kalender = kalender_karier(self.pns(), date(2026, 1, 1), bulan=36)
		self.assertNotIn(KENAIKAN_GAJI_BERKALA, [item.jenis for item in kalender.event])

	def test_persiapan_pensiun_fifteen_months_before(self):
		kalender = kalender_karier(self.pns(), date(2025, 1, 1), bulan=3)
		self.assertIn((PERSIAPAN_PENSIUN, date(2025, 2, 14)), self.jenis(kalender))

	def test_kp_on_the_period_the_four_years_are_reached(self):
		# TMT 1 April 2020: 4 years on 1 April 2024, itself a period (Peraturan BKN 4/2023).
		kalender = kalender_karier(self.pns(tmt_golongan=date(2020, 4, 1)), date(2024, 1, 1), bulan=6)
		self.assertIn((KENAIKAN_PANGKAT, date(2024, 4, 1)), self.jenis(kalender))
		kalender = kalender_karier(self.pns(tmt_golongan=date(2020, 4, 2)), date(2024, 1, 1), bulan=6)
		self.assertIn((KENAIKAN_PANGKAT, date(2024, 6, 1)), self.jenis(kalender))

	def test_overdue_kp_comes_at_the_next_period(self):
		kalender = kalender_karier(self.pns(tmt_golongan=date(2018, 4, 1)), date(2024, 2, 15), bulan=3)
		self.assertIn((KENAIKAN_PANGKAT, date(2024, 4, 1)), self.jenis(kalender))

	def test_no_regular_kp_at_the_education_ceiling_or_for_jf(self):
		kalender = kalender_karier(self.pns(golongan="III/d"), date(2025, 6, 1))
		self.assertNotIn(KENAIKAN_PANGKAT, [item.jenis for item in kalender.event])
		self.assertIn("batas kenaikan pangkat reguler", kalender.catatan[0])
		jf = self.pns(jenis_jabatan="Fungsional", jenjang="Ahli Madya")
		kalender = kalender_karier(jf, date(2025, 6, 1))
		self.assertNotIn(KENAIKAN_PANGKAT, [item.jenis for item in kalender.event])
		# Ahli madya retires at 60 (PP 11/2017 Pasal 239 ayat (2) huruf b): not in this window.
		self.assertNotIn(PENSIUN, [item.jenis for item in kalender.event])

	def test_pppk(self):
		pppk = DataKarier(
			tanggal_lahir=date(1990, 2, 3),
			tmt_cpns=date(2022, 3, 1),
			status_kepegawaian="PPPK",
			akhir_perjanjian_kerja=date(2027, 2, 28),
			jenis_jabatan="Fungsional",
			jenjang="Ahli Pertama",
		)
		kalender = kalender_karier(pppk, date(2026, 6, 1), bulan=12)
		self.assertEqual(self.jenis(kalender), [(AKHIR_PERJANJIAN_KERJA, date(2027, 2, 28))])
		self.assertEqual(kalender.catatan, [])

	def test_pppk_reaching_the_posts_age(self):
		pppk = DataKarier(
			tanggal_lahir=date(1968, 8, 17),
			status_kepegawaian="PPPK",
			akhir_perjanjian_kerja=date(2030, 12, 31),
			jenis_jabatan="Pelaksana",
		)
		kalender = kalender_karier(pppk, date(2026, 1, 1))
		self.assertEqual(self.jenis(kalender), [(PENSIUN, date(2026, 8, 17))])
		self.assertIn("PP 49/2018 Pasal 54", kalender.event[0].dasar)

	def test_missing_data_are_notes(self):
		kalender = kalender_karier(DataKarier(), date(2025, 6, 1))
		self.assertEqual(kalender.event, [])
		self.assertEqual(len(kalender.catatan), 4)
		kalender = kalender_karier(
			DataKarier(tanggal_lahir=date(1970, 1, 1), jenis_jabatan="Staf"), date(2025, 6, 1)
		)
		self.assertIn("Batas usia pensiun tidak dapat ditentukan", kalender.catatan[0])


class TestSatyalancana(unittest.TestCase):
	"""PP 35/2010 Pasal 22: 10, 20, 30 years from the CPNS appointment, restarted after a hukuman
	disiplin sedang/berat."""

	def test_ten_twenty_thirty(self):
		data = DataKarier(
			tmt_cpns=date(2016, 3, 1), tanggal_kgb_terakhir=date(2025, 3, 1), tmt_golongan=date(2025, 4, 1)
		)
		kalender = kalender_karier(data, date(2026, 1, 1))
		satya = [item for item in kalender.event if item.jenis == SATYALANCANA_KARYA_SATYA]
		self.assertEqual([item.tanggal for item in satya], [date(2026, 3, 1)])
		self.assertIn("Satyalancana Karya Satya X Tahun", satya[0].uraian)

	def test_count_restarts_after_hukuman(self):
		hukuman = (
			HukumanDisiplin("Ringan", date(2018, 1, 1), date(2018, 6, 30)),
			HukumanDisiplin("Sedang", date(2019, 1, 1), date(2019, 12, 31)),
		)
		self.assertEqual(mulai_hitung_satyalancana(date(2010, 3, 1), hukuman), date(2020, 1, 1))
		self.assertEqual(mulai_hitung_satyalancana(date(2010, 3, 1), hukuman[:1]), date(2010, 3, 1))
		data = DataKarier(tmt_cpns=date(2010, 3, 1), mulai_hitung_satyalancana=date(2020, 1, 1))
		kalender = kalender_karier(data, date(2020, 1, 1), bulan=12)
		self.assertNotIn(SATYALANCANA_KARYA_SATYA, [item.jenis for item in kalender.event])
		kalender = kalender_karier(data, date(2029, 6, 1), bulan=12)
		self.assertIn(date(2030, 1, 1), [item.tanggal for item in kalender.event])


class TestPppkBerakhirLebihDulu(unittest.TestCase):
	"""Whichever comes first ends a PPPK's service: the contract (PP 49/2018 Pasal 37) or the post's
	batas usia (Pasal 54); nothing after it is listed."""

	def test_age_before_the_contract_end(self):
		pppk = DataKarier(
			tanggal_lahir=date(1968, 8, 17),
			status_kepegawaian="PPPK",
			akhir_perjanjian_kerja=date(2026, 12, 31),
			jenis_jabatan="Pelaksana",
			tanggal_kgb_terakhir=date(2024, 10, 1),
		)
		kalender = kalender_karier(pppk, date(2026, 1, 1))
		self.assertEqual([item.jenis for item in kalender.event], [PENSIUN])

	def test_contract_end_before_the_age(self):
		pppk = DataKarier(
			tanggal_lahir=date(1968, 12, 17),
			status_kepegawaian="PPPK",
			akhir_perjanjian_kerja=date(2026, 6, 30),
			jenis_jabatan="Pelaksana",
			tanggal_kgb_terakhir=date(2024, 10, 1),
		)
		kalender = kalender_karier(pppk, date(2026, 1, 1))
		self.assertEqual([item.jenis for item in kalender.event], [AKHIR_PERJANJIAN_KERJA])
