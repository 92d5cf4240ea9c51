"""A member of the selection panel, after the applications close: declares no conflict of
interest with an applicant and scores them in the current stage (found by this journey: the
panel could not read the post, and the stage the server fills in was required in the form)."""

import frappe
from frappe.utils import add_days, today

from asn_merit.tests.journeys.desk import DeskJourney

SELEKSI = "Seleksi Terbuka"


class TestPanitiaSeleksi(DeskJourney):
	user = "pansel2@kabupaten-contoh.go.id"

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.seleksi = frappe.db.get_value(SELEKSI, {"dipublikasikan": 1})
		# The demo's selection takes applications for 20 more days: close them, as time would.
		frappe.db.set_value(SELEKSI, cls.seleksi, "batas_lamaran", add_days(today(), -1))
		frappe.db.commit()
		declared = frappe.get_all(
			"Pernyataan Konflik Kepentingan", filters={"anggota": cls.user}, pluck="lamaran"
		)
		cls.lamaran = frappe.get_all(
			"Lamaran Seleksi Terbuka",
			filters={"seleksi_terbuka": cls.seleksi, "name": ("not in", declared or [""])},
			pluck="name",
			order_by="name",
		)[0]
		# The small demo's applicants miss a JPT post's requirements; the panel admits this one at
		# the administration check, as it may (its decision stands over the automatic check).
		frappe.db.set_value(
			"Lamaran Seleksi Terbuka", cls.lamaran, "keputusan_administrasi", "Memenuhi Syarat"
		)
		frappe.db.commit()

	def test_declares_no_conflict_and_scores_an_applicant(self):
		self.open("pernyataan-konflik-kepentingan/new")
		self.fill_link("lamaran", self.lamaran)
		self.page.locator(".frappe-control[data-fieldname='pernyataan'] select").select_option(
			"Tidak Ada Konflik Kepentingan"
		)
		self.click_button("Simpan")
		self.page.wait_for_url(lambda url: "/new" not in url, timeout=60000)
		self.wait_for_desk()
		self.open("nilai-seleksi-terbuka/new")
		self.fill_link("lamaran", self.lamaran)
		field = self.page.locator(".frappe-control[data-fieldname='nilai'] input").first
		field.fill("82")
		field.press("Tab")
		self.shoot("1-nilai")
		self.click_button("Simpan")
		self.page.wait_for_url(lambda url: "/new" not in url, timeout=60000)
		self.wait_for_desk()
		self.shoot("2-nilai-tersimpan")
		frappe.db.rollback()
		self.assertEqual(
			frappe.db.get_value(
				"Nilai Seleksi Terbuka", {"lamaran": self.lamaran, "anggota": self.user}, "nilai"
			),
			82,
		)
