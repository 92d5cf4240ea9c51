"""Numbers for the Sistem Merit workspace that a Number Card's count filter cannot express.

Both read through frappe.get_list, so each user counts only what they may see.
"""

import frappe
from frappe.utils import today

from asn_merit.merit.pengaduan_flow import MENUNGGU_INSTANSI


@frappe.whitelist()
def jabatan_lowong(filters: str | dict | None = None) -> dict:
	"""Jabatan whose need from workload analysis (kebutuhan) exceeds its active holders."""
	jabatan = frappe.get_list(
		"Jabatan", filters={"kebutuhan": (">", 0)}, fields=["name", "kebutuhan"], limit_page_length=0
	)
	holders = dict(
		frappe.get_all(
			"Employee",
			filters={"status": "Active", "jabatan": ("in", [row.name for row in jabatan] or [""])},
			fields=["jabatan", "count(name)"],
			group_by="jabatan",
			as_list=True,
		)
	)
	return {
		"value": sum(1 for row in jabatan if row.kebutuhan > holders.get(row.name, 0)),
		"fieldtype": "Int",
	}


@frappe.whitelist()
def pengaduan_lewat_tenggat(filters: str | dict | None = None) -> dict:
	"""Complaints the agency still owes an answer to, past their completion deadline."""
	rows = frappe.get_list(
		"Pengaduan Masyarakat",
		filters={"status": ("in", MENUNGGU_INSTANSI), "batas_penyelesaian": ("<", today())},
		fields=["count(name) as jumlah"],
	)
	return {"value": rows[0].jumlah if rows else 0, "fieldtype": "Int"}
