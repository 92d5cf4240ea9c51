"""Requests from guests that the fuzz run of the public endpoints found mishandled, each answered
now with a 4xx in Bahasa Indonesia, no traceback, and nothing stored (see docs/reliability.md).

The comment on each case says what the site did before the fix.
"""

import email
import itertools
import json
import uuid

import requests

import frappe
from frappe.utils.password import update_password

from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import make_user, pdf_bytes, public_form_data
from asn_merit.tests.fuzz.harness import message_of
from asn_merit.tests.fuzz.setup import PNG, remove
from asn_merit.tests.http_server import serve_for_class

DOCTYPE = "Pengaduan Masyarakat"
ACCEPT = "/api/method/frappe.website.doctype.web_form.web_form.accept"
UPLOAD = "/api/method/upload_file"
API = "/api/method/asn_merit.api.pengaduan."
ADDRESSES = (f"10.250.{n // 250}.{n % 250 + 1}" for n in itertools.count())


class TestGuestRequestGuard(ASNTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.server = serve_for_class(cls)

	def setUp(self):
		super().setUp()
		self.marker = uuid.uuid4().hex[:10]
		self.addCleanup(self.delete_what_the_server_stored)

	def delete_what_the_server_stored(self):
		frappe.db.rollback()
		complaints = frappe.get_all(DOCTYPE, filters={"judul": ("like", f"%{self.marker}%")}, pluck="name")
		files = frappe.get_all("File", filters={"file_name": ("like", f"%{self.marker}%")}, pluck="name")
		remove({DOCTYPE: set(complaints), "File": set(files)})

	def stored(self) -> list[str]:
		frappe.db.rollback()
		return frappe.get_all(DOCTYPE, filters={"judul": ("like", f"%{self.marker}%")}, pluck="name")

	def send(self, method: str, path: str, headers: dict | None = None, **kwargs):
		"""From a new address each time (the rate limits), in a citizen's browser's language."""
		headers = {**self.server.headers(next(ADDRESSES)), "Accept-Language": "id-ID", **(headers or {})}
		return requests.request(method, self.server.url + path, headers=headers, timeout=60, **kwargs)

	def form(self, **fields) -> dict:
		data = public_form_data(**{"judul": f"Antrean KTP {self.marker}", **fields})
		return {"web_form": "pengaduan-masyarakat", "data": json.dumps(data)}

	def assert_answered(self, response, status: int, message: str):
		"""The status and message expected, and no traceback."""
		self.assertEqual(response.status_code, status, response.text[:300])
		self.assertIn(message.lower(), message_of(response).lower(), response.text[:300])
		self.assertNotIn("Traceback", response.text)
		self.assertNotIn('"exc"', response.text)

	def test_malformed_complaints_are_refused_and_nothing_is_stored(self):
		cases = {
			# 500: Frappe's rate limiter joins the form's name as text
			"form named by a list": {"json": {"web_form": ["x"], "data": "{}"}},
			# 500: accept() missing an argument
			"no form named": {"data": {"data": "{}"}},
			# 500: Frappe looks for "base64" inside the number
			"number as attachment": {"data": self.form(lampiran_1=5)},
			# inline file saved by Frappe without the upload checks
			"inline base64 file": {"data": self.form(lampiran_1="bukti.pdf,JVBERi0xLjQbase64")},
			# 500: .strip() on a number
			"number in the honeypot": {"data": self.form(situs_web=5)},
			# 500: getdate() answers None for a number
			"number as incident date": {"data": self.form(tanggal_kejadian=-64120)},
			# stored as 0001-01-01, which Frappe reads as no date (and false as 0000-00-00, below)
			"year one as incident date": {"data": self.form(tanggal_kejadian="01-01-0001")},
			# 500: no database query can carry a lone surrogate, in the form's name or its data
			"lone surrogate in the form's name": {"json": {"web_form": "x\ud800", "data": "{}"}},
			"lone surrogate": {"data": self.form(judul=f"Antrean \ud800 {self.marker}")},
		}
		messages = {
			"form named by a list": "Data formulir tidak dapat dibaca",
			"no form named": "Permintaan tidak lengkap: web_form",
			"number as attachment": "Lampiran tidak dapat dibaca",
			"inline base64 file": "Lampiran tidak dapat dibaca",
			"number in the honeypot": "Pengaduan tidak dapat diterima",
			"number as incident date": "Tanggal kejadian tidak valid",
			"year one as incident date": "Tanggal kejadian tidak valid",
			"lone surrogate in the form's name": "Permintaan tidak dapat dibaca",
			"lone surrogate": "Data formulir tidak dapat dibaca",
		}
		for case, request in cases.items():
			with self.subTest(case):
				self.assert_answered(self.send("POST", ACCEPT, **request), 417, messages[case])
				self.assertEqual(self.stored(), [])

	def test_a_complaint_sent_by_get_is_refused_instead_of_answered_and_dropped(self):
		# Before: 200 with a tracking code, while Frappe, committing only POSTs, dropped the record.
		self.assert_answered(self.send("GET", ACCEPT, params=self.form()), 403, "metode POST")
		self.assertEqual(self.stored(), [])

	def test_odd_values_are_stored_as_frappe_reads_them(self):
		odd = {"anonim": "ya", "lampiran_1": 0, "tanggal_kejadian": False, "unit_kerja": False}
		response = self.send("POST", ACCEPT, data=self.form(**odd))
		self.assertEqual(response.status_code, 200, response.text[:300])
		doc = frappe.get_doc(DOCTYPE, self.stored()[0])
		# Before: "ya" erased the reporter as anonymous, yet Frappe stored anonim = 0; 0 and false
		# were stored as the attachment "0", the incident date 0000-00-00 and the unit "0".
		self.assertEqual(
			(doc.anonim, doc.nama_pelapor, doc.lampiran_1, doc.tanggal_kejadian, doc.unit_kerja),
			(0, "Siti Aminah", None, None, None),
		)

	def test_an_unclosed_tag_stays_text_in_the_record_and_the_receipt_email(self):
		judul = f"Antrean {self.marker} <img src=x onerror=alert(1)//"
		response = self.send("POST", ACCEPT, data=self.form(judul=judul))
		self.assertEqual(response.status_code, 200, response.text[:300])
		(name,) = self.stored()
		self.assertEqual(
			frappe.db.get_value(DOCTYPE, name, "judul"),
			f"Antrean {self.marker} < img src=x onerror=alert(1)//",
		)
		# Before: the receipt email to the complainant carried <img src=... onerror=alert(1)//>.
		for message in frappe.get_all(
			"Email Queue", filters={"reference_doctype": DOCTYPE, "reference_name": name}, pluck="message"
		):
			for part in email.message_from_string(message).walk():
				if part.get_content_type() == "text/html":
					self.assertNotIn("<img", part.get_payload(decode=True).decode())

	def test_tracking_calls_with_missing_or_non_text_arguments(self):
		# Before: 500 (a required argument missing) and an English FrappeTypeError.
		self.assert_answered(self.send("POST", API + "lacak", data={"kode": "X"}), 417, "tidak cocok")
		self.assert_answered(self.send("POST", API + "tanggapi", data={}), 417, "tidak cocok")
		self.assert_answered(
			self.send("POST", API + "lacak", json={"kode": 5, "rahasia": "x"}),
			417,
			"Permintaan tidak dapat dibaca",
		)

	def test_frappe_endpoints_that_failed_on_guest_input(self):
		cases = [
			# a function no guest may call: Frappe's refusal, in Indonesian, naming no parameter
			("GET", API + "public_view", {}, 403, "Anda tidak diizinkan mengakses sumber ini"),
			# 500: Frappe's handler reads __module__ of a module
			("GET", "/api/method/asn_merit.api.pengaduan", {}, 404, "Permintaan tidak dikenal"),
			# 500: get_form_data() missing an argument
			("GET", "/api/method/frappe.website.doctype.web_form.web_form.get_form_data", {}, 417, "doctype"),
			# 500: get_list() got multiple values for doctype; 500: fields not JSON
			(
				"GET",
				"/api/resource/Pengaduan Masyarakat",
				{"params": {"doctype": "x"}},
				403,
				"tidak diizinkan",
			),
			("GET", "/api/resource/File", {"params": {"fields": "bukan json"}}, 403, "tidak diizinkan"),
			# 500: Frappe's router on a NUL byte and on an empty segment after a web form's route
			("GET", "/lacak-pengaduan%00", {}, 404, "tidak ditemukan"),
			("GET", "/pengaduan-masyarakat//x", {}, 404, "tidak ditemukan"),
			# 500: Frappe's print view imports the controller of whatever DocType it is given
			("GET", "/printview", {"params": {"doctype": "Tidak Ada", "name": "x"}}, 404, "tidak ditemukan"),
			("GET", "/printview", {"params": {"doctype": "<b>", "name": "x"}}, 404, "tidak ditemukan"),
			("GET", "/printview", {"params": {"name": "x"}}, 404, "tidak ditemukan"),
			# 500: frappe.call() got multiple values for its own argument "fn"
			("GET", API + "get_tantangan", {"params": {"fn": "x"}}, 200, ""),
			# a forged API key: Frappe's 401, which carried the traceback
			("POST", API + "lacak", {"headers": {"Authorization": "token x:y"}}, 401, ""),
			# a `cmd` wins over the path in Frappe: it is checked as the method called
			(
				"GET",
				API + "daftar_unit_kerja",
				{"params": {"cmd": "tidak.ada"}},
				404,
				"Permintaan tidak dikenal",
			),
		]
		for method, path, kwargs, status, message in cases:
			with self.subTest(path=path, **kwargs):
				self.assert_answered(self.send(method, path, **kwargs), status, message)

	def test_a_json_body_frappe_cannot_read_is_the_senders_mistake(self):
		# Before: 500 with a traceback (not JSON), 417 in English with a traceback (not an object).
		for body in (b"{not json", b'{"web_form": "pengaduan-masyarakat", "data": ', b'"x"', b"5", b"null"):
			for path in (ACCEPT, API + "lacak", "/pengaduan-masyarakat"):
				with self.subTest(body=body, path=path):
					answer = self.send("POST", path, data=body, headers={"Content-Type": "application/json"})
					self.assert_answered(answer, 400, "bukan data JSON yang dapat dibaca")
		# A readable body is untouched by the rewrite: a real complaint is still taken.
		answer = self.send("POST", ACCEPT, json=self.form())
		self.assertEqual(answer.status_code, 200, answer.text[:300])
		self.assertEqual(len(self.stored()), 1)

	def upload(self, name: str, content: bytes, **data):
		return self.send("POST", UPLOAD, files={"file": (f"{self.marker}-{name}", content)}, data=data)

	def test_guest_uploads_are_checked_before_frappe_reads_them(self):
		cases = [
			# 500: PIL cannot read it when Frappe strips the EXIF data
			("foto.jpg", b"\xff\xd8\xff\xe0 bukan jpeg", {}, "Berkas gambar tidak dapat dibaca"),
			# 500: "File does not exist" for an empty upload
			("kosong.pdf", b"", {}, "Berkas kosong"),
			# accepted, though no complaint may carry it; Frappe's refusal of .html is in English
			("surat.docx", b"PK\x03\x04", {}, "Jenis berkas tidak diterima"),
			("laman.html", b"<script>alert(1)</script>", {}, "Jenis berkas tidak diterima"),
			# stored with markup in its name
			("<b>ktp</b>.png", PNG, {}, "tidak boleh memuat tanda"),
			# accepted: Frappe takes the size the request states, and the complaint checked that
			("besar.pdf", pdf_bytes(6 * 1024 * 1024), {"file_size": "1"}, "terlalu besar"),
		]
		for name, content, data, message in cases:
			with self.subTest(name):
				self.assert_answered(self.upload(name, content, **data), 417, message)

	def test_a_signed_in_users_unreadable_pdf_gets_a_message_not_a_server_error(self):
		# Before: 500 (pypdf's PdfStreamError) for an applicant's broken document on the portal.
		email, password = f"pengunggah-{self.marker}@example.com", "Unggah-Berkas-2026!"
		make_user(email)
		update_password(email, password)
		frappe.db.commit()  # the server is another process
		self.addCleanup(self.delete_user, email)
		session = requests.Session()
		headers = {**self.server.headers(next(ADDRESSES)), "Accept-Language": "id-ID"}
		login = session.post(
			self.server.url + "/api/method/login", data={"usr": email, "pwd": password}, headers=headers
		)
		self.assertEqual(login.status_code, 200, login.text[:300])
		response = session.post(
			self.server.url + UPLOAD,
			files={"file": (f"{self.marker}-rusak.pdf", b"%PDF-1.4 rusak")},
			headers=headers,
			timeout=60,
		)
		self.assertEqual(response.status_code, 417, response.text[:300])
		self.assertIn("Berkas PDF tidak dapat dibaca", message_of(response))
		frappe.db.rollback()
		self.assertFalse(frappe.db.exists("File", {"file_name": ("like", f"%{self.marker}%")}))

	def delete_user(self, email: str) -> None:
		frappe.db.rollback()
		frappe.delete_doc("User", email, force=True, ignore_permissions=True)
		frappe.db.commit()

	def test_a_guest_upload_ignores_what_the_request_says_about_its_place_size_and_shape(self):
		# Before: 500 on max_width "abc" (Frappe's int()); file_size was taken from the request.
		response = self.upload(
			"foto.png",
			PNG,
			doctype="User",
			docname="Administrator",
			is_private="0",
			file_size="1",
			optimize="1",
			max_width="abc",
		)
		self.assertEqual(response.status_code, 200, response.text[:300])
		file = response.json()["message"]
		self.assertEqual(
			(file.get("attached_to_doctype"), file["is_private"], file["file_size"]), (None, 1, len(PNG))
		)
