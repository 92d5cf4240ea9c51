"""A citizen's complaint handled in the desk: the coordinator verifies and disposes it to a unit,
the unit's penghubung answers it."""

import frappe

from asn_merit.tests.factories import make_pengaduan
from asn_merit.tests.journeys.desk import DeskJourney, expect

DOCTYPE = "Pengaduan Masyarakat"


def complaint_in(status: str, **filters) -> str:
	name = frappe.db.get_value(
		DOCTYPE, {"status": status, "kategori": "Pengaduan", "unit_kerja": ("is", "set"), **filters}
	)
	if not name:
		raise RuntimeError(f"the demo regency has no complaint in {status}")
	return name


class TestPetugasPengaduan(DeskJourney):
	user = "pengaduan.demo@kabupaten-contoh.go.id"

	def test_verifies_a_complaint_and_disposes_it_to_the_units_penghubung(self):
		# Issue 22: the coordinator could not make the first disposition (no penghubung in the demo,
		# 403 on Unit Kerja and on the unit search).
		name = complaint_in("Diterima")
		unit = frappe.db.get_value(DOCTYPE, name, "unit_kerja")
		self.open(f"pengaduan-masyarakat/{name}")
		self.click_group_button("Tindak Lanjut", "Verifikasi")
		self.confirm_yes()
		self.wait_saved("status", "Terverifikasi")
		self.click_group_button("Tindak Lanjut", "Disposisikan")
		expect(self.dialog().locator("[data-fieldname='unit_kerja'] input")).to_have_value(unit)
		self.shoot("1-disposisi")
		self.dialog_primary()
		expect(self.dialog()).to_contain_text("Disposisikan pengaduan")
		self.confirm_yes()
		self.wait_saved("status", "Didisposisikan")
		self.shoot("2-didisposisikan")
		frappe.db.rollback()
		penghubung = [
			row.user for row in frappe.get_single("Pengaduan Settings").penghubung if row.unit_kerja == unit
		]
		self.assertTrue(penghubung)
		assigned = frappe.get_all(
			"ToDo",
			filters={"reference_type": DOCTYPE, "reference_name": name, "status": "Open"},
			pluck="allocated_to",
		)
		self.assertEqual(sorted(assigned), sorted(penghubung))


class TestPenghubungPengaduan(DeskJourney):
	@classmethod
	def setUpClass(cls):
		cls.complaint = complaint_in("Didisposisikan")
		unit = frappe.db.get_value(DOCTYPE, cls.complaint, "unit_kerja")
		cls.user = next(
			row.user for row in frappe.get_single("Pengaduan Settings").penghubung if row.unit_kerja == unit
		)
		super().setUpClass()

	def test_answers_a_complaint_disposed_to_the_unit(self):
		self.open(f"pengaduan-masyarakat/{self.complaint}")
		self.click_group_button("Tindak Lanjut", "Jawab")
		self.fill_dialog("jawaban_publik", "Berkas Bapak/Ibu sudah kami proses; SK terbit minggu depan.")
		self.shoot("1-jawaban")
		self.dialog_primary()
		self.confirm_yes()
		self.wait_saved("status", "Dijawab")
		self.shoot("2-dijawab")
		frappe.db.rollback()
		self.assertEqual(
			frappe.db.get_value(DOCTYPE, self.complaint, ["status", "jawaban_publik"]),
			("Dijawab", "Berkas Bapak/Ibu sudah kami proses; SK terbit minggu depan."),
		)


class TestInspektorat(DeskJourney):
	user = "inspektorat.demo@kabupaten-contoh.go.id"

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		# Taken by phone at the service desk and disposed to the Inspektorat, as the coordinator does.
		frappe.set_user("Administrator")
		doc = make_pengaduan(
			kategori="Pengaduan Berkadar Pengawasan",
			judul="Dugaan pungutan liar pada layanan perizinan",
			unit_kerja=frappe.db.get_value(
				"Department", {"department_name": "Dinas Penanaman Modal dan PTSP"}
			),
		)
		for status in ("Terverifikasi", "Didisposisikan"):
			doc.status = status
			doc.save()
		frappe.db.commit()
		cls.complaint = doc.name

	def test_answers_a_complaint_berkadar_pengawasan(self):
		name = self.complaint
		self.assertIn(
			self.user,
			frappe.get_all(
				"ToDo", filters={"reference_type": DOCTYPE, "reference_name": name}, pluck="allocated_to"
			),
		)
		self.open(f"pengaduan-masyarakat/{name}")
		self.click_group_button("Tindak Lanjut", "Jawab")
		self.fill_dialog("jawaban_publik", "Pemeriksaan selesai; hasilnya disampaikan kepada PPK.")
		self.dialog_primary()
		self.confirm_yes()
		self.wait_saved("status", "Dijawab")
		self.shoot("1-dijawab-inspektorat")
		frappe.db.rollback()
		self.assertEqual(frappe.db.get_value(DOCTYPE, name, "status"), "Dijawab")
