"""Open stored complaints where officers and citizens read them, in headless Chromium, and report
any script a guest managed to store: a dialog, the marker variable, or a live handler in the DOM.

Runs Debian's Chromium (`CHROMIUM`, default /usr/bin/chromium) through Playwright against the
site served by gunicorn with its statics; screenshots go to `SCREENSHOT_DIR` (default: a
temporary directory, printed).
"""

import os
import tempfile
from urllib.parse import quote, urlencode

from playwright.sync_api import sync_playwright

import frappe
from frappe.utils.password import update_password

from asn_merit.tests.factories import make_user

from .hostile import MARKER

DOCTYPE = "Pengaduan Masyarakat"
OFFICER = "petugas.uji-xss@example.com"
ROUTE = "/app/pengaduan-masyarakat"
PRINT_FORMAT = "Tanda Terima Pengaduan"
# Attributes that run script: any on* handler naming the marker, or a javascript: URL.
LIVE_HANDLERS = """() => {
	const found = [];
	const visit = (root) => {
		for (const el of root.querySelectorAll("*")) {
			for (const attr of el.attributes) {
				const name = attr.name.toLowerCase(), value = (attr.value || "").trim().toLowerCase();
				const handler = name.startsWith("on") && value.includes("__xss");
				const url = ["href", "src", "action", "formaction", "xlink:href"].includes(name)
					&& value.startsWith("javascript:");
				if (handler || url) found.push(`<${el.tagName.toLowerCase()} ${name}="${attr.value.slice(0, 60)}">`);
			}
		}
	};
	visit(document);
	for (const frame of document.querySelectorAll("iframe")) {
		try { frame.contentDocument && visit(frame.contentDocument); } catch (e) {}
	}
	return found;
}"""


def make_officer() -> tuple[str, str]:
	"""A complaints officer who also answers for a unit, with a fresh password (committed). Not
	Inspektorat: other tests count who receives complaints berkadar pengawasan."""
	password = frappe.generate_hash(length=16)
	make_user(OFFICER, "Petugas Pengaduan", "Penghubung Pengaduan")
	update_password(OFFICER, password)
	frappe.db.commit()
	return OFFICER, password


class DeskCheck:
	"""One browser, an officer's context logged in through the login endpoint, a guest's context."""

	def __init__(self, server, user: str, password: str):
		self.server = server
		self.user, self.password = user, password
		self.problems: list[str] = []
		self.opened: list[str] = []
		self.shots = os.environ.get("SCREENSHOT_DIR") or tempfile.mkdtemp(prefix="asn-merit-xss-")

	def __enter__(self) -> "DeskCheck":
		self.playwright = sync_playwright().start()
		self.browser = self.playwright.chromium.launch(
			executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"),
			args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
		)
		self.officer = self._page()
		# From inside the page: Playwright's own HTTP client does not resolve *.localhost.
		self.officer.goto(self.url("/login"))
		status = self.officer.evaluate(
			"""async ([usr, pwd]) => (await fetch("/api/method/login", {
				method: "POST", body: new URLSearchParams({usr, pwd}),
			})).status""",
			[self.user, self.password],
		)
		if status != 200:
			raise RuntimeError(f"login as {self.user} failed: {status}")
		self.printer = self._page(self.officer.context)  # receipts, beside the desk's single page app
		self.guest = self._page()
		self._check_the_checker()
		return self

	def __exit__(self, *exc) -> None:
		self.browser.close()
		self.playwright.stop()

	def _check_the_checker(self) -> None:
		"""A page with a script that runs must be reported, or a clean result means nothing."""
		self.guest.goto(self.url("/lacak-pengaduan"))
		self.guest.evaluate(
			"""() => document.body.insertAdjacentHTML("beforeend",
				'<img src=x onerror="window.__xss=1;alert(1)"><a href="javascript:void(0)">x</a>')"""
		)
		self._inspect(self.guest, "checker")
		caught, self.problems, self.opened = self.problems, [], []
		if len(caught) != 3:
			raise RuntimeError(f"the browser check misses scripts that run: {caught}")

	def url(self, path: str) -> str:
		return f"http://{self.server.site}:{self.server.port}{path}"  # *.localhost is loopback

	def _page(self, context=None):
		context = context or self.browser.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
		page = context.new_page()
		page.set_default_timeout(60000)  # a loaded two-core machine is slow to serve the desk
		page.dialogs = []

		def on_dialog(dialog):
			page.dialogs.append(f"{dialog.type}: {dialog.message}")
			dialog.dismiss()

		page.on("dialog", on_dialog)
		return page

	def open_complaint(self, name: str) -> None:
		page = self.officer
		if page.url.startswith(self.url("/app/")):
			# Within the desk, as an officer moves from record to record (no reload of the desk).
			page.evaluate("(name) => frappe.set_route('Form', 'Pengaduan Masyarakat', name)", name)
		else:
			page.goto(self.url(f"{ROUTE}/{quote(name)}"))
		page.wait_for_function(
			"(name) => window.cur_frm && cur_frm.doc && cur_frm.doc.name === name", arg=name, timeout=60000
		)
		page.wait_for_selector(".timeline-item", timeout=30000)
		self._inspect(page, f"form {name}")

	def open_list_views(self) -> None:
		page = self.officer
		page.goto(self.url(ROUTE))
		page.wait_for_selector(".list-row-container", timeout=60000)
		self._inspect(page, "list view")
		page.goto(self.url(f"{ROUTE}/view/report"))
		page.wait_for_selector(".dt-row", timeout=60000)
		self._inspect(page, "report view")

	def open_receipt(self, name: str) -> None:
		query = urlencode({"doctype": DOCTYPE, "name": name, "format": PRINT_FORMAT, "no_letterhead": 1})
		page = self.printer
		page.goto(self.url(f"/printview?{query}"))
		page.wait_for_selector(".tanda-terima", timeout=60000)
		self._inspect(page, f"receipt {name}")

	def open_tracking(self, code: str, secret: str) -> None:
		page = self.guest
		# Each lookup from its own address: the tracking endpoint allows ten per address.
		page.set_extra_http_headers(
			{"X-Forwarded-For": f"100.64.{len(self.opened) % 256}.{code.__hash__() % 250 + 1}"}
		)
		page.goto("about:blank")  # a new fragment on the same page would not load it again
		page.goto(self.url(f"/lacak-pengaduan#{urlencode({'kode': code, 'rahasia': secret})}"))
		page.wait_for_function("() => !document.querySelector('#hasil-lacak').hidden", timeout=60000)
		self._inspect(page, f"tracking page {code}")

	def open_public_page(self, path: str) -> None:
		self.guest.goto(self.url(path))
		self._inspect(self.guest, f"public page {path}")

	def open_email(self, html: str, label: str) -> None:
		"""An outgoing email's HTML part, as a mail client that renders HTML would show it."""
		self.guest.goto("about:blank")
		self.guest.set_content(html)
		self._inspect(self.guest, f"email {label}")

	def shoot(self, name: str, page=None) -> str:
		path = os.path.join(self.shots, f"{name}.png")
		(page or self.officer).screenshot(path=path, full_page=True)
		return path

	def _inspect(self, page, view: str) -> None:
		"""After the page settled (a stored <img src=x> has failed to load by then), look."""
		page.wait_for_load_state("networkidle")
		self.opened.append(view)
		marker = page.evaluate(f"() => window.{MARKER} || null")
		handlers = page.evaluate(LIVE_HANDLERS)
		if marker:
			self.problems.append(f"{view}: a stored script set window.{MARKER}")
		if page.dialogs:
			self.problems.append(f"{view}: dialog {page.dialogs}")
		if handlers:
			self.problems.append(f"{view}: live handlers {handlers[:3]}")
		page.dialogs.clear()
