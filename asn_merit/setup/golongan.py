"""The 17 golongan ruang of PNS and the 17 golongan of PPPK (I-XVII, Perpres 98/2020) as HRMS
`Employee Grade` records, created on install.

Why Employee Grade and not a DocType of our own: HRMS already links it from Employee
(`Employee.grade`), lets `Employee Promotion` change it as a promotion property, and uses it
in onboarding, separation and salary structures. A golongan is exactly that: the grade a
person holds. We add the pangkat name and the order as custom fields and name each record by
its code ("III/b"), so the pure rules in `asn_merit.merit.pangkat` read the code directly.
A regency's other grades (for non-ASN staff) can live beside them; they are not golongan.
A PPPK golongan has no pangkat and no order among the PNS golongan: its urutan stays empty, so
no rule of PNS rank (regular promotion, eselon ranges) ever takes it for one.
"""

import json

import frappe

from asn_merit.merit.pangkat import GOLONGAN, GOLONGAN_PPPK

# The golongan this app created, as a JSON list in a site default: uninstall may remove only
# those. A regency that had its own "IV/d" before install keeps it.
CREATED_MARKER = "asn_merit_created_golongan"


def make_golongan():
	created = set(created_golongan())
	for golongan in GOLONGAN:
		if frappe.db.exists("Employee Grade", golongan.kode):
			# Only our own columns; the regency's record otherwise stays as it was (modified too).
			frappe.db.set_value(
				"Employee Grade",
				golongan.kode,
				{"pangkat": golongan.pangkat, "urutan_golongan": golongan.urutan},
				update_modified=False,
			)
			continue
		grade = frappe.new_doc("Employee Grade")
		grade.update({"pangkat": golongan.pangkat, "urutan_golongan": golongan.urutan})
		grade.insert(set_name=golongan.kode, ignore_permissions=True)
		created.add(golongan.kode)
	for kode in GOLONGAN_PPPK:
		if not frappe.db.exists("Employee Grade", kode):
			grade = frappe.new_doc("Employee Grade")
			grade.pangkat = f"Golongan PPPK {kode}"
			grade.insert(set_name=kode, ignore_permissions=True)
			created.add(kode)
	remember_created(created)


def created_golongan() -> list[str]:
	return json.loads(frappe.db.get_default(CREATED_MARKER) or "[]")


def remember_created(codes) -> None:
	order = [golongan.kode for golongan in GOLONGAN] + list(GOLONGAN_PPPK)
	frappe.db.set_default(CREATED_MARKER, json.dumps(sorted(codes, key=order.index)))


def delete_unused_golongan() -> list[str]:
	"""On uninstall, drop the golongan we created that no Employee refers to; those in use stay
	with the data, and those the site had before install are never touched. Returns what stays."""
	kept = []
	for kode in created_golongan():
		if not frappe.db.exists("Employee Grade", kode):
			continue
		if frappe.db.exists("Employee", {"grade": kode}):
			kept.append(kode)
			continue
		frappe.delete_doc("Employee Grade", kode, ignore_permissions=True, force=True)
	frappe.db.set_default(CREATED_MARKER, None)
	return kept
