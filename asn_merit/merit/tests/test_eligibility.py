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
		self.assertEqual(hasil.alasan, ["Masa kerja 4 tahun, kurang dari syarat 5 tahun."])

	def test_rotation_window_exactly_two_years(self):
		syarat = PersyaratanJabatan(tingkat=ADMINISTRATOR)
		self.assertTrue(cek_kelayakan(pegawai(tmt_jabatan=date(2024, 7, 1)), syarat, TANGGAL).layak)
		hasil = cek_kelayakan(pegawai(tmt_jabatan=date(2024, 7, 2)), syarat, TANGGAL)
		self.assertEqual(
			hasil.alasan, ["Baru 1 tahun di jabatan sekarang (TMT 02-07-2024); minimal 2 tahun."]
		)

	def test_rotation_window_past_five_years_is_a_note(self):
		syarat = PersyaratanJabatan(tingkat=ADMINISTRATOR)
		exactly_five = cek_kelayakan(pegawai(tmt_jabatan=date(2021, 7, 1)), syarat, TANGGAL)
		self.assertTrue(exactly_five.layak)
		self.assertFalse(any("dirotasi" in c for c in exactly_five.catatan))
		six = cek_kelayakan(pegawai(tmt_jabatan=date(2020, 6, 30)), syarat, TANGGAL)
		self.assertTrue(six.layak)
		self.assertTrue(any("perlu dirotasi" in c for c in six.catatan))

	def test_rotation_window_is_configurable(self):
		aturan = AturanKelayakan(min_tahun_di_jabatan=3)
		hasil = cek_kelayakan(
			pegawai(tmt_jabatan=date(2024, 7, 1)), PersyaratanJabatan(tingkat=4), TANGGAL, aturan
		)
		self.assertFalse(hasil.layak)

	def test_years_in_lower_post(self):
		hasil = cek_kelayakan(pegawai(), SYARAT, TANGGAL)  # pengawas since 2022-07-01: 4 years
		self.assertTrue(hasil.layak, hasil.alasan)
		short = pegawai(
			riwayat_jabatan=(MasaJabatan(PENGAWAS, date(2024, 1, 1)),), tmt_jabatan=date(2024, 1, 1)
		)
		hasil = cek_kelayakan(short, SYARAT, TANGGAL)
		self.assertIn(
			"Pengalaman pada jabatan satu tingkat di bawah baru 2 tahun; minimal 3 tahun.", hasil.alasan
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
