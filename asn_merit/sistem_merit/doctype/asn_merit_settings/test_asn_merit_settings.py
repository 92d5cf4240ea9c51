import frappe

from asn_merit.inputs.settings import get_settings
from asn_merit.tests.base import ASNTestCase


class TestASNMeritSettings(ASNTestCase):
	def setUp(self):
		super().setUp()
		self.addCleanup(frappe.clear_document_cache, "ASN Merit Settings", "ASN Merit Settings")

	def test_a_field_never_saved_reads_its_regulation_default(self):
		frappe.db.delete("Singles", {"doctype": "ASN Merit Settings", "field": "min_penilai_360"})
		frappe.clear_document_cache("ASN Merit Settings", "ASN Merit Settings")
		self.assertEqual(get_settings().min_penilai_360, 3)
		self.assertEqual(get_settings().batas_usia_jpt_pratama, 56)

	def test_rotation_window_upside_down_is_refused(self):
		settings = frappe.get_doc("ASN Merit Settings")
		settings.min_tahun_di_jabatan, settings.max_tahun_di_jabatan = 6, 5
		with self.assertRaises(frappe.ValidationError) as caught:
			settings.save()
		self.assertIn("tidak boleh lebih dari maksimalnya", str(caught.exception))
		frappe.clear_document_cache("ASN Merit Settings", "ASN Merit Settings")
		self.assertEqual(get_settings().max_tahun_di_jabatan, 5)
