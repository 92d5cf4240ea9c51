"""Rank promotions by period: list everyone eligible for the next period in one action."""

import frappe
from frappe.utils import getdate, today

from asn_merit.inputs.pegawai import EMPLOYEE_FIELDS, load_data_pegawai
from asn_merit.merit import usulan_promosi as rules
from asn_merit.promosi.guards import rank_promotion

DOCTYPE = "Usulan Promosi"


def make_rank_promotion_proposals() -> dict:
	"""Draft a regular rank-promotion proposal for every eligible PNS for the next period,
	except those who already have one for it."""
	periode = rules.periode_kenaikan_pangkat_berikutnya(getdate(today()))
	fields = list(dict.fromkeys([*EMPLOYEE_FIELDS, "tmt_golongan", "status_kepegawaian"]))
	employees = frappe.get_all(
		"Employee", filters={"status": "Active", "status_kepegawaian": "PNS"}, fields=fields, order_by="name"
	)
	existing = set(
		frappe.get_all(
			DOCTYPE,
			filters={"periode_kenaikan_pangkat": periode, "jenis": rules.KP_REGULER, "docstatus": ("<", 2)},
			pluck="employee",
		)
	)
	data = load_data_pegawai(employees)
	created = []
	for employee in employees:
		if employee.name in existing:
			continue
		berikutnya = _next_rank(employee, data[employee.name], periode)
		if berikutnya:
			created.append(_draft(employee, berikutnya, periode))
	return {"periode": str(periode), "dibuat": created}


def _next_rank(employee, pegawai, periode) -> str | None:
	try:
		hasil = rank_promotion(employee, pegawai, periode)
	except ValueError:
		return None  # data the rules cannot read: BKPSDM sees it on the eligibility list instead
	return hasil.golongan_berikutnya if hasil.layak else None


def _draft(employee, golongan_tujuan: str, periode) -> str:
	doc = frappe.get_doc(
		{
			"doctype": DOCTYPE,
			"employee": employee.name,
			"jenis": rules.KP_REGULER,
			"dasar": "Kenaikan Pangkat Periodik",
			"golongan_tujuan": golongan_tujuan,
			"tmt": periode,
			"periode_kenaikan_pangkat": periode,
		}
	)
	doc.insert()
	return doc.name
