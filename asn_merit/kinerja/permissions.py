"""Who sees which appraisal, 360-degree rating and objection."""

import frappe

from asn_merit.permissions import employees_of, is_privileged, own_rows_condition


def penilaian_kinerja_query(user: str | None = None) -> str:
	"""Lists show an appraisal to its appraisee, its pejabat penilai and that person's superior."""
	return own_rows_condition(
		user, "Penilaian Kinerja", ("employee", "pejabat_penilai", "atasan_pejabat_penilai")
	)


def has_penilaian_kinerja_permission(doc, ptype: str | None = None, user: str | None = None) -> bool | None:
	user = user or frappe.session.user
	if is_privileged(user):
		return None
	employees = set(employees_of(user))
	if ptype in ("submit", "cancel", "amend"):
		return None if doc.pejabat_penilai in employees else False
	if employees & {doc.employee, doc.pejabat_penilai, doc.atasan_pejabat_penilai}:
		return None
	return False


def umpan_balik_perilaku_query(user: str | None = None) -> str:
	"""A rater sees only their own answers; who said what stays with HR."""
	return own_rows_condition(user, "Umpan Balik Perilaku", ("penilai",))


def has_umpan_balik_perilaku_permission(
	doc, ptype: str | None = None, user: str | None = None
) -> bool | None:
	user = user or frappe.session.user
	if is_privileged(user) or (ptype == "create" and not doc.penilai):
		return None
	return None if doc.penilai in employees_of(user) else False


def keberatan_query(user: str | None = None) -> str:
	"""An objection is seen by the appraisee who filed it and the atasan who decides it."""
	return own_rows_condition(user, "Keberatan Penilaian Kinerja", ("employee", "atasan_pejabat_penilai"))


def has_keberatan_permission(doc, ptype: str | None = None, user: str | None = None) -> bool | None:
	user = user or frappe.session.user
	if is_privileged(user) or (ptype == "create" and not doc.employee):
		return None
	employees = set(employees_of(user))
	if ptype == "submit":
		return None if doc.atasan_pejabat_penilai in employees else False
	return None if employees & {doc.employee, doc.atasan_pejabat_penilai} else False
