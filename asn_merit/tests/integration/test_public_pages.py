"""Every public page, fetched over HTTP as a citizen's browser does: the regency's name, one
language whatever the browser asks for, no framework branding, and each page's controller run."""

import re

import frappe
from frappe.website.page_renderers.template_page import TemplatePage
from frappe.website.serve import get_response_content

from asn_merit.seleksi.tests.test_seleksi_terbuka import ANNOUNCED, SeleksiTestCase
from asn_merit.tests.http_server import serve_for_class

PUBLIC_PAGES = ("/pengaduan-masyarakat", "/lacak-pengaduan", "/seleksi-terbuka", "/kebijakan-privasi")
# What a browser set to English met around our Indonesian form (issue 23).
FOREIGN = ("Powered by", "ERPNext", "Get Updates", "Your email address", ">Home<", "Not Saved", "Submit")
ENGLISH_BROWSER = {"Accept-Language": "en-US,en;q=0.9"}


def shown(html: str) -> str:
	"""The page without its scripts and styles (the translation table's keys are English)."""
	return re.sub(r"<(script|style)\b.*?</\1>", "", html, flags=re.S | re.I)


class TestPublicPages(SeleksiTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.server = serve_for_class(cls)
		cls.regency = frappe.db.get_single_value("Global Defaults", "default_company")

	def fetch(self, path: str):
		response = self.server.get(path, headers=ENGLISH_BROWSER)
		self.assertEqual(response.status_code, 200, f"{path}: {response.text[:300]}")
		return response.text

	def test_each_page_shows_the_regency_in_indonesian_to_an_english_browser(self):
		self.assertTrue(self.regency)
		for path in PUBLIC_PAGES:
			with self.subTest(path=path):
				html = self.fetch(path)
				self.assertIn('lang="id"', html)
				self.assertIn(self.regency, html)  # header and footer
				for text in FOREIGN:
					self.assertFalse(text in shown(html), f"{path} shows {text!r}")

	def test_the_selections_page_lists_the_announced_selections(self):
		# Its controller was seleksi-terbuka.py, a name Python cannot import: Frappe never ran it
		# and the page always said no selection was announced.
		with self.on(ANNOUNCED):
			seleksi = self.make_seleksi()
		with self.set_user("Guest"):  # rendered in this transaction, which holds the selection
			frappe.local.no_cache = 1
			html = get_response_content("seleksi-terbuka")
		self.assertTrue(seleksi.judul in html, "the announced selection is not listed")
		self.assertIn(f'href="/{seleksi.route}"', html)
		self.assertNotIn("Belum ada seleksi terbuka yang diumumkan", html)

	def test_each_page_with_a_controller_has_it_found_by_frappe(self):
		for path, module in (
			("seleksi-terbuka", "asn_merit.www.seleksi_terbuka"),
			("lacak-pengaduan", "asn_merit.www.lacak_pengaduan"),
			("kebijakan-privasi", "asn_merit.www.kebijakan_privasi"),
			("lamar-seleksi-terbuka", "asn_merit.www.lamar_seleksi_terbuka"),
			("lamaran-seleksi-saya", "asn_merit.www.lamaran_seleksi_saya"),
		):
			with self.subTest(path=path):
				page = TemplatePage(path)
				self.assertTrue(page.can_render())
				page.set_pymodule()
				self.assertEqual(page.pymodule_name, module)
