"""The Sistem Merit workspace, its number cards and charts, and the Peta Jabatan report."""

import frappe
from frappe.desk.desktop import get_workspace_sidebar_items
from frappe.desk.doctype.dashboard_chart.dashboard_chart import get as get_chart
from frappe.desk.doctype.number_card.number_card import get_result
from frappe.desk.query_report import run
from frappe.utils import add_days, today

from asn_merit.api.dasbor import jabatan_lowong, pengaduan_lewat_tenggat
from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import (
	bkpsdm_unit,
	make_employee_asn,
	make_employee_with_user,
	make_jabatan,
	make_pengaduan,
	make_user,
)


def chart_data(name: str) -> dict:
	"""A report-based chart is drawn from the report's own chart, as the desk does."""
	chart = frappe.get_doc("Dashboard Chart", name)
	if chart.chart_type == "Report":
		return run(chart.report_name)["chart"]["data"]
	return get_chart(chart_name=name, refresh=1)


class TestWorkspace(ASNTestCase):
	def setUp(self):
		super().setUp()
		self.officer = make_user("dasbor.bkpsdm@example.com", "Petugas BKPSDM", "HR User")
		self.asn = make_employee_with_user("dasbor.asn@example.com").user_id

	def test_the_workspace_is_shown_to_officers_and_not_to_a_plain_asn(self):
		for user, shown in ((self.officer, True), (self.asn, False)):
			with self.set_user(user):
				pages = {page.name for page in get_workspace_sidebar_items()["pages"]}
			self.assertEqual("Sistem Merit" in pages, shown, user)

	def test_every_card_and_chart_a_role_may_see_answers(self):
		"""As the desk does: a card or chart on a DocType the user cannot read is not shown."""
		complaints = make_user("dasbor.petugas@example.com", "Petugas Pengaduan")
		workspace = frappe.get_doc("Workspace", "Sistem Merit")
		expected = {self.officer: "Usulan Menunggu Persetujuan PPK", complaints: "Pengaduan Lewat Tenggat"}
		for user, card_expected in expected.items():
			with self.set_user(user):
				cards = [
					frappe.get_doc("Number Card", row.number_card_name)
					for row in workspace.number_cards
					if frappe.has_permission("Number Card", doc=row.number_card_name)
				]
				self.assertIn(card_expected, {card.name for card in cards})
				for card in cards:
					if card.type == "Custom":
						value = frappe.get_attr(card.method)()["value"]
					else:
						value = get_result(card.as_dict(), card.filters_json)
					self.assertIsInstance(value, int | float, card.name)
				for row in workspace.charts:
					if frappe.has_permission("Dashboard Chart", doc=row.chart_name):
						data = chart_data(row.chart_name)  # None: a group-by chart with no rows yet
						self.assertTrue(data is None or "labels" in data, row.chart_name)

	def test_complaints_by_status_counts_what_the_officer_may_see(self):
		officer = make_user("dasbor.status@example.com", "Petugas Pengaduan")
		make_pengaduan()
		with self.set_user(officer):
			data = chart_data("Pengaduan per Status")
		self.assertIn("Diterima", data["labels"])
		self.assertGreaterEqual(data["datasets"][0]["values"][data["labels"].index("Diterima")], 1)

	def test_vacant_jabatan_are_those_with_fewer_holders_than_needed(self):
		with self.set_user(self.officer):
			before = jabatan_lowong()["value"]
		full = make_jabatan("Analis Kepegawaian Dasbor", kebutuhan=1)
		make_jabatan("Pranata Komputer Dasbor", kebutuhan=2)
		make_employee_asn(first_name="Pemangku", jabatan=full.name, department=bkpsdm_unit())
		with self.set_user(self.officer):
			self.assertEqual(jabatan_lowong()["value"], before + 1)

	def test_overdue_complaints_are_the_open_ones_past_their_deadline(self):
		officer = make_user("dasbor.pengaduan@example.com", "Petugas Pengaduan")
		with self.set_user(officer):
			before = pengaduan_lewat_tenggat()["value"]
		late, on_time, answered = make_pengaduan(), make_pengaduan(), make_pengaduan()
		late.db_set("batas_penyelesaian", add_days(today(), -1))
		on_time.db_set("batas_penyelesaian", add_days(today(), 1))
		# Answered, the complaint waits for the complainant: the agency is not late on it.
		answered.db_set({"batas_penyelesaian": add_days(today(), -1), "status": "Dijawab"})
		with self.set_user(officer):
			self.assertEqual(pengaduan_lewat_tenggat()["value"], before + 1)


class TestPetaJabatan(ASNTestCase):
	def test_need_against_holders_per_jabatan_and_per_unit(self):
		officer = make_user("peta.jabatan@example.com", "Petugas BKPSDM")
		unit = bkpsdm_unit()
		jabatan = make_jabatan("Penata Kelola SDM Aparatur", kebutuhan=3)
		for name in ("Satu", "Dua"):
			make_employee_asn(first_name=name, jabatan=jabatan.name, department=unit)
		with self.set_user(officer):
			result = run("Peta Jabatan", filters={"unit_kerja": unit})
		row = next(row for row in result["result"] if row["name"] == jabatan.name)
		self.assertEqual((row["kebutuhan"], row["bezetting"], row["selisih"]), (3, 2, 1))
		chart = result["chart"]["data"]
		self.assertEqual(chart["labels"], [unit])
		self.assertGreaterEqual(chart["datasets"][1]["values"][0], 2)

	def test_a_plain_asn_cannot_open_it(self):
		asn = make_employee_with_user("peta.asn@example.com").user_id
		with self.set_user(asn), self.assertRaises(frappe.PermissionError):
			run("Peta Jabatan")


class TestTenggatPengaduan(ASNTestCase):
	def test_each_complaint_is_met_late_or_open_and_overdue(self):
		officer = make_user("tenggat.pengaduan@example.com", "Petugas Pengaduan")
		on_time, late, overdue = make_pengaduan(), make_pengaduan(), make_pengaduan()
		deadline = add_days(today(), -5)
		on_time.db_set(
			{"status": "Selesai", "batas_penyelesaian": deadline, "tanggal_selesai": add_days(deadline, -1)}
		)
		late.db_set(
			{"status": "Selesai", "batas_penyelesaian": deadline, "tanggal_selesai": add_days(deadline, 2)}
		)
		overdue.db_set({"batas_penyelesaian": deadline})
		# Answered in time, now waiting for the complainant: not late, whatever today is.
		answered = make_pengaduan()
		answered.db_set(
			{"status": "Dijawab", "batas_penyelesaian": deadline, "tanggal_dijawab": add_days(deadline, -2)}
		)
		with self.set_user(officer):
			result = run("Tenggat Pengaduan")
		ketepatan = {row["name"]: row["ketepatan"] for row in result["result"]}
		self.assertEqual(
			[ketepatan[doc.name] for doc in (on_time, late, overdue, answered)],
			["Tepat Waktu", "Terlambat", "Berjalan, Lewat Tenggat", "Tepat Waktu"],
		)
		self.assertEqual(sum(result["chart"]["data"]["datasets"][0]["values"]), len(result["result"]))

	def test_a_plain_asn_cannot_open_it(self):
		asn = make_employee_with_user("tenggat.asn@example.com").user_id
		with self.set_user(asn), self.assertRaises(frappe.PermissionError):
			run("Tenggat Pengaduan")
