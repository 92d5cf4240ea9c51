"""Working-day (hari kerja) arithmetic: Monday to Friday, minus the holidays the caller passes.

Used where the rule itself says "hari kerja": staffing objections (PP 79/2021 Pasal 4(2), 5(1)),
the appraisal finalisation by the assessor's superior (PP 30/2019 Pasal 50), information requests
(UU 14/2008 Pasal 22(7)) and the SP4N-LAPOR! internal targets. Rules that say only "hari" count
calendar days (merit.tenggat). The holidays are a collection of dates: the national holidays and
cuti bersama of merit.hari_libur (tanggal_libur), or the dates of the regency's Holiday List, so this
stays free of Frappe and can be tested on its own.
"""

from collections.abc import Collection
from datetime import date, timedelta

WEEKEND = {5, 6}  # Saturday, Sunday


def is_working_day(day: date, holidays: Collection[date] = ()) -> bool:
	return day.weekday() not in WEEKEND and day not in holidays


def add_working_days(start: date, days: int, holidays: Collection[date] = ()) -> date:
	"""The date `days` working days after `start`; the start day itself is not counted."""
	if days < 0:
		raise ValueError("days must not be negative")
	current = start
	remaining = days
	while remaining:
		current += timedelta(days=1)
		if is_working_day(current, holidays):
			remaining -= 1
	return current


def working_days_between(start: date, end: date, holidays: Collection[date] = ()) -> int:
	"""Working days after `start` up to and including `end`; 0 when `end` is not after `start`."""
	count = 0
	current = start
	while current < end:
		current += timedelta(days=1)
		if is_working_day(current, holidays):
			count += 1
	return count
