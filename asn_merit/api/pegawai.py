"""Rank questions about one employee, asked from the Employee form."""

from dataclasses import asdict

import frappe
from frappe.utils import today

from asn_merit.inputs.kenaikan_pangkat import kenaikan_pangkat_reguler_of


@frappe.whitelist()
def get_kenaikan_pangkat_reguler(employee: str) -> dict:
	"""Whether this employee may rise one rank today by regular promotion, and why not."""
	frappe.get_doc("Employee", employee).check_permission("read")
	return asdict(kenaikan_pangkat_reguler_of(employee, today()))
