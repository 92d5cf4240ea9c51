"""Move an installed site from the one module "ASN Merit" (0.1.0) to the feature modules.

Runs before the model sync: the DocTypes' controllers now live in the feature folders, and
Frappe finds a controller through the module stored on the DocType, so the stored module must
name the new folder before anything loads a document. The sync then brings the rest of each
record up to date from its file. A record the regency made in the old module (a report, a
custom field) moves to "Sistem Merit"; remove_module_0_1 deletes the empty old module later.
"""

import json
import os

import frappe
from frappe.installer import add_module_defs

from asn_merit.constants import MODULE_0_1, MODULE_KEPEGAWAIAN, MODULE_SISTEM_MERIT
from asn_merit.setup.custom_fields import CUSTOM_FIELDS

APP = "asn_merit"


def execute():
	if not frappe.db.exists("Module Def", MODULE_0_1):
		return
	add_module_defs(APP, ignore_if_duplicate=True)
	for doctype, name, module in standard_records():
		frappe.db.set_value(doctype, name, "module", module, update_modified=False)
	for doctype, fields in CUSTOM_FIELDS.items():
		for field in fields:
			name = f"{doctype}-{field['fieldname']}"
			frappe.db.set_value("Custom Field", name, "module", MODULE_KEPEGAWAIAN, update_modified=False)
	for doctype, fieldname in records_linking_a_module():
		frappe.db.set_value(
			doctype, {fieldname: MODULE_0_1}, fieldname, MODULE_SISTEM_MERIT, update_modified=False
		)
	frappe.clear_cache()


def standard_records():
	"""(doctype, name, module) of every record our module folders hold that the site has."""
	for module in frappe.get_module_list(APP):
		folder = frappe.get_module_path(module)
		for kind in sorted(os.listdir(folder)):
			for path in _record_files(os.path.join(folder, kind)):
				with open(path) as file:
					record = json.load(file)
				if isinstance(record, dict) and record.get("module") == module:
					doctype, name = record.get("doctype"), record.get("name")
					if frappe.db.exists(doctype, name):
						yield doctype, name, module


def _record_files(kind_folder: str):
	if not os.path.isdir(kind_folder):
		return
	for entry in sorted(os.listdir(kind_folder)):
		path = os.path.join(kind_folder, entry, f"{entry}.json")
		if os.path.isfile(path):
			yield path


def records_linking_a_module() -> list[tuple[str, str]]:
	"""(doctype, fieldname) of every Link to Module Def, as Frappe's own uninstall finds them."""
	links = frappe.get_all(
		"DocField", filters={"fieldtype": "Link", "options": "Module Def"}, fields=["parent", "fieldname"]
	)
	return [
		(link.parent, link.fieldname)
		for link in links
		if frappe.db.table_exists(link.parent) and not frappe.get_meta(link.parent).issingle
	]
