"""Scripts a guest sends in every text field of an accepted complaint never run where it is read:
the officer's form, list and report views and printed receipt, and the citizen's tracking page.

Each script sets `window.__xss` or opens a dialog; headless Chromium looks for both and for live
handlers left in the page. Every script goes alone into every text field across the complaints
(a script at the end of a field is the one a tag stripper leaves), all of them into the
description; one complaint also carries them in the
complainant's reply (`tanggapi`).
"""

import email
import json
import random

import frappe
from frappe.utils import today

from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import bkpsdm_unit, public_form_data
from asn_merit.tests.http_server import SiteServer

from .desk_check import OFFICER, DeskCheck, make_officer
from .hostile import SCRIPTS
from .payloads import ACCEPT, API, WEB_FORM
from .setup import remove

DOCTYPE = "Pengaduan Masyarakat"
SHORT_FIELDS = (
	"judul",
	"nama_asn_dilaporkan",
	"lokasi_kejadian",
	"nama_pelapor",
	"harapan",
	"alamat_pelapor",
)
# Hostile addresses that still pass the email check.
EMAILS = ("a'onmouseover=window.__xss=1'@example.com", "javascript:window.__xss=1//@example.com")


def hostile_complaint(n: int) -> dict:
	"""Complaint n: one script in each short field, shifted per field so that over all the
	complaints every script lands alone in every field; all scripts in the description."""
	fields = {}
	for offset, fieldname in enumerate(SHORT_FIELDS):
		# The number keeps the required ones (judul, nama_pelapor) from being empty once stripped.
		fields[fieldname] = f"({n}) {SCRIPTS[(n + offset) % len(SCRIPTS)]}"
	fields["uraian"] = "\n".join(SCRIPTS)
	fields["email_pelapor"] = EMAILS[n % len(EMAILS)]
	return fields


class TestStoredScriptsDoNotRun(ASNTestCase):
	def test_scripts_in_every_text_field_never_run_in_the_desk_or_on_public_pages(self):
		server = SiteServer(workers=2, statics=True).start()
		self.addCleanup(server.stop)
		officer, password = make_officer()

		stored = [self.submit(server, n) for n in range(len(SCRIPTS))]
		self.addCleanup(remove, {DOCTYPE: {name for name, _code, _secret in stored}})
		self.reply_with_scripts(server, *stored[0])

		with DeskCheck(server, officer, password) as desk:
			for name, code, secret in stored:
				desk.open_complaint(name)
				desk.open_receipt(name)
				desk.open_tracking(code, secret)
			desk.open_complaint(stored[0][0])
			print(f"\nscreenshots: {desk.shoot('form-pengaduan-skrip')}", end=" ")
			desk.open_list_views()
			print(desk.shoot("daftar-pengaduan-skrip"))
			desk.open_public_page("/seleksi-terbuka")
			for label, html in outgoing_emails([name for name, _code, _secret in stored]):
				desk.open_email(html, label)
		print(f"opened {len(desk.opened)} views: {sorted({view.split(' ')[0] for view in desk.opened})}")
		self.assertEqual(desk.problems, [])

	def submit(self, server, n: int) -> tuple[str, str, str]:
		data = public_form_data(kategori="Pengaduan", **hostile_complaint(n))
		response = server.post(
			ACCEPT,
			f"172.16.{random.randrange(256)}.{n + 1}",
			data={"web_form": WEB_FORM, "data": json.dumps(data)},
		)
		self.assertEqual(response.status_code, 200, response.text[:500])
		answer = response.json()["message"]
		return answer["name"], answer["kode_lacak"], answer["rahasia_pelacakan"]

	def reply_with_scripts(self, server, name: str, code: str, secret: str) -> None:
		"""The complainant reopens an answered complaint, the reply full of scripts (reopening
		routes it again, so the unit needs a penghubung)."""
		frappe.db.rollback()
		settings = frappe.get_doc("Pengaduan Settings")
		rows = [row.as_dict() for row in settings.penghubung]
		settings.append("penghubung", {"unit_kerja": bkpsdm_unit(), "user": OFFICER})
		settings.save(ignore_permissions=True)
		self.addCleanup(restore_penghubung, rows)
		frappe.get_doc(DOCTYPE, name).db_set(
			{"status": "Dijawab", "jawaban_publik": "Sudah kami proses.", "tanggal_dijawab": today()}
		)
		frappe.db.commit()
		response = server.post(
			API + "tanggapi",
			f"172.17.{random.randrange(256)}.1",
			data={"kode": code, "rahasia": secret, "aksi": "buka_kembali", "tanggapan": "\n".join(SCRIPTS)},
		)
		self.assertEqual(response.status_code, 200, response.text[:500])


def outgoing_emails(names: list[str]) -> list[tuple[str, str]]:
	"""The HTML part of each email queued about the complaints (the receipt, status changes)."""
	frappe.db.rollback()
	queued = frappe.get_all(
		"Email Queue",
		filters={"reference_doctype": DOCTYPE, "reference_name": ("in", names)},
		fields=["name", "reference_name", "message"],
	)
	emails = []
	for row in queued:
		for part in email.message_from_string(row.message).walk():
			if part.get_content_type() == "text/html":
				emails.append((f"{row.reference_name} {row.name}", part.get_payload(decode=True).decode()))
	return emails


def restore_penghubung(rows: list[dict]) -> None:
	frappe.db.rollback()
	settings = frappe.get_doc("Pengaduan Settings")
	settings.set("penghubung", [{"unit_kerja": row.unit_kerja, "user": row.user} for row in rows])
	settings.save(ignore_permissions=True)
	frappe.db.commit()
