"""The holidays complaint deadlines skip come from Redis (pengaduan.working_days): a holiday saved
to the list counts for the next complaint, and one rolled back is not remembered."""

import json

import frappe
from frappe.utils import getdate
from frappe.website.doctype.web_form.web_form import accept

from asn_merit.inputs.holidays import company_holiday_list
from asn_merit.inputs.pengaduan_settings import get_holidays, get_pengaduan_settings
from asn_merit.pengaduan.working_days import complaint_holidays
from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import public_form_data

MONDAY = "2026-11-02"


class TestComplaintHolidays(ASNTestCase):
	def setUp(self):
		super().setUp()
		self.addCleanup(setattr, frappe.flags, "in_web_form", False)
		name = get_pengaduan_settings().holiday_list or company_holiday_list()
		self.holiday_list = frappe.get_doc("Holiday List", name)

	def submit(self):
		with self.set_user("Guest"):
			return accept("pengaduan-masyarakat", json.dumps(public_form_data(), default=str))

	def add_holiday(self, day) -> None:
		self.holiday_list.append("holidays", {"holiday_date": day, "description": "Libur daerah (uji)"})
		self.holiday_list.save()

	def test_a_holiday_saved_to_the_list_moves_the_next_complaints_deadline(self):
		with self.freeze_time(MONDAY, tick=True):
			day = getdate(self.submit().batas_verifikasi)
			self.add_holiday(day)
			later = getdate(self.submit().batas_verifikasi)
		self.assertGreater(later, day)
		self.assertEqual(complaint_holidays(), get_holidays())

	def test_a_holiday_rolled_back_is_forgotten(self):
		with self.freeze_time(MONDAY, tick=True):
			day = getdate(self.submit().batas_verifikasi)
			self.add_holiday(day)
			self.assertIn(day, complaint_holidays())
			frappe.db.rollback()
			self.assertNotIn(day, complaint_holidays())
		self.assertEqual(complaint_holidays(), get_holidays())
