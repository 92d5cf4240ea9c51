"""The working-day calendar: the dates of a Holiday List, by default the default company's."""

import frappe
from frappe.utils import getdate


def company_holidays() -> frozenset:
	return holidays_of(company_holiday_list())


def company_holiday_list() -> str | None:
	company = frappe.defaults.get_global_default("company")
	return frappe.get_cached_value("Company", company, "default_holiday_list") if company else None


def holidays_of(holiday_list: str | None) -> frozenset:
	"""Read through Frappe's document cache, which a save of the Holiday List clears: every
	complaint received computes its deadlines from it (as ERPNext's SLA does)."""
	if not holiday_list:
		return frozenset()
	return frozenset(
		getdate(row.holiday_date) for row in frappe.get_cached_doc("Holiday List", holiday_list).holidays
	)
