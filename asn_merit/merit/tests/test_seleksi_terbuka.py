import unittest
from datetime import date

from asn_merit.merit.seleksi_terbuka import (
	TAHAP_MINIMAL,
	NilaiAnggota,
	Pelamar,
	Tahap,
	cek_jadwal_pengumuman,
	cek_jumlah_pansel,
	cek_nilai,
	cek_pilihan_ppk,
	cek_tahap,
	nilai_akumulasi,
	nilai_tahap,
	peringkat_tahap,
	tiga_terbaik,
)

TAHAP = [Tahap(nama, bobot, lulus) for nama, bobot, lulus in TAHAP_MINIMAL]
ADMINISTRASI, KOMPETENSI, WAWANCARA, KESEHATAN = (item.nama for item in TAHAP)


class TestPanselDanPengumuman(unittest.TestCase):
	def test_the_panel_is_odd_and_five_to_nine(self):
		for jumlah in (5, 7, 9):
			self.assertEqual(cek_jumlah_pansel(jumlah), [], jumlah)
		for jumlah in (0, 3, 4, 6, 8, 10, 11):
			self.assertIn(f"sekarang {jumlah} orang", cek_jumlah_pansel(jumlah)[0])

	def test_the_announcement_comes_at_least_fifteen_calendar_days_before_the_deadline(self):
		batas = date(2026, 8, 5)
		self.assertEqual(cek_jadwal_pengumuman(date(2026, 7, 21), batas), [])  # exactly 15 days
		self.assertIn("hanya 14 hari", cek_jadwal_pengumuman(date(2026, 7, 22), batas)[0])
		self.assertIn("hanya 0 hari", cek_jadwal_pengumuman(date(2026, 8, 6), batas)[0])
		self.assertEqual(cek_jadwal_pengumuman(date(2026, 7, 22), batas, minimal=14), [])


class TestTahap(unittest.TestCase):
	def test_the_default_stages_are_valid(self):
		self.assertEqual(cek_tahap(TAHAP), [])

	def test_weights_sum_to_one_hundred_and_the_minimum_stages_are_all_there(self):
		reasons = cek_tahap([*TAHAP[:3], Tahap(KESEHATAN, 10, 60)])
		self.assertEqual(reasons, ["Jumlah bobot tahap harus 100; sekarang 95."])
		reasons = cek_tahap([Tahap(ADMINISTRASI, 50, 60), Tahap(KOMPETENSI, 50, 60)])
		self.assertIn(f"Tahap minimal belum ada: {WAWANCARA}.", reasons)
		self.assertIn(f"Tahap minimal belum ada: {KESEHATAN}.", reasons)

	def test_bad_weights_and_pass_marks_and_repeated_names_are_refused(self):
		reasons = cek_tahap([*TAHAP, Tahap("Makalah", -10, 120), Tahap("Makalah", 10, 50)])
		self.assertIn("Nama tahap tidak boleh berulang.", reasons)
		self.assertIn("Tahap Makalah: bobot tidak boleh negatif dan nilai lulus antara 0 dan 100.", reasons)

	def test_a_score_is_between_zero_and_one_hundred(self):
		self.assertEqual(cek_nilai(0), [])
		self.assertEqual(cek_nilai(100), [])
		self.assertEqual(cek_nilai(100.5), ["Nilai harus antara 0 dan 100; sekarang 100.5."])


class TestNilai(unittest.TestCase):
	def test_a_recused_members_score_does_not_count(self):
		nilai = [NilaiAnggota("a", 80), NilaiAnggota("b", 70), NilaiAnggota("c", 10)]
		self.assertEqual(nilai_tahap(nilai), 53.33)
		self.assertEqual(nilai_tahap(nilai, mundur={"c"}), 75)
		self.assertIsNone(nilai_tahap(nilai, mundur={"a", "b", "c"}))

	def test_the_weighted_result_covers_the_stages_closed_so_far(self):
		self.assertEqual(nilai_akumulasi({}, TAHAP), 0)
		self.assertEqual(nilai_akumulasi({ADMINISTRASI: 80}, TAHAP), 80)
		# (15 x 80 + 40 x 70) / 55
		self.assertEqual(nilai_akumulasi({ADMINISTRASI: 80, KOMPETENSI: 70}, TAHAP), 72.73)
		final = {ADMINISTRASI: 80, KOMPETENSI: 70, WAWANCARA: 90, KESEHATAN: 60}
		self.assertEqual(nilai_akumulasi(final, TAHAP), 0.15 * 80 + 0.4 * 70 + 0.3 * 90 + 0.15 * 60)


class TestPeringkat(unittest.TestCase):
	def test_pass_marks_and_order_by_the_accumulated_result(self):
		pelamar = [
			Pelamar("L-1", "Ani", {ADMINISTRASI: 70, KOMPETENSI: 64.99}),  # below the pass mark 65
			Pelamar("L-2", "Budi", {ADMINISTRASI: 90, KOMPETENSI: 70}),  # (15 x 90 + 40 x 70) / 55
			Pelamar("L-3", "Cici", {ADMINISTRASI: 60, KOMPETENSI: 80}),
		]
		hasil = peringkat_tahap(pelamar, TAHAP, KOMPETENSI)
		self.assertEqual(
			[(row.peringkat, row.pelamar.nama, row.nilai, row.akumulasi, row.lulus) for row in hasil],
			[(1, "Budi", 70, 75.45, True), (2, "Cici", 80, 74.55, True), (3, "Ani", 64.99, 66.36, False)],
		)

	def test_a_failed_applicant_ranks_below_every_pass_whatever_the_total(self):
		pelamar = [
			Pelamar("L-1", "Ani", {ADMINISTRASI: 100, KOMPETENSI: 64}),
			Pelamar("L-2", "Budi", {ADMINISTRASI: 60, KOMPETENSI: 65}),
		]
		self.assertEqual(
			[row.pelamar.nama for row in peringkat_tahap(pelamar, TAHAP, KOMPETENSI)], ["Budi", "Ani"]
		)

	def test_ties_go_to_the_later_stage_then_to_the_earlier_application(self):
		pelamar = [
			Pelamar("L-2", "Budi", {ADMINISTRASI: 80, KOMPETENSI: 70}),  # 4000 / 55
			Pelamar("L-3", "Cici", {ADMINISTRASI: 72, KOMPETENSI: 73}),  # 4000 / 55, better competency
			Pelamar("L-4", "Dedi", {ADMINISTRASI: 72, KOMPETENSI: 73}),  # identical to Cici, applied later
		]
		hasil = peringkat_tahap(reversed(pelamar), TAHAP, KOMPETENSI)
		self.assertEqual({row.akumulasi for row in hasil}, {72.73})
		self.assertEqual([row.pelamar.nama for row in hasil], ["Cici", "Dedi", "Budi"])
		self.assertEqual([row.peringkat for row in hasil], [1, 2, 3])

	def test_only_the_stages_up_to_the_closed_one_count(self):
		pelamar = [Pelamar("L-1", "Ani", {ADMINISTRASI: 80, KOMPETENSI: 40})]
		self.assertEqual(peringkat_tahap(pelamar, TAHAP, ADMINISTRASI)[0].akumulasi, 80)

	def test_an_applicant_with_no_counted_score_fails_the_stage(self):
		hasil = peringkat_tahap([Pelamar("L-1", "Ani")], TAHAP, ADMINISTRASI)
		self.assertEqual((hasil[0].nilai, hasil[0].lulus, hasil[0].akumulasi), (None, False, 0))

	def test_the_three_best_who_passed_go_to_the_ppk(self):
		final = {ADMINISTRASI: 80, KOMPETENSI: 80, WAWANCARA: 80}
		pelamar = [
			Pelamar(f"L-{n}", f"P{n}", {**final, KESEHATAN: score})
			for n, score in enumerate((90, 59, 70, 95, 61))
		]
		hasil = peringkat_tahap(pelamar, TAHAP, KESEHATAN)
		self.assertEqual([row.pelamar.nama for row in tiga_terbaik(hasil)], ["P3", "P0", "P2"])
		self.assertEqual(len(tiga_terbaik(hasil[3:])), 1)  # fewer passed: fewer names


class TestPilihanPPK(unittest.TestCase):
	def test_anyone_but_the_first_needs_a_written_reason(self):
		self.assertEqual(cek_pilihan_ppk(1, None), [])
		self.assertIn("bukan peringkat 1", cek_pilihan_ppk(2, "  ")[0])
		self.assertEqual(cek_pilihan_ppk(3, "Calon 1 dan 2 mengundurkan diri."), [])

	def test_only_the_three_proposed_can_be_chosen(self):
		self.assertIn("salah satu dari 3", cek_pilihan_ppk(4, "alasan")[0])
		self.assertIn("salah satu dari 3", cek_pilihan_ppk(None, "alasan")[0])
