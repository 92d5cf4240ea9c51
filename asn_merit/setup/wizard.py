"""The setup wizard without prompts, for `scripts/up` and the test bootstrap.

A regency installing on an existing ERPNext has done this already; these defaults are
what a new Indonesian regency would type into the wizard.
"""

from datetime import date

import frappe
from frappe.desk.page.setup_wizard.setup_wizard import setup_complete

LANGUAGE_NAMES = {"id": "Indonesia", "en": "English"}


def complete_setup_wizard(
	company_name: str = "Pemerintah Kabupaten Contoh",
	company_abbr: str = "PKC",
	language: str = "id",
	email: str = "admin@kabupaten-contoh.go.id",
	password: str = "admin",
) -> None:
	"""Run ERPNext's (and HRMS's) setup stages once: Indonesia, IDR, Asia/Jakarta."""
	if frappe.is_setup_complete():
		return
	year = date.today().year
	language_name = LANGUAGE_NAMES.get(language, language)
	setup_complete(
		{
			"language": language_name,
			"lang": language_name,
			"country": "Indonesia",
			"currency": "IDR",
			"timezone": "Asia/Jakarta",
			"company_name": company_name,
			"company_abbr": company_abbr,
			"chart_of_accounts": "Standard",
			"fy_start_date": f"{year}-01-01",
			"fy_end_date": f"{year}-12-31",
			"full_name": "Administrator BKPSDM",
			"email": email,
			"password": password,
		}
	)
	frappe.db.commit()


def make_holiday_list(company: str, year: int) -> str:
	"""A holiday list of the year's weekends, set as the company's default (HRMS needs one)."""
	name = f"Hari Libur {year}"
	if not frappe.db.exists("Holiday List", name):
		holiday_list = frappe.get_doc(
			{
				"doctype": "Holiday List",
				"holiday_list_name": name,
				"from_date": f"{year}-01-01",
				"to_date": f"{year}-12-31",
			}
		)
		for weekly_off in ("Saturday", "Sunday"):
			holiday_list.weekly_off = weekly_off
			holiday_list.get_weekly_off_dates()
		holiday_list.insert(ignore_permissions=True)
	frappe.db.set_value("Company", company, "default_holiday_list", name)
	return name
