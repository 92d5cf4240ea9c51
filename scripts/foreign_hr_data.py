"""A regency's existing HR data, not shaped like our demo: what scripts/test-foreign-install
installs asn_merit onto. Its own company, holiday list and grades ("Grade 1", "Honorer A",
"Kontrak B", and "IV/d" and "III/a" created before install), 300 employees without NIP, among
them contract, part-time and intern staff, some who left, employee numbers that look like NIPs
(malformed ones, and one 18-digit number held twice), and promotions made in HRMS.

The site it fills is kept as a snapshot keyed on this file: change it and the next run fills
a new one.
"""

import random

import frappe

COMPANY = "Pemerintah Kabupaten Sukamaju"
GRADES = ("Grade 1", "Grade 2", "Honorer A", "Kontrak B", "IV/d", "III/a")
EMPLOYMENT_TYPES = ("Full-time", "Full-time", "Full-time", "Contract", "Part-time", "Intern")
EMPLOYEES = 300
TWICE = "198001012005011001"  # an 18-digit employee number two records share


def fill() -> None:
	from asn_merit.setup.wizard import complete_setup_wizard  # the app's files, not installed yet

	complete_setup_wizard(COMPANY, "PKS")
	rng = random.Random(2026)
	holiday_list = make_holiday_list()
	frappe.db.set_value("Company", COMPANY, "default_holiday_list", holiday_list)
	for grade in GRADES:
		frappe.get_doc({"doctype": "Employee Grade", "__newname": grade}).insert(ignore_if_duplicate=True)
	designations = [make_designation(name) for name in ("Staf Umum", "Bendahara", "Kepala Seksi", "Sopir")]
	employees = [make_employee(index, rng, designations) for index in range(EMPLOYEES)]
	for employee in employees[:6]:
		promote(employee, rng.choice(designations))
	frappe.db.commit()


def make_holiday_list() -> str:
	name = "Libur Sukamaju 2026"
	if not frappe.db.exists("Holiday List", name):
		frappe.get_doc(
			{
				"doctype": "Holiday List",
				"holiday_list_name": name,
				"from_date": "2026-01-01",
				"to_date": "2026-12-31",
				"holidays": [{"holiday_date": "2026-08-17", "description": "Hari Kemerdekaan"}],
			}
		).insert()
	return name


def make_designation(name: str) -> str:
	if not frappe.db.exists("Designation", name):
		frappe.get_doc({"doctype": "Designation", "designation_name": name}).insert()
	return name


def make_employee(index: int, rng: random.Random, designations: list[str]) -> str:
	born = f"19{rng.randint(65, 99)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
	employee_number = (
		TWICE
		if index in (7, 8)
		else rng.choice(
			[
				None,
				f"{born.replace('-', '')}20050{rng.randint(1, 2)}1{index:03d}",  # NIP-like
				f"{born.replace('-', '')} 200501 1 {index:03d}",  # NIP with spaces
				f"HNR-{index:04d}",
			]
		)
	)
	doc = frappe.get_doc(
		{
			"doctype": "Employee",
			"first_name": f"Pegawai {index:03d}",
			"gender": rng.choice(["Male", "Female"]),
			"date_of_birth": born,
			"date_of_joining": f"20{rng.randint(0, 24):02d}-0{rng.randint(1, 9)}-01",
			"company": COMPANY,
			"status": "Left" if index % 29 == 0 else "Active",
			"relieving_date": "2026-01-31" if index % 29 == 0 else None,
			"employment_type": rng.choice(EMPLOYMENT_TYPES),
			"grade": rng.choice(GRADES),
			"designation": rng.choice(designations),
			"employee_number": employee_number,
		}
	).insert()
	return doc.name


def promote(employee: str, designation: str) -> None:
	current = frappe.db.get_value("Employee", employee, "designation")
	if current == designation:
		return
	frappe.get_doc(
		{
			"doctype": "Employee Promotion",
			"employee": employee,
			"promotion_date": "2026-01-02",
			"promotion_details": [
				{
					"property": "Designation",
					"fieldname": "designation",
					"current": current,
					"new": designation,
				}
			],
		}
	).submit()
