"""Kelengkapan data ASN: every active employee whose record lacks what the merit system needs,
with what is missing, so that the BKPSDM completes it on the Employee form or by Impor Data
ASN. Those outside the merit system are listed too: an ASN imported without status or NIP
looks the same until it is completed."""

import frappe
from frappe import _

from asn_merit.merit.kelengkapan import WAJIB, kekurangan_data_asn
from asn_merit.merit.status_asn import alasan_bukan_asn

FIELDS = ["name", "employee_name", "department", "employment_type", *WAJIB]


def execute(filters=None):
	filters = frappe._dict(filters or {})
	conditions = {"status": "Active"}
	if filters.unit_kerja:
		conditions["department"] = filters.unit_kerja
	employees = frappe.get_list(
		"Employee",
		filters=conditions,
		fields=FIELDS,
		order_by="department asc, employee_name asc",
		limit_page_length=0,
	)
	data = []
	for employee in employees:
		kurang = kekurangan_data_asn(employee)
		if kurang or not filters.hanya_belum_lengkap:
			data.append(_row(employee, kurang))
	return _columns(), data, _summary_message(len(employees), data)


def _row(employee: dict, kurang: list[str]) -> dict:
	bukan_asn = alasan_bukan_asn(employee.status_kepegawaian, employee.nip, employee.employment_type)
	return {
		"employee": employee.name,
		"employee_name": employee.employee_name,
		"unit_kerja": employee.department,
		"status_kepegawaian": employee.status_kepegawaian,
		"sistem_merit": bukan_asn or _("ASN"),
		"jumlah_kurang": len(kurang),
		"kekurangan": ", ".join(kurang),
	}


def _summary_message(total: int, data: list[dict]) -> str:
	incomplete = sum(1 for row in data if row["jumlah_kurang"])
	return _("{0} dari {1} pegawai aktif belum lengkap datanya.").format(incomplete, total)


def _columns() -> list[dict]:
	return [
		{
			"fieldname": "employee",
			"label": _("Pegawai"),
			"fieldtype": "Link",
			"options": "Employee",
			"width": 140,
		},
		{"fieldname": "employee_name", "label": _("Nama"), "fieldtype": "Data", "width": 200},
		{
			"fieldname": "unit_kerja",
			"label": _("Unit Kerja"),
			"fieldtype": "Link",
			"options": "Department",
			"width": 200,
		},
		{"fieldname": "status_kepegawaian", "label": _("Status"), "fieldtype": "Data", "width": 80},
		{"fieldname": "sistem_merit", "label": _("Sistem Merit"), "fieldtype": "Data", "width": 260},
		{"fieldname": "jumlah_kurang", "label": _("Jumlah Kurang"), "fieldtype": "Int", "width": 110},
		{"fieldname": "kekurangan", "label": _("Kekurangan"), "fieldtype": "Data", "width": 420},
	]
