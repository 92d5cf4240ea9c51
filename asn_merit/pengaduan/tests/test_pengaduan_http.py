"""The public complaint form and tracking page over HTTP, as a citizen's browser reaches them."""

import json
import random

import frappe

from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import pdf_bytes, public_form_data, set_pengaduan_settings
from asn_merit.tests.http_server import ServedComplaints, clear_limits, serve_for_class, server_messages

DOCTYPE = "Pengaduan Masyarakat"
ACCEPT = "/api/method/frappe.website.doctype.web_form.web_form.accept"
LACAK = "/api/method/asn_merit.api.pengaduan.lacak"


class TestPengaduanOverHTTP(ServedComplaints, ASNTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.server = serve_for_class(cls)

	def setUp(self):
		super().setUp()
		self.mark_what_the_server_stores()
		self.ip = f"10.{random.randint(0, 255)}.{random.randint(0, 255)}.{random.randint(1, 254)}"
		clear_limits(self.ip)

	def submit(self, **fields):
		data = public_form_data(judul=f"Antrean KTP {self.marker}", **fields)
		return self.post_form(json.dumps(data, default=str))

	def post_form(self, data):
		return self.server.post(ACCEPT, self.ip, data={"web_form": "pengaduan-masyarakat", "data": data})

	def assert_refused(self, response, message: str, status: int = 417):
		self.assertEqual(response.status_code, status, response.text[:500])
		self.assertIn(message, server_messages(response))
		self.assertEqual(self.stored(), [])

	def test_the_form_and_the_tracking_page_open_for_a_guest(self):
		form = self.server.get("/pengaduan-masyarakat", self.ip)
		self.assertEqual(form.status_code, 200)
		self.assertIn("Kirim Pengaduan", form.text)
		self.assertEqual(self.server.get("/lacak-pengaduan", self.ip).status_code, 200)

	def test_a_valid_submission_is_stored_and_can_be_tracked(self):
		response = self.submit()
		self.assertEqual(response.status_code, 200, response.text[:500])
		answer = response.json()["message"]
		self.assertEqual(self.stored(), [answer["name"]])
		tracked = self.server.post(
			LACAK, self.ip, data={"kode": answer["kode_lacak"], "rahasia": answer["rahasia_pelacakan"]}
		)
		self.assertEqual(tracked.status_code, 200)
		self.assertEqual(tracked.json()["message"]["status"], "Diterima")
		self.assertNotIn("Siti", tracked.text)

	def test_invalid_input_is_refused_with_a_message_not_a_server_error(self):
		self.assert_refused(self.submit(email_pelapor="bukan-email"), "Alamat email tidak valid")
		self.assert_refused(self.submit(kategori=["Pengaduan"]), "Data formulir tidak dapat dibaca")
		self.assert_refused(self.post_form("{not json"), "Data formulir tidak dapat dibaca")
		self.assert_refused(self.post_form("[1, 2]"), "Data formulir tidak dapat dibaca")

	def test_a_failed_challenge_and_a_filled_honeypot_are_refused(self):
		self.assert_refused(self.submit(jawaban_tantangan="999"), "Verifikasi pengaman tidak berhasil")
		self.assert_refused(self.submit(situs_web="http://spam.example"), "Pengaduan tidak dapat diterima")

	def test_an_oversized_attachment_is_refused(self):
		upload = self.server.post(
			"/api/method/upload_file",
			self.ip,
			files={"file": (f"bukti-{self.marker}.pdf", pdf_bytes(6 * 1024 * 1024))},
			data={"doctype": "User", "docname": "Administrator", "is_private": "0"},
		)
		# Refused at the upload, by the complaint's own limit: no guest upload has another use.
		self.assert_refused(upload, "terlalu besar")

	def test_a_small_pdf_is_attached_privately(self):
		upload = self.server.post(
			"/api/method/upload_file", self.ip, files={"file": (f"ktp-{self.marker}.pdf", pdf_bytes())}
		)
		response = self.submit(lampiran_1=upload.json()["message"]["file_url"])
		self.assertEqual(response.status_code, 200, response.text[:500])
		(name,) = self.stored()
		file = frappe.get_all(
			"File", filters={"attached_to_name": name}, fields=["is_private", "attached_to_field"]
		)
		self.assertEqual(file, [{"is_private": 1, "attached_to_field": "lampiran_1"}])

	def test_an_upload_no_complaint_claims_is_deleted_after_an_hour(self):
		from frappe.utils import add_to_date, now_datetime

		from asn_merit.pengaduan.unclaimed_uploads import delete_unclaimed_guest_uploads

		claimed = self.server.post(
			"/api/method/upload_file", self.ip, files={"file": (f"ktp-{self.marker}.pdf", pdf_bytes())}
		)
		self.assertEqual(self.submit(lampiran_1=claimed.json()["message"]["file_url"]).status_code, 200)
		left = self.server.post(
			"/api/method/upload_file", self.ip, files={"file": (f"sisa-{self.marker}.pdf", pdf_bytes())}
		)
		left = frappe.db.get_value("File", {"file_url": left.json()["message"]["file_url"]}, "name")
		self.assertNotIn(left, delete_unclaimed_guest_uploads())  # within the hour it waits
		deleted = delete_unclaimed_guest_uploads(now=add_to_date(now_datetime(), minutes=61))
		self.assertIn(left, deleted)
		self.assertFalse(frappe.db.exists("File", left))
		(name,) = self.stored()
		self.assertTrue(frappe.db.exists("File", {"attached_to_name": name}))  # the claimed one stays
		frappe.db.commit()

	def test_a_broken_pdf_is_refused_politely(self):
		upload = self.server.post(
			"/api/method/upload_file",
			self.ip,
			files={"file": (f"rusak-{self.marker}.pdf", b"%PDF-1.4 bukan pdf")},
		)
		self.assertEqual(upload.status_code, 417, upload.text[:300])
		self.assertIn("Berkas PDF tidak dapat dibaca", server_messages(upload))

	def test_the_submission_rate_limit_answers_429_with_retry_after(self):
		set_pengaduan_settings(self, batas_pengaduan=3)
		for _attempt in range(3):
			self.assertEqual(self.submit(email_pelapor="x").status_code, 417)
		refused = self.submit()
		self.assert_refused(refused, "Silakan coba lagi dalam", status=429)
		self.assertTrue(0 < int(refused.headers["Retry-After"]) <= 10 * 60)

	def test_frappes_own_limit_on_the_web_form_says_when_in_indonesian_too(self):
		# Frappe's `accept` keeps its 10 a minute per address beside ours (30 in 10 minutes).
		statuses = [self.submit(email_pelapor="x").status_code for _attempt in range(11)]
		self.assertEqual(statuses, [417] * 10 + [429])
		refused = self.submit()
		self.assert_refused(refused, "Silakan coba lagi dalam", status=429)
		self.assertTrue(0 < int(refused.headers["Retry-After"]) <= 60)

	def test_guessing_tracking_codes_is_rate_limited(self):
		set_pengaduan_settings(self, batas_lacak=5)
		statuses = [
			self.server.post(LACAK, self.ip, data={"kode": f"TEBAK{n:04d}", "rahasia": "x"}).status_code
			for n in range(6)
		]
		self.assertEqual(statuses, [417] * 5 + [429])
