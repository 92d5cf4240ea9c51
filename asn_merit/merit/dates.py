"""Calendar arithmetic the rules share."""

from collections.abc import Iterable
from datetime import date, timedelta

HARI_SETAHUN = 365  # days that make a year when left-over days of separate periods are added up


def full_years(start: date, end: date) -> int:
	"""Whole years from start to end: exactly 4 on the fourth anniversary, 3 the day before."""
	years = end.year - start.year
	if (end.month, end.day) < (start.month, start.day):
		years -= 1
	return years


def format_date(value: date) -> str:
	return f"{value:%d-%m-%Y}"


def anniversary(start: date, years: int) -> date:
	"""The day `start` is `years` whole years old, as `full_years` counts: 29 February's
	anniversary in a common year is 1 March."""
	try:
		return start.replace(year=start.year + years)
	except ValueError:  # 29 February
		return date(start.year + years, 3, 1)


def lama(start: date, end: date) -> tuple[int, int]:
	"""From `start` up to (not including) `end`: whole years by anniversary, and the days after
	the last anniversary. (0, 0) when `end` is not after `start`."""
	if end <= start:
		return 0, 0
	years = full_years(start, end)
	return years, (end - anniversary(start, years)).days


def periode_gabungan(periods: Iterable[tuple[date, date | None]], on: date) -> list[tuple[date, date]]:
	"""The union of periods before `on`, as (first day, day after the last) spans, overlaps merged.

	Each period is (first day, last day) with both days in it; a last day of None means still
	running. Days from `on` onwards are left out.
	"""
	spans = sorted(
		(start, min(end + timedelta(days=1), on) if end else on)
		for start, end in periods
		if start and start < on
	)
	merged: list[tuple[date, date]] = []
	for start, stop in spans:
		if merged and start <= merged[-1][1]:
			if stop > merged[-1][1]:
				merged[-1] = (merged[-1][0], stop)
		elif stop > start:
			merged.append((start, stop))
	return merged


def masa_periode(periods: Iterable[tuple[date, date | None]], on: date) -> tuple[int, int]:
	"""Time served in the periods before `on`, overlaps once: (years, days).

	Each unbroken span counts whole years by anniversary (so one period running up to `on` is
	judged exactly as `full_years` would) and its days after the last anniversary; the spans'
	years and days are added, every HARI_SETAHUN left-over days making one more year.
	"""
	years = days = 0
	for start, stop in periode_gabungan(periods, on):
		span_years, span_days = lama(start, stop)
		years, days = years + span_years, days + span_days
	return years + days // HARI_SETAHUN, days % HARI_SETAHUN


def format_lama(years: int, days: int) -> str:
	"""'3 tahun 120 hari', '4 tahun', '120 hari', '0 hari'."""
	parts = ([f"{years} tahun"] if years else []) + ([f"{days} hari"] if days or not years else [])
	return " ".join(parts)
