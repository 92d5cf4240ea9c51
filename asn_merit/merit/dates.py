"""Calendar arithmetic the rules share."""

from datetime import date


def full_years(start: date, end: date) -> int:
	"""Whole years from start to end: exactly 4 on the fourth anniversary, 3 the day before."""
	years = end.year - start.year
	if (end.month, end.day) < (start.month, start.day):
		years -= 1
	return years


def format_date(value: date) -> str:
	return f"{value:%d-%m-%Y}"
