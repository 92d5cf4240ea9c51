"""Install and uninstall steps: every step taken on install is undone on uninstall."""

import frappe
from frappe.custom.doctype.custom_field.custom_field import create_custom_fields

from asn_merit.constants import ROLES
from asn_merit.setup.custom_fields import CUSTOM_FIELDS
from asn_merit.setup.golongan import delete_unused_golongan, make_golongan


def after_install():
	make_custom_fields()
	make_golongan()


def before_uninstall():
	delete_unused_golongan()
	delete_custom_fields()
	delete_roles()


def make_custom_fields():
	create_custom_fields(CUSTOM_FIELDS, update=True)


def delete_custom_fields():
	for doctype, fields in CUSTOM_FIELDS.items():
		fieldnames = [field["fieldname"] for field in fields]
		for name in frappe.get_all(
			"Custom Field", filters={"dt": doctype, "fieldname": ("in", fieldnames)}, pluck="name"
		):
			frappe.delete_doc("Custom Field", name, ignore_permissions=True, force=True)
		frappe.clear_cache(doctype=doctype)


def delete_roles():
	"""Our fixture roles, and their assignments to users (Frappe does not remove fixtures)."""
	for role in ROLES:
		frappe.db.delete("Has Role", {"role": role})
		frappe.delete_doc("Role", role, ignore_permissions=True, force=True, ignore_missing=True)
