"""The demo regency's desk users, one for each role's daily work (docs/journeys.md walks them),
and a penghubung for every unit in Pengaduan Settings, as a regency configures them.

Demo sites only: they share the portal users' password, printed in the README.
"""

import frappe
from frappe.utils.password import update_password

from asn_merit.constants import (
	ROLE_BKPSDM,
	ROLE_HR_USER,
	ROLE_INSPEKTORAT,
	ROLE_KEPALA_UNIT,
	ROLE_PENGHUBUNG,
	ROLE_PETUGAS_PENGADUAN,
	ROLE_PPK,
	ROLE_TIM_PENILAI,
)
from asn_merit.demo.portal_users import PASSWORD

DOMAIN = "kabupaten-contoh.go.id"
UNIT_KEPALA = "Dinas Kesehatan"  # the demo head of unit is the pejabat penilai of its staff
OFFICERS = {
	f"bkpsdm.demo@{DOMAIN}": ("Petugas BKPSDM", (ROLE_BKPSDM, ROLE_HR_USER)),
	f"kepala.unit.demo@{DOMAIN}": ("Kepala Unit", (ROLE_KEPALA_UNIT, "Employee")),
	f"tpk.demo@{DOMAIN}": ("Tim Penilai Kinerja", (ROLE_TIM_PENILAI,)),
	f"ppk.demo@{DOMAIN}": ("Pejabat Pembina Kepegawaian", (ROLE_PPK,)),
	f"pengaduan.demo@{DOMAIN}": ("Petugas Pengaduan", (ROLE_PETUGAS_PENGADUAN,)),
	f"inspektorat.demo@{DOMAIN}": ("Inspektorat", (ROLE_INSPEKTORAT,)),
}


def penghubung_email(index: int) -> str:
	return f"penghubung{index:02d}@{DOMAIN}"


def make_officers(units: list[str], heads: dict[str, str]) -> dict[str, str]:
	"""{email: role label}; `heads` maps each unit to the employee who heads it."""
	kepala = f"kepala.unit.demo@{DOMAIN}"
	_user(kepala, OFFICERS[kepala][0], ())
	# Linked before the roles are given: ERPNext takes the Employee role from a user with no employee.
	head = next((heads[unit] for unit in heads if unit.startswith(UNIT_KEPALA)), None)
	if head and not frappe.db.get_value("Employee", head, "user_id"):
		frappe.db.set_value("Employee", head, "user_id", kepala)
	made = {email: _user(email, label, roles) for email, (label, roles) in OFFICERS.items()}
	made.update(_penghubung(units))
	for panel_member in frappe.get_all("User", filters={"name": ("like", f"pansel%@{DOMAIN}")}, pluck="name"):
		update_password(panel_member, PASSWORD)  # the open selection's panel (activity.py) logs in too
		frappe.db.set_value("User", panel_member, "language", "id")
		made[panel_member] = "Panitia Seleksi"
	return made


def _penghubung(units: list[str]) -> dict[str, str]:
	settings = frappe.get_single("Pengaduan Settings")
	configured = {row.unit_kerja for row in settings.penghubung}
	made = {}
	for index, unit in enumerate(units, start=1):
		email = penghubung_email(index)
		made[email] = _user(email, f"Penghubung {unit.rsplit(' - ', 1)[0]}", (ROLE_PENGHUBUNG,))
		if unit not in configured:
			settings.append("penghubung", {"unit_kerja": unit, "user": email})
	settings.save(ignore_permissions=True)
	return made


def _user(email: str, first_name: str, roles: tuple[str, ...]) -> str:
	if not frappe.db.exists("User", email):
		frappe.get_doc(
			{
				"doctype": "User",
				"email": email,
				"first_name": first_name,
				"language": "id",
				"send_welcome_email": 0,
			}
		).insert(ignore_permissions=True)
		update_password(email, PASSWORD)
	if roles:
		frappe.get_doc("User", email).add_roles(*roles)
	return first_name
