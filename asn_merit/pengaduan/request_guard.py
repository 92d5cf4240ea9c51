"""A before_request guard for the two Frappe endpoints our public form opens to guests.

The complaint form needs `allow_guests_to_upload_files`, which lets a guest attach a file to any
document by naming it, and Frappe's web form `accept` answers a body that is not a JSON object
with a server error, as does its upload of a broken PDF. All three are Frappe's endpoints, so the guard sits in front of them: a guest
upload is always a loose, private file that only a complaint can claim, and a form body must be
an object of plain values. Everything else passes untouched.
"""

import io
import json
import re

import frappe
from frappe import _

METHOD_PATH = re.compile(r"^/api/(?:v[12]/)?method/(?P<method>[\w.]+)/?$")
UPLOAD = "upload_file"
WEB_FORM_ACCEPT = "frappe.website.doctype.web_form.web_form.accept"
# Parameters of upload_file that point a guest's file at an existing document or another method.
UPLOAD_TARGETS = ("doctype", "docname", "fieldname", "method", "library_file_name", "file_url", "folder")
PLAIN_VALUES = (str, int, float, bool, type(None))


def guard_guest_requests() -> None:
	if frappe.session.user != "Guest" or not frappe.request:
		return
	match = METHOD_PATH.match(frappe.request.path or "")
	if not match:
		return
	if match["method"] == UPLOAD:
		_make_upload_loose_and_private()
	elif match["method"] == WEB_FORM_ACCEPT:
		_check_web_form_body()


def _make_upload_loose_and_private() -> None:
	for key in UPLOAD_TARGETS:
		frappe.form_dict.pop(key, None)
	frappe.form_dict.is_private = 1
	_check_pdf_is_readable(frappe.request.files.get("file"))


def _check_pdf_is_readable(upload) -> None:
	"""Frappe parses every PDF for scripts and answers a broken one with a server error."""
	if not upload or not (upload.filename or "").lower().endswith(".pdf"):
		return
	from pypdf import PdfReader

	try:
		PdfReader(io.BytesIO(upload.stream.read()))
	except Exception:
		frappe.throw(_("Berkas PDF tidak dapat dibaca. Periksa berkas Anda lalu unggah kembali."))
	finally:
		upload.stream.seek(0)


def _check_web_form_body() -> None:
	try:
		data = json.loads(frappe.form_dict.get("data") or "")
	except (TypeError, ValueError):
		data = None
	if not isinstance(data, dict) or not all(isinstance(value, PLAIN_VALUES) for value in data.values()):
		frappe.throw(
			_("Data formulir tidak dapat dibaca. Muat ulang halaman lalu kirim kembali."),
			title=_("Formulir tidak valid"),
		)
