"""Merit scores and assessment results: the ASN's own, HR all."""

import frappe

from asn_merit.constants import ROLE_KEPALA_UNIT
from asn_merit.permissions import has_own_row_permission, own_rows_condition


# Merit scores and assessment results: the ASN's own, HR all. HRMS's User Permission on Employee
# is optional per employee and also opens a superior's subordinates, so it is not relied on.
def skor_merit_query(user: str | None = None) -> str:
	return own_rows_condition(user, "Skor Merit", ("employee",))


def has_skor_merit_permission(doc, ptype: str | None = None, user: str | None = None) -> bool | None:
	return has_own_row_permission(doc, user, ("employee",))


def hasil_asesmen_query(user: str | None = None) -> str:
	return own_rows_condition(user, "Hasil Asesmen", ("employee",))


def has_hasil_asesmen_permission(doc, ptype: str | None = None, user: str | None = None) -> bool | None:
	return has_own_row_permission(doc, user, ("employee",))


# Development plans and rewards: the ASN's own; a plan also to its atasan (who agrees it); a head of
# unit those of their unit; HR all.
def _own_units(user: str) -> list[str]:
	if ROLE_KEPALA_UNIT not in frappe.get_roles(user):
		return []
	return [u for u in frappe.get_all("Employee", filters={"user_id": user}, pluck="department") if u]


def _scoped_query(user: str | None, doctype: str, employee_fields: tuple[str, ...]) -> str:
	user = user or frappe.session.user
	own = own_rows_condition(user, doctype, employee_fields)
	units = _own_units(user)
	if not own or not units:
		return own
	names = ", ".join(frappe.db.escape(unit) for unit in units)
	return f"({own} or `tab{doctype}`.`unit_kerja` in ({names}))"


def _scoped_permission(doc, user: str | None, employee_fields: tuple[str, ...]) -> bool | None:
	user = user or frappe.session.user
	if has_own_row_permission(doc, user, employee_fields) is None:
		return None
	return None if doc.unit_kerja and doc.unit_kerja in _own_units(user) else False


def rencana_pengembangan_query(user: str | None = None) -> str:
	return _scoped_query(user, "Rencana Pengembangan Kompetensi", ("employee", "atasan"))


def has_rencana_pengembangan_permission(
	doc, ptype: str | None = None, user: str | None = None
) -> bool | None:
	return _scoped_permission(doc, user, ("employee", "atasan"))


def penghargaan_query(user: str | None = None) -> str:
	return _scoped_query(user, "Penghargaan", ("employee",))


def has_penghargaan_permission(doc, ptype: str | None = None, user: str | None = None) -> bool | None:
	return _scoped_permission(doc, user, ("employee",))
