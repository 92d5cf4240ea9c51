import unittest

from asn_merit.merit.kelengkapan import kekurangan_data_asn

LENGKAP = {
	"status_kepegawaian": "PNS",
	"nip": "198503122010011001",
	"grade": "III/b",
	"tmt_golongan": "2022-04-01",
	"pendidikan_terakhir": "S1",
	"jabatan": "Analis Kepegawaian",
	"tmt_jabatan": "2022-04-01",
	"date_of_birth": "1985-03-12",
	"employment_type": "Full-time",
}


class TestKelengkapanDataASN(unittest.TestCase):
	def test_a_complete_pns_lacks_nothing(self):
		self.assertEqual(kekurangan_data_asn(LENGKAP), [])

	def test_each_missing_field_is_named(self):
		pegawai = {**LENGKAP, "tmt_jabatan": None, "pendidikan_terakhir": ""}
		self.assertEqual(kekurangan_data_asn(pegawai), ["Pendidikan terakhir", "TMT jabatan"])

	def test_a_pns_holding_a_grade_of_the_regencys_own_needs_a_golongan(self):
		pegawai = {**LENGKAP, "grade": "Grade 1"}
		self.assertEqual(kekurangan_data_asn(pegawai), ["Golongan PNS (tercatat 'Grade 1')"])

	def test_a_pppk_grade_is_not_judged_against_the_pns_golongan(self):
		self.assertEqual(kekurangan_data_asn({**LENGKAP, "status_kepegawaian": "PPPK", "grade": "IX"}), [])

	def test_someone_without_status_or_nip_lacks_what_would_make_them_asn(self):
		honorer = {"grade": "Honorer A", "employment_type": "Contract"}
		self.assertEqual(kekurangan_data_asn(honorer), ["Status kepegawaian (PNS/PPPK)", "NIP"])

	def test_an_intern_lacks_nothing_for_the_merit_system(self):
		self.assertEqual(kekurangan_data_asn({"employment_type": "Intern"}), [])
