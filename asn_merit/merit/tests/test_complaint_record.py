import unittest
from datetime import date

from asn_merit.merit.complaint_record import TERBUKTI, ComplaintFinding, track_record_marks


def finding(name, employee="EMP-1", hasil=TERBUKTI, closed_on=date(2026, 1, 5)):
	return ComplaintFinding(name, employee, hasil, closed_on)


class TestTrackRecordMarks(unittest.TestCase):
	def test_substantiated_closed_counts(self):
		self.assertEqual([m.name for m in track_record_marks("EMP-1", [finding("A")])], ["A"])

	def test_unsubstantiated_leaves_no_mark(self):
		self.assertEqual(track_record_marks("EMP-1", [finding("A", hasil="Tidak Terbukti")]), [])

	def test_open_complaint_leaves_no_mark(self):
		self.assertEqual(track_record_marks("EMP-1", [finding("A", closed_on=None)]), [])

	def test_other_employee_ignored_and_sorted(self):
		findings = [finding("B", closed_on=date(2026, 3, 1)), finding("C", employee="EMP-2"), finding("A")]
		self.assertEqual([m.name for m in track_record_marks("EMP-1", findings)], ["A", "B"])
