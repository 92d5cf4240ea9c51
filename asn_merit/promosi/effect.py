"""Ditetapkan: the decree takes effect through an HRMS Employee Promotion on the TMT.

HRMS refuses to submit an Employee Promotion dated in the future, so a future TMT leaves it as
a draft that the daily job submits on the day. Submitting it writes the new values to the
Employee, whose own hooks (overrides/employee.py) close and open our rank and post history rows.
"""

import frappe
from frappe import _
from frappe.utils import getdate, today

from asn_merit.merit import usulan_promosi as rules

DOCTYPE = "Usulan Promosi"


def make_employee_promotion(doc) -> str:
	employee = frappe.get_doc("Employee", doc.employee)
	details = []
	if doc.jenis in rules.MENGUBAH_JABATAN:
		jabatan = frappe.db.get_value(
			"Jabatan", doc.jabatan_tujuan, ["name", "designation", "unit_kerja"], as_dict=True
		)
		details += _changes(employee, {"jabatan": jabatan.name, "tmt_jabatan": doc.tmt})
		details += _changes(employee, {"designation": jabatan.designation, "department": jabatan.unit_kerja})
	if doc.jenis in rules.MENGUBAH_PANGKAT:
		details += _changes(employee, {"grade": doc.golongan_tujuan, "tmt_golongan": doc.tmt})
	promotion = frappe.get_doc(
		{
			"doctype": "Employee Promotion",
			"employee": doc.employee,
			"company": employee.company,
			"promotion_date": doc.tmt,
			"promotion_details": details,
		}
	)
	promotion.flags.ignore_permissions = True
	promotion.insert()
	if getdate(doc.tmt) <= getdate(today()):
		_submit(promotion)
	return promotion.name


def _changes(employee, values: dict) -> list[dict]:
	meta = frappe.get_meta("Employee")
	return [
		{
			"property": meta.get_label(fieldname),
			"fieldname": fieldname,
			"current": str(employee.get(fieldname) or ""),
			"new": str(value),
		}
		for fieldname, value in values.items()
		if value and str(employee.get(fieldname) or "") != str(value)
	]


def submit_due_promotions() -> list[str]:
	"""Daily: submit the drafts whose TMT has come. Running it twice changes nothing more."""
	due = frappe.get_all(
		DOCTYPE,
		filters={"docstatus": 1, "employee_promotion": ("is", "set")},
		pluck="employee_promotion",
	)
	names = frappe.get_all(
		"Employee Promotion",
		filters={"name": ("in", due), "docstatus": 0, "promotion_date": ("<=", today())},
		pluck="name",
	) if due else []  # fmt: skip
	for name in names:
		_submit(frappe.get_doc("Employee Promotion", name))
	return names


def _submit(promotion) -> None:
	promotion.flags.ignore_permissions = True
	promotion.submit()
	promotion.add_comment("Info", _("Diajukan otomatis pada TMT dari usulan promosi yang ditetapkan."))
