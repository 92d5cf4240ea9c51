"""Row-level permission helpers every feature's rules share. Controller hooks can only deny:
False blocks, None passes on. Each feature's own rules live in its permissions.py."""

import frappe

from asn_merit.constants import PRIVILEGED_ROLES


def is_privileged(user: str | None = None) -> bool:
	return bool(PRIVILEGED_ROLES & set(frappe.get_roles(user)))


def employees_of(user: str) -> list[str]:
	return frappe.get_all("Employee", filters={"user_id": user}, pluck="name")


def own_rows_condition(user: str | None, doctype: str, employee_fields: tuple[str, ...]) -> str:
	"""SQL for list queries: rows where one of `employee_fields` is the user's own Employee."""
	user = user or frappe.session.user
	if is_privileged(user):
		return ""
	employees = employees_of(user)
	if not employees:
		return "1=0"
	names = ", ".join(frappe.db.escape(name) for name in employees)
	return "(" + " or ".join(f"`tab{doctype}`.`{field}` in ({names})" for field in employee_fields) + ")"


def has_own_row_permission(doc, user: str | None, employee_fields: tuple[str, ...]) -> bool | None:
	"""A record about one employee: theirs alone, unless the user is privileged."""
	user = user or frappe.session.user
	if is_privileged(user) or doc.is_new():
		return None
	return None if set(employees_of(user)) & {doc.get(field) for field in employee_fields} else False


def child_rows_query(user: str | None = None, doctype: str | None = None) -> str:
	"""Rows of a child table, listed only for the parents the user may open.

	Frappe checks only the parent DocType when a child table is listed (`frappe.get_list(child,
	parent_doctype=...)`, the REST API), not the parent's row-level rules: without this any ASN
	could list every appraisal's ratings or every employee's disciplinary history.
	"""
	user = user or frappe.session.user
	table = f"`tab{doctype}`"
	scopes = []
	for parent in _parents_of(doctype):
		if not frappe.has_permission(parent, "read", user=user):
			continue
		parenttype = f"{table}.`parenttype` = {frappe.db.escape(parent)}"
		if frappe.get_meta(parent).issingle:
			scopes.append(parenttype)
			continue
		visible = frappe.get_list(
			parent,
			fields=[f"`tab{parent}`.`name`"],
			user=user,
			limit_page_length=0,
			order_by=None,
			run=False,
		)
		scopes.append(f"({parenttype} and {table}.`parent` in ({visible}))")
	return "(" + " or ".join(scopes) + ")" if scopes else "1=0"


def _parents_of(child: str) -> list[str]:
	"""DocTypes holding `child` as a table, in their own fields or as a custom field (Employee)."""
	table_types = ("in", ("Table", "Table MultiSelect"))
	standard = frappe.get_all(
		"DocField", filters={"options": child, "fieldtype": table_types}, pluck="parent"
	)
	custom = frappe.get_all("Custom Field", filters={"options": child, "fieldtype": table_types}, pluck="dt")
	return sorted(set(standard) | set(custom))
