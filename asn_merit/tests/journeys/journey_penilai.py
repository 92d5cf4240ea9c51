"""The pejabat penilai (the demo head of unit): rates a staff member's year and finalises it, which
hands the appraisal to the appraisee with the objection window running (PP 30/2019 Pasal 59)."""

import frappe
from frappe.utils import getdate, today

from asn_merit.tests.journeys.desk import DeskJourney, expect

DOCTYPE = "Penilaian Kinerja"
RATING = "Sesuai Ekspektasi"


class TestPejabatPenilai(DeskJourney):
	user = "kepala.unit.demo@kabupaten-contoh.go.id"

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		head = frappe.db.get_value("Employee", {"user_id": cls.user})
		year = getdate(today()).year + 2  # a year no demo appraisal and no other journey uses
		# Whom the head appraises (the Jabatan tree decides), not yet appraised for that year.
		staff = [
			employee
			for employee in frappe.get_all(
				DOCTYPE,
				filters={"pejabat_penilai": head},
				pluck="employee",
				distinct=True,
				order_by="employee",
			)
			if not frappe.db.exists(DOCTYPE, {"employee": employee, "tahun": year})
		]
		# A draft as *Buka Periode* leaves it, with the year's work planned.
		cls.appraisal = (
			frappe.get_doc(
				{
					"doctype": DOCTYPE,
					"employee": staff[0],
					"tahun": year,
					"periode": "Tahunan",
					# Named as on the demo's appraisals: the head post above them is vacant (no Plt).
					"pejabat_penilai": head,
					"hasil_kerja": [
						{
							"jenis_rhk": "Utama",
							"rhk": "Cakupan imunisasi dasar lengkap di wilayah kerja",
							"aspek": "Kuantitas",
							"indikator": "Persentase bayi yang mendapat imunisasi dasar lengkap",
							"target": "95%",
						}
					],
				}
			)
			.insert(ignore_permissions=True)
			.name
		)
		frappe.db.commit()

	def test_rates_the_year_and_finalises_the_appraisal(self):
		self.open(f"penilaian-kinerja/{self.appraisal}")
		self.grid_input("hasil_kerja", 1, "realisasi").fill("96%")
		self.close_grid_row()
		for row in range(1, 8):  # the seven BerAKHLAK values
			self.grid_input("perilaku", row, "rating_atasan", "select").select_option(RATING)
			self.close_grid_row()
		self.select("rating_hasil_kerja", RATING)
		self.select("rating_perilaku", RATING)
		self.page.keyboard.press("Control+s")
		self.wait_saved("predikat", "Baik")
		self.shoot("1-dinilai")
		self.click_button("Kirim")  # Frappe's submit, in Indonesian
		self.confirm_yes()
		expect(self.page.locator(".indicator-pill").first).not_to_contain_text("Draf", timeout=60000)
		self.page.wait_for_function("() => cur_frm.doc.docstatus === 1", timeout=60000)
		expect(self.page.get_by_text("Batas menerima atau mengajukan keberatan").first).to_be_visible()
		# Accepting and objecting are the appraisee's, not offered to the pejabat penilai.
		expect(
			self.page.locator(".page-actions button:visible").filter(has_text="Terima Penilaian")
		).to_have_count(0)
		self.shoot("2-final")
		frappe.db.rollback()
		final = frappe.db.get_value(
			DOCTYPE,
			self.appraisal,
			["docstatus", "predikat", "tanggal_diterima", "batas_tanggapan"],
			as_dict=True,
		)
		self.assertEqual((final.docstatus, final.predikat), (1, "Baik"))
		self.assertEqual(final.tanggal_diterima, getdate(today()))
		self.assertGreater(final.batas_tanggapan, final.tanggal_diterima)

	def grid_input(self, table: str, idx: int, fieldname: str, tag: str = "input"):
		"""A child row's cell, made editable by clicking it as a user does."""
		row = self.page.locator(f".frappe-control[data-fieldname='{table}'] .grid-row[data-idx='{idx}']")
		row.locator(f".grid-static-col[data-fieldname='{fieldname}']").click()
		return row.locator(f".frappe-control[data-fieldname='{fieldname}'] {tag}").first

	def close_grid_row(self) -> None:
		"""Escape, as a user leaves a row (closing a suggestion list first, when one is open)."""
		for _attempt in range(3):
			if not self.page.locator(".grid-row-open").count():
				return
			self.page.keyboard.press("Escape")
			self.page.wait_for_timeout(300)
		expect(self.page.locator(".grid-row-open")).to_have_count(0)

	def select(self, fieldname: str, value: str) -> None:
		self.page.locator(f".form-layout .frappe-control[data-fieldname='{fieldname}'] select").select_option(
			value
		)
		self.page.wait_for_function(
			"([name, value]) => cur_frm.doc[name] === value", arg=[fieldname, value], timeout=30000
		)
