"""The public pages checked by axe-core (Deque's engine, bundled in axe-playwright-python) in
Debian's Chromium, on a phone-sized and a desktop screen: no serious or critical violation.

Screenshots of each page at both widths go to `SCREENSHOT_DIR` (default: a temporary directory,
printed) for a person to look at.
"""

import os
import tempfile

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

import frappe

from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.http_server import serve_for_class

PAGES = ("/pengaduan-masyarakat", "/lacak-pengaduan", "/seleksi-terbuka", "/kebijakan-privasi")
SCREENS = {"360": {"width": 360, "height": 740}, "1280": {"width": 1280, "height": 900}}
BLOCKING = {"serious", "critical"}


class TestPublicPagesAccessibility(ASNTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.server = serve_for_class(cls, statics=True)
		cls.playwright = sync_playwright().start()
		cls.addClassCleanup(cls.playwright.stop)
		cls.browser = cls.playwright.chromium.launch(
			executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"),
			args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
		)
		cls.addClassCleanup(cls.browser.close)
		cls.shots = os.environ.get("SCREENSHOT_DIR") or tempfile.mkdtemp(prefix="asn-merit-a11y-")
		print(f"\nscreenshots: {cls.shots}")

	def test_no_serious_or_critical_violation_on_a_phone_or_a_desktop(self):
		axe = Axe()
		for width, viewport in SCREENS.items():
			page = self.browser.new_page(viewport=viewport, locale="en-US")
			self.addCleanup(page.close)
			for path in PAGES:
				with self.subTest(path=path, width=width):
					page.goto(f"http://{self.server.site}:{self.server.port}{path}")
					page.wait_for_load_state("networkidle")
					name = path.strip("/")
					page.screenshot(path=os.path.join(self.shots, f"{name}-{width}.png"), full_page=True)
					violations = axe.run(page).response["violations"]
					blocking = [
						f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:8]}"
						for v in violations
						if v["impact"] in BLOCKING
					]
					self.assertFalse(blocking, f"{path} at {width} px:\n" + "\n".join(blocking))
					self.assertFalse(self.scrolls_sideways(page), f"{path} scrolls sideways at {width} px")

	@staticmethod
	def scrolls_sideways(page) -> bool:
		return page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1")
