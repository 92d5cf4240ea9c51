"""A member of the selection panel, after the applications close: declares no conflict of
interest with an applicant and scores them in the current stage (found by this journey: the
panel could not read the post, and the stage the server fills in was required in the form)."""

from urllib.parse import urlparse

import frappe
from frappe.utils import today
from frappe.utils.password import update_password

from asn_merit.demo.portal_users import PASSWORD
from asn_merit.tests.factories import PELAMAR_LUAR_DECLARED as DECLARED
from asn_merit.tests.factories import pdf_bytes
from asn_merit.tests.journeys.desk import DeskJourney, expect
from asn_merit.tests.journeys.seleksi_window import published_selection_with_deadline


class TestPanitiaSeleksi(DeskJourney):
	user = "pansel2@kabupaten-contoh.go.id"

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		# The demo's selection takes applications for 20 more days: closed, as time would.
		cls.seleksi = published_selection_with_deadline(cls, days_from_today=-1).name
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


class TestPelamarInstansiLain(DeskJourney):
	"""A candidate of another instansi, signed up and verified, applies from the announcement with
	the documents it asks for, and follows the application (issue 23 point 7, in the browser)."""

	user = "calon.luar@pemkab-tetangga.go.id"

	@classmethod
	def setUpClass(cls):
		settings = frappe.get_single("ASN Merit Settings")
		cls.terima_pelamar_luar = settings.terima_pelamar_luar
		settings.terima_pelamar_luar = 1  # the regency takes applications from other instansi
		settings.save()
		if not frappe.db.exists("User", cls.user):
			frappe.get_doc(
				{"doctype": "User", "email": cls.user, "first_name": "Siti", "user_type": "Website User"}
			).insert(ignore_permissions=True)
		update_password(cls.user, PASSWORD)  # as the emailed link does: the address is proven
		frappe.db.set_value("User", cls.user, "last_password_reset_date", today())
		frappe.db.delete("Lamaran Seleksi Terbuka", {"user": cls.user})  # a reused site's last run
		frappe.db.commit()
		cls.addClassCleanup(cls.restore_settings)
		cls.seleksi = published_selection_with_deadline(cls, days_from_today=20)
		super().setUpClass()

	@classmethod
	def restore_settings(cls):
		frappe.db.rollback()
		settings = frappe.get_single("ASN Merit Settings")
		settings.terima_pelamar_luar = cls.terima_pelamar_luar
		settings.save()
		frappe.db.commit()

	def log_in(self, user: str) -> None:
		self.page.goto("/login")
		self.page.fill("#login_email", user)
		self.page.fill("#login_password", PASSWORD)
		self.page.locator(".btn-login").first.click()
		self.page.wait_for_url(lambda url: urlparse(url).path != "/login")

	def test_applies_from_the_announcement_and_follows_the_application(self):
		self.page.goto("/" + self.seleksi.route)
		self.page.get_by_role("link", name="Lamar sebagai ASN instansi lain").click()
		self.page.wait_for_url("**/lamar-seleksi-terbuka?seleksi=*")
		self.page.select_option("#jabatan", index=1)
		for field, value in DECLARED.items():
			if self.page.locator(f"select#{field}").count():
				self.page.select_option(f"#{field}", value)
			else:
				self.page.fill(f"#{field}", value)
		for field in ("sk_pangkat", "ijazah", "rekomendasi_ppk"):
			self.page.set_input_files(
				f"#{field}",
				files=[{"name": f"{field}.pdf", "mimeType": "application/pdf", "buffer": pdf_bytes()}],
			)
		self.shoot("1-formulir")
		self.page.get_by_role("button", name="Kirim Lamaran").click()
		self.page.wait_for_url("**/lamaran-seleksi-saya?lamaran=*")

		frappe.db.rollback()  # read what the server committed
		(lamaran,) = frappe.get_all(
			"Lamaran Seleksi Terbuka",
			filters={"user": self.user},
			fields=["name", "pelamar_luar", "nip", "sk_pangkat", "ijazah", "rekomendasi_ppk"],
		)
		self.assertEqual((lamaran.pelamar_luar, lamaran.nip), (1, DECLARED["nip_pelamar_luar"]))
		for field in ("sk_pangkat", "ijazah", "rekomendasi_ppk"):
			self.assertTrue(lamaran[field].startswith("/private/files/"), field)
		expect(self.page.locator(f"section#{lamaran.name} .status-lamaran")).not_to_be_empty()
		self.shoot("2-lamaran-saya")
