"""A promotion proposal on its way: the Tim Penilai Kinerja recommends, the PPK approves."""

import frappe
from frappe.utils import add_days, today

from asn_merit.merit.pangkat import next_golongan
from asn_merit.tests.journeys.desk import DeskJourney, expect

DOCTYPE = "Usulan Promosi"


def waiting_in(state: str) -> str:
	name = frappe.db.get_value(DOCTYPE, {"workflow_state": state, "docstatus": 0})
	if not name:
		raise RuntimeError(f"the demo regency has no proposal in {state}")
	return name


class TestTimPenilaiKinerja(DeskJourney):
	user = "tpk.demo@kabupaten-contoh.go.id"

	def test_recommends_a_proposal_to_the_ppk_in_writing(self):
		# Issue 22: there was no field for the Tim Penilai Kinerja's recommendation.
		name = waiting_in("Diverifikasi BKPSDM")
		self.open(f"usulan-promosi/{name}")
		self.click_action("Pertimbangkan")
		expect(self.dialog()).to_contain_text("Rekomendasi Tim Penilai Kinerja")
		self.fill_dialog("rekomendasi_tim_penilai", "Direkomendasikan: predikat Sangat Baik dua tahun.")
		self.shoot("1-rekomendasi")
		self.dialog_primary()
		expect(self.page.locator(".indicator-pill").first).to_contain_text("Dipertimbangkan", timeout=60000)
		self.shoot("2-diteruskan-ke-ppk")
		frappe.db.rollback()
		self.assertEqual(
			frappe.db.get_value(DOCTYPE, name, ["workflow_state", "rekomendasi_tim_penilai"]),
			("Dipertimbangkan Tim Penilai Kinerja", "Direkomendasikan: predikat Sangat Baik dua tahun."),
		)


class TestPejabatPembinaKepegawaian(DeskJourney):
	user = "ppk.demo@kabupaten-contoh.go.id"

	def test_approves_after_a_confirmation_that_shows_the_recommendation(self):
		# Issue 22: "Setujui" was one click without confirmation.
		name = waiting_in("Dipertimbangkan Tim Penilai Kinerja")
		rekomendasi = frappe.db.get_value(DOCTYPE, name, "rekomendasi_tim_penilai")
		self.open(f"usulan-promosi/{name}")
		self.click_action("Setujui")
		expect(self.dialog()).to_contain_text(rekomendasi)
		self.shoot("1-konfirmasi-setujui")
		self.page.locator(".modal.show .modal-footer .btn-secondary:visible").first.click()  # Tidak
		frappe.db.rollback()
		self.assertEqual(
			frappe.db.get_value(DOCTYPE, name, "workflow_state"), "Dipertimbangkan Tim Penilai Kinerja"
		)
		self.click_action("Setujui")
		self.confirm_yes()
		expect(self.page.locator(".indicator-pill").first).to_contain_text("Disetujui", timeout=60000)
		self.shoot("2-disetujui")
		frappe.db.rollback()
		self.assertEqual(frappe.db.get_value(DOCTYPE, name, "workflow_state"), "Disetujui PPK")


class TestKepalaUnitKerja(DeskJourney):
	user = "kepala.unit.demo@kabupaten-contoh.go.id"

	def test_proposes_a_rank_promotion_for_a_staff_member(self):
		# Found by this journey: the head of unit met 403 on the target golongan (Employee Grade).
		head = frappe.db.get_value("Employee", {"user_id": self.user}, ["name", "department"], as_dict=True)
		staff = frappe.get_all(
			"Employee",
			filters={"department": head.department, "name": ("!=", head.name), "status_kepegawaian": "PNS"},
			fields=["name", "grade"],
			order_by="name",
		)
		staff = next(row for row in staff if next_golongan(row.grade))
		self.open("usulan-promosi/new")
		self.fill_link("employee", staff.name)
		self.page.locator(".frappe-control[data-fieldname='jenis'] select").select_option(
			"Kenaikan Pangkat Pilihan"
		)
		self.page.locator(".frappe-control[data-fieldname='dasar'] select").select_option(
			"Kelompok Rencana Suksesi"
		)
		self.fill_link("golongan_tujuan", next_golongan(staff.grade).kode)
		self.fill_date("tmt", add_days(today(), 30))
		self.click_button("Simpan")
		self.page.wait_for_url(lambda url: "/usulan-promosi/new" not in url, timeout=60000)
		self.wait_for_desk()
		self.click_action("Ajukan")
		expect(self.page.locator(".indicator-pill").first).to_contain_text("Diajukan", timeout=60000)
		self.shoot("1-diajukan")
		frappe.db.rollback()
		self.assertEqual(
			frappe.db.get_value(DOCTYPE, {"employee": staff.name, "workflow_state": "Diajukan"}, "owner"),
			self.user,
		)
