import json
from datetime import datetime, timedelta, timezone

import altcha

import frappe
from frappe.client import get as client_get
from frappe.utils import add_days, getdate, today
from frappe.website.doctype.web_form.web_form import accept

from asn_merit.api.pengaduan import lacak, tanggapi
from asn_merit.inputs.pengaduan_settings import get_holidays
from asn_merit.merit.working_days import add_working_days
from asn_merit.pengaduan.public_form import challenge_secret, new_challenge
from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import (
	bkpsdm_unit,
	make_employee_with_user,
	make_user,
	pdf_bytes,
	public_form_data,
	solved_challenge,
)

DOCTYPE = "Pengaduan Masyarakat"
WEB_FORM = "pengaduan-masyarakat"
DISDUKCAPIL = "Dinas Kependudukan dan Pencatatan Sipil"


def as_dict(challenge) -> dict:
	return {**challenge.to_dict(), "maxnumber": challenge.max_number}


def count() -> int:
	return frappe.db.count(DOCTYPE)


class PengaduanTestCase(ASNTestCase):
	def setUp(self):
		super().setUp()
		self.addCleanup(setattr, frappe.flags, "in_web_form", False)
		self.bkpsdm = bkpsdm_unit()
		self.disdukcapil = frappe.db.get_value("Department", {"department_name": DISDUKCAPIL})
		self.petugas = make_user("petugas.pengaduan@example.com", "Petugas Pengaduan")
		self.inspektur = make_user("inspektur@example.com", "Inspektorat")
		self.penghubung = make_user("penghubung.bkpsdm@example.com", "Penghubung Pengaduan")
		self.penghubung_lain = make_user("penghubung.dukcapil@example.com", "Penghubung Pengaduan")
		settings = frappe.get_doc("Pengaduan Settings")
		settings.set("penghubung", [])
		settings.append("penghubung", {"unit_kerja": self.bkpsdm, "user": self.penghubung})
		settings.append("penghubung", {"unit_kerja": self.disdukcapil, "user": self.penghubung_lain})
		settings.save()

	def submit(self, **fields):
		"""Post the public form as a citizen does: as Guest, through the web form's endpoint."""
		with self.set_user("Guest"):
			return accept(WEB_FORM, json.dumps(public_form_data(**fields), default=str))

	def assert_refused(self, message: str, **fields):
		before = count()
		with self.assertRaises(frappe.ValidationError) as caught:
			self.submit(**fields)
		self.assertIn(message, str(caught.exception))
		self.assertEqual(count(), before)

	def change(self, user: str, name: str, **values):
		with self.set_user(user):
			doc = frappe.get_doc(DOCTYPE, name)
			doc.update(values)
			return doc.save()

	def answered(self, **fields):
		"""A complaint the unit has answered, waiting for the complainant."""
		doc = self.submit(**fields)
		self.change(self.petugas, doc.name, status="Terverifikasi")
		self.change(self.petugas, doc.name, status="Didisposisikan")
		self.change(self.penghubung, doc.name, status="Dijawab", jawaban_publik="Berkas sudah diproses.")
		return doc


class TestGuestSubmission(PengaduanTestCase):
	def test_a_guest_gets_a_tracking_code_a_secret_and_working_day_deadlines(self):
		doc = self.submit()
		stored = frappe.get_doc(DOCTYPE, doc.name)
		self.assertEqual((stored.status, stored.owner), ("Diterima", "Guest"))
		self.assertRegex(stored.kode_lacak, r"^[A-Z0-9]{8,}$")
		self.assertTrue(doc.rahasia_pelacakan)
		self.assertNotIn(doc.rahasia_pelacakan, json.dumps(stored.as_dict(), default=str))
		holidays = get_holidays()
		self.assertEqual(getdate(stored.batas_verifikasi), add_working_days(getdate(today()), 3, holidays))
		self.assertEqual(getdate(stored.batas_penyelesaian), add_working_days(getdate(today()), 14, holidays))
		self.assertFalse(stored.token_tantangan or stored.jawaban_tantangan or stored.situs_web)

	def test_fields_outside_the_form_and_server_fields_cannot_be_forged(self):
		doc = self.submit(
			status="Selesai",
			kode_lacak="PALSU123",
			hash_rahasia="x",
			hasil_pemeriksaan="Terbukti",
			jumlah_dibuka_kembali=1,
		)
		stored = frappe.db.get_value(
			DOCTYPE, doc.name, ["status", "kode_lacak", "hasil_pemeriksaan", "jumlah_dibuka_kembali"]
		)
		self.assertEqual(stored[0], "Diterima")
		self.assertNotEqual(stored[1], "PALSU123")
		self.assertFalse(stored[2])
		self.assertEqual(stored[3], 0)

	def test_a_wrong_expired_forged_or_missing_challenge_is_refused_politely(self):
		message = "Verifikasi pengaman tidak berhasil atau sudah kedaluwarsa"
		challenge = new_challenge()
		self.assert_refused(message, jawaban_tantangan="")
		self.assert_refused(message, jawaban_tantangan="1000")
		self.assert_refused(message, jawaban_tantangan=solved_challenge(challenge, wrong=True))
		past = datetime.now(timezone.utc) - timedelta(minutes=1)
		expired = altcha.create_challenge_v1(max_number=1000, hmac_key=challenge_secret(), expires=past)
		self.assert_refused(message, jawaban_tantangan=solved_challenge(as_dict(expired)))
		future = datetime.now(timezone.utc) + timedelta(minutes=5)
		forged = altcha.create_challenge_v1(max_number=1000, hmac_key="kunci-lain", expires=future)
		self.assert_refused(message, jawaban_tantangan=solved_challenge(as_dict(forged)))

	def test_a_solved_challenge_is_accepted_once(self):
		payload = solved_challenge()
		self.submit(jawaban_tantangan=payload)
		self.assert_refused("Verifikasi pengaman ini sudah dipakai", jawaban_tantangan=payload)

	def test_a_complaint_refused_for_its_fields_keeps_its_challenge_for_the_corrected_form(self):
		payload = solved_challenge()
		self.assert_refused("Judul wajib diisi", judul="", jawaban_tantangan=payload)
		frappe.db.rollback()  # what the web request does with a refused form
		self.assertTrue(self.submit(jawaban_tantangan=payload).name)

	def test_a_guest_insert_outside_the_web_form_needs_the_challenge_too(self):
		before = count()
		with self.set_user("Guest"), self.assertRaises(frappe.ValidationError):
			data = public_form_data(jawaban_tantangan="")
			frappe.get_doc({"doctype": DOCTYPE, **data}).insert(ignore_permissions=True)
		self.assertEqual(count(), before)

	def test_a_filled_honeypot_is_refused(self):
		self.assert_refused("Pengaduan tidak dapat diterima", situs_web="http://spam.example")

	def test_invalid_input_gets_an_indonesian_message_and_stores_nothing(self):
		self.assert_refused("Judul wajib diisi", judul="")
		self.assert_refused("Pilih kategori", kategori="Lainnya")
		# Frappe's own link check answers first, in the site's language.
		self.assert_refused("Dinas Fiktif", unit_kerja="Dinas Fiktif")
		self.assert_refused(
			"Unit kerja tidak dikenal", unit_kerja=frappe.db.get_value("Department", {"is_group": 1})
		)
		self.assert_refused(
			"Tanggal kejadian tidak boleh di masa depan", tanggal_kejadian=add_days(today(), 3)
		)
		self.assert_refused("Tanggal kejadian tidak valid", tanggal_kejadian="kemarin sore")
		self.assert_refused("Alamat email tidak valid", email_pelapor="bukan-email")
		self.assert_refused("Nomor telepon tidak valid", telepon_pelapor="'; DROP TABLE x; --")
		self.assert_refused("Isi email atau nomor telepon", email_pelapor="", telepon_pelapor="")
		self.assert_refused("terlalu panjang", judul="x" * 141)

	def test_markup_is_stored_as_plain_text(self):
		doc = self.submit(
			judul="<img src=x onerror=alert(1)>Antrean <b>KTP</b>",
			uraian="<script>alert('x')</script>Petugas tidak ada di loket.",
		)
		stored = frappe.db.get_value(DOCTYPE, doc.name, ["judul", "uraian"])
		self.assertEqual(stored[0], "Antrean KTP")
		self.assertNotIn("<", stored[1])
		self.assertIn("Petugas tidak ada di loket.", stored[1])

	def test_an_anonymous_complaint_needs_no_contact_and_keeps_none(self):
		doc = self.submit(anonim=1, nama_pelapor="Siti", email_pelapor="", telepon_pelapor="")
		stored = frappe.get_doc(DOCTYPE, doc.name)
		self.assertEqual(stored.identitas_pelapor, "Anonim")
		self.assertIsNone(stored.nama_pelapor)


class TestAttachments(PengaduanTestCase):
	def upload(self, file_name: str, size: int, **fields) -> str:
		with self.set_user("Guest"):
			file = frappe.get_doc(
				{"doctype": "File", "file_name": file_name, "content": pdf_bytes(size), **fields}
			).insert(ignore_permissions=True)
		return file.file_url

	def test_an_uploaded_pdf_is_attached_to_the_complaint_and_made_private(self):
		doc = self.submit(lampiran_1=self.upload("bukti.pdf", 1000))
		file = frappe.get_doc("File", {"attached_to_name": doc.name, "attached_to_doctype": DOCTYPE})
		self.assertTrue(file.is_private)
		self.assertEqual(frappe.db.get_value(DOCTYPE, doc.name, "lampiran_1"), file.file_url)

	def test_an_oversized_file_is_refused(self):
		self.assert_refused("terlalu besar", lampiran_1=self.upload("besar.pdf", 6 * 1024 * 1024))

	def test_a_file_of_another_type_is_refused(self):
		self.assert_refused("Jenis berkas tidak diterima", lampiran_1=self.upload("program.exe", 100))

	def test_someone_elses_file_cannot_be_claimed(self):
		other = self.submit(lampiran_1=self.upload("milik-orang-lain.pdf", 100))
		url = frappe.db.get_value(DOCTYPE, other.name, "lampiran_1")
		self.assert_refused("Lampiran tidak ditemukan", lampiran_1=url)


class TestHandling(PengaduanTestCase):
	def test_verified_forwarded_answered_and_confirmed_by_the_complainant(self):
		doc = self.submit()
		self.change(self.petugas, doc.name, status="Terverifikasi")
		self.change(self.petugas, doc.name, status="Didisposisikan")
		self.assertEqual(
			frappe.get_all(
				"ToDo", filters={"reference_name": doc.name, "status": "Open"}, pluck="allocated_to"
			),
			[self.penghubung],
		)
		self.change(self.penghubung, doc.name, status="Dijawab", jawaban_publik="Berkas Anda sudah selesai.")
		with self.set_user("Guest"):
			view = tanggapi(doc.kode_lacak, doc.rahasia_pelacakan, "terima")
		self.assertEqual(view["status"], "Selesai")
		self.assertEqual(getdate(frappe.db.get_value(DOCTYPE, doc.name, "tanggal_selesai")), getdate(today()))

	def test_answering_needs_a_public_answer(self):
		doc = self.submit()
		with self.assertRaises(frappe.ValidationError) as caught:
			self.change(self.petugas, doc.name, status="Bukan Kewenangan")
		self.assertIn("Tulis jawaban atau penjelasan", str(caught.exception))

	def test_a_status_cannot_skip_the_flow(self):
		doc = self.submit()
		with self.assertRaises(frappe.ValidationError) as caught:
			self.change(self.petugas, doc.name, status="Dijawab", jawaban_publik="Sudah.")
		self.assertIn("Status tidak dapat diubah dari Diterima menjadi Dijawab", str(caught.exception))

	def test_the_complainant_reopens_once_and_only_the_complainant(self):
		doc = self.answered()
		with self.assertRaises(frappe.ValidationError):
			self.change(self.petugas, doc.name, status="Didisposisikan")
		with self.set_user("Guest"):
			view = tanggapi(
				doc.kode_lacak, doc.rahasia_pelacakan, "buka_kembali", "Berkas belum saya terima."
			)
		self.assertEqual(view["status"], "Didisposisikan")
		self.change(self.penghubung, doc.name, status="Dijawab", jawaban_publik="Berkas dikirim ulang.")
		with self.set_user("Guest"):
			self.assertFalse(lacak(doc.kode_lacak, doc.rahasia_pelacakan)["dapat_dibuka_kembali"])
			with self.assertRaises(frappe.ValidationError) as caught:
				tanggapi(doc.kode_lacak, doc.rahasia_pelacakan, "buka_kembali", "Masih belum.")
		self.assertIn("hanya dapat dibuka kembali satu kali", str(caught.exception))
		self.assertEqual(frappe.db.get_value(DOCTYPE, doc.name, "status"), "Dijawab")

	def test_an_incomplete_file_restarts_the_clocks_when_completed(self):
		doc = self.submit()
		old = {
			"tanggal_diterima": "2026-01-05",
			"batas_verifikasi": "2026-01-08",
			"batas_penyelesaian": "2026-01-23",
		}
		frappe.db.set_value(DOCTYPE, doc.name, old)
		self.change(self.petugas, doc.name, status="Tidak Lengkap", jawaban_publik="Lampirkan KTP.")
		self.assertEqual(str(frappe.db.get_value(DOCTYPE, doc.name, "batas_verifikasi")), "2026-01-08")
		self.change(self.petugas, doc.name, status="Diterima")
		holidays = get_holidays()
		stored = frappe.get_doc(DOCTYPE, doc.name)
		self.assertEqual(getdate(stored.batas_verifikasi), add_working_days(getdate(today()), 3, holidays))
		self.assertEqual(getdate(stored.batas_penyelesaian), add_working_days(getdate(today()), 14, holidays))

	def test_an_incomplete_file_closes_only_after_the_complainants_thirty_days(self):
		from asn_merit.pengaduan.auto_close import close_silent_complaints

		doc = self.submit()
		self.change(self.petugas, doc.name, status="Tidak Lengkap", jawaban_publik="Lampirkan KTP.")
		self.assertEqual(str(frappe.db.get_value(DOCTYPE, doc.name, "tanggal_dijawab")), today())
		with self.assertRaises(frappe.ValidationError) as caught:
			self.change(self.petugas, doc.name, status="Selesai")
		self.assertIn("UU 25/2009 Pasal 44", str(caught.exception))
		frappe.db.set_value(DOCTYPE, doc.name, "tanggal_dijawab", add_days(today(), -30))
		self.assertNotIn(doc.name, close_silent_complaints())  # the 30th day is still theirs
		frappe.db.set_value(DOCTYPE, doc.name, "tanggal_dijawab", add_days(today(), -31))
		self.assertIn(doc.name, close_silent_complaints())
		self.assertEqual(frappe.db.get_value(DOCTYPE, doc.name, "status"), "Selesai")

	def test_a_silent_answered_complaint_closes_itself_after_ten_working_days(self):
		from asn_merit.pengaduan.auto_close import close_silent_complaints

		silent = self.answered()
		recent = self.answered()
		frappe.db.set_value(DOCTYPE, silent.name, "tanggal_dijawab", add_days(today(), -20))
		frappe.db.set_value(DOCTYPE, recent.name, "tanggal_dijawab", add_days(today(), -2))
		self.assertEqual(close_silent_complaints(), [silent.name])
		closed = frappe.get_doc(DOCTYPE, silent.name)
		self.assertEqual((closed.status, closed.ditutup_otomatis), ("Selesai", 1))
		self.assertEqual(frappe.db.get_value(DOCTYPE, recent.name, "status"), "Dijawab")
		self.assertEqual(close_silent_complaints(), [])

	def test_a_closed_complaint_keeps_its_content_but_takes_the_finding(self):
		doc = self.answered()
		with self.set_user("Guest"):
			tanggapi(doc.kode_lacak, doc.rahasia_pelacakan, "terima")
		with self.assertRaises(frappe.ValidationError):
			self.change(self.petugas, doc.name, judul="Judul diubah")
		self.change(
			self.petugas, doc.name, hasil_pemeriksaan="Tidak Terbukti", catatan_pemeriksaan="Sesuai SOP."
		)
		self.assertEqual(frappe.db.get_value(DOCTYPE, doc.name, "hasil_pemeriksaan"), "Tidak Terbukti")


class TestRoutingAndConfidentiality(PengaduanTestCase):
	def test_the_penghubung_sees_only_forwarded_complaints_of_their_unit(self):
		own = self.submit()
		other_unit = self.submit(unit_kerja=self.disdukcapil)
		for name in (own.name, other_unit.name):
			self.change(self.petugas, name, status="Terverifikasi")
			self.change(self.petugas, name, status="Didisposisikan")
		not_forwarded = self.submit()
		with self.set_user(self.penghubung):
			visible = frappe.get_list(DOCTYPE, pluck="name")
		self.assertIn(own.name, visible)
		self.assertNotIn(other_unit.name, visible)
		self.assertNotIn(not_forwarded.name, visible)

	def test_a_confidential_reporter_is_hidden_from_the_unit_but_not_from_the_officer(self):
		doc = self.submit(rahasia=1)
		self.change(self.petugas, doc.name, status="Terverifikasi")
		self.change(self.petugas, doc.name, status="Didisposisikan")
		with self.set_user(self.penghubung):
			seen = client_get(DOCTYPE, doc.name)
		self.assertEqual(seen["identitas_pelapor"], "Dirahasiakan")
		for fieldname in ("nama_pelapor", "email_pelapor", "telepon_pelapor"):
			self.assertIsNone(seen.get(fieldname))
		with self.set_user(self.petugas):
			self.assertEqual(client_get(DOCTYPE, doc.name)["nama_pelapor"], "Siti Aminah")

	def test_the_named_asn_cannot_open_the_complaint(self):
		asn = make_employee_with_user("dilaporkan@example.com")
		doc = self.submit(rahasia=1, nama_asn_dilaporkan=asn.employee_name)
		self.change(self.petugas, doc.name, employee=asn.name)
		with self.set_user("dilaporkan@example.com"):
			self.assertRaises(frappe.PermissionError, frappe.get_list, DOCTYPE)
			with self.assertRaises(frappe.PermissionError):
				client_get(DOCTYPE, doc.name)

	def test_the_penghubung_may_only_answer(self):
		doc = self.submit()
		self.change(self.petugas, doc.name, status="Terverifikasi")
		self.change(self.petugas, doc.name, status="Didisposisikan")
		with self.assertRaises(frappe.PermissionError):
			self.change(self.penghubung, doc.name, kategori="Aspirasi")
		with self.assertRaises(frappe.PermissionError):
			self.change(self.penghubung, doc.name, status="Selesai", jawaban_publik="Selesai.")

	def test_berkadar_pengawasan_goes_to_the_inspektorat_only(self):
		doc = self.submit(kategori="Pengaduan Berkadar Pengawasan")
		# 60 days, as UU 25/2009 Pasal 50 ayat (1) counts them: calendar days.
		self.assertEqual(
			getdate(frappe.db.get_value(DOCTYPE, doc.name, "batas_penyelesaian")),
			getdate(add_days(today(), 60)),
		)
		with self.set_user(self.petugas):
			self.assertNotIn(doc.name, frappe.get_list(DOCTYPE, pluck="name"))
			self.assertFalse(frappe.has_permission(DOCTYPE, "read", doc.name))
		self.change(self.inspektur, doc.name, status="Terverifikasi")
		self.change(self.inspektur, doc.name, status="Didisposisikan")
		assignees = frappe.get_all("ToDo", filters={"reference_name": doc.name}, pluck="allocated_to")
		self.assertIn(self.inspektur, assignees)
		self.assertNotIn(self.penghubung, assignees)
		for user in assignees:
			self.assertIn("Inspektorat", frappe.get_roles(user))
		with self.set_user(self.penghubung):
			self.assertFalse(frappe.has_permission(DOCTYPE, "read", doc.name))


class TestTracking(PengaduanTestCase):
	def test_the_right_code_and_secret_show_status_deadlines_and_nothing_personal(self):
		doc = self.submit(rahasia=1)
		with self.set_user("Guest"):
			view = lacak(doc.kode_lacak.lower(), doc.rahasia_pelacakan)
		self.assertEqual((view["kode_lacak"], view["status"]), (doc.kode_lacak, "Diterima"))
		self.assertRegex(view["batas_penyelesaian"], r"^\d{2}-\d{2}-\d{4}$")
		self.assertNotIn("Siti", json.dumps(view))
		self.assertIsNone(view["jawaban"])

	def test_wrong_and_unknown_codes_get_the_same_answer(self):
		doc = self.submit()
		messages = set()
		with self.set_user("Guest"):
			for kode, rahasia in (
				(doc.kode_lacak, "tebakan"),
				("ZZZZZZZZ", doc.rahasia_pelacakan),
				("x" * 5000, "y"),
				(None, None),
			):
				with self.assertRaises(frappe.ValidationError) as caught:
					lacak(kode, rahasia)
				messages.add(str(caught.exception))
		self.assertEqual(len(messages), 1)


class TestEvidenceAndNotifications(PengaduanTestCase):
	def closed_with_finding(self, employee: str, hasil: str):
		doc = self.answered()
		with self.set_user("Guest"):
			tanggapi(doc.kode_lacak, doc.rahasia_pelacakan, "terima")
		self.change(self.petugas, doc.name, employee=employee, hasil_pemeriksaan=hasil)
		return doc

	def test_only_a_closed_substantiated_finding_marks_the_employee(self):
		from asn_merit.inputs.substantiated_complaints import substantiated_complaints

		terbukti = make_employee_with_user("terbukti@example.com")
		bersih = make_employee_with_user("bersih@example.com")
		marked = self.closed_with_finding(terbukti.name, "Terbukti")
		self.closed_with_finding(bersih.name, "Tidak Terbukti")
		still_open = self.submit()
		self.change(self.petugas, still_open.name, employee=bersih.name, hasil_pemeriksaan="Terbukti")
		marks = substantiated_complaints([terbukti.name, bersih.name])
		self.assertEqual([finding.name for finding in marks[terbukti.name]], [marked.name])
		self.assertNotIn(bersih.name, marks)

	def test_the_unit_statistics_count_findings_and_late_cases_as_each_officer_may_see(self):
		from asn_merit.pengaduan.report.statistik_pengaduan_unit_kerja.statistik_pengaduan_unit_kerja import (
			execute,
		)

		asn = make_employee_with_user("statistik@example.com")
		self.closed_with_finding(asn.name, "Terbukti")
		late = self.submit()
		frappe.db.set_value(DOCTYPE, late.name, "batas_penyelesaian", add_days(today(), -1))
		self.submit(unit_kerja=self.disdukcapil)
		self.submit(kategori="Pengaduan Berkadar Pengawasan")
		with self.set_user(self.petugas):
			rows = {row["unit_kerja"]: row for row in execute({})[1]}
		self.assertEqual(
			{
				key: rows[self.bkpsdm][key]
				for key in ("jumlah", "selesai", "dalam_proses", "lewat_tenggat", "terbukti")
			},
			{"jumlah": 2, "selesai": 1, "dalam_proses": 1, "lewat_tenggat": 1, "terbukti": 1},
		)
		self.assertEqual(rows[self.disdukcapil]["jumlah"], 1)
		with self.set_user(self.inspektur):
			self.assertEqual(sum(row["jumlah"] for row in execute({})[1]), 1)

	def test_the_reporter_is_mailed_on_receipt_and_status_change(self):
		doc = self.submit(email_pelapor="pelapor.surat@example.com")
		self.change(self.petugas, doc.name, status="Terverifikasi")
		queued = frappe.get_all(
			"Email Queue Recipient", filters={"recipient": "pelapor.surat@example.com"}, pluck="parent"
		)
		subjects = [frappe.db.get_value("Email Queue", name, "message") for name in queued]
		self.assertEqual(len(queued), 2)
		self.assertTrue(any(doc.kode_lacak in (message or "") for message in subjects))

	def test_settings_refuse_a_zero_day_count_and_a_penghubung_without_the_role(self):
		settings = frappe.get_doc("Pengaduan Settings")
		settings.hari_verifikasi = 0
		self.assertRaises(frappe.ValidationError, settings.save)
		settings.reload()
		settings.append("penghubung", {"unit_kerja": self.bkpsdm, "user": make_user("biasa@example.com")})
		self.assertRaises(frappe.ValidationError, settings.save)
