import unittest
from datetime import date

from asn_merit.merit import DataPegawai, PersyaratanJabatan, alasan_bukan_asn, cek_kelayakan

NIP = "198503122010011001"
NI_PPPK = "199001012021211001"  # PPPK nomor induk (PP 49/2018 Pasal 29(4)), code 21


class TestWhoIsASN(unittest.TestCase):
	def test_pns_and_pppk_are_asn_whatever_else_the_record_says(self):
		for status in ("PNS", "PPPK"):
			self.assertIsNone(alasan_bukan_asn(status, None, "Contract"))
			self.assertIsNone(alasan_bukan_asn(status, NIP, "Full-time"))

	def test_without_a_status_a_nip_makes_an_asn_unless_an_intern(self):
		self.assertIsNone(alasan_bukan_asn(None, NIP, "Full-time"))
		self.assertIsNone(alasan_bukan_asn("", NIP, None))
		self.assertIn("magang", alasan_bukan_asn(None, NIP, "Intern"))
		self.assertIn("magang", alasan_bukan_asn(None, None, "Apprentice"))

	def test_uu_20_2023_pasal_6_a_pppk_with_a_nomor_induk_pppk_is_asn(self):
		self.assertIsNone(alasan_bukan_asn("PPPK", NI_PPPK, "Contract"))
		self.assertIsNone(alasan_bukan_asn("PPPK", NI_PPPK, "Full-time"))
		# Imported without a status: the nomor induk PPPK counts like a NIP.
		self.assertIsNone(alasan_bukan_asn(None, NI_PPPK, "Contract"))
		self.assertIn("magang", alasan_bukan_asn(None, NI_PPPK, "Intern"))

	def test_honorary_and_contract_staff_without_nip_are_outside_with_a_reason(self):
		for jenis in ("Contract", "Full-time", None):
			reason = alasan_bukan_asn(None, "  ", jenis)
			self.assertEqual(reason, "Bukan ASN: status kepegawaian (PNS/PPPK) dan NIP belum diisi.")


class TestEligibilityOutsideTheMeritSystem(unittest.TestCase):
	SYARAT = PersyaratanJabatan(tingkat=4, pangkat_minimal="III/c")

	def test_someone_outside_gets_that_one_reason_and_no_other_check(self):
		hasil = cek_kelayakan(
			DataPegawai(bukan_asn="Bukan ASN: pegawai magang (Intern)."), self.SYARAT, date(2026, 7, 1)
		)
		self.assertFalse(hasil.layak)
		self.assertEqual(hasil.alasan, ["Bukan ASN: pegawai magang (Intern)."])

	def test_a_grade_of_the_regencys_own_is_a_reason_not_a_crash(self):
		for grade in ("Grade 1", "Honorer A", "Kontrak B"):
			hasil = cek_kelayakan(DataPegawai(golongan=grade), self.SYARAT, date(2026, 7, 1))
			self.assertFalse(hasil.layak)
			self.assertIn(f"Golongan '{grade}' bukan golongan PNS (I/a sampai IV/e).", hasil.alasan)
