import unittest

from asn_merit.merit.attachment_rules import DEFAULT_MAX_BYTES, attachment_problem


class TestAttachmentProblem(unittest.TestCase):
	def test_small_pdf_accepted(self):
		self.assertIsNone(attachment_problem("bukti.PDF", 1000))

	def test_oversized_refused(self):
		self.assertIn("terlalu besar", attachment_problem("foto.jpg", DEFAULT_MAX_BYTES + 1))

	def test_exact_limit_accepted(self):
		self.assertIsNone(attachment_problem("foto.png", DEFAULT_MAX_BYTES))

	def test_wrong_type_refused(self):
		for name in ["skrip.exe", "halaman.html", "tanpa_ekstensi", "", None]:
			with self.subTest(name=name):
				self.assertIn("tidak diterima", attachment_problem(name, 10))
