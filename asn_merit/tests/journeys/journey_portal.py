"""An ordinary ASN walks every page of their Portal ASN on a phone: their own record on each, no
sideways scrolling, and another employee's record refused (issue 25)."""

import frappe

from asn_merit.demo.portal_users import USERS
from asn_merit.tests.factories import pdf_bytes
from asn_merit.tests.journeys.desk import DeskJourney, expect
from asn_merit.tests.journeys.seleksi_window import published_selection_with_deadline

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


class TestLamarSeleksiDariPortal(DeskJourney):
	user = USERS["PNS"]

	@classmethod
	def setUpClass(cls):
		cls.seleksi = published_selection_with_deadline(cls, days_from_today=20)
		super().setUpClass()

	def test_applies_to_each_post_of_the_open_selection_and_sees_it_on_the_career_page(self):
		employee = frappe.db.get_value("Employee", {"user_id": self.user})
		seleksi = self.seleksi
		# The journey site is recreated per run; on a reused one, a previous run's application goes.
		frappe.db.delete("Lamaran Seleksi Terbuka", {"employee": employee, "seleksi_terbuka": seleksi.name})
		frappe.db.commit()  # the server is another process

		self.page.goto("/asn/karier")
		posts = self.apply_from_career_page(seleksi.judul, shot="1-formulir-lamaran")

		frappe.db.rollback()  # read what the server committed
		lamaran = frappe.get_all(
			"Lamaran Seleksi Terbuka",
			filters={"employee": employee, "seleksi_terbuka": seleksi.name},
			fields=["name", "jabatan", "user", "rekomendasi_ppk"],
		)
		self.assertEqual(len(lamaran), 1)
		self.assertEqual(lamaran[0].user, self.user)
		self.assertTrue(lamaran[0].rekomendasi_ppk.startswith("/private/files/"))
		expect(self.page.locator(".lamaran-saya", has_text=lamaran[0].name)).to_contain_text(
			lamaran[0].jabatan
		)
		self.shoot("2-lamaran-di-halaman-karier")

		# The selection's other post is still offered, the one applied to no longer is.
		others = self.apply_from_career_page(seleksi.judul, shot="3-formulir-jabatan-lain")
		self.assertEqual(others, [post for post in posts if post != lamaran[0].jabatan])
		entry = self.page.locator("li", has_text=seleksi.judul)
		expect(entry).to_contain_text("Anda sudah melamar setiap jabatan dalam seleksi ini.")
		expect(entry.get_by_role("link", name="Lamar")).to_have_count(0)
		self.shoot("4-semua-jabatan-dilamar")

	def apply_from_career_page(self, judul: str, shot: str) -> list[str]:
		"""Lamar on the career page, the first jabatan offered, the atasan's recommendation
		attached, sent; returns the jabatan the form offered."""
		self.page.locator("li", has_text=judul).get_by_role("link", name="Lamar").click()
		self.page.wait_for_url("**/lamar-seleksi-terbuka?seleksi=*")
		expect(self.page.locator("#form-lamaran")).to_contain_text("Anda melamar sebagai")
		offered = self.page.locator("#jabatan option").evaluate_all("options => options.map(o => o.value)")
		self.page.select_option("#jabatan", index=1)
		self.page.set_input_files(
			"#rekomendasi_ppk",
			files=[{"name": "rekomendasi-atasan.pdf", "mimeType": "application/pdf", "buffer": pdf_bytes()}],
		)
		self.shoot(shot)
		self.page.get_by_role("button", name="Kirim Lamaran").click()
		self.page.wait_for_url("**/asn/karier")
		return [value for value in offered if value]
