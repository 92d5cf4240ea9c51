"""Demo ASN who log in to the Portal ASN (/asn): a PNS and a PPPK of the demo regency.

Demo sites only: the password is printed in the README so a newcomer can log in as an ordinary
civil servant without desk access. A real site's ASN get their accounts from the regency.
"""

import frappe
from frappe.utils.password import update_password

from asn_merit.constants import ROLE_EMPLOYEE

PASSWORD = "Portal-ASN-2026"
USERS = {
	"PNS": "pns.demo@kabupaten-contoh.go.id",
	"PPPK": "pppk.demo@kabupaten-contoh.go.id",
}


def make_portal_users() -> dict[str, str]:
	"""Link one employee of each status to a user with the Employee role; returns {email: employee}."""
	made = {}
	for status, email in USERS.items():
		employee = frappe.get_all(
			"Employee",
			filters={"status": "Active", "status_kepegawaian": status, "user_id": ("is", "not set")},
			pluck="name",
			order_by="name",
			limit=1,
		)
		if not employee or frappe.db.exists("User", email):
			continue
		first_name = frappe.db.get_value("Employee", employee[0], "first_name")
		user = frappe.get_doc(
			{
				"doctype": "User",
				"email": email,
				"first_name": first_name,
				"language": "id",
				"send_welcome_email": 0,
			}
		)
		user.insert(ignore_permissions=True)
		# Linked first: ERPNext drops the Employee role from a user no Employee names.
		frappe.db.set_value("Employee", employee[0], "user_id", email)
		user.add_roles(ROLE_EMPLOYEE)
		update_password(email, PASSWORD)
		made[email] = employee[0]
	return made
