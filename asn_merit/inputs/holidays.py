"""The working-day calendar: holidays of the default company's Holiday List."""

import frappe
from frappe.utils import getdate


def company_holidays() -> frozenset:
	return holidays_of(company_holiday_list())


def company_holiday_list() -> str | None:
	company = frappe.defaults.get_global_default("company")
	return frappe.get_cached_value("Company", company, "default_holiday_list") if company else None


def holidays_of(holiday_list: str | None) -> frozenset:
	if not holiday_list:
		return frozenset()
	dates = frappe.get_all("Holiday", filters={"parent": holiday_list}, pluck="holiday_date")
	return frozenset(getdate(day) for day in dates)
