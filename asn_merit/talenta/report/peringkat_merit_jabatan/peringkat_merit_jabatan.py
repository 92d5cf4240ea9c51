"""The merit ranking for one jabatan: the eligible ASN by merit score with each component, then
the ineligible with their reasons. The same ranking as the Jabatan form's dialog and the API."""

import frappe
from frappe import _

from asn_merit.talenta.ranking import peringkat_kandidat

COMPONENTS = ("kinerja", "potensi", "kompetensi", "kualifikasi", "rekam_jejak")


def execute(filters=None):
	filters = frappe._dict(filters or {})
	if not filters.jabatan:
		return _columns(), [], _("Pilih jabatan.")
	result = peringkat_kandidat(filters.jabatan)
	data = [_eligible(row) for row in result["layak"]]
	data += [_ineligible(row) for row in result["tidak_layak"]]
	return _columns(), data, result["aturan_seri"]


def _eligible(row: dict) -> dict:
	scores = {key: item["skor"] for key, item in zip(COMPONENTS, row["komponen"], strict=True)}
	unmeasured = [item for item in row["komponen"] if not item["diukur"]]
	incomplete = _("Skor tidak lengkap") if row["skor_tidak_lengkap"] else None
	return {
		**_identity(row),
		"peringkat": row["peringkat"],
		"total": row["total"],
		**scores,
		"belum_diukur": ", ".join(item["nama"] for item in unmeasured),
		# For the formatter: these score cells read "belum diukur", not a 0.
		"komponen_belum_diukur": [item["kode"] for item in unmeasured],
		"keterangan": "; ".join(filter(None, [_("Memenuhi syarat"), incomplete, row.get("catatan_pensiun")])),
	}


def _ineligible(row: dict) -> dict:
	return {**_identity(row), "keterangan": "; ".join(row["alasan"])}


def _identity(row: dict) -> dict:
	keys = ("employee", "employee_name", "nip", "golongan", "unit_kerja")
	return {key: row[key] for key in keys}


def _columns() -> list[dict]:
	# Plain text for the unit: query_report would filter by Department permissions otherwise.
	score = {"fieldtype": "Float", "precision": 2, "width": 95}
	return [
		{"fieldname": "peringkat", "label": _("Peringkat"), "fieldtype": "Int", "width": 85},
		{
			"fieldname": "employee",
			"label": _("Pegawai"),
			"fieldtype": "Link",
			"options": "Employee",
			"width": 130,
		},
		{"fieldname": "employee_name", "label": _("Nama"), "fieldtype": "Data", "width": 180},
		{"fieldname": "nip", "label": _("NIP"), "fieldtype": "Data", "width": 160},
		{"fieldname": "golongan", "label": _("Golongan"), "fieldtype": "Data", "width": 80},
		{"fieldname": "unit_kerja", "label": _("Unit Kerja"), "fieldtype": "Data", "width": 200},
		{"fieldname": "total", "label": _("Skor Merit"), **score},
		{"fieldname": "kinerja", "label": _("Kinerja"), **score},
		{"fieldname": "potensi", "label": _("Potensi"), **score},
		{"fieldname": "kompetensi", "label": _("Kompetensi"), **score},
		{"fieldname": "kualifikasi", "label": _("Kualifikasi"), **score},
		{"fieldname": "rekam_jejak", "label": _("Rekam Jejak"), **score},
		{"fieldname": "belum_diukur", "label": _("Belum Diukur"), "fieldtype": "Data", "width": 160},
		{"fieldname": "keterangan", "label": _("Keterangan"), "fieldtype": "Data", "width": 320},
	]
