"""Officers without an HR role pick units and users in link fields (issue 22: the complaint
coordinator met 403 on Unit Kerja and on search_link)."""

import frappe
from frappe.desk.search import search_link

from asn_merit.constants import ROLE_KEPALA_UNIT, ROLE_PETUGAS_PENGADUAN
from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import bkpsdm_unit, make_user


class TestOfficersPickUnitsAndUsers(ASNTestCase):
	def search(self, user: str, doctype: str, txt: str) -> list[str]:
		with self.set_user(user):
			return [row["value"] for row in search_link(doctype, txt)]

	def test_the_complaint_coordinator_finds_a_unit_and_a_penghubung(self):
		petugas = make_user("koordinator.pengaduan@example.com", ROLE_PETUGAS_PENGADUAN)
		self.assertIn(bkpsdm_unit(), self.search(petugas, "Department", "Kepegawaian"))
		self.assertIn(petugas, self.search(petugas, "User", "koordinator"))

	def test_a_head_of_unit_picks_a_unit_and_a_golongan_but_cannot_open_them(self):
		kepala = make_user("kepala.unit.link@example.com", ROLE_KEPALA_UNIT)
		self.assertIn(bkpsdm_unit(), self.search(kepala, "Department", "Kepegawaian"))
		self.assertIn("III/d", self.search(kepala, "Employee Grade", "III/d"))
		with self.set_user(kepala), self.assertRaises(frappe.PermissionError):
			frappe.get_doc("Employee Grade", "III/d").check_permission("read")
		with self.set_user(kepala), self.assertRaises(frappe.PermissionError):
			frappe.get_doc("Department", bkpsdm_unit()).check_permission("read")

	def test_a_penghubung_row_saves_for_the_coordinator(self):
		petugas = make_user("koordinator.pengaduan@example.com", ROLE_PETUGAS_PENGADUAN)
		penghubung = make_user("penghubung.link@example.com", "Penghubung Pengaduan")
		with self.set_user(petugas):
			settings = frappe.get_single("Pengaduan Settings")
			settings.append("penghubung", {"unit_kerja": bkpsdm_unit(), "user": penghubung})
			settings.save()
		self.assertIn(penghubung, [row.user for row in frappe.get_single("Pengaduan Settings").penghubung])
