"""Indonesia's national holidays and cuti bersama as the company's working-day calendar.

On install, and again on demand (bench asn-hari-libur, or when a new year's data ships), a
Holiday List "Hari Libur Indonesia" covers the years asn_merit.merit.hari_libur holds (the SKB
of the three ministers, cited there): weekends, libur nasional, cuti bersama, and every day of
the company's own default list in those years, so a regency's local holidays stay. It becomes
the company's default, which HRMS (leave) and our deadlines (complaints, objections) read. A
year the app does not ship yet is added in the desk as rows of that list: no code needed.
The previous default is remembered and given back on uninstall.
"""

from datetime import date

import frappe
from frappe.utils import getdate

from asn_merit.merit.hari_libur import TAHUN_TERSEDIA, baris_holiday_list

NAME = "Hari Libur Indonesia"
PREVIOUS_DEFAULT_MARKER = "asn_merit_previous_holiday_list"


def make_national_holiday_list(company: str | None = None) -> str | None:
	"""Create or bring up to date the list and make it `company`'s default (by default the
	site's default company); None when the site has no company yet."""
	company = company or frappe.defaults.get_global_default("company")
	if not company or not TAHUN_TERSEDIA:
		return None
	previous = frappe.db.get_value("Company", company, "default_holiday_list")
	holiday_list = _get_or_new()
	_add_rows(holiday_list, _shipped_rows() + _own_rows(previous))
	holiday_list.save(ignore_permissions=True)
	if previous != NAME:
		frappe.db.set_default(PREVIOUS_DEFAULT_MARKER, json_pair(company, previous))
		frappe.db.set_value("Company", company, "default_holiday_list", NAME)
		print(f"asn_merit: {company} now uses the Holiday List '{NAME}' (was: {previous or 'none'})")
	return NAME


def restore_previous_default() -> None:
	"""On uninstall: the company gets its own default list back; our list stays with the data
	(leave applications may refer to it)."""
	stored = frappe.db.get_default(PREVIOUS_DEFAULT_MARKER)
	if not stored:
		return
	company, previous = frappe.parse_json(stored)
	if frappe.db.exists("Company", company):
		frappe.db.set_value("Company", company, "default_holiday_list", previous)
	frappe.db.set_default(PREVIOUS_DEFAULT_MARKER, None)


def json_pair(company: str, previous: str | None) -> str:
	return frappe.as_json([company, previous])


def _get_or_new():
	years = sorted(TAHUN_TERSEDIA)
	if frappe.db.exists("Holiday List", NAME):
		holiday_list = frappe.get_doc("Holiday List", NAME)
	else:
		holiday_list = frappe.new_doc("Holiday List")
		holiday_list.holiday_list_name = NAME
	holiday_list.from_date = min(
		getdate(holiday_list.from_date or date(years[0], 1, 1)), date(years[0], 1, 1)
	)
	holiday_list.to_date = max(
		getdate(holiday_list.to_date or date(years[-1], 12, 31)), date(years[-1], 12, 31)
	)
	return holiday_list


def _shipped_rows() -> list[dict]:
	rows = []
	for year in sorted(TAHUN_TERSEDIA):
		rows += _weekends(year) + baris_holiday_list(year)
	return rows


def _weekends(year: int) -> list[dict]:
	days, day = [], date(year, 1, 1)
	while day.year == year:
		if day.weekday() >= 5:
			days.append({"holiday_date": day, "description": day.strftime("%A"), "weekly_off": 1})
		day = date.fromordinal(day.toordinal() + 1)
	return days


def _own_rows(holiday_list: str | None) -> list[dict]:
	"""The regency's own days in the years we cover, from the list it used before."""
	if not holiday_list or holiday_list == NAME:
		return []
	rows = frappe.get_all(
		"Holiday",
		filters={"parent": holiday_list, "parenttype": "Holiday List"},
		fields=["holiday_date", "description", "weekly_off"],
	)
	return [row for row in rows if getdate(row.holiday_date).year in TAHUN_TERSEDIA]


def _add_rows(holiday_list, rows: list[dict]) -> None:
	"""One row a day: a day already listed keeps its row (a regency's own description wins)."""
	listed = {getdate(row.holiday_date) for row in holiday_list.holidays}
	for row in rows:
		day = getdate(row["holiday_date"])
		if day not in listed and holiday_list.from_date <= day <= holiday_list.to_date:
			holiday_list.append("holidays", {**row, "holiday_date": day})
			listed.add(day)
