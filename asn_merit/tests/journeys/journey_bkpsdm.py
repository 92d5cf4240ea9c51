"""Petugas BKPSDM (with HR User): the yearly start of appraisals and the merit figures."""

import frappe
from frappe.utils import getdate, today

from asn_merit.tests.journeys.desk import DeskJourney, expect

UNIT = "Dinas Sosial"


class TestPetugasBKPSDM(DeskJourney):
	user = "bkpsdm.demo@kabupaten-contoh.go.id"

	def test_opens_next_years_appraisal_period_for_a_unit_with_a_button(self):
		# Issue 22: buka_periode was reachable only through the API.
		unit = frappe.db.get_value("Department", {"department_name": UNIT})
		year = getdate(today()).year + 1
		holders = frappe.db.count(
			"Employee", {"department": unit, "status": "Active", "jabatan": ("is", "set")}
		)
		self.open("penilaian-kinerja")
		self.click_button("Buka Periode Penilaian")
		self.fill_dialog("tahun", year)
		self.fill_dialog("unit_kerja", unit)
		self.shoot("1-buka-periode")
		self.dialog_primary()
		expect(self.dialog()).to_contain_text("Penilaian yang sudah ada tidak diubah")
		self.confirm_yes()
		self.expect_message(rf"{holders} penilaian dibuat")
		self.shoot("2-periode-dibuka")
		frappe.db.rollback()
		self.assertEqual(frappe.db.count("Penilaian Kinerja", {"tahun": year, "unit_kerja": unit}), holders)

	def test_checks_who_meets_a_posts_requirements_in_a_searchable_report(self):
		# Issue 22: Cek Kelayakan put every employee in one dialog with no search, filter or export.
		jabatan = frappe.db.get_value("Jabatan", {"jenis_jabatan": "Administrator"})
		self.open(f"jabatan/{jabatan}")
		self.click_button("Cek Kelayakan Pegawai")
		self.page.wait_for_url(lambda url: "/query-report/" in url)
		self.wait_for_desk()
		self.assertEqual(self.filter_value("jabatan"), jabatan)
		expect(self.page.locator(".report-wrapper .dt-scrollable")).to_be_visible(timeout=60000)
		self.shoot("4-cek-kelayakan")
