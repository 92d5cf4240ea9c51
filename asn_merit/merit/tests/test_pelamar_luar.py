import unittest
from datetime import date

from asn_merit.merit.eligibility import PersyaratanJabatan, cek_kelayakan
from asn_merit.merit.nip import InvalidNIP
from asn_merit.merit.pelamar_luar import DataPelamarLuar, data_pegawai_pelamar_luar

NIP = "197501012000031001"  # born 1 Jan 1975, TMT CPNS March 2000, male, serial 001
JPT_PRATAMA = PersyaratanJabatan(
	tingkat=5,
	pangkat_minimal="IV/b",
	pendidikan_minimal="S2",
	min_tahun_pengalaman=5,
	min_tahun_jabatan_bawah=2,
	batas_usia=56,
	jenis="JPT Pratama",
	eselon="IIb",
)


def declared(**fields) -> DataPelamarLuar:
	values = {
		"nip": NIP,
		"golongan": "IV/b",
		"tmt_golongan": date(2022, 4, 1),
		"pendidikan": "S2",
		"jenis_jabatan": "Administrator",
		"tmt_jabatan": date(2020, 1, 2),
		"predikat_per_tahun": ((2025, "Baik"), (2024, "Sangat Baik")),
	}
	return DataPelamarLuar(**{**values, **fields})


class TestPelamarLuar(unittest.TestCase):
	def test_declared_values_meet_jpt_pratama(self):
		pegawai = data_pegawai_pelamar_luar(declared())
		self.assertEqual(pegawai.tanggal_lahir, date(1975, 1, 1))
		self.assertEqual(pegawai.mulai_bekerja, date(2000, 3, 1))
		hasil = cek_kelayakan(pegawai, JPT_PRATAMA, date(2026, 7, 20))
		self.assertTrue(hasil.layak, hasil.alasan)

	def test_same_reasons_as_for_an_employee(self):
		pegawai = data_pegawai_pelamar_luar(
			declared(pendidikan="S1", golongan="III/c", predikat_per_tahun=((2025, "Butuh Perbaikan"),))
		)
		alasan = cek_kelayakan(pegawai, JPT_PRATAMA, date(2026, 7, 20)).alasan
		self.assertIn("Pendidikan S1 di bawah syarat minimal S2.", alasan)
		self.assertIn("Pangkat III/c di bawah batas minimal IV/b.", alasan)
		self.assertIn("Predikat kinerja tahun 2024 belum ada.", alasan)
		self.assertTrue(any("2025 Butuh Perbaikan" in a for a in alasan))

	def test_time_at_lower_level_counts_from_the_declared_tmt(self):
		pegawai = data_pegawai_pelamar_luar(declared(tmt_jabatan=date(2025, 6, 1)))
		alasan = cek_kelayakan(pegawai, JPT_PRATAMA, date(2026, 7, 20)).alasan
		self.assertEqual(len(alasan), 1, alasan)

	def test_a_nip_that_cannot_be_a_civil_servants_is_refused(self):
		with self.assertRaises(InvalidNIP):
			data_pegawai_pelamar_luar(declared(nip="12345"))

	def test_fungsional_needs_a_known_jenjang(self):
		with self.assertRaises(ValueError):
			data_pegawai_pelamar_luar(declared(jenis_jabatan="Fungsional", jenjang_jabatan="Ahli Super"))
