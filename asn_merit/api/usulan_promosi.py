"""Promotion proposals: the batch of regular rank promotions for the next period."""

import frappe
from frappe import _

from asn_merit.constants import ROLE_BKPSDM
from asn_merit.promosi.batch import make_rank_promotion_proposals


@frappe.whitelist(methods=["POST"])
def buat_usulan_kenaikan_pangkat() -> dict:
	"""Draft a proposal for every PNS eligible for regular rank promotion in the next period."""
	if not frappe.has_permission("Usulan Promosi", "create") or ROLE_BKPSDM not in frappe.get_roles():
		frappe.throw(
			_("Hanya petugas BKPSDM yang dapat menyusun usulan kenaikan pangkat periodik."),
			frappe.PermissionError,
		)
	return make_rank_promotion_proposals()
