"""A citizen files a complaint in headless Chromium and follows it on the tracking page.

Runs Debian's Chromium (`CHROMIUM`, default /usr/bin/chromium) through Playwright against the
site served by gunicorn. Screenshots go to `SCREENSHOT_DIR` (default: a temporary directory,
printed) so a person can look at them; they are not kept in the repository.
"""

import os
import re
import tempfile
import uuid

from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect, sync_playwright

import frappe

from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.http_server import serve_for_class

DOCTYPE = "Pengaduan Masyarakat"
PHONE = {"width": 390, "height": 844}  # a citizen's phone


class TestPengaduanInTheBrowser(ASNTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.server = serve_for_class(cls, statics=True)
		cls.playwright = sync_playwright().start()
		cls.browser = cls.playwright.chromium.launch(
			executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"),
			args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
		)
		cls.shots = os.environ.get("SCREENSHOT_DIR") or tempfile.mkdtemp(prefix="asn-merit-shots-")
		print(f"\nscreenshots: {cls.shots}")

	@classmethod
	def tearDownClass(cls):
		cls.browser.close()
		cls.playwright.stop()
		super().tearDownClass()

	def setUp(self):
		super().setUp()
		self.marker = uuid.uuid4().hex[:8]
		self.addCleanup(self.delete_what_the_server_stored)
		self.page = self.browser.new_page(viewport=PHONE, locale="id-ID")
		self.addCleanup(self.page.close)
		self.addCleanup(self.shoot_on_failure)

	def shoot_on_failure(self):
		"""A failed step leaves a picture of what the citizen would have seen."""
		errors = [
			error
			for _test, error in self._outcome.result.failures + self._outcome.result.errors
			if _test is self
		]
		if errors:
			self.shoot(f"gagal-{self._testMethodName}")

	def delete_what_the_server_stored(self):
		frappe.db.rollback()
		for name in frappe.get_all(DOCTYPE, filters={"judul": ("like", f"%{self.marker}%")}, pluck="name"):
			frappe.delete_doc(DOCTYPE, name, force=True, ignore_permissions=True)
		frappe.db.commit()

	def url(self, path: str) -> str:
		return f"http://{self.server.site}:{self.server.port}{path}"  # *.localhost is loopback

	def shoot(self, name: str) -> None:
		self.page.screenshot(path=os.path.join(self.shots, f"{name}.png"), full_page=True)

	def field(self, fieldname: str):
		return self.page.locator(
			f'.frappe-control[data-fieldname="{fieldname}"] :is(input, select, textarea)'
		).first

	def type_into(self, fieldname: str, value: str) -> None:
		"""Type like a person, then wait until the form has taken the value. Frappe refreshes every
		control shortly after a change (debounced dependency refresh); a value typed in that
		moment is wiped from the input, as it would be for a very fast typist: type it again."""
		for _attempt in range(2):
			self.field(fieldname).fill(value)
			self.field(fieldname).press("Tab")
			try:
				self.page.wait_for_function(
					"([name, value]) => frappe.web_form.doc[name] === value",
					arg=[fieldname, value],
					timeout=10000,
				)
				return
			except PlaywrightTimeoutError:
				self.assertEqual(self.field(fieldname).input_value(), "", f"{fieldname} kept but not taken")
		self.fail(f"the form did not take {fieldname}")

	def fill_the_form(self):
		page = self.page
		page.goto(self.url("/pengaduan-masyarakat"))
		expect(page.locator("altcha-widget")).to_be_visible()
		expect(self.field("unit_kerja").locator("option")).not_to_have_count(1)
		self.field("kategori").select_option("Pengaduan")
		self.field("unit_kerja").select_option(label="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia")
		self.type_into("judul", f"Kenaikan pangkat belum diproses {self.marker}")
		self.type_into("uraian", "Berkas kenaikan pangkat saya masuk tiga bulan lalu dan belum ada kabar.")
		self.type_into("nama_pelapor", "Siti Aminah")
		self.type_into("email_pelapor", "siti.aminah@example.com")
		self.field("persetujuan_privasi").check()  # the privacy notice (UU 27/2022)
		self.page.wait_for_function("() => frappe.web_form.doc.persetujuan_privasi === 1")
		self.wait_for_verification()

	def wait_for_verification(self, other_than: str = "") -> str:
		"""ALTCHA's widget solves the challenge by itself and hands its payload to the form."""
		self.page.wait_for_function(
			"(old) => (frappe.web_form.doc.jawaban_tantangan || '').length > 100"
			" && frappe.web_form.doc.jawaban_tantangan !== old",
			arg=other_than,
			timeout=30000,
		)
		expect(self.page.locator("altcha-widget")).to_contain_text("Terverifikasi")
		return self.page.evaluate("frappe.web_form.doc.jawaban_tantangan")

	def test_a_citizen_files_a_complaint_and_follows_it(self):
		self.fill_the_form()
		self.shoot("1-formulir-pengaduan")
		self.page.get_by_role("button", name="Kirim Pengaduan").first.click()
		code = self.page.locator(".kode-lacak")
		expect(code).to_have_text(re.compile(r"^[A-Z0-9]{8,}$"), timeout=20000)
		self.shoot("2-tanda-terima")

		frappe.db.rollback()
		stored = frappe.get_all(
			DOCTYPE, filters={"kode_lacak": code.inner_text()}, fields=["judul", "status"]
		)
		self.assertEqual(
			stored, [{"judul": f"Kenaikan pangkat belum diproses {self.marker}", "status": "Diterima"}]
		)

		self.page.locator(".link-lacak").click()
		expect(self.page.locator('[data-field="status"]')).to_have_text("Diterima", timeout=20000)
		self.assertNotIn("Siti", self.page.locator("#hasil-lacak").inner_text())
		self.assertNotIn("rahasia=", self.page.url)  # the secret leaves the address bar
		self.shoot("3-lacak-pengaduan")

	def test_a_refused_verification_is_explained_and_solved_anew(self):
		self.fill_the_form()
		# As a replayed or forged payload would arrive.
		self.page.evaluate("frappe.web_form.set_value('jawaban_tantangan', 'palsu')")
		self.page.get_by_role("button", name="Kirim Pengaduan").first.click()
		expect(self.page.get_by_text("Verifikasi pengaman tidak berhasil")).to_be_visible(timeout=20000)
		self.shoot("4-verifikasi-ditolak")
		frappe.db.rollback()
		self.assertFalse(frappe.db.exists(DOCTYPE, {"judul": ("like", f"%{self.marker}%")}))
		self.wait_for_verification(other_than="palsu")

	def test_a_wrong_code_on_the_tracking_page_reveals_nothing(self):
		self.page.goto(self.url("/lacak-pengaduan"))
		self.page.fill("#kode", "ZZZZ9999")
		self.page.fill("#rahasia", "tebakan")
		self.page.get_by_role("button", name="Lacak").click()
		expect(self.page.locator("#pesan-lacak")).to_contain_text("tidak cocok", timeout=20000)
		expect(self.page.locator("#hasil-lacak")).to_be_hidden()
		self.shoot("5-kode-salah")
