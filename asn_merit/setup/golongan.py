"""The 17 golongan as HRMS `Employee Grade` records, created on install.

Why Employee Grade and not a DocType of our own: HRMS already links it from Employee
(`Employee.grade`), lets `Employee Promotion` change it as a promotion property, and uses it
in onboarding, separation and salary structures. A golongan is exactly that: the grade a
person holds. We add the pangkat name and the order as custom fields and name each record by
its code ("III/b"), so the pure rules in `asn_merit.merit.pangkat` read the code directly.
A regency's other grades (for non-ASN staff) can live beside them; they are not golongan.
"""

import frappe

from asn_merit.merit.pangkat import GOLONGAN


def make_golongan():
	for golongan in GOLONGAN:
		if frappe.db.exists("Employee Grade", golongan.kode):
			frappe.db.set_value(
				"Employee Grade",
				golongan.kode,
				{"pangkat": golongan.pangkat, "urutan_golongan": golongan.urutan},
			)
			continue
		grade = frappe.new_doc("Employee Grade")
		grade.update({"pangkat": golongan.pangkat, "urutan_golongan": golongan.urutan})
		grade.insert(set_name=golongan.kode, ignore_permissions=True)


def delete_unused_golongan():
	"""On uninstall, drop the golongan no record refers to; those in use stay with the data."""
	for golongan in GOLONGAN:
		if frappe.db.exists("Employee Grade", golongan.kode) and not frappe.db.exists(
			"Employee", {"grade": golongan.kode}
		):
			frappe.delete_doc("Employee Grade", golongan.kode, ignore_permissions=True, force=True)
