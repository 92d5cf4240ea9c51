"""Peta Talenta: the 9-box grid with counts per box, for one unit or the regency.

Every count opens the Skor Merit list filtered to that box (and the report's unit), where an
officer searches, sorts and exports the people in it; a second count per box names those whose
score lacks a measure (Skor Merit `belum_diukur`) and opens them the same way.
"""

import json
from collections import defaultdict
from urllib.parse import urlencode

import frappe
from frappe import _

from asn_merit.inputs.settings import get_kotak_talenta
from asn_merit.merit.talenta import KINERJA, POTENSIAL, kotak_talenta

# The grid as it is drawn: high potential on top, performance rising to the right.
GRID_ROWS = tuple(reversed(POTENSIAL))
GRID_COLUMNS = tuple(reversed(KINERJA))
MAX_NAMES = 5  # a glance at the top of the box; the full list is one click away
LIST_ROUTE = "/app/skor-merit"
LINK_STYLE = "text-decoration:underline"


def execute(filters=None):
	filters = frappe._dict(filters or {})
	people = _people(filters)
	boxes = get_kotak_talenta()
	data = [
		_row(kotak, boxes[kotak], people.get(kotak, []), filters) for kotak in sorted(boxes, reverse=True)
	]
	if people.get(0):
		box = (_("Belum dipetakan"), _unmapped_advice(people[0]))
		data.append(_row(0, box, people[0], filters))
	return _columns(), data, _grid(people, boxes, filters)


def _people(filters) -> dict[int, list]:
	conditions = {"unit_kerja": filters.unit_kerja} if filters.unit_kerja else {}
	rows = frappe.get_list(
		"Skor Merit",
		filters=conditions,
		fields=["kotak_talenta", "employee_name", "belum_diukur", "kategori_kinerja", "kategori_potensial"],
		order_by="total desc, employee asc",
		limit_page_length=0,
	)
	people = defaultdict(list)
	for row in rows:
		people[row.kotak_talenta or 0].append(row)
	return people


def list_url(kotak: int, filters, belum_diukur: bool = False) -> str:
	"""The Skor Merit list of one box under the report's filters; Frappe's list view reads the
	query string as its filters (a JSON pair as an operator and value)."""
	options = {"kotak_talenta": kotak}
	if filters.unit_kerja:
		options["unit_kerja"] = filters.unit_kerja
	if belum_diukur:
		options["belum_diukur"] = json.dumps(["is", "set"])
	return f"{LIST_ROUTE}?{urlencode(options)}"


def _row(kotak: int, box: tuple[str, str], people: list, filters) -> dict:
	names = [person.employee_name for person in people]
	shown = ", ".join(names[:MAX_NAMES]) + (
		_(" dan {0} lainnya").format(len(names) - MAX_NAMES) if len(names) > MAX_NAMES else ""
	)
	return {
		"kotak": kotak or None,
		"label": box[0],
		"jumlah": len(people),
		"belum_diukur": sum(1 for person in people if person.belum_diukur),
		"pegawai": shown,
		"rekomendasi": box[1],
		"daftar": list_url(kotak, filters),
		"daftar_belum_diukur": list_url(kotak, filters, belum_diukur=True),
	}


def _unmapped_advice(people: list) -> str:
	"""What keeps the unmapped out of the grid: the box needs a predikat and a potential score."""
	tanpa_predikat = sum(1 for person in people if not person.kategori_kinerja)
	tanpa_asesmen = sum(1 for person in people if not person.kategori_potensial)
	return _(
		"Lengkapi predikat dan hasil asesmen: {0} ASN belum punya predikat kinerja, "
		"{1} ASN belum punya hasil asesmen potensial."
	).format(tanpa_predikat, tanpa_asesmen)


def _columns() -> list[dict]:
	return [
		{"fieldname": "kotak", "label": _("Kotak"), "fieldtype": "Int", "width": 70},
		{"fieldname": "label", "label": _("Label"), "fieldtype": "Data", "width": 160},
		{"fieldname": "jumlah", "label": _("Jumlah"), "fieldtype": "Int", "width": 80},
		{"fieldname": "belum_diukur", "label": _("Belum Diukur"), "fieldtype": "Int", "width": 110},
		{"fieldname": "pegawai", "label": _("Skor Tertinggi"), "fieldtype": "Small Text", "width": 300},
		{"fieldname": "rekomendasi", "label": _("Rekomendasi"), "fieldtype": "Small Text", "width": 360},
	]


def _grid(people, boxes, filters) -> str:
	"""The 3x3 map above the table, each count a link to its people; every value is escaped."""
	esc = frappe.utils.escape_html
	header = "".join(f"<th>{esc(_(kinerja))}</th>" for kinerja in GRID_COLUMNS)
	body = ""
	for potensial in GRID_ROWS:
		cells = ""
		for kinerja in GRID_COLUMNS:
			kotak = kotak_talenta(kinerja, potensial)
			inside = people.get(kotak, [])
			incomplete = sum(1 for person in inside if person.belum_diukur)
			note = (
				f"<div class='small'><a href='{esc(list_url(kotak, filters, belum_diukur=True))}'"
				f" style='{LINK_STYLE}'>"
				f"{esc(_('{0} ada komponen belum diukur').format(incomplete))}</a></div>"
				if incomplete
				else ""
			)
			cells += (
				f"<td><div class='text-muted small'>{kotak}. {esc(boxes[kotak][0])}</div>"
				f"<a href='{esc(list_url(kotak, filters))}' title='{esc(_('Buka daftar ASN di kotak ini'))}'"
				f" style='font-size:1.6em;font-weight:600;{LINK_STYLE}'>{len(inside)}</a>{note}</td>"
			)
		body += f"<tr><th>{esc(_('Potensial {0}').format(_(potensial)))}</th>{cells}</tr>"
	unmapped = people.get(0, [])
	footer = (
		f"<p class='text-muted'>{esc(_('Belum dipetakan'))}: "
		f"<a href='{esc(list_url(0, filters))}' style='{LINK_STYLE}'>{len(unmapped)}</a></p>"
		if unmapped
		else ""
	)
	return (
		"<table class='table table-bordered text-center' style='max-width:720px'>"
		f"<thead><tr><th>{esc(_('Potensial / Kinerja'))}</th>{header}</tr></thead><tbody>{body}</tbody></table>"
		f"{footer}"
	)
