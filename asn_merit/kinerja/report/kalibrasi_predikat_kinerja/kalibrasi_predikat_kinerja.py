"""Calibration view: a unit's employee predikat against what its own predikat allows."""

import frappe
from frappe import _

from asn_merit.merit.kalibrasi import cek_distribusi
from asn_merit.merit.predikat import PREDIKAT


def execute(filters: dict | None = None):
	filters = frappe._dict(filters or {})
	if not (filters.tahun and filters.unit_kerja):
		frappe.throw(_("Pilih tahun dan unit kerja."))
	jumlah = count_predikat(filters.unit_kerja, int(filters.tahun))
	total = sum(jumlah.values())
	data = [
		{
			"predikat": predikat,
			"jumlah": jumlah.get(predikat, 0),
			"persen": round(100 * jumlah.get(predikat, 0) / total, 1) if total else 0,
		}
		for predikat in PREDIKAT
	]
	return columns(), data, message(filters, jumlah), chart(data)


def count_predikat(unit_kerja: str, tahun: int) -> dict[str, int]:
	"""Annual appraisals of the unit, with the predikat after any accepted objection."""
	rows = frappe.get_all(
		"Penilaian Kinerja",
		filters={"unit_kerja": unit_kerja, "tahun": tahun, "periode": "Tahunan", "docstatus": ("<", 2)},
		fields=["predikat", "predikat_setelah_keberatan"],
	)
	jumlah: dict[str, int] = {}
	for row in rows:
		predikat = row.predikat_setelah_keberatan or row.predikat
		if predikat:
			jumlah[predikat] = jumlah.get(predikat, 0) + 1
	return jumlah


def message(filters, jumlah: dict[str, int]) -> str:
	predikat_unit = frappe.db.get_value(
		"Predikat Unit Kerja",
		{"unit_kerja": filters.unit_kerja, "tahun": filters.tahun},
		"predikat_organisasi",
	)
	if not predikat_unit:
		return _("Predikat kinerja organisasi unit ini untuk tahun {0} belum ditetapkan.").format(
			filters.tahun
		)
	peringatan = cek_distribusi(predikat_unit, jumlah)
	header = _("Predikat organisasi: {0}.").format(predikat_unit)
	if not peringatan:
		return header + " " + _("Sebaran predikat pegawai sesuai kurva.")
	items = "".join(f"<li>{frappe.utils.escape_html(p)}</li>" for p in peringatan)
	return f"{header} {_('Di luar kurva (peringatan, tidak memblokir):')}<ul>{items}</ul>"


def columns() -> list[dict]:
	return [
		{"fieldname": "predikat", "label": _("Predikat"), "fieldtype": "Data", "width": 200},
		{"fieldname": "jumlah", "label": _("Jumlah Pegawai"), "fieldtype": "Int", "width": 140},
		{"fieldname": "persen", "label": _("Persentase"), "fieldtype": "Percent", "width": 140},
	]


def chart(data: list[dict]) -> dict:
	return {
		"data": {
			"labels": [row["predikat"] for row in data],
			"datasets": [{"values": [row["jumlah"] for row in data]}],
		},
		"type": "bar",
	}
