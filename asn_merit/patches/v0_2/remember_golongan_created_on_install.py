"""Record which golongan the 0.1.0 install created, so that uninstall removes only those.

0.1.0 kept no such record, and its uninstall removed every unused golongan, a regency's own
included. The install created its golongan right after it created the app's DocTypes; a golongan
older than those was the regency's.
"""

import frappe

from asn_merit.merit.pangkat import GOLONGAN
from asn_merit.setup.golongan import CREATED_MARKER, remember_created


def execute():
	if frappe.db.get_default(CREATED_MARKER) is not None:
		return
	installed = frappe.db.get_value("DocType", "ASN Merit Settings", "creation")
	if not installed:
		return
	created = frappe.get_all(
		"Employee Grade",
		filters={"name": ("in", [golongan.kode for golongan in GOLONGAN]), "creation": (">=", installed)},
		pluck="name",
	)
	remember_created(created)
