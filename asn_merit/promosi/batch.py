"""Rank promotions by period: list everyone eligible for the next period in one action."""

import frappe
from frappe.utils import getdate, today

from asn_merit.inputs.kenaikan_pangkat import kenaikan_pangkat_reguler
from asn_merit.inputs.pegawai import EMPLOYEE_FIELDS
from asn_merit.merit import usulan_promosi as rules

DOCTYPE = "Usulan Promosi"


def make_rank_promotion_proposals() -> dict:
	"""Draft a regular rank-promotion proposal for every eligible PNS for the next period,
	except those who already have one for it."""
	periode = rules.periode_kenaikan_pangkat_berikutnya(getdate(today()))
	employees = frappe.get_all(
		"Employee",
		filters={"status": "Active", "status_kepegawaian": "PNS"},
		fields=list(EMPLOYEE_FIELDS),
		order_by="name",
	)
	existing = set(
		frappe.get_all(
			DOCTYPE,
			filters={"periode_kenaikan_pangkat": periode, "jenis": rules.KP_REGULER, "docstatus": ("<", 2)},
			pluck="employee",
		)
	)
	hasil = kenaikan_pangkat_reguler([e for e in employees if e.name not in existing], periode)
	created = [
		_draft(employee, hasil[employee.name].golongan_berikutnya, periode)
		for employee in employees
		if employee.name in hasil and hasil[employee.name].layak
	]
	return {"periode": str(periode), "dibuat": created}


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
