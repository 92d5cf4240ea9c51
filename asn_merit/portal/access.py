"""Whose record a portal page shows: the logged-in user's own Employee, no one else's."""

import frappe
from frappe import _

# Parameters a page could be asked to show someone by. A page shows only its user's own record,
# so any of them naming another employee is refused (403), not silently ignored.
IDENTITY_PARAMETERS = ("employee", "pegawai", "name", "nip")


def own_employee() -> frappe._dict:
	"""The user's active Employee; a guest is sent to the login page first."""
	if frappe.session.user == "Guest":
		frappe.local.flags.redirect_location = "/login?redirect-to=" + (
			frappe.local.request.path if getattr(frappe.local, "request", None) else "/asn"
		)
		raise frappe.Redirect
	employee = frappe.db.get_value(
		"Employee",
		{"user_id": frappe.session.user, "status": "Active"},
		["name", "employee_name", "nip"],
		as_dict=True,
	)
	if not employee:
		frappe.throw(
			_("Akun Anda belum terhubung dengan data pegawai. Hubungi BKPSDM."), frappe.PermissionError
		)
	refuse_others(employee)
	return employee


def refuse_others(employee: frappe._dict) -> None:
	for parameter in IDENTITY_PARAMETERS:
		value = frappe.form_dict.get(parameter)
		if value and value not in (employee.name, employee.nip):
			frappe.throw(_("Anda hanya dapat melihat data Anda sendiri."), frappe.PermissionError)
