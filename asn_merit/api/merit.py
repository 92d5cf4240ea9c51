"""Merit scores: the candidate ranking for a jabatan and the regency-wide recompute."""

import frappe
from frappe import _

from asn_merit.permissions import is_privileged
from asn_merit.talenta.ranking import peringkat_kandidat
from asn_merit.talenta.recompute import enqueue_recompute


@frappe.whitelist()
def get_peringkat_kandidat(jabatan: str) -> dict:
	"""The eligible ASN ranked by merit score with each score's breakdown, and the ineligible
	with their reasons; only employees the user may read are considered."""
	return peringkat_kandidat(jabatan)


@frappe.whitelist(methods=["POST"])
def hitung_ulang_skor_merit() -> str:
	"""Queue the recompute of every active ASN's score; progress is shown to the caller."""
	if not is_privileged():
		frappe.throw(
			_("Hanya petugas BKPSDM yang dapat menghitung ulang skor merit."), frappe.PermissionError
		)
	enqueue_recompute()
	return _("Penghitungan ulang skor merit sedang berjalan di latar belakang.")
