"""`before_tests`: a set-up regency and our curated records, instead of ERPNext's `_Test` ones.

Frappe runs every installed app's `before_tests` when `run-tests` is given a module or a
DocType rather than an app, so this runs before HRMS's or ERPNext's own tests too. It then
stands aside: it must not switch off the test records those tests build, nor depend on a site
set up our way.
"""

import json
import sys
from itertools import pairwise
from pathlib import Path

import frappe
from frappe.utils import getdate

from asn_merit.setup.wizard import complete_setup_wizard, make_holiday_list

TEST_RECORDS = Path(__file__).with_name("test_records.json")
TEST_COMPANY = "Pemerintah Kabupaten Contoh"
APP = "asn_merit"


def before_tests():
	if not running_our_tests(sys.argv):
		return
	frappe.clear_cache()
	if not frappe.db.a_row_exists("Company"):
		# English, so that Frappe's and ERPNext's own messages in assertions stay stable.
		complete_setup_wizard(TEST_COMPANY, language="en", email="test@asn-merit.test")
	make_test_company()
	make_holiday_list(TEST_COMPANY, getdate().year)
	load_test_records()
	# Test records are ours; the runner must not build `_Test ...` records for linked DocTypes.
	frappe.flags.skip_test_records = True
	frappe.db.commit()


def running_our_tests(argv: list[str]) -> bool:
	"""Whether the tests run-tests is about to run are ours. Frappe passes the hook no hint, so
	read what run-tests was given: --app, --module (a dotted path) or --doctype."""
	options = dict(pairwise(argv))
	if "--app" in options:
		return options["--app"] == APP
	if "--module" in options:
		return options["--module"].split(".")[0] == APP
	module = options.get("--module-def")
	if "--doctype" in options:
		module = frappe.db.get_value("DocType", options["--doctype"], "module")
	if module or "--doctype" in options:
		return frappe.db.get_value("Module Def", module, "app_name") == APP
	return True


def make_test_company():
	"""Our tests' company, also on a site whose setup wizard ran for another company."""
	if frappe.db.exists("Company", TEST_COMPANY):
		return
	frappe.get_doc(
		{
			"doctype": "Company",
			"company_name": TEST_COMPANY,
			"abbr": "PKC",
			"country": "Indonesia",
			"default_currency": "IDR",
			"chart_of_accounts": "Standard",
		}
	).insert(ignore_permissions=True)


def load_test_records():
	for record in json.loads(TEST_RECORDS.read_text()):
		if not frappe.db.exists(record["doctype"], record.get("name") or record_filters(record)):
			frappe.get_doc(record).insert(ignore_permissions=True)


def record_filters(record: dict) -> dict:
	return {key: value for key, value in record.items() if isinstance(value, str) and key != "doctype"}
