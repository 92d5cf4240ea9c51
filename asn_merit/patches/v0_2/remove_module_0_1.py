"""Delete the Module Def "ASN Merit" once split_into_feature_modules has moved everything out."""

import frappe

from asn_merit.constants import MODULE_0_1
from asn_merit.patches.v0_2.split_into_feature_modules import records_linking_a_module


def execute():
	if not frappe.db.exists("Module Def", MODULE_0_1):
		return
	for doctype, fieldname in records_linking_a_module():
		if frappe.db.exists(doctype, {fieldname: MODULE_0_1}):
			return  # something still names it: keep the module rather than delete that record
	frappe.delete_doc("Module Def", MODULE_0_1, ignore_permissions=True, force=True)
