"""An ordinary ASN (the Employee role only): receives the year's appraisal and accepts it, keeping
the right to object; sees merit figures without the officers' buttons; opens their development
page on a phone."""

import frappe
from frappe.utils import add_days, today

from asn_merit.demo.portal_users import USERS
from asn_merit.tests.journeys.desk import DeskJourney, expect

DOCTYPE = "Penilaian Kinerja"


class TestASN(DeskJourney):
	user = USERS["PNS"]

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		employee = frappe.db.get_value("Employee", {"user_id": cls.user})
		cls.appraisal = frappe.get_all(
			DOCTYPE,
			filters={"employee": employee, "docstatus": 1},
			order_by="tahun desc",
			pluck="name",
			limit=1,
		)[0]
		# Handed to the ASN two days ago: inside the 14-day window (PP 30/2019 Pasal 59).
		frappe.db.set_value(
			DOCTYPE,
			cls.appraisal,
			{
				"tanggal_diterima": add_days(today(), -2),
				"batas_tanggapan": add_days(today(), 12),
				"diterima_pegawai_pada": None,
			},
		)
		frappe.db.commit()

	def test_accepts_the_appraisal_and_may_still_object(self):
		# Issue 22: "Terima Penilaian" answered "You need the 'submit' permission".
		self.open(f"penilaian-kinerja/{self.appraisal}")
		self.shoot("1-penilaian")
		self.click_button("Terima Penilaian")
		expect(
			self.page.locator(".page-actions button:visible").filter(has_text="Terima Penilaian")
		).to_have_count(0, timeout=60000)
		expect(
			self.page.locator(".page-actions button:visible").filter(has_text="Ajukan Keberatan")
		).to_have_count(1)
		self.shoot("2-diterima")
		frappe.db.rollback()
		self.assertTrue(frappe.db.get_value(DOCTYPE, self.appraisal, "diterima_pegawai_pada"))

	def test_sees_no_recompute_button_among_merit_scores(self):
		# Issue 22: "Hitung Ulang Semua" was shown to an ordinary ASN and failed when clicked.
		self.open("skor-merit")
		expect(
			self.page.locator(".page-actions button:visible, .page-head button:visible").filter(
				has_text="Hitung Ulang Semua"
			)
		).to_have_count(0)
		self.shoot("3-skor-merit")

	def test_sees_their_development_page_on_a_phone(self):
		# Issue 25: the development plan, trainings, JP against 20 and rewards in the portal.
		self.page.set_viewport_size({"width": 360, "height": 780})
		self.page.goto("/asn/pengembangan")
		expect(self.page.locator("h1")).to_have_text("Pengembangan Saya")
		expect(self.page.locator(".portal-asn-nav .nav-link.active")).to_have_text("Pengembangan")
		expect(self.page.locator("p.lead")).to_contain_text("dari 20 JP")
		for heading in ("Rencana Pengembangan Kompetensi", "Pelatihan", "Penghargaan"):
			expect(self.page.locator("h2", has_text=heading)).to_have_count(1)
		self.assertLessEqual(self.page.evaluate("document.documentElement.scrollWidth"), 360)
		self.shoot("4-pengembangan-360")
