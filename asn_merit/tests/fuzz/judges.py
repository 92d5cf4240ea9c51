"""What an accepted payload may have left in the database: only values that pass every rule.

Read from the test's own connection after the server committed: each check names the rule
broken, so a finding says what was stored that should not have been.
"""

import os
import re

import requests

import frappe
from frappe.utils import getdate, today, validate_email_address

from asn_merit.merit.pengaduan_deadlines import CATEGORIES
from asn_merit.merit.tracking import CODE_ALPHABET
from asn_merit.pengaduan.guest_input import MAX_LENGTH, PHONE

from .payloads import Payload

DOCTYPE = "Pengaduan Masyarakat"
TAG = re.compile(r"<[A-Za-z!/?]")  # anything a browser would read as the start of a tag
CODE = re.compile(f"^[{CODE_ALPHABET}]{{8}}$")
GUEST_TEXT = tuple(field for field in MAX_LENGTH if field not in ("jawaban_publik", "catatan_pemeriksaan"))
ALLOWED_UPLOADS = (".pdf", ".jpg", ".jpeg", ".png")
# Endpoints whose 2xx answer means something was stored or revealed.
JUDGED = {"web_form.accept", "upload_file", "pengaduan.tanggapi", "pengaduan.lacak"}


def judge_accepted(payload: Payload, answer: requests.Response, accepted: dict) -> list[str]:
	try:
		message = answer.json().get("message")
	except ValueError:
		return ["2xx without a JSON body"]
	frappe.db.rollback()  # see what the server committed
	if payload.endpoint == "web_form.accept":
		name = (message or {}).get("name") if isinstance(message, dict) else None
		accepted.setdefault(payload.endpoint, []).append(name)
		if name:
			accepted.setdefault("tracking", {})[name] = (
				message.get("kode_lacak"),
				message.get("rahasia_pelacakan"),
			)
		return complaint_problems(payload, name)
	if payload.endpoint == "upload_file":
		name = (message or {}).get("name") if isinstance(message, dict) else None
		accepted.setdefault(payload.endpoint, []).append(name)
		return upload_problems(name)
	if payload.endpoint == "pengaduan.tanggapi":
		accepted.setdefault(payload.endpoint, []).append(message.get("kode_lacak"))
		return answer_problems(message.get("kode_lacak"))
	if payload.endpoint == "pengaduan.lacak":
		return tracking_problems(message)
	return []


def complaint_problems(payload: Payload, name: str | None) -> list[str]:
	if not name or not frappe.db.exists(DOCTYPE, name):
		return [f"accepted, but no complaint {name!r} stored"]
	doc = frappe.get_doc(DOCTYPE, name)
	problems = []
	if not payload.passes_guards:
		problems.append("stored although the challenge failed or the honeypot was filled")
	expected = {
		"status": "Diterima",
		"owner": "Guest",
		"jumlah_dibuka_kembali": 0,
		"ditutup_otomatis": 0,
		"tanggal_diterima": getdate(today()),
	}
	for fieldname, value in expected.items():
		if doc.get(fieldname) != value:
			problems.append(f"{fieldname} = {doc.get(fieldname)!r}, not {value!r}")
	for fieldname in ("situs_web", "token_tantangan", "jawaban_tantangan", "rahasia_pelacakan"):
		if doc.get(fieldname):
			problems.append(f"transient field {fieldname} stored")
	for fieldname in ("jawaban_publik", "tanggapan_pelapor", "employee", "hasil_pemeriksaan", "nomor_lapor"):
		if doc.get(fieldname):
			problems.append(f"server-side field {fieldname} taken from the guest")
	if not CODE.match(doc.kode_lacak or "") or len(doc.hash_rahasia or "") != 64:
		problems.append("tracking code or secret hash malformed")
	if doc.kategori not in CATEGORIES or not doc.judul or not doc.uraian:
		problems.append("kategori, judul or uraian invalid")
	for fieldname in GUEST_TEXT:
		value = doc.get(fieldname)
		if value is None:
			continue
		if not isinstance(value, str) or len(value) > MAX_LENGTH[fieldname] or TAG.search(value):
			problems.append(f"{fieldname} stored as {value[:80]!r}")
	if doc.unit_kerja and not frappe.db.exists("Department", {"name": doc.unit_kerja, "is_group": 0}):
		problems.append(f"unknown unit {doc.unit_kerja!r}")
	if doc.tanggal_kejadian and not getdate(doc.tanggal_kejadian):
		problems.append(f"incident date {doc.tanggal_kejadian!r} that Frappe reads as no date")
	elif doc.tanggal_kejadian and getdate(doc.tanggal_kejadian) > getdate(today()):
		problems.append("incident date in the future")
	problems += reporter_problems(doc)
	problems += attachment_problems(doc)
	return problems


def reporter_problems(doc) -> list[str]:
	identity = ("nama_pelapor", "email_pelapor", "telepon_pelapor", "alamat_pelapor")
	if doc.anonim:
		return ["anonymous complaint keeps identity"] if any(doc.get(f) for f in identity) else []
	problems = []
	if not doc.nama_pelapor or not (doc.email_pelapor or doc.telepon_pelapor):
		problems.append("named complaint without a name or a contact")
	if doc.email_pelapor and not validate_email_address(doc.email_pelapor):
		problems.append(f"invalid email {doc.email_pelapor!r}")
	if doc.telepon_pelapor and not PHONE.match(doc.telepon_pelapor):
		problems.append(f"invalid phone {doc.telepon_pelapor!r}")
	return problems


def attachment_problems(doc) -> list[str]:
	problems = []
	for fieldname in ("lampiran_1", "lampiran_2"):
		url = doc.get(fieldname)
		if not url:
			continue
		files = frappe.get_all(
			"File",
			filters={"file_url": url, "attached_to_doctype": DOCTYPE, "attached_to_name": doc.name},
			fields=["is_private", "file_name"],
		)
		if not files or not all(file.is_private for file in files):
			problems.append(f"{fieldname} {url!r} is not a private file of this complaint")
		elif not all(file.file_name.lower().endswith(ALLOWED_UPLOADS) for file in files):
			problems.append(f"{fieldname} {url!r} has a type complaints refuse")
	return problems


def upload_problems(name: str | None) -> list[str]:
	file = frappe.db.get_value(
		"File",
		name or "",
		[
			"is_private",
			"attached_to_doctype",
			"attached_to_name",
			"attached_to_field",
			"file_url",
			"file_name",
			"file_size",
		],
		as_dict=True,
	)
	if not file:
		return [f"upload answered, but no File {name!r}"]
	problems = []
	if (
		not file.is_private
		or (file.attached_to_doctype and not _attached_by_a_complaint(file))
		or not file.file_url.startswith("/private/files/")
	):
		problems.append(f"guest file not loose and private: {file}")
	if not file.file_name.lower().endswith(ALLOWED_UPLOADS):
		problems.append(f"guest file of a type complaints refuse: {file.file_name!r}")
	on_disk = os.path.getsize(frappe.get_site_path(file.file_url.lstrip("/")))
	if file.file_size != on_disk:
		problems.append(f"file size recorded as {file.file_size}, {on_disk} bytes on disk")
	return problems


def _attached_by_a_complaint(file) -> bool:
	"""A loose upload may be claimed between its answer and this check by a complaint, sent by
	another client thread, that names its URL. Frappe gives an upload of bytes already on the
	site the URL of that file, so the fixtures' own evidence URLs can be claimed this way too."""
	return (
		file.attached_to_doctype == DOCTYPE
		and bool(file.attached_to_field)
		and frappe.db.get_value(DOCTYPE, file.attached_to_name, file.attached_to_field) == file.file_url
	)


def answer_problems(code: str | None) -> list[str]:
	doc = frappe.db.get_value(
		DOCTYPE, {"kode_lacak": code or ""}, ["status", "tanggapan_pelapor"], as_dict=True
	)
	if not doc:
		return [f"tanggapi answered for unknown code {code!r}"]
	if doc.status not in ("Selesai", "Didisposisikan"):
		return [f"tanggapi left status {doc.status}"]
	if doc.tanggapan_pelapor and TAG.search(doc.tanggapan_pelapor):
		return [f"tanggapan stored with markup: {doc.tanggapan_pelapor[:80]!r}"]
	return []


def tracking_problems(message) -> list[str]:
	allowed = {
		"kode_lacak",
		"kategori",
		"judul",
		"status",
		"tanggal_diterima",
		"batas_verifikasi",
		"batas_penyelesaian",
		"tanggal_dijawab",
		"tanggal_selesai",
		"jawaban",
		"dapat_ditanggapi",
		"dapat_dibuka_kembali",
	}
	if not isinstance(message, dict) or set(message) - allowed:
		return [f"tracking answered more than the public view: {sorted(set(message or {}) - allowed)}"]
	return []
