"""Row-level permissions in one place. Controller hooks can only deny: False blocks, None passes on."""

import frappe

PRIVILEGED_ROLES = {"System Manager", "Petugas BKPSDM", "HR Manager"}


def is_privileged(user: str | None = None) -> bool:
	return bool(PRIVILEGED_ROLES & set(frappe.get_roles(user)))


def employees_of(user: str) -> list[str]:
	return frappe.get_all("Employee", filters={"user_id": user}, pluck="name")


def penilaian_kinerja_query(user: str | None = None) -> str:
	"""Lists show an appraisal to its appraisee, its pejabat penilai and that person's superior."""
	user = user or frappe.session.user
	if is_privileged(user):
		return ""
	employees = employees_of(user)
	if not employees:
		return "1=0"
	names = ", ".join(frappe.db.escape(name) for name in employees)
	return (
		f"(`tabPenilaian Kinerja`.employee in ({names})"
		f" or `tabPenilaian Kinerja`.pejabat_penilai in ({names})"
		f" or `tabPenilaian Kinerja`.atasan_pejabat_penilai in ({names}))"
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
	user = user or frappe.session.user
	if is_privileged(user):
		return ""
	employees = employees_of(user)
	if not employees:
		return "1=0"
	names = ", ".join(frappe.db.escape(name) for name in employees)
	return f"`tabUmpan Balik Perilaku`.penilai in ({names})"


def has_umpan_balik_perilaku_permission(
	doc, ptype: str | None = None, user: str | None = None
) -> bool | None:
	user = user or frappe.session.user
	if is_privileged(user) or (ptype == "create" and not doc.penilai):
		return None
	return None if doc.penilai in employees_of(user) else False
