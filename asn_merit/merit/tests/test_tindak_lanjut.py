import unittest

from asn_merit.merit.tindak_lanjut import langkah_setelah_perbaikan, tindak_lanjut_predikat


class TestTindakLanjut(unittest.TestCase):
	def test_sangat_baik_two_years_running_flags_talent(self):
		hasil = tindak_lanjut_predikat({2024: "Sangat Baik", 2025: "Sangat Baik"}, 2025)
		self.assertTrue(hasil.kandidat_talent_pool)
		self.assertFalse(hasil.perlu_pengembangan)
		self.assertIn("dua tahun berturut-turut", hasil.catatan[0])

	def test_one_sangat_baik_year_is_not_enough(self):
		self.assertFalse(
			tindak_lanjut_predikat({2024: "Baik", 2025: "Sangat Baik"}, 2025).kandidat_talent_pool
		)
		self.assertFalse(
			tindak_lanjut_predikat({2023: "Sangat Baik", 2025: "Sangat Baik"}, 2025).kandidat_talent_pool
		)

	def test_butuh_perbaikan_or_worse_needs_development(self):
		for predikat in ("Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"):
			with self.subTest(predikat=predikat):
				self.assertTrue(tindak_lanjut_predikat({2025: predikat}, 2025).perlu_pengembangan)
		self.assertFalse(tindak_lanjut_predikat({2025: "Baik"}, 2025).perlu_pengembangan)
		self.assertFalse(tindak_lanjut_predikat({}, 2025).perlu_pengembangan)


class TestPasal53(unittest.TestCase):
	"""PP 30/2019 Pasal 53: what two good years in a row lead to."""

	def test_baik_two_years_running_gives_development_priority(self):
		hasil = tindak_lanjut_predikat({2024: "Baik", 2025: "Baik"}, 2025)
		self.assertTrue(hasil.prioritas_pengembangan_kompetensi)
		self.assertFalse(hasil.kandidat_talent_pool)
		self.assertFalse(hasil.perlu_pengembangan)
		self.assertIn("pengembangan kompetensi lebih lanjut", hasil.catatan[0])
		self.assertIn("PP 30/2019 Pasal 53 ayat (2)", hasil.dasar)

	def test_one_baik_year_or_a_gap_is_not_enough(self):
		for riwayat in (
			{2025: "Baik"},
			{2023: "Baik", 2025: "Baik"},
			{2024: "Butuh Perbaikan", 2025: "Baik"},
		):
			with self.subTest(riwayat=riwayat):
				hasil = tindak_lanjut_predikat(riwayat, 2025)
				self.assertFalse(hasil.prioritas_pengembangan_kompetensi)
				self.assertEqual(hasil.catatan, [])

	def test_the_article_names_baik_itself(self):
		# Pasal 53(2) says "predikat Baik berturut-turut"; a mixed Baik/Sangat Baik pair is neither rule.
		for riwayat in ({2024: "Sangat Baik", 2025: "Baik"}, {2024: "Baik", 2025: "Sangat Baik"}):
			with self.subTest(riwayat=riwayat):
				hasil = tindak_lanjut_predikat(riwayat, 2025)
				self.assertFalse(hasil.prioritas_pengembangan_kompetensi)
				self.assertFalse(hasil.kandidat_talent_pool)

	def test_sangat_baik_two_years_keeps_its_output(self):
		hasil = tindak_lanjut_predikat({2024: "Sangat Baik", 2025: "Sangat Baik"}, 2025)
		self.assertEqual(len(hasil.catatan), 1)
		self.assertFalse(hasil.prioritas_pengembangan_kompetensi)
		self.assertFalse(hasil.masa_perbaikan_kinerja)
		self.assertEqual(hasil.dasar, ["PP 30/2019 Pasal 53 ayat (1)"])


class TestPasal57Dan58(unittest.TestCase):
	"""PP 30/2019 Pasal 57 (JPT) and 58 (administrasi, fungsional): six months to improve."""

	def test_kurang_gives_six_months_to_improve_to_everyone(self):
		for jenis in ("Pelaksana", "Pengawas", "Administrator", "Fungsional", "JPT Pratama", None):
			for predikat in ("Kurang/Misconduct", "Sangat Kurang"):
				with self.subTest(jenis=jenis, predikat=predikat):
					hasil = tindak_lanjut_predikat({2025: predikat}, 2025, jenis)
					self.assertTrue(hasil.masa_perbaikan_kinerja)
					self.assertTrue(hasil.perlu_pengembangan)
					self.assertIn("6 bulan", hasil.catatan_pengembangan)

	def test_butuh_perbaikan_starts_the_improvement_period_for_a_jpt_only(self):
		# Pasal 57(1) names Cukup for a JPT, the place Butuh Perbaikan takes; Pasal 58(1) starts at Kurang.
		jpt = tindak_lanjut_predikat({2025: "Butuh Perbaikan"}, 2025, "JPT Pratama")
		self.assertTrue(jpt.masa_perbaikan_kinerja)
		self.assertIn("Pasal 57", jpt.catatan_pengembangan)
		for jenis in ("Administrator", "Fungsional", None):
			with self.subTest(jenis=jenis):
				hasil = tindak_lanjut_predikat({2025: "Butuh Perbaikan"}, 2025, jenis)
				self.assertFalse(hasil.masa_perbaikan_kinerja)
				self.assertTrue(hasil.perlu_pengembangan)
				self.assertNotIn("6 bulan", hasil.catatan_pengembangan)

	def test_the_development_note_stays_last(self):
		# The appraisal controller writes the last note into the BKPSDM to-do.
		hasil = tindak_lanjut_predikat({2025: "Sangat Kurang"}, 2025, "Pelaksana")
		self.assertEqual(hasil.catatan[-1], hasil.catatan_pengembangan)
		self.assertIn("perlu rencana pengembangan kompetensi atau pembinaan", hasil.catatan[-1])
		self.assertIn("Pasal 58", hasil.catatan[-1])

	def test_no_predikat_dismisses_by_itself(self):
		hasil = tindak_lanjut_predikat({2024: "Sangat Kurang", 2025: "Sangat Kurang"}, 2025, "Pelaksana")
		self.assertNotIn("diberhentikan", " ".join(hasil.catatan))

	def test_unknown_predikat_is_refused(self):
		with self.assertRaises(ValueError):
			tindak_lanjut_predikat({2025: "Cukup"}, 2025)


class TestLangkahSetelahPerbaikan(unittest.TestCase):
	def test_pasal_58_steps_end_in_honourable_discharge(self):
		self.assertIn("membaik", langkah_setelah_perbaikan(True))
		self.assertIn("uji kompetensi kembali", langkah_setelah_perbaikan(False))
		self.assertIn("tetap pada jabatannya", langkah_setelah_perbaikan(False, True))
		self.assertIn("Pasal 58 ayat (3)", langkah_setelah_perbaikan(False, False))
		self.assertIn("Pasal 58 ayat (3)", langkah_setelah_perbaikan(False, False, True))
		last = langkah_setelah_perbaikan(False, False, False)
		self.assertIn("paling lama 1 tahun", last)
		self.assertIn("diberhentikan dengan hormat", last)

	def test_a_jpt_is_moved_or_placed_lower_never_discharged(self):
		self.assertIn("Pasal 57 ayat (3)", langkah_setelah_perbaikan(False, jenis_jabatan="JPT Madya"))
		last = langkah_setelah_perbaikan(False, False, False, "JPT Madya")
		self.assertIn("Pasal 57 ayat (4)", last)
		self.assertNotIn("diberhentikan", last)
