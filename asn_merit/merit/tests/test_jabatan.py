import unittest

from asn_merit.merit.jabatan import jabatan_bawah, jabatan_struktural, tingkat_jabatan


class TestJabatanBawah(unittest.TestCase):
	"""Which posts count toward the time a post asks for below it (PP 11/2017 Pasal 54, 107)."""

	def counts(self, target_jenis, target_jenjang, held_jenis, held_jenjang=None):
		bawah = jabatan_bawah(tingkat_jabatan(target_jenis, target_jenjang), target_jenis)
		return bawah.menghitung(tingkat_jabatan(held_jenis, held_jenjang), held_jenjang)

	def test_pengawas_counts_pelaksana_and_jf_at_that_level(self):
		self.assertTrue(self.counts("Pengawas", None, "Pelaksana"))
		self.assertTrue(self.counts("Pengawas", None, "Fungsional", "Terampil"))
		self.assertTrue(self.counts("Pengawas", None, "Fungsional", "Ahli Pertama"))

	def test_administrator_counts_pengawas_and_ahli_muda_not_lower(self):
		self.assertTrue(self.counts("Administrator", None, "Pengawas"))
		self.assertTrue(self.counts("Administrator", None, "Fungsional", "Ahli Muda"))
		self.assertFalse(self.counts("Administrator", None, "Fungsional", "Ahli Pertama"))
		self.assertFalse(self.counts("Administrator", None, "Pelaksana"))

	def test_jpt(self):
		self.assertTrue(self.counts("JPT Pratama", None, "Administrator"))
		self.assertTrue(self.counts("JPT Pratama", None, "Fungsional", "Ahli Madya"))
		self.assertFalse(self.counts("JPT Pratama", None, "Pengawas"))
		self.assertTrue(self.counts("JPT Madya", None, "JPT Pratama"))
		self.assertTrue(self.counts("JPT Madya", None, "Fungsional", "Ahli Utama"))
		self.assertTrue(self.counts("JPT Utama", None, "JPT Madya"))
		self.assertTrue(self.counts("JPT Utama", None, "Fungsional", "Ahli Utama"))
		self.assertFalse(self.counts("JPT Utama", None, "JPT Pratama"))

	def test_higher_posts_count_too(self):
		self.assertTrue(self.counts("Pengawas", None, "Administrator"))
		self.assertTrue(self.counts("JPT Pratama", None, "JPT Madya"))

	def test_a_functional_post_counts_one_jenjang_below(self):
		self.assertTrue(self.counts("Fungsional", "Ahli Muda", "Fungsional", "Ahli Pertama"))
		self.assertFalse(self.counts("Fungsional", "Ahli Muda", "Pelaksana"))

	def test_every_rule_cites_its_article(self):
		for tingkat in range(1, 8):
			with self.subTest(tingkat=tingkat):
				self.assertTrue(jabatan_bawah(tingkat).pasal)
				self.assertTrue(jabatan_bawah(tingkat).uraian)


class TestJabatanStruktural(unittest.TestCase):
	def test_managerial_kinds_or_an_eselon(self):
		for jenis in ("JPT Utama", "JPT Madya", "JPT Pratama", "Administrator", "Pengawas"):
			self.assertTrue(jabatan_struktural(jenis))
		self.assertTrue(jabatan_struktural("Pelaksana", "Va"))
		self.assertFalse(jabatan_struktural("Fungsional"))
		self.assertFalse(jabatan_struktural("Pelaksana"))
		self.assertFalse(jabatan_struktural())
