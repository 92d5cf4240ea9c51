import unittest
from datetime import date

from asn_merit.merit.hari_libur import tanggal_libur
from asn_merit.merit.working_days import add_working_days, is_working_day, working_days_between

MONDAY = date(2026, 11, 16)
FRIDAY = date(2026, 11, 20)


class TestIsWorkingDay(unittest.TestCase):
	def test_weekday_is_working(self):
		self.assertTrue(is_working_day(MONDAY, set()))

	def test_weekend_is_not_working(self):
		self.assertFalse(is_working_day(date(2026, 11, 21), set()))
		self.assertFalse(is_working_day(date(2026, 11, 22), set()))

	def test_holiday_is_not_working(self):
		self.assertFalse(is_working_day(MONDAY, {MONDAY}))


class TestAddWorkingDays(unittest.TestCase):
	def test_three_days_within_week(self):
		self.assertEqual(add_working_days(MONDAY, 3), date(2026, 11, 19))

	def test_skips_weekend(self):
		self.assertEqual(add_working_days(FRIDAY, 1), date(2026, 11, 23))

	def test_skips_holidays(self):
		self.assertEqual(add_working_days(MONDAY, 3, {date(2026, 11, 17)}), date(2026, 11, 20))

	def test_zero_days_is_start(self):
		self.assertEqual(add_working_days(MONDAY, 0), MONDAY)

	def test_negative_days_refused(self):
		with self.assertRaises(ValueError):
			add_working_days(MONDAY, -1)

	def test_submitted_on_weekend_counts_from_monday(self):
		self.assertEqual(add_working_days(date(2026, 11, 21), 1), date(2026, 11, 23))


class TestWorkingDaysBetween(unittest.TestCase):
	def test_inverse_of_add(self):
		holidays = {date(2026, 11, 18)}
		end = add_working_days(MONDAY, 10, holidays)
		self.assertEqual(working_days_between(MONDAY, end, holidays), 10)

	def test_end_before_start_is_zero(self):
		self.assertEqual(working_days_between(FRIDAY, MONDAY), 0)

	def test_weekend_only_gap_is_zero(self):
		self.assertEqual(working_days_between(FRIDAY, date(2026, 11, 22)), 0)


class TestWithTheShippedCalendar(unittest.TestCase):
	"""The SKB 2026 dates as `holidays`: Nyepi and Idulfitri with their cuti bersama, 18-24 March."""

	def test_no_holidays_given_means_weekends_only(self):
		self.assertTrue(is_working_day(date(2026, 3, 20)))

	def test_cuti_bersama_are_skipped_by_default(self):
		holidays = tanggal_libur(2026)
		self.assertFalse(is_working_day(date(2026, 3, 20), holidays))
		self.assertEqual(add_working_days(date(2026, 3, 17), 3, holidays), date(2026, 3, 27))
		self.assertEqual(working_days_between(date(2026, 3, 17), date(2026, 3, 31), holidays), 5)

	def test_cuti_bersama_as_working_days_when_so_set(self):
		holidays = tanggal_libur(2026, cuti_bersama_hari_kerja=True)
		self.assertTrue(is_working_day(date(2026, 3, 20), holidays))
		self.assertEqual(add_working_days(date(2026, 3, 17), 3, holidays), date(2026, 3, 23))

	def test_across_the_year_end(self):
		# 24 December 2026 cuti bersama, 25 Natal, 1 January 2027, then 5 January Isra Mikraj.
		holidays = tanggal_libur([2026, 2027])
		self.assertEqual(add_working_days(date(2026, 12, 23), 5, holidays), date(2027, 1, 4))
		self.assertEqual(add_working_days(date(2026, 12, 23), 6, holidays), date(2027, 1, 6))
