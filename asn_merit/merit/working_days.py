"""Working-day arithmetic for complaint deadlines (Pengaduan Masyarakat).

Complaint deadlines (SP4N-LAPOR!, Perpres 76/2013) are counted in working days: Monday to Friday, minus the
holidays of the company's Holiday List. The caller passes the holidays as a set of dates, so
this stays free of Frappe and can be tested on its own.
"""

from collections.abc import Collection
from datetime import date, timedelta

WEEKEND = {5, 6}  # Saturday, Sunday


def is_working_day(day: date, holidays: Collection[date]) -> bool:
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
