"""Kalender Karier: per unit, what falls due for each ASN in the coming months (regular rank
promotion, kenaikan gaji berkala, the pension and its preparation, the end of a PPPK contract,
Satyalancana Karya Satya), so the BKPSDM acts before the date, not after it."""

import frappe
from frappe import _
from frappe.utils import cint, getdate, today

from asn_merit.inputs.kalender_karier import asn_employees, data_karier
from asn_merit.merit.kalender_karier import BULAN_JENDELA, kalender_karier


def execute(filters=None):
	filters = frappe._dict(filters or {})
	dari = getdate(filters.dari or today())
	bulan = cint(filters.bulan) or BULAN_JENDELA
	employees = asn_employees(filters.unit_kerja)
	data = data_karier(employees)
	rows = []
	for employee in employees:
		kalender = kalender_karier(data[employee.name], dari, bulan)
		rows += [_row(employee, event) for event in kalender.event if _wanted(event, filters)]
		if kalender.catatan and not filters.jenis:
			rows.append(_note(employee, kalender.catatan))
	rows.sort(key=lambda row: (row["tanggal"] or dari, row["unit_kerja"] or "", row["employee_name"]))
	return _columns(), rows


def _wanted(event, filters) -> bool:
	return not filters.jenis or event.jenis == filters.jenis


def _row(employee, event) -> dict:
	return {
		"tanggal": event.tanggal,
		"jenis": event.jenis,
		"employee": employee.name,
		"employee_name": employee.employee_name,
		"unit_kerja": employee.department,
		"uraian": event.uraian,
		"dasar": event.dasar,
	}


def _note(employee, catatan: list[str]) -> dict:
	"""Data the calendar lacks for this person: it cannot warn about what it cannot see."""
	return {
		"tanggal": None,
		"jenis": _("Data belum lengkap"),
		"employee": employee.name,
		"employee_name": employee.employee_name,
		"unit_kerja": employee.department,
		"uraian": " ".join(catatan),
		"dasar": "",
	}


def _columns() -> list[dict]:
	return [
		{"fieldname": "tanggal", "label": _("Tanggal"), "fieldtype": "Date", "width": 110},
		{"fieldname": "jenis", "label": _("Peristiwa"), "fieldtype": "Data", "width": 190},
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
		{"fieldname": "uraian", "label": _("Uraian"), "fieldtype": "Data", "width": 380},
		{"fieldname": "dasar", "label": _("Dasar"), "fieldtype": "Data", "width": 220},
	]
