"""An upload a guest or a candidate made, attached to the document that claims it as a private
file: evidence and personal documents are not for the open web. Shared by the complaint form and
the outside applications to an open selection."""

import frappe


def attach_privately(doc, fieldname: str, file_name: str, url: str) -> None:
	"""Attach File `file_name` to `doc`'s `fieldname`, private; the field follows the file's new URL."""
	file_doc = frappe.get_doc("File", file_name)
	file_doc.update(
		{
			"attached_to_doctype": doc.doctype,
			"attached_to_name": doc.name,
			"attached_to_field": fieldname,
			"is_private": 1,
		}
	)
	file_doc.save(ignore_permissions=True)
	if file_doc.file_url != url:
		doc.db_set(fieldname, file_doc.file_url, update_modified=False)
