"""An ASN applies to an announced open selection from the Portal ASN (issue 25, karier): as
themselves only, with their own uploads, once per jabatan; the application and its published
stage scores show on their career page."""

import frappe
from frappe.utils import add_days, today

from asn_merit.api.portal import lamar_seleksi_terbuka
from asn_merit.portal.karier import karier
from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import make_employee_with_user, make_jabatan, make_user, pdf_bytes
from asn_merit.tests.website import open_page

ANI, BUDI = "ani.lamar@example.com", "budi.lamar@example.com"


def upload_as(user: str, file_name: str) -> str:
	"""A private file the user uploaded (what /api/method/upload_file leaves), unattached."""
	previous = frappe.session.user
	frappe.set_user(user)
	try:
		doc = frappe.get_doc(
			{"doctype": "File", "file_name": file_name, "content": pdf_bytes(), "is_private": 1}
		).insert(ignore_permissions=True)
	finally:
		frappe.set_user(previous)
	return doc.file_url


class TestApplyFromPortal(ASNTestCase):
	def setUp(self):
		super().setUp()
		self.ani = make_employee_with_user(ANI, status_kepegawaian="PNS")
		self.budi = make_employee_with_user(BUDI, status_kepegawaian="PNS")
		self.jabatan = make_jabatan(
			"Kepala Dinas Lamar Portal", jenis_jabatan="JPT Pratama", eselon="IIb"
		).name
		panel = [make_user(f"pansel{n}.lamar@example.com") for n in range(1, 6)]
		seleksi = frappe.get_doc(
			{
				"doctype": "Seleksi Terbuka",
				"judul": "Seleksi Terbuka Lamar Portal",
				"batas_lamaran": add_days(today(), 20),
				"rekomendasi_pengawas": "/files/rekomendasi-bkn.pdf",
				"kontak_sekretariat": "BKPSDM, Jl. Merdeka 1",
				"jabatan": [{"jabatan": self.jabatan}],
				"panitia": [
					{"user": u, "peran": "Ketua" if i == 0 else "Anggota"} for i, u in enumerate(panel)
				],
			}
		).insert()
		seleksi.dipublikasikan = 1
		seleksi.save()
		self.seleksi = seleksi.name
		self.addCleanup(frappe.set_user, "Administrator")

	def apply(self, user: str, rekomendasi: str | None = None) -> dict:
		rekomendasi = rekomendasi or upload_as(user, "rekomendasi-atasan.pdf")
		frappe.set_user(user)
		return lamar_seleksi_terbuka(self.seleksi, self.jabatan, rekomendasi)

	def test_the_asn_applies_as_themselves_with_their_own_upload(self):
		result = self.apply(ANI)
		frappe.set_user("Administrator")
		lamaran = frappe.get_doc("Lamaran Seleksi Terbuka", result["name"])
		self.assertEqual((lamaran.employee, lamaran.user, lamaran.pelamar_luar), (self.ani.name, ANI, 0))
		self.assertTrue(lamaran.hasil_kelayakan)
		attached = frappe.get_all(
			"File",
			filters={"attached_to_doctype": lamaran.doctype, "attached_to_name": lamaran.name},
			fields=["attached_to_field", "is_private"],
		)
		self.assertEqual([(f.attached_to_field, f.is_private) for f in attached], [("rekomendasi_ppk", 1)])
		frappe.set_user(ANI)
		mine = karier(self.ani.name)
		self.assertIn(self.seleksi, [s.name for s in mine["seleksi"]])
		self.assertEqual([row.name for row in mine["lamaran"]], [lamaran.name])
		self.assertEqual(mine["lamaran"][0].nilai, [])

	def test_a_second_application_for_the_same_jabatan_is_refused(self):
		self.apply(ANI)
		with self.assertRaisesRegex(frappe.ValidationError, "sudah melamar"):
			self.apply(ANI)
		self.assertEqual(frappe.db.count("Lamaran Seleksi Terbuka", {"employee": self.ani.name}), 1)

	def test_once_every_jabatan_is_applied_to_nothing_more_is_offered(self):
		frappe.set_user(ANI)
		self.assertEqual(self.open_selection()["belum_dilamar"], [self.jabatan])
		self.apply(ANI)
		self.assertEqual(self.open_selection()["belum_dilamar"], [])
		karier_page = open_page("asn/karier", ANI).get_data(as_text=True)
		self.assertIn("sudah melamar setiap jabatan", karier_page)
		self.assertNotIn(f"/lamar-seleksi-terbuka?seleksi={self.seleksi}", karier_page)
		apply_page = open_page("lamar-seleksi-terbuka", ANI, seleksi=self.seleksi).get_data(as_text=True)
		self.assertIn("sudah melamar setiap jabatan", apply_page)
		self.assertNotIn('id="form-lamaran"', apply_page)
		# Budi, who has not applied, is still offered the jabatan.
		self.assertIn(
			'id="form-lamaran"',
			open_page("lamar-seleksi-terbuka", BUDI, seleksi=self.seleksi).get_data(as_text=True),
		)

	def open_selection(self) -> dict:
		"""This test's selection on the session user's career page."""
		employee = frappe.db.get_value("Employee", {"user_id": frappe.session.user})
		return next(item for item in karier(employee)["seleksi"] if item.name == self.seleksi)

	def test_another_persons_upload_or_no_employee_is_refused(self):
		budi_file = upload_as(BUDI, "rekomendasi-budi.pdf")
		with self.assertRaisesRegex(frappe.ValidationError, "Berkas tidak ditemukan"):
			self.apply(ANI, rekomendasi=budi_file)
		frappe.set_user("Administrator")
		make_user("tanpa.pegawai.lamar@example.com", "Employee")
		with self.assertRaises(frappe.PermissionError):
			self.apply("tanpa.pegawai.lamar@example.com")
		self.assertEqual(frappe.db.count("Lamaran Seleksi Terbuka", {"seleksi_terbuka": self.seleksi}), 0)

	def test_an_application_cannot_name_another_employees_account(self):
		frappe.set_user(ANI)
		doc = frappe.get_doc(
			{
				"doctype": "Lamaran Seleksi Terbuka",
				"seleksi_terbuka": self.seleksi,
				"jabatan": self.jabatan,
				"employee": self.ani.name,
				"user": BUDI,
				"rekomendasi_ppk": upload_as(BUDI, "rekomendasi.pdf"),
			}
		)
		with self.assertRaises(frappe.PermissionError):
			doc.insert()
