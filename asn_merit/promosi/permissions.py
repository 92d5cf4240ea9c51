"""Who sees which promotion proposal."""

import frappe

from asn_merit.constants import PRIVILEGED_ROLES, ROLE_PPK, ROLE_TIM_PENILAI

# Usulan Promosi: the reviewers see every proposal; a head of unit sees those of their own unit.
USULAN_REVIEWERS = PRIVILEGED_ROLES | {ROLE_TIM_PENILAI, ROLE_PPK}


def _own_units(user: str) -> list[str]:
	return [
		unit for unit in frappe.get_all("Employee", filters={"user_id": user}, pluck="department") if unit
	]


def usulan_promosi_query(user: str | None = None) -> str:
	user = user or frappe.session.user
	if USULAN_REVIEWERS & set(frappe.get_roles(user)):
		return ""
	units = _own_units(user)
	if not units:
		return "1=0"
	return "`tabUsulan Promosi`.`unit_kerja` in ({})".format(", ".join(frappe.db.escape(u) for u in units))


def has_usulan_promosi_permission(doc, ptype: str | None = None, user: str | None = None) -> bool | None:
	user = user or frappe.session.user
	if USULAN_REVIEWERS & set(frappe.get_roles(user)):
		return None
	unit = doc.unit_kerja or frappe.db.get_value("Employee", doc.employee, "department")
	return None if unit and unit in _own_units(user) else False
