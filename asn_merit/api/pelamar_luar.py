"""Applications to an open selection by ASN of another instansi, from the portal.

The candidate signs up with Frappe's website signup (opened by ASN Merit Settings >
Terima Lamaran ASN Instansi Lain), sets a password through the emailed link, uploads the
documents as private files and submits here. The Lamaran controller checks everything else.
"""

import frappe
from frappe import _

from asn_merit.constants import ROLE_PELAMAR_LUAR
from asn_merit.seleksi.pelamar_luar import DECLARED_FIELDS, DOCUMENT_FIELDS
from asn_merit.seleksi.portal_luar import require_verified_applicant

DOCTYPE = "Lamaran Seleksi Terbuka"


def grant_applicant_role(user: str) -> None:
	"""The first application makes the account a Pelamar Seleksi Terbuka (no desk, no rights):
	BKPSDM finds outside candidates' accounts by it."""
	if ROLE_PELAMAR_LUAR in frappe.get_roles(user):
		return
	account = frappe.get_doc("User", user)
	account.flags.ignore_permissions = True
	account.add_roles(ROLE_PELAMAR_LUAR)


@frappe.whitelist(methods=["POST"])
def ajukan_lamaran(seleksi_terbuka: str, jabatan: str, **values) -> dict:
	"""Create the logged-in candidate's application; refused (nothing stored) when the selection
	is not open, the candidate is unverified, or has applied for this jabatan already."""
	user = require_verified_applicant()
	if not frappe.db.exists("Seleksi Terbuka", {"name": seleksi_terbuka, "dipublikasikan": 1}):
		frappe.throw(_("Seleksi Terbuka tidak ditemukan."), frappe.DoesNotExistError)
	doc = frappe.get_doc(
		{
			"doctype": DOCTYPE,
			"seleksi_terbuka": seleksi_terbuka,
			"jabatan": jabatan,
			"pelamar_luar": 1,
			"user": user,
			**{field: values.get(field) for field in (*DECLARED_FIELDS, *DOCUMENT_FIELDS)},
		}
	)
	# The candidate has no desk rights on Lamaran: the controller is the security boundary
	# (applications open, the applicant is the session user, one per jabatan, files their own).
	doc.insert(ignore_permissions=True)
	grant_applicant_role(user)
	return {
		"name": doc.name,
		"status": doc.status,
		"memenuhi_syarat": doc.memenuhi_syarat,
		"hasil_kelayakan": doc.hasil_kelayakan,
	}
