"""Per unit kerja: development plans due and not yet agreed, and the 20 JP coverage of the year
(PP 11/2017 Pasal 203(4): at least 20 JP of competence development a year, a PNS's right; a PPPK's
development is capped at 24 JP instead, PP 49/2018 Pasal 40(1), so the coverage counts PNS)."""

from collections import defaultdict

import frappe
from frappe import _
from frappe.utils import cint, flt

from asn_merit.inputs.merit import training_jp
from asn_merit.merit.pengembangan import aksi_dari_predikat, berhak_jp_minimal, cakupan_jp
from asn_merit.permissions import is_privileged
from asn_merit.talenta.pengembangan import RENCANA, target_jp


def execute(filters=None):
	filters = frappe._dict(filters or {})
	tahun = cint(filters.tahun) or frappe.utils.getdate().year
	return columns(), rows(tahun, filters.unit_kerja)


def columns() -> list[dict]:
	def col(fieldname, label, fieldtype="Int", width=130, **kw):
		return {"fieldname": fieldname, "label": label, "fieldtype": fieldtype, "width": width, **kw}

	return [
		# Data, not a Link: Frappe filters a report's Link columns by the user's read permission on
		# Department, which a head of unit does not hold (select only).
		col("unit_kerja", _("Unit Kerja"), "Data", 260),
		col("jumlah_asn", _("Jumlah ASN")),
		col("perlu_rencana", _("Perlu Rencana (Predikat)")),
		col("rencana", _("Rencana Dibuat")),
		col("belum_ada_rencana", _("Rencana Belum Dibuat")),
		col("belum_disetujui", _("Belum Disetujui Atasan")),
		col("jumlah_pns", _("PNS (Hak 20 JP)"), width=140),
		col("asn_jp_terpenuhi", _("PNS dengan JP Terpenuhi"), width=170),
		col("cakupan_jp", _("Cakupan JP (%)"), "Percent", precision=1),
	]


def rows(tahun: int, unit_kerja: str | None) -> list[dict]:
	filters = {"status": "Active"}
	units = _allowed_units()
	if unit_kerja:
		if units is not None and unit_kerja not in units:
			return []
		filters["department"] = unit_kerja
	elif units is not None:
		filters["department"] = ("in", units or [""])
	employees = frappe.get_all(
		"Employee", filters=filters, fields=["name", "department", "status_kepegawaian"]
	)
	berhak = {e.name for e in employees if berhak_jp_minimal(e.status_kepegawaian)}
	names = [e.name for e in employees]
	if not names:
		return []
	predikat = defaultdict(dict)
	for row in frappe.get_all(
		"Riwayat Predikat Kinerja",
		filters={"parenttype": "Employee", "parent": ("in", names), "tahun": ("in", [tahun - 1, tahun])},
		fields=["parent", "tahun", "predikat"],
	):
		predikat[row.parent][cint(row.tahun)] = row.predikat
	plans = {
		row.employee: row.status
		for row in frappe.get_all(
			RENCANA, filters={"tahun": tahun, "employee": ("in", names)}, fields=["employee", "status"]
		)
	}
	jp = training_jp(names, (tahun,))
	target = target_jp()
	by_unit = defaultdict(list)
	for employee in employees:
		by_unit[employee.department or _("(Tanpa Unit Kerja)")].append(employee.name)
	result = []
	for unit in sorted(by_unit):
		members = by_unit[unit]
		perlu = [e for e in members if aksi_dari_predikat(predikat.get(e, {}), tahun)]
		terpenuhi, jumlah_pns = cakupan_jp(
			{e: jp.get((e, tahun), 0.0) for e in members if e in berhak}, target
		)
		result.append(
			{
				"unit_kerja": unit,
				"jumlah_asn": len(members),
				"perlu_rencana": len(perlu),
				"rencana": sum(1 for e in members if e in plans),
				"belum_ada_rencana": sum(1 for e in perlu if e not in plans),
				"belum_disetujui": sum(1 for e in members if plans.get(e) == "Draft"),
				"jumlah_pns": jumlah_pns,
				"asn_jp_terpenuhi": terpenuhi,
				"cakupan_jp": flt(terpenuhi * 100 / jumlah_pns, 1) if jumlah_pns else 0,
			}
		)
	if len(result) > 1:
		result.append(_total(result))
	return result


def _total(rows: list[dict]) -> dict:
	"""The regency's line: counts added up, the coverage computed over all PNS (not a sum of %)."""
	total = {key: sum(row[key] for row in rows) for key in rows[0] if key not in ("unit_kerja", "cakupan_jp")}
	total["unit_kerja"] = _("Total")
	total["cakupan_jp"] = (
		flt(total["asn_jp_terpenuhi"] * 100 / total["jumlah_pns"], 1) if total["jumlah_pns"] else 0
	)
	total["bold"] = 1
	return total


def _allowed_units() -> list[str] | None:
	"""None: every unit (HR); else the head of unit's own units."""
	if is_privileged():
		return None
	return [
		u
		for u in frappe.get_all("Employee", filters={"user_id": frappe.session.user}, pluck="department")
		if u
	]
