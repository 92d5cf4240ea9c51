"""A role's daily work driven through the desk in headless Chromium, as that user.

The journeys run on a site holding the demo regency (`bench asn-demo`), served by gunicorn with
two workers; each logs in as one of the demo users (asn_merit/demo/officers.py, portal_users.py)
and clicks the real buttons. What the browser does is committed by the server, so a journey reads
the database again (`frappe.db.rollback()`) before asserting on it. Screenshots go to
`SCREENSHOT_DIR` (default: a temporary directory, printed): the last one of each journey shows
what the user saw at the end.
"""

import os
import re
import tempfile
from urllib.parse import urlparse

from playwright.sync_api import expect, sync_playwright

import frappe

from asn_merit.demo.portal_users import PASSWORD
from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.http_server import serve_for_class

DESKTOP = {"width": 1366, "height": 900}


class DeskJourney(ASNTestCase):
	user: str  # the demo user whose work this is

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		if not frappe.db.exists("User", cls.user):
			raise RuntimeError(f"{cls.user} is missing: journeys run on a site filled by `bench asn-demo`")
		cls.server = serve_for_class(cls, statics=True, workers=2)
		cls.playwright = sync_playwright().start()
		cls.addClassCleanup(cls.playwright.stop)
		cls.browser = cls.playwright.chromium.launch(
			executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"),
			args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
		)
		cls.addClassCleanup(cls.browser.close)
		cls.shots = os.environ.get("SCREENSHOT_DIR") or tempfile.mkdtemp(prefix="asn-merit-journeys-")
		print(f"\nscreenshots: {cls.shots}")

	def setUp(self):
		super().setUp()
		self.context = self.browser.new_context(
			viewport=DESKTOP, locale="id-ID", base_url=f"http://{self.server.site}:{self.server.port}"
		)
		self.addCleanup(self.context.close)
		self.page = self.context.new_page()
		self.page.set_default_timeout(30000)
		self.addCleanup(self.shoot_on_failure)
		self.log_in(self.user)

	def log_in(self, user: str) -> None:
		"""Through the login page, as the user would."""
		self.page.goto("/login")
		self.page.fill("#login_email", user)
		self.page.fill("#login_password", PASSWORD)
		self.page.locator(".btn-login").first.click()
		self.page.wait_for_url(lambda url: urlparse(url).path.startswith(("/app", "/asn")))
		if urlparse(self.page.url).path.startswith("/app"):
			self.wait_for_desk()

	def switch_user(self, user: str) -> None:
		"""Log out, as on a shared computer, and log in as `user`. Frappe sets the session's cookie
		again on every answer: a desk request still in flight when the cookies were cleared brought
		the previous user back, and the login page then sent the browser on to the desk (a login
		field that never showed, now and then). The logout ends that session on the server.

		The desk is left first, for Frappe's bare ping, while its session still holds: a desk
		request answered after the logout finds its session gone and Frappe's desk then sends the
		browser to /login, which aborted a logout opened from the desk (net::ERR_ABORTED, once in
		CI). From a page with no script the logout is not interrupted. (Playwright's own request
		client is no way round: it cannot resolve the site's *.localhost name, Chromium does.)"""
		self.page.goto("/api/method/ping")
		self.assertTrue(self.page.goto("/api/method/logout").ok)
		self.context.clear_cookies()
		self.log_in(user)

	def shoot(self, name: str) -> None:
		self.page.screenshot(path=os.path.join(self.shots, f"{self.prefix}-{name}.png"), full_page=True)

	@property
	def prefix(self) -> str:
		return frappe.scrub(type(self).__name__)

	def shoot_on_failure(self):
		errors = self._outcome.result.failures + self._outcome.result.errors
		if any(test is self for test, _error in errors):
			self.shoot(f"gagal-{self._testMethodName}")

	# Desk helpers: what a user does with the mouse, in Frappe's own markup.

	def open(self, route: str) -> None:
		"""Go to a desk route and wait until Frappe has drawn it."""
		self.page.goto(f"/app/{route}")
		self.wait_for_desk()

	def wait_for_desk(self) -> None:
		self.page.wait_for_function("() => window.frappe && frappe.router && frappe.router.current_route")
		self.wait_idle()

	def wait_saved(self, fieldname: str, value: str) -> None:
		"""The form holds `value` in `fieldname`, saved: nothing pending, nothing unsaved."""
		self.page.wait_for_function(
			"""([fieldname, value]) => cur_frm && cur_frm.doc[fieldname] === value && !cur_frm.is_dirty()
				&& !frappe.request.ajax_count && !frappe.dom.freeze_count""",
			arg=[fieldname, value],
			timeout=60000,
		)

	def wait_idle(self) -> None:
		self.page.wait_for_function("() => !frappe.request.ajax_count && !frappe.dom.freeze_count")

	def click_button(self, label: str) -> None:
		self.page.locator(".page-actions button:visible, .page-head button:visible").filter(
			has_text=label
		).first.click()

	def click_group_button(self, group: str, label: str) -> None:
		"""A button in a form's button group (frm.add_custom_button(label, action, group))."""
		self.page.locator(".page-actions .inner-group-button:visible button").filter(
			has_text=group
		).first.click()
		self.page.locator(".page-actions .inner-group-button .dropdown-menu a:visible").filter(
			has_text=label
		).first.click()

	def click_action(self, label: str) -> None:
		"""A workflow action in the form's Actions menu."""
		self.page.locator(".page-actions .actions-btn-group button:visible").first.click()
		self.page.locator(".page-actions .actions-btn-group .dropdown-menu a:visible").filter(
			has_text=label
		).first.click()

	def fill_link(self, fieldname: str, value: str) -> None:
		"""Type into a form's Link field and wait until the form has taken the value."""
		field = self.page.locator(f".frappe-control[data-fieldname='{fieldname}'] input").first
		field.fill(value)
		field.press("Escape")  # close the suggestions; the value stays and is validated
		field.blur()
		self.page.wait_for_function(
			"([name, value]) => cur_frm && cur_frm.doc[name] === value", arg=[fieldname, value], timeout=30000
		)

	def fill_date(self, fieldname: str, value: str) -> None:
		"""Type a date (yyyy-mm-dd) in the site's format into a form's Date field."""
		shown = self.page.evaluate("(value) => frappe.datetime.str_to_user(value)", value)
		field = self.page.locator(f".frappe-control[data-fieldname='{fieldname}'] input").first
		field.fill(shown)
		field.press("Escape")  # close the date picker
		field.blur()
		self.page.wait_for_function(
			"([name, value]) => cur_frm && cur_frm.doc[name] === value", arg=[fieldname, value], timeout=30000
		)

	def filter_value(self, fieldname: str):
		"""A query report's filter, once the report has read the route's options."""
		self.page.wait_for_function(
			"""(name) => window.frappe && frappe.query_report && frappe.query_report.filters
				&& frappe.query_report.get_filter_value(name)""",
			arg=fieldname,
			timeout=30000,
		)
		return self.page.evaluate("(name) => frappe.query_report.get_filter_value(name)", fieldname)

	def dialog(self):
		return self.page.locator(".modal.show").last

	def fill_dialog(self, fieldname: str, value: str) -> None:
		field = self.dialog().locator(f'[data-fieldname="{fieldname}"] :is(input, textarea, select)').first
		field.fill(str(value))
		field.press("Tab")

	def dialog_primary(self) -> None:
		self.dialog().locator(".modal-footer .btn-primary:visible").first.click()

	def confirm_yes(self) -> None:
		"""frappe.confirm's Yes."""
		self.dialog_primary()

	def expect_message(self, pattern: str) -> None:
		expect(self.dialog().locator(".modal-body")).to_contain_text(re.compile(pattern), timeout=60000)


__all__ = ["DeskJourney", "expect"]
