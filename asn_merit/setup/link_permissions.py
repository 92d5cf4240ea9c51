"""Our officers pick records of ERPNext's DocTypes in link fields: a unit kerja (Department) on
a complaint, a Pengaduan Settings row, a proposal; a target golongan (Employee Grade) on a rank
promotion proposal. Those DocTypes give "select" only to their own roles (HR User, Employee), so
an officer without an HR role met 403 in the link search (Frappe lets every desk user search
User, so the penghubung's user needs nothing). We add "select" (pick from a list,
not read the record) for our roles as Custom DocPerm rows, as the Role Permissions Manager
would. Uninstall removes those rows, and where the install made the first Custom DocPerm rows
of a DocType (Frappe copies the standard permissions then), all of them, so the DocType reads its
standard permissions again.
"""

import frappe
from frappe.permissions import setup_custom_perms

from asn_merit.constants import ROLE_PELAMAR_LUAR, ROLES

COPIED_MARKER = "asn_merit_copied_perms_of"  # a default per DocType whose standard perms we copied
# Officers only: an outside applicant (no desk) picks nothing in link fields.
OFFICER_ROLES = tuple(role for role in ROLES if role != ROLE_PELAMAR_LUAR)
SELECT_FOR = {"Department": OFFICER_ROLES, "Employee Grade": OFFICER_ROLES}


def grant_select() -> None:
	for doctype, roles in SELECT_FOR.items():
		if setup_custom_perms(doctype):
			frappe.db.set_default(f"{COPIED_MARKER}:{doctype}", "1")
		for role in roles:
			existing = frappe.db.get_value(
				"Custom DocPerm",
				{"parent": doctype, "role": role, "permlevel": 0, "if_owner": 0},
				["name", "select"],
			)
			if not existing:
				_add_select(doctype, role)
			elif not existing[1]:
				frappe.db.set_value("Custom DocPerm", existing[0], "select", 1)
	frappe.clear_cache()


def _add_select(doctype: str, role: str) -> None:
	"""Frappe's add_permission would also give "read" (a Custom DocPerm reads by default)."""
	frappe.get_doc(
		{
			"doctype": "Custom DocPerm",
			"parent": doctype,
			"parenttype": "DocType",
			"parentfield": "permissions",
			"role": role,
			"permlevel": 0,
			"select": 1,
			"read": 0,
		}
	).insert(ignore_permissions=True)


def revoke_select() -> None:
	"""Our roles' rows go (the roles themselves are deleted right after, install.delete_roles),
	and the copies of standard rows we made, unless the regency has edited that DocType's rows."""
	for doctype, roles in SELECT_FOR.items():
		frappe.db.delete("Custom DocPerm", {"parent": doctype, "role": ("in", roles)})
		marker = f"{COPIED_MARKER}:{doctype}"
		if frappe.db.get_default(marker) and _unchanged_copies(doctype):
			frappe.db.delete("Custom DocPerm", {"parent": doctype})
		frappe.db.set_default(marker, None)
	frappe.clear_cache()


def _unchanged_copies(doctype: str) -> bool:
	"""The remaining Custom DocPerm rows are still exactly the standard DocPerm rows."""
	fields = [
		"role",
		"permlevel",
		"if_owner",
		"read",
		"write",
		"create",
		"delete",
		"submit",
		"cancel",
		"select",
	]
	custom = frappe.get_all(
		"Custom DocPerm", filters={"parent": doctype}, fields=fields, order_by="role, permlevel"
	)
	standard = frappe.get_all(
		"DocPerm", filters={"parent": doctype}, fields=fields, order_by="role, permlevel"
	)
	return custom == standard
