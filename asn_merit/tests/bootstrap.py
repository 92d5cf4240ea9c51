"""`before_tests`: a set-up regency and our curated records, instead of ERPNext's `_Test` ones."""

import json
from pathlib import Path

import frappe
from frappe.utils import getdate

from asn_merit.setup.wizard import complete_setup_wizard, make_holiday_list

TEST_RECORDS = Path(__file__).with_name("test_records.json")
TEST_COMPANY = "Pemerintah Kabupaten Contoh"


def before_tests():
	frappe.clear_cache()
	if not frappe.db.a_row_exists("Company"):
		# English, so that Frappe's and ERPNext's own messages in assertions stay stable.
		complete_setup_wizard(TEST_COMPANY, language="en", email="test@asn-merit.test")
	make_holiday_list(TEST_COMPANY, getdate().year)
	load_test_records()
	# Test records are ours; the runner must not build `_Test ...` records for linked DocTypes.
	frappe.flags.skip_test_records = True
	frappe.db.commit()


def load_test_records():
	for record in json.loads(TEST_RECORDS.read_text()):
		if not frappe.db.exists(record["doctype"], record.get("name") or record_filters(record)):
			frappe.get_doc(record).insert(ignore_permissions=True)


def record_filters(record: dict) -> dict:
	return {key: value for key, value in record.items() if isinstance(value, str) and key != "doctype"}
