"""Complaints per unit: received, open, closed, past their deadline, and the findings.

Read through frappe.get_list, so each officer counts only the complaints they may see (the
Inspektorat's supervisory cases stay out of the complaint officers' numbers).
"""

from collections import defaultdict

import frappe
from frappe import _
from frappe.utils import getdate, today

from asn_merit.merit import pengaduan_flow as flow
from asn_merit.merit.complaint_record import TERBUKTI

CLOSED = {flow.SELESAI}
COUNTS = ("jumlah", "dalam_proses", "selesai", "lewat_tenggat", "terbukti", "tidak_terbukti")


def execute(filters=None):
	filters = frappe._dict(filters or {})
	rows = frappe.get_list(
		"Pengaduan Masyarakat",
		filters=_filters(filters),
		fields=[
			"unit_kerja",
			"status",
			"batas_penyelesaian",
			"tanggal_dijawab",
			"tanggal_selesai",
			"hasil_pemeriksaan",
		],
		limit_page_length=0,
	)
	per_unit = defaultdict(lambda: dict.fromkeys(COUNTS, 0))
	now = getdate(today())
	for row in rows:
		_count(per_unit[row.unit_kerja or _("(Tanpa unit kerja)")], row, now)
	data = [{"unit_kerja": unit, **counts} for unit, counts in sorted(per_unit.items())]
	return _columns(), data


def _filters(filters) -> dict:
	conditions = {}
	if filters.dari_tanggal and filters.sampai_tanggal:
		conditions["tanggal_diterima"] = ("between", (filters.dari_tanggal, filters.sampai_tanggal))
	return conditions


def _count(counts: dict, row, now) -> None:
	counts["jumlah"] += 1
	closed = row.status in CLOSED
	counts["selesai" if closed else "dalam_proses"] += 1
	# The agency's answer ends its clock; a complaint waiting for it runs until today.
	answered = None if row.status in flow.MENUNGGU_INSTANSI else (row.tanggal_dijawab or row.tanggal_selesai)
	finished = getdate(answered) if answered else now
	if row.batas_penyelesaian and finished > getdate(row.batas_penyelesaian):
		counts["lewat_tenggat"] += 1
	if row.hasil_pemeriksaan == TERBUKTI:
		counts["terbukti"] += 1
	elif row.hasil_pemeriksaan:
		counts["tidak_terbukti"] += 1


def _columns() -> list[dict]:
	labels = {
		"jumlah": _("Jumlah"),
		"dalam_proses": _("Dalam Proses"),
		"selesai": _("Selesai"),
		"lewat_tenggat": _("Lewat Tenggat"),
		"terbukti": _("Terbukti"),
		"tidak_terbukti": _("Tidak Terbukti"),
	}
	unit = {
		"fieldname": "unit_kerja",
		"label": _("Unit Kerja"),
		# Text, not a Link: query_report would demand Department read of complaint officers.
		"fieldtype": "Data",
		"width": 320,
	}
	return [
		unit,
		*({"fieldname": key, "label": labels[key], "fieldtype": "Int", "width": 120} for key in COUNTS),
	]
