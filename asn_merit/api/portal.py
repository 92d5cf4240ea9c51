"""What an ASN does from the portal (/asn) on their own appraisal."""

import frappe
from frappe import _


@frappe.whitelist(methods=["POST"])
def terima_penilaian(penilaian_kinerja: str) -> str:
	"""Acknowledge one's own final appraisal; the controller refuses anyone else's."""
	doc = frappe.get_doc("Penilaian Kinerja", penilaian_kinerja)
	doc.check_permission("read")
	doc.terima_penilaian()
	return _("Penilaian kinerja diterima.")


@frappe.whitelist(methods=["POST"])
def ajukan_keberatan(penilaian_kinerja: str, alasan: str) -> str:
	"""File an objection to one's own final appraisal, within the window from receipt."""
	if not (alasan or "").strip():
		frappe.throw(_("Tuliskan alasan keberatan."))
	frappe.get_doc("Penilaian Kinerja", penilaian_kinerja).check_permission("read")
	doc = frappe.get_doc(
		{
			"doctype": "Keberatan Penilaian Kinerja",
			"penilaian_kinerja": penilaian_kinerja,
			"alasan": alasan.strip(),
		}
	).insert()
	return _("Keberatan {0} diajukan.").format(doc.name)
