"""The working-day calendar: the dates of a Holiday List, by default the default company's."""

import frappe
from frappe.utils import cint, getdate

from asn_merit.merit.hari_libur import CUTI_BERSAMA, jenis_dari_nama


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
	# Whether cuti bersama stop working-day clocks is not settled: a setting, off by default.
	cuti_bersama_bekerja = cint(frappe.db.get_single_value("ASN Merit Settings", "cuti_bersama_hari_kerja"))
	return frozenset(
		getdate(row.holiday_date)
		for row in frappe.get_cached_doc("Holiday List", holiday_list).holidays
		if not (cuti_bersama_bekerja and jenis_dari_nama(row.description or "") == CUTI_BERSAMA)
	)
