"""Pengaduan Settings read with their defaults, and the working-day calendar they point to."""

import frappe

from asn_merit.inputs.holidays import company_holiday_list, holidays_of
from asn_merit.merit.pengaduan_deadlines import (
	ASPIRASI,
	BERKADAR_PENGAWASAN,
	PENGADUAN,
	PERMINTAAN_INFORMASI,
)


def get_pengaduan_settings():
	"""The settings; any day count never saved reads as its field default."""
	settings = frappe.get_cached_doc("Pengaduan Settings")
	for df in settings.meta.fields:
		if df.fieldtype == "Int" and df.default and not settings.get(df.fieldname):
			settings.set(df.fieldname, frappe.utils.cint(df.default))
	return settings


def get_day_counts() -> dict[str, int]:
	settings = get_pengaduan_settings()
	return {
		"verifikasi": settings.hari_verifikasi,
		"tutup_otomatis": settings.hari_tutup_otomatis,
		PERMINTAAN_INFORMASI: settings.hari_permintaan_informasi,
		ASPIRASI: settings.hari_aspirasi,
		PENGADUAN: settings.hari_pengaduan,
		BERKADAR_PENGAWASAN: settings.hari_berkadar_pengawasan,
	}


def get_holidays() -> frozenset:
	"""Holidays of the chosen Holiday List, else of the default company's."""
	return holidays_of(get_pengaduan_settings().holiday_list or company_holiday_list())


def get_penghubung(unit_kerja: str) -> list[str]:
	"""Users who receive the disposisi for a unit."""
	return [row.user for row in get_pengaduan_settings().penghubung if row.unit_kerja == unit_kerja]


def get_penghubung_units(user: str) -> list[str]:
	return [row.unit_kerja for row in get_pengaduan_settings().penghubung if row.user == user]
