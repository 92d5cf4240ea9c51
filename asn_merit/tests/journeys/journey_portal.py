"""An ordinary ASN walks every page of their Portal ASN on a phone: their own record on each, no
sideways scrolling, and another employee's record refused (issue 25)."""

import frappe

from asn_merit.demo.portal_users import USERS
from asn_merit.tests.journeys.desk import DeskJourney, expect

PHONE = {"width": 360, "height": 780}
# Each page with the heading and the navigation item an ASN sees there.
PAGES = (
	("/asn", None, "Profil"),
	("/asn/kinerja", "Kinerja Saya", "Kinerja"),
	("/asn/merit", "Skor Merit Saya", "Skor Merit"),
	("/asn/karier", "Karier Saya", "Karier"),
	("/asn/pengembangan", "Pengembangan Saya", "Pengembangan"),
)


class TestPortalASNOnAPhone(DeskJourney):
	user = USERS["PPPK"]  # contract staff see their portal as a PNS does

	def test_walks_every_portal_page_and_sees_only_their_own_record(self):
		name = frappe.db.get_value("Employee", {"user_id": self.user}, "employee_name")
		other = frappe.db.get_value(
			"Employee", {"user_id": USERS["PNS"]}, ["name", "employee_name"], as_dict=True
		)
		self.page.set_viewport_size(PHONE)
		for number, (path, heading, nav) in enumerate(PAGES, start=1):
			with self.subTest(path=path):
				self.page.goto(path)
				expect(self.page.locator("h1").first).to_have_text(heading or name)
				expect(self.page.locator(".portal-asn-nav .nav-link.active")).to_have_text(nav)
				self.assertLessEqual(
					self.page.evaluate("document.documentElement.scrollWidth"), PHONE["width"]
				)
				self.assertNotIn(other.employee_name, self.page.content())
				self.shoot(f"{number}-{path.strip('/').replace('/', '-')}")
		response = self.page.goto(f"/asn/merit?employee={other.name}")
		self.assertEqual(response.status, 403)
		self.assertNotIn(other.employee_name, self.page.content())
		self.shoot("6-data-orang-lain")
