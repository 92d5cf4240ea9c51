import unittest
from datetime import date

from asn_merit.merit.perjanjian_kerja import PerjanjianKerja, periksa_riwayat, perjanjian_terakhir

PERTAMA = PerjanjianKerja(date(2022, 1, 1), date(2026, 12, 31))  # a 2021 formation's five years
PERPANJANGAN = PerjanjianKerja(date(2027, 1, 1), date(2031, 12, 31))


def codes(riwayat):
	return [reason.code for reason in periksa_riwayat(riwayat)]


class TestRiwayatPerjanjianKerja(unittest.TestCase):
	def test_a_first_contract_and_its_renewal_stand(self):
		self.assertEqual(codes([PERPANJANGAN, PERTAMA]), [])

	def test_exactly_one_year_is_the_minimum(self):
		# PP 49/2018 Pasal 37 ayat (1): "paling singkat 1 (satu) tahun".
		self.assertEqual(codes([PerjanjianKerja(date(2025, 3, 1), date(2026, 2, 28))]), [])
		reasons = periksa_riwayat([PerjanjianKerja(date(2025, 3, 1), date(2026, 2, 27))])
		self.assertEqual([reason.code for reason in reasons], ["perjanjian_kurang_setahun"])
		self.assertIn("Pasal 37 ayat (1)", reasons[0].message)

	def test_a_contract_ending_before_it_starts_is_refused(self):
		self.assertEqual(
			codes([PerjanjianKerja(date(2026, 1, 1), date(2025, 12, 31))]), ["perjanjian_akhir_sebelum_mulai"]
		)

	def test_overlapping_contracts_are_refused_with_the_renewals_number(self):
		renewal = PerjanjianKerja(date(2026, 12, 1), date(2031, 11, 30))
		reasons = periksa_riwayat([PERTAMA, renewal])
		self.assertEqual([reason.code for reason in reasons], ["perjanjian_tumpang_tindih"])
		self.assertIn("ke-2", reasons[0].message)

	def test_an_open_ended_contract_before_another_overlaps_it(self):
		self.assertEqual(
			codes([PerjanjianKerja(date(2022, 1, 1), None), PERPANJANGAN]), ["perjanjian_tumpang_tindih"]
		)

	def test_the_latest_contract_is_numbered_from_the_first(self):
		self.assertEqual(perjanjian_terakhir([PERPANJANGAN, PERTAMA]), (2, PERPANJANGAN))
		self.assertIsNone(perjanjian_terakhir([]))

	def test_a_history_recorded_from_a_later_renewal_keeps_its_number(self):
		# A regency that starts recording at the third contract says so on the row.
		ketiga = PerjanjianKerja(date(2027, 1, 1), date(2031, 12, 31), ke=3)
		self.assertEqual(perjanjian_terakhir([ketiga]), (3, ketiga))
