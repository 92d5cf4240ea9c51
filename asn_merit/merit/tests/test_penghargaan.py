import unittest
from datetime import date

from asn_merit.merit.eligibility import HukumanDisiplin
from asn_merit.merit.penghargaan import (
	KELOMPOK_TALENTA,
	KINERJA_SANGAT_BAIK,
	SATYALANCANA,
	DataPenghargaan,
	usulan_penghargaan,
)
from asn_merit.merit.skor_merit import AturanRekamJejak, BobotMerit, DataMerit, hitung_skor_merit

PADA = date(2025, 12, 31)


def jenis(data, tahun=2025, pada=PADA):
	return [u.jenis for u in usulan_penghargaan(data, tahun, pada)]


class TestUsulanPenghargaan(unittest.TestCase):
	def test_sangat_baik_two_years_running(self):
		self.assertEqual(
			jenis(DataPenghargaan({2024: "Sangat Baik", 2025: "Sangat Baik"})), [KINERJA_SANGAT_BAIK]
		)
		self.assertEqual(jenis(DataPenghargaan({2024: "Baik", 2025: "Sangat Baik"})), [])
		self.assertEqual(
			jenis(
				DataPenghargaan(
					{2024: "Sangat Baik", 2025: "Sangat Baik"}, sudah_diterima=((KINERJA_SANGAT_BAIK, 2025),)
				)
			),
			[],
		)

	def test_talent_pool_member(self):
		self.assertEqual(jenis(DataPenghargaan({}, kandidat_talent_pool=True)), [KELOMPOK_TALENTA])

	def test_satyalancana_by_full_years_of_pns_service(self):
		def pns(tmt, **kw):
			return DataPenghargaan({}, status_kepegawaian="PNS", tmt_cpns=tmt, **kw)

		self.assertEqual(jenis(pns(date(2015, 12, 31))), [SATYALANCANA[10]])
		self.assertEqual(jenis(pns(date(2016, 1, 1))), [])  # one day short of 10 years
		self.assertEqual(jenis(pns(date(2004, 3, 1))), [SATYALANCANA[20]])
		self.assertEqual(jenis(pns(date(1995, 3, 1))), [SATYALANCANA[30]])
		# Held already, or a higher class held: nothing new.
		self.assertEqual(jenis(pns(date(2004, 3, 1), sudah_diterima=((SATYALANCANA[20], 2024),))), [])
		self.assertEqual(jenis(pns(date(2012, 3, 1), sudah_diterima=((SATYALANCANA[20], 2024),))), [])
		# PPPK: not a PNS service medal.
		self.assertEqual(jenis(DataPenghargaan({}, status_kepegawaian="PPPK", tmt_cpns=date(2000, 1, 1))), [])

	def test_a_hukuman_sedang_or_berat_restarts_the_count(self):
		hukuman = (HukumanDisiplin("Sedang", date(2018, 1, 1), date(2019, 1, 1)),)
		data = DataPenghargaan(
			{}, status_kepegawaian="PNS", tmt_cpns=date(2010, 1, 1), hukuman_disiplin=hukuman
		)
		self.assertEqual(jenis(data), [])
		ringan = (HukumanDisiplin("Ringan", date(2018, 1, 1), date(2019, 1, 1)),)
		data = DataPenghargaan(
			{}, status_kepegawaian="PNS", tmt_cpns=date(2010, 1, 1), hukuman_disiplin=ringan
		)
		self.assertEqual(jenis(data), [SATYALANCANA[10]])
		berjalan = (HukumanDisiplin("Berat", date(2025, 1, 1), None),)
		data = DataPenghargaan(
			{}, status_kepegawaian="PNS", tmt_cpns=date(1990, 1, 1), hukuman_disiplin=berjalan
		)
		self.assertEqual(jenis(data), [])


class TestPenghargaanInMeritScore(unittest.TestCase):
	data = DataMerit(
		employee="E1",
		predikat=((2025, "Baik"),),
		masa_kerja_tahun=10,
		penghargaan=((2025, SATYALANCANA[10]), (2024, KINERJA_SANGAT_BAIK)),
	)

	def test_weight_zero_leaves_score_and_explanation_as_before(self):
		without = DataMerit(employee="E1", predikat=((2025, "Baik"),), masa_kerja_tahun=10)
		a = hitung_skor_merit(self.data, BobotMerit())
		b = hitung_skor_merit(without, BobotMerit())
		self.assertEqual(a.total, b.total)
		self.assertEqual(a.rincian_teks(), b.rincian_teks())
		self.assertNotIn("Penghargaan", a.rincian_teks())

	def test_a_weight_adds_explained_points_to_the_track_record_capped(self):
		hasil = hitung_skor_merit(self.data, BobotMerit(), AturanRekamJejak(poin_per_penghargaan=5))
		base = hitung_skor_merit(self.data, BobotMerit())
		self.assertEqual(hasil.skor("rekam_jejak"), base.skor("rekam_jejak") + 10)
		self.assertIn(f"Penghargaan {SATYALANCANA[10]} (2025): 5,00 poin", hasil.rincian_teks())
		capped = hitung_skor_merit(
			self.data, BobotMerit(), AturanRekamJejak(poin_per_penghargaan=15, maks_poin_penghargaan=20)
		)
		self.assertEqual(capped.skor("rekam_jejak"), base.skor("rekam_jejak") + 20)
		self.assertIn("dibatasi", capped.rincian_teks())
