"""The Portal ASN on Frappe's apps screen: where a civil servant without desk access lands."""

import frappe


def can_open_portal() -> bool:
	"""`has_permission` of our `add_to_apps_screen` entry: a website user linked to an active
	Employee (setup/role_homes.py makes it their default app).

	Desk users are left out: Frappe sends a desk user without a default workspace to the apps
	screen as soon as one listed app is not a desk route, which /asn is not. They reach the
	portal from their Beranda ASN workspace.
	"""
	user = frappe.session.user
	if frappe.get_cached_value("User", user, "user_type") != "Website User":
		return False
	return bool(frappe.db.exists("Employee", {"user_id": user, "status": "Active"}))
