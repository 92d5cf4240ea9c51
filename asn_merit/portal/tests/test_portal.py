"""Portal ASN pages through Frappe's own website request cycle: an ASN sees their own record,
and asking for anyone else's gets a 403, on every page."""

import frappe

from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import make_employee_with_user, make_pppk, make_user
from asn_merit.tests.permission_samples import put
from asn_merit.tests.website import open_page

PAGES = ("asn", "asn/kinerja", "asn/merit", "asn/karier", "asn/pengembangan")


class TestPortalASN(ASNTestCase):
	def setUp(self):
		super().setUp()
		self.ani = make_employee_with_user("ani.portal@example.com", status_kepegawaian="PNS")
		self.budi = make_employee_with_user("budi.portal@example.com", status_kepegawaian="PNS")
		self.addCleanup(frappe.set_user, "Administrator")

	def test_every_page_shows_the_users_own_record(self):
		for page in PAGES:
			with self.subTest(page=page):
				response = open_page(page, "ani.portal@example.com")
				self.assertEqual(response.status_code, 200)
				self.assertIn("Portal ASN", response.get_data(as_text=True))
		profile = open_page("asn", "ani.portal@example.com").get_data(as_text=True)
		self.assertIn(self.ani.nip, profile)
		self.assertNotIn(self.budi.nip, profile)

	def test_another_employees_name_or_nip_is_refused_on_every_page(self):
		for page in PAGES:
			for parameter, value in (
				("employee", self.budi.name),
				("nip", self.budi.nip),
				("pegawai", self.budi.name),
			):
				with self.subTest(page=page, parameter=parameter):
					response = open_page(page, "ani.portal@example.com", **{parameter: value})
					self.assertEqual(response.status_code, 403)
					self.assertNotIn(self.budi.nip, response.get_data(as_text=True))
		# Naming oneself is not an error.
		self.assertEqual(open_page("asn", "ani.portal@example.com", employee=self.ani.name).status_code, 200)

	def test_a_guest_is_sent_to_the_login_and_a_user_without_an_employee_is_refused(self):
		response = open_page("asn", "Guest")
		self.assertIn(response.status_code, (301, 302))
		self.assertIn("/login", response.headers["Location"])
		frappe.set_user("Administrator")
		make_user("tanpa.pegawai@example.com", "Employee")
		self.assertEqual(open_page("asn/merit", "tanpa.pegawai@example.com").status_code, 403)

	def test_the_asn_accepts_and_objects_to_their_own_appraisal_only(self):
		from asn_merit.api.portal import ajukan_keberatan, terima_penilaian

		today = frappe.utils.today()
		name = put(
			{
				"doctype": "Penilaian Kinerja",
				"employee": self.ani.name,
				"tahun": frappe.utils.getdate().year - 1,
				"periode": "Tahunan",
				"docstatus": 1,
				"tanggal_final": today,
				"tanggal_diterima": today,
				"batas_tanggapan": frappe.utils.add_days(today, 14),
			}
		)
		appraisal = frappe.get_doc("Penilaian Kinerja", name)
		frappe.set_user("budi.portal@example.com")
		with self.assertRaises(frappe.PermissionError):
			terima_penilaian(appraisal.name)
		frappe.set_user("ani.portal@example.com")
		terima_penilaian(appraisal.name)
		self.assertIn("diajukan", ajukan_keberatan(appraisal.name, "Target berubah di tengah tahun."))
		page = open_page("asn/kinerja", "ani.portal@example.com").get_data(as_text=True)
		self.assertIn("Keberatan diajukan", page)

	def test_the_development_page_shows_own_plan_trainings_jp_and_rewards_only(self):
		from asn_merit.talenta.pengembangan import buat_rencana

		year = frappe.utils.getdate().year
		for employee, predikat in ((self.ani, "Butuh Perbaikan"), (self.budi, "Sangat Kurang")):
			employee.append("riwayat_predikat_kinerja", {"tahun": year, "predikat": predikat})
			employee.save()
			buat_rencana(employee.name, year)
		for employee, jenis in ((self.ani, "Anggota Kelompok Talenta"), (self.budi, "Lainnya")):
			frappe.get_doc(
				{
					"doctype": "Penghargaan",
					"employee": employee.name,
					"jenis": jenis,
					"tahun": year,
					"tanggal": frappe.utils.today(),
					"nomor_keputusan": f"800/{employee.name}/BKPSDM",
					"dasar": "Keputusan Bupati.",
				}
			).insert()
		page = open_page("asn/pengembangan", "ani.portal@example.com").get_data(as_text=True)
		self.assertIn("predikat Butuh Perbaikan", page)
		self.assertIn("Belum disetujui atasan", page)
		self.assertIn("dari 20 JP", page)
		self.assertIn(f"800/{self.ani.name}/BKPSDM", page)
		self.assertNotIn(f"800/{self.budi.name}/BKPSDM", page)
		self.assertNotIn("Sangat Kurang", page)
		self.assertEqual(
			open_page("asn/pengembangan", "ani.portal@example.com", employee=self.budi.name).status_code, 403
		)

	def test_a_pppk_sees_their_24_jp_cap_not_a_pns_shortfall(self):
		# PP 49/2018 Pasal 40(1): at most 24 JP a contract year; the 20 JP minimum is a PNS's right.
		make_user("citra.portal@example.com", "Employee")
		make_pppk(user_id="citra.portal@example.com", first_name="Citra")
		page = open_page("asn/pengembangan", "citra.portal@example.com").get_data(as_text=True)
		self.assertIn("dari paling lama 24 JP", page)
		self.assertIn("PP 49/2018 Pasal 40 ayat (1)", page)
		self.assertNotIn("Kurang 20 JP", page)
