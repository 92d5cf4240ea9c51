"""Peta jabatan: per unit and jabatan, the need from workload analysis (kebutuhan) against the
active holders (bezetting), with the gap; the chart sums both per unit."""

from collections import defaultdict

import frappe
from frappe import _


def execute(filters=None):
	filters = frappe._dict(filters or {})
	conditions = {}  # a jabatan with subordinates (is_group) is a post too: keep it
	if filters.unit_kerja:
		conditions["unit_kerja"] = filters.unit_kerja
	jabatan = frappe.get_list(
		"Jabatan",
		filters=conditions,
		fields=["name", "unit_kerja", "jenis_jabatan", "eselon", "kelas_jabatan", "kebutuhan"],
		order_by="unit_kerja asc, kelas_jabatan desc, name asc",
		limit_page_length=0,
	)
	holders = _holders([row.name for row in jabatan])
	data = []
	for row in jabatan:
		bezetting = holders.get(row.name, 0)
		data.append({**row, "bezetting": bezetting, "selisih": (row.kebutuhan or 0) - bezetting})
	return _columns(), data, None, _chart(data)


def _holders(names: list[str]) -> dict[str, int]:
	return dict(
		frappe.get_all(
			"Employee",
			filters={"status": "Active", "jabatan": ("in", names or [""])},
			fields=["jabatan", "count(name)"],
			group_by="jabatan",
			as_list=True,
		)
	)


def _chart(data: list[dict]) -> dict:
	per_unit = defaultdict(lambda: [0, 0])
	for row in data:
		per_unit[row["unit_kerja"] or _("(Tanpa unit kerja)")][0] += row["kebutuhan"] or 0
		per_unit[row["unit_kerja"] or _("(Tanpa unit kerja)")][1] += row["bezetting"]
	units = sorted(per_unit)
	return {
		"type": "bar",
		"data": {
			"labels": units,
			"datasets": [
				{"name": _("Kebutuhan"), "values": [per_unit[unit][0] for unit in units]},
				{"name": _("Bezetting"), "values": [per_unit[unit][1] for unit in units]},
			],
		},
	}


def _columns() -> list[dict]:
	# Unit as text, not a Link: query_report would filter by Department permissions, which the
	# BKPSDM, PPK and Tim Penilai roles need not hold.
	return [
		{
			"fieldname": "unit_kerja",
			"label": _("Unit Kerja"),
			"fieldtype": "Data",
			"width": 240,
		},
		{"fieldname": "name", "label": _("Jabatan"), "fieldtype": "Link", "options": "Jabatan", "width": 260},
		{"fieldname": "jenis_jabatan", "label": _("Jenis"), "fieldtype": "Data", "width": 120},
		{"fieldname": "eselon", "label": _("Eselon"), "fieldtype": "Data", "width": 70},
		{"fieldname": "kelas_jabatan", "label": _("Kelas"), "fieldtype": "Int", "width": 70},
		{"fieldname": "kebutuhan", "label": _("Kebutuhan"), "fieldtype": "Int", "width": 100},
		{"fieldname": "bezetting", "label": _("Bezetting"), "fieldtype": "Int", "width": 100},
		{"fieldname": "selisih", "label": _("Selisih"), "fieldtype": "Int", "width": 90},
	]
