"""Complaint deadlines, one row per complaint the officer may see: met, late, or still open
(and whether it is already past its deadline)."""

import frappe
from frappe import _
from frappe.utils import getdate, today

from asn_merit.merit.pengaduan_flow import MENUNGGU_INSTANSI

TEPAT, TERLAMBAT, BERJALAN, LEWAT = "Tepat Waktu", "Terlambat", "Berjalan", "Berjalan, Lewat Tenggat"


def execute(filters=None):
	filters = frappe._dict(filters or {})
	conditions = {}
	if filters.dari_tanggal and filters.sampai_tanggal:
		conditions["tanggal_diterima"] = ("between", (filters.dari_tanggal, filters.sampai_tanggal))
	if filters.unit_kerja:
		conditions["unit_kerja"] = filters.unit_kerja
	rows = frappe.get_list(
		"Pengaduan Masyarakat",
		filters=conditions,
		fields=[
			"name",
			"kode_lacak",
			"kategori",
			"unit_kerja",
			"status",
			"tanggal_diterima",
			"batas_penyelesaian",
			"tanggal_dijawab",
			"tanggal_selesai",
		],
		order_by="tanggal_diterima desc",
		limit_page_length=0,
	)
	now = getdate(today())
	for row in rows:
		row.ketepatan = _ketepatan(row, now)
	if filters.ketepatan:
		rows = [row for row in rows if row.ketepatan == filters.ketepatan]
	return _columns(), rows, None, _chart(rows)


def _ketepatan(row, now) -> str:
	deadline = getdate(row.batas_penyelesaian) if row.batas_penyelesaian else None
	if row.status not in MENUNGGU_INSTANSI:
		# Answered (or closed): judged by the agency's answer, the complainant's time is not late.
		answered = row.tanggal_dijawab or row.tanggal_selesai
		answered = getdate(answered) if answered else None
		return TERLAMBAT if deadline and answered and answered > deadline else TEPAT
	return LEWAT if deadline and now > deadline else BERJALAN


def _chart(rows: list) -> dict:
	labels = [TEPAT, TERLAMBAT, BERJALAN, LEWAT]
	counts = [sum(1 for row in rows if row.ketepatan == label) for label in labels]
	return {
		"type": "donut",
		"data": {"labels": [_(label) for label in labels], "datasets": [{"values": counts}]},
	}


def _columns() -> list[dict]:
	return [
		{
			"fieldname": "name",
			"label": _("Pengaduan"),
			"fieldtype": "Link",
			"options": "Pengaduan Masyarakat",
			"width": 150,
		},
		{"fieldname": "kode_lacak", "label": _("Kode Lacak"), "fieldtype": "Data", "width": 100},
		{"fieldname": "kategori", "label": _("Kategori"), "fieldtype": "Data", "width": 200},
		{"fieldname": "unit_kerja", "label": _("Unit Kerja"), "fieldtype": "Data", "width": 220},
		{"fieldname": "status", "label": _("Status"), "fieldtype": "Data", "width": 120},
		{"fieldname": "tanggal_diterima", "label": _("Diterima"), "fieldtype": "Date", "width": 100},
		{
			"fieldname": "batas_penyelesaian",
			"label": _("Batas Penyelesaian"),
			"fieldtype": "Date",
			"width": 130,
		},
		{"fieldname": "tanggal_selesai", "label": _("Selesai"), "fieldtype": "Date", "width": 100},
		{"fieldname": "ketepatan", "label": _("Ketepatan"), "fieldtype": "Data", "width": 170},
	]
