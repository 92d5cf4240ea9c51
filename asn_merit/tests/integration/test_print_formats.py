"""Our print formats render the record in Bahasa Indonesia, escaping what people typed."""

import frappe

from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import bkpsdm_unit, make_employee_asn, make_pengaduan, make_penilaian_kinerja


class TestPrintFormats(ASNTestCase):
	def test_the_skp_document_shows_the_appraisal(self):
		employee = make_employee_asn(first_name="Sekar", department=bkpsdm_unit())
		doc = make_penilaian_kinerja(employee.name)
		html = frappe.get_print("Penilaian Kinerja", doc.name, "SKP Penilaian Kinerja")
		for text in (
			"EVALUASI KINERJA PEGAWAI",
			"Sekar Santoso",
			"Terlaksananya layanan mutasi",
			"KONSEP",
			"BerAKHLAK",
		):
			self.assertIn(text, html)

	def test_the_complaint_receipt_gives_the_code_and_hides_a_confidential_reporter(self):
		doc = make_pengaduan(
			rahasia=1, nama_pelapor="Rahasia Sekali", judul="<script>alert(1)</script> Jalan rusak"
		)
		html = frappe.get_print("Pengaduan Masyarakat", doc.name, "Tanda Terima Pengaduan")
		self.assertIn(doc.kode_lacak, html)
		self.assertIn("Dirahasiakan", html)
		self.assertNotIn("Rahasia Sekali", html)
		self.assertNotIn("<script>alert(1)", html)
		self.assertIn("/lacak-pengaduan", html)
