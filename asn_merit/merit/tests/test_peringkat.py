import itertools
import unittest

from asn_merit.merit.peringkat import Kandidat, urutkan_kandidat
from asn_merit.merit.skor_merit import HasilSkorMerit, KomponenSkor


def skor(total, kinerja=0, potensi=0) -> HasilSkorMerit:
	return HasilSkorMerit(
		total,
		(
			KomponenSkor("kinerja", "Kinerja", kinerja, 30, 0, ()),
			KomponenSkor("potensi", "Potensi", potensi, 25, 0, ()),
		),
	)


def kandidat(nip, total, kinerja=0, potensi=0, masa_kerja=0):
	return Kandidat(f"EMP-{nip}", nip, f"Pegawai {nip}", skor(total, kinerja, potensi), masa_kerja)


class TestUrutkanKandidat(unittest.TestCase):
	def ranked_nips(self, candidates):
		return [item.kandidat.nip for item in urutkan_kandidat(candidates)]

	def test_highest_total_first_with_ranks_one_to_n(self):
		ranked = urutkan_kandidat([kandidat("3", 70), kandidat("1", 90), kandidat("2", 80)])
		self.assertEqual([(r.peringkat, r.kandidat.nip) for r in ranked], [(1, "1"), (2, "2"), (3, "3")])

	def test_each_tie_break_in_order(self):
		self.assertEqual(
			self.ranked_nips([kandidat("1", 80, kinerja=70), kandidat("2", 80, kinerja=90)]), ["2", "1"]
		)
		self.assertEqual(
			self.ranked_nips([kandidat("1", 80, 90, potensi=60), kandidat("2", 80, 90, potensi=70)]),
			["2", "1"],
		)
		self.assertEqual(
			self.ranked_nips(
				[kandidat("1", 80, 90, 70, masa_kerja=5), kandidat("2", 80, 90, 70, masa_kerja=9)]
			),
			["2", "1"],
		)
		self.assertEqual(
			self.ranked_nips([kandidat("2", 80, 90, 70, 5), kandidat("1", 80, 90, 70, 5)]), ["1", "2"]
		)

	def test_the_order_of_the_input_does_not_matter(self):
		candidates = [kandidat("1", 80, 90), kandidat("2", 80, 90), kandidat("3", 85), kandidat("4", 80, 95)]
		results = {tuple(self.ranked_nips(list(order))) for order in itertools.permutations(candidates)}
		self.assertEqual(results, {("3", "4", "1", "2")})

	def test_no_candidates_no_ranking(self):
		self.assertEqual(urutkan_kandidat([]), [])
