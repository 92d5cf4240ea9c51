"""A complaint's attachments: only files uploaded for it, within the size and type limits.

A guest uploads before the complaint exists, so the form sends back a file URL; the URL must
name an upload not yet attached to anything (or already attached to this complaint), never
someone else's file. Accepted files become private and attached to the complaint.
"""

import frappe
from frappe import _

from asn_merit.inputs.pengaduan_settings import get_pengaduan_settings
from asn_merit.merit.attachment_rules import attachment_problem
from asn_merit.pengaduan.public_form import ATTACHMENT_FIELDS
from asn_merit.private_files import attach_privately

DOCTYPE = "Pengaduan Masyarakat"


def check_attachments(doc) -> None:
	max_bytes = get_pengaduan_settings().ukuran_lampiran_mb * 1024 * 1024
	before = doc.get_doc_before_save()
	for fieldname in ATTACHMENT_FIELDS:
		url = doc.get(fieldname)
		if not url or (before and before.get(fieldname) == url):
			continue
		file = _find_own_file(doc, url)
		if not file:
			frappe.throw(_("Lampiran tidak ditemukan. Unggah kembali berkas Anda."), title=_("Lampiran"))
		if problem := attachment_problem(file.file_name or url, file.file_size or 0, max_bytes=max_bytes):
			frappe.throw(_(problem), title=_("Lampiran"))


def attach_uploaded_files(doc) -> None:
	"""Attach the guest's uploads to the complaint and make them private.

	Frappe's web form saves a file sent inline (base64) as public and already attached, so those
	are made private here too: a citizen's evidence is not for the open web."""
	for fieldname in ATTACHMENT_FIELDS:
		url = doc.get(fieldname)
		file = _find_own_file(doc, url) if url else None
		if not file or (file.attached_to_name and file.is_private):
			continue
		attach_privately(doc, fieldname, file.name, url)


def _find_own_file(doc, url: str):
	rows = frappe.get_all(
		"File",
		filters={"file_url": url},
		fields=["name", "file_name", "file_size", "is_private", "attached_to_doctype", "attached_to_name"],
		order_by="creation desc",
	)
	for row in rows:
		if not row.attached_to_doctype or (
			row.attached_to_doctype == DOCTYPE and row.attached_to_name == doc.name
		):
			return row
	return None
