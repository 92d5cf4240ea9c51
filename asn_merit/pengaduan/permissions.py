"""Who handles which complaint: by category, by role, and by the unit it was routed to."""

import frappe

from asn_merit.constants import ROLE_INSPEKTORAT, ROLE_PENGHUBUNG, ROLE_PETUGAS_PENGADUAN, ROLE_SYSTEM_MANAGER
from asn_merit.inputs.pengaduan_settings import get_penghubung_units


def _pengaduan_scopes(user: str) -> list[str]:
	"""SQL conditions, one per role the user holds, for the complaints that role handles."""
	table = "`tabPengaduan Masyarakat`"
	pengawasan = frappe.db.escape("Pengaduan Berkadar Pengawasan")
	roles = set(frappe.get_roles(user))
	scopes = []
	if ROLE_PETUGAS_PENGADUAN in roles:
		scopes.append(f"{table}.kategori != {pengawasan}")
	if ROLE_INSPEKTORAT in roles:
		scopes.append(f"{table}.kategori = {pengawasan}")
	units = get_penghubung_units(user) if ROLE_PENGHUBUNG in roles else []
	if units:
		names = ", ".join(frappe.db.escape(unit) for unit in units)
		routed = ", ".join(frappe.db.escape(status) for status in ("Didisposisikan", "Dijawab", "Selesai"))
		scopes.append(
			f"({table}.kategori != {pengawasan} and {table}.unit_kerja in ({names})"
			f" and {table}.status in ({routed}))"
		)
	return scopes


def pengaduan_query(user: str | None = None) -> str:
	"""Officers see their categories, Inspektorat the oversight ones, a unit what was routed to it."""
	user = user or frappe.session.user
	if ROLE_SYSTEM_MANAGER in frappe.get_roles(user):
		return ""
	scopes = _pengaduan_scopes(user)
	return "(" + " or ".join(f"({scope})" for scope in scopes) + ")" if scopes else "1=0"


def has_pengaduan_permission(doc, ptype: str | None = None, user: str | None = None) -> bool | None:
	user = user or frappe.session.user
	if ROLE_SYSTEM_MANAGER in frappe.get_roles(user) or doc.is_new():
		return None
	condition = pengaduan_query(user)
	visible = frappe.db.sql(
		f"select 1 from `tabPengaduan Masyarakat` where name = %s and {condition}", doc.name
	)
	return None if visible else False
