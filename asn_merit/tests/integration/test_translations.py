"""Our Indonesian terms win over the stock ones for the HRMS labels ASN users meet."""

import frappe
from frappe.translate import get_full_dict

from asn_merit.tests.base import ASNTestCase


class TestIndonesianTerms(ASNTestCase):
	def test_asn_terms_replace_stock_translations(self):
		translations = get_full_dict("id")
		self.assertEqual(translations.get("Designation"), "Jabatan")  # stock: "Penunjukan"
		self.assertEqual(translations.get("Employee Grade"), "Golongan")  # stock: "Kelas Karyawan"
		self.assertEqual(translations.get("No."), "No.")  # stock: "Newton"
		self.assertEqual(translations.get("Employee"), "Pegawai")
		self.assertEqual(translations.get("Company"), "Instansi")

	def test_frappe_messages_a_citizen_meets_on_the_public_form_are_indonesian(self):
		translations = get_full_dict("id")
		self.assertEqual(translations.get("Submit another response"), "Kirim pengaduan lain")
		rate_limited = "You hit the rate limit because of too many requests. Please try after sometime."
		self.assertIn("Terlalu banyak permintaan", translations.get(rate_limited))
