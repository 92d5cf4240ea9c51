"""Peta Talenta: the 9-box grid with counts and names per box, for one unit or the regency."""

from collections import defaultdict

import frappe
from frappe import _

from asn_merit.inputs.settings import get_kotak_talenta
from asn_merit.merit.talenta import KINERJA, POTENSIAL, kotak_talenta

# The grid as it is drawn: high potential on top, performance rising to the right.
GRID_ROWS = tuple(reversed(POTENSIAL))
GRID_COLUMNS = tuple(reversed(KINERJA))
MAX_NAMES = 30


def execute(filters=None):
	filters = frappe._dict(filters or {})
	people = _people(filters)
	boxes = get_kotak_talenta()
	data = [_row(kotak, boxes[kotak], people.get(kotak, [])) for kotak in sorted(boxes, reverse=True)]
	if people.get(0):
		data.append(_row(0, (_("Belum dipetakan"), _("Lengkapi predikat dan hasil asesmen.")), people[0]))
	return _columns(), data, _grid(people, boxes)


def _people(filters) -> dict[int, list[str]]:
	conditions = {"unit_kerja": filters.unit_kerja} if filters.unit_kerja else {}
	rows = frappe.get_list(
		"Skor Merit",
		filters=conditions,
		fields=["kotak_talenta", "employee_name"],
		order_by="total desc, employee asc",
		limit_page_length=0,
	)
	people = defaultdict(list)
	for row in rows:
		people[row.kotak_talenta or 0].append(row.employee_name)
	return people


def _row(kotak: int, box: tuple[str, str], names: list[str]) -> dict:
	shown = ", ".join(names[:MAX_NAMES]) + (
		_(" dan {0} lainnya").format(len(names) - MAX_NAMES) if len(names) > MAX_NAMES else ""
	)
	return {
		"kotak": kotak or None,
		"label": box[0],
		"jumlah": len(names),
		"pegawai": shown,
		"rekomendasi": box[1],
	}


def _columns() -> list[dict]:
	return [
		{"fieldname": "kotak", "label": _("Kotak"), "fieldtype": "Int", "width": 70},
		{"fieldname": "label", "label": _("Label"), "fieldtype": "Data", "width": 160},
		{"fieldname": "jumlah", "label": _("Jumlah"), "fieldtype": "Int", "width": 80},
		{"fieldname": "pegawai", "label": _("Pegawai"), "fieldtype": "Small Text", "width": 360},
		{"fieldname": "rekomendasi", "label": _("Rekomendasi"), "fieldtype": "Small Text", "width": 360},
	]


def _grid(people, boxes) -> str:
	"""The 3x3 map above the table; every value is escaped."""
	esc = frappe.utils.escape_html
	header = "".join(f"<th>{esc(_(kinerja))}</th>" for kinerja in GRID_COLUMNS)
	body = ""
	for potensial in GRID_ROWS:
		cells = ""
		for kinerja in GRID_COLUMNS:
			kotak = kotak_talenta(kinerja, potensial)
			cells += (
				f"<td><div class='text-muted small'>{kotak}. {esc(boxes[kotak][0])}</div>"
				f"<div style='font-size:1.6em;font-weight:600'>{len(people.get(kotak, []))}</div></td>"
			)
		body += f"<tr><th>{esc(_('Potensial {0}').format(_(potensial)))}</th>{cells}</tr>"
	return (
		"<table class='table table-bordered text-center' style='max-width:720px'>"
		f"<thead><tr><th>{esc(_('Potensial / Kinerja'))}</th>{header}</tr></thead><tbody>{body}</tbody></table>"
	)
