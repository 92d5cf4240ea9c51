import unittest

from asn_merit.merit.pengembangan import (
	CATATAN_TALENTA,
	JP_PALING_LAMA_PPPK,
	PELATIHAN,
	PEMBINAAN,
	PENGEMBANGAN_PRIORITAS,
	PENUTUPAN_KESENJANGAN,
	KesenjanganKompetensi,
	aksi_dari_kesenjangan,
	aksi_dari_predikat,
	berhak_jp_minimal,
	cakupan_jp,
	capaian_jp,
	melebihi_batas_pppk,
	rencana_selesai,
)


def jenis(aksi):
	return [a.jenis for a in aksi]


class TestAksiDariPredikat(unittest.TestCase):
	def test_butuh_perbaikan_or_worse_gives_pembinaan_and_training(self):
		for predikat in ("Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"):
			with self.subTest(predikat=predikat):
				aksi = aksi_dari_predikat({2025: predikat}, 2025)
				self.assertEqual(jenis(aksi), [PEMBINAAN, PELATIHAN])
				self.assertGreater(aksi[1].target_jp, 0)
				self.assertIn("Pasal 51", aksi[0].dasar)

	def test_kurang_starts_the_improvement_period_of_pasal_58(self):
		aksi = aksi_dari_predikat({2025: "Kurang/Misconduct"}, 2025, "Pelaksana")
		self.assertIn("Pasal 58", aksi[0].dasar)
		self.assertIn("6 bulan", aksi[0].uraian)
		self.assertNotIn(
			"6 bulan", aksi_dari_predikat({2025: "Butuh Perbaikan"}, 2025, "Pelaksana")[0].uraian
		)
		self.assertIn("Pasal 57", aksi_dari_predikat({2025: "Butuh Perbaikan"}, 2025, "JPT Pratama")[0].dasar)

	def test_baik_two_years_running_is_priority_development(self):
		aksi = aksi_dari_predikat({2024: "Baik", 2025: "Baik"}, 2025)
		self.assertEqual(jenis(aksi), [PENGEMBANGAN_PRIORITAS])
		self.assertIn("Pasal 53 ayat (2)", aksi[0].dasar)
		self.assertEqual(aksi_dari_predikat({2024: "Sangat Baik", 2025: "Baik"}, 2025), [])

	def test_sangat_baik_gives_a_talent_pool_note_stronger_after_two_years(self):
		one = aksi_dari_predikat({2024: "Baik", 2025: "Sangat Baik"}, 2025)
		two = aksi_dari_predikat({2024: "Sangat Baik", 2025: "Sangat Baik"}, 2025)
		self.assertEqual(jenis(one), [CATATAN_TALENTA])
		self.assertEqual(jenis(two), [CATATAN_TALENTA])
		self.assertIn("catat", one[0].uraian)
		self.assertIn("diprioritaskan", two[0].uraian)
		self.assertEqual(two[0].target_jp, 0)

	def test_no_predikat_this_year_no_action(self):
		self.assertEqual(aksi_dari_predikat({2024: "Sangat Kurang"}, 2025), [])


class TestAksiDariKesenjangan(unittest.TestCase):
	def test_one_action_per_competency_below_standard(self):
		aksi = aksi_dari_kesenjangan(
			[
				KesenjanganKompetensi("Manajerial", "Integritas", 3, 2),
				KesenjanganKompetensi("Manajerial", "Kerja Sama", 3, 3),
				KesenjanganKompetensi("Teknis", "Analisis Data", 4, 1),
				KesenjanganKompetensi("Teknis", "Penganggaran", 2, None),
			]
		)
		self.assertEqual([a.kompetensi for a in aksi], ["Integritas", "Analisis Data"])
		self.assertEqual(jenis(aksi), [PENUTUPAN_KESENJANGAN] * 2)
		self.assertEqual([a.target_jp for a in aksi], [10, 30])
		self.assertIn("kurang 3 level", aksi[1].uraian)


class TestJP(unittest.TestCase):
	def test_jp_of_the_year_against_the_target(self):
		capaian = capaian_jp([8, 6.5], 20)
		self.assertEqual(capaian.jp, 14.5)
		self.assertFalse(capaian.terpenuhi)
		self.assertEqual(capaian.kekurangan, 5.5)
		self.assertTrue(capaian_jp([12, 8]).terpenuhi)
		self.assertEqual(capaian_jp([30]).persen, 100)

	def test_coverage_counts_asn_at_or_above_the_target(self):
		self.assertEqual(cakupan_jp({"a": 20, "b": 19.9, "c": 40}, 20), (2, 3))
		self.assertEqual(cakupan_jp({}, 20), (0, 0))

	def test_the_20_jp_minimum_is_a_pns_right_and_a_pppk_has_a_24_jp_cap(self):
		# PP 11/2017 Pasal 203(4) for PNS; PP 49/2018 Pasal 40(1) caps a PPPK's JP at 24 a year.
		self.assertTrue(berhak_jp_minimal("PNS"))
		self.assertFalse(berhak_jp_minimal("PPPK"))
		self.assertFalse(berhak_jp_minimal(None))  # outside the ASN (interns, contract staff)
		self.assertEqual(JP_PALING_LAMA_PPPK, 24)

	def test_a_plan_past_24_jp_is_flagged_for_a_pppk_only(self):
		self.assertFalse(melebihi_batas_pppk("PPPK", 24))
		self.assertTrue(melebihi_batas_pppk("PPPK", 24.5))
		self.assertTrue(melebihi_batas_pppk(" pppk ", 40))
		self.assertFalse(melebihi_batas_pppk("PNS", 40))  # a minimum for a PNS, not a cap
		self.assertFalse(melebihi_batas_pppk(None, 40))


class TestRencanaSelesai(unittest.TestCase):
	def test_done_when_every_action_with_jp_is_closed(self):
		self.assertTrue(rencana_selesai([(0, "Direncanakan"), (20, "Selesai"), (10, "Dibatalkan")]))
		self.assertFalse(rencana_selesai([(20, "Selesai"), (10, "Dinominasikan")]))
		self.assertFalse(rencana_selesai([(0, "Direncanakan")]))  # nothing to train: never "done"
		self.assertFalse(rencana_selesai([(10, "Dibatalkan")]))
