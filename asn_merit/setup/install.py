"""Install and uninstall steps: every step taken on install is undone on uninstall."""

import json
from pathlib import Path

import frappe
from frappe.custom.doctype.custom_field.custom_field import create_custom_fields

from asn_merit.constants import ROLES
from asn_merit.setup.custom_fields import CUSTOM_FIELDS
from asn_merit.setup.golongan import delete_unused_golongan, make_golongan
from asn_merit.setup.hari_libur import make_national_holiday_list, restore_previous_default
from asn_merit.setup.link_permissions import grant_select, revoke_select
from asn_merit.setup.public_form import remove_challenge_key, set_public_form_defaults
from asn_merit.setup.role_homes import assign_role_homes, make_module_profile, remove_role_homes
from asn_merit.setup.workflow import WORKFLOW_FILES, make_workflows

GUEST_UPLOADS_MARKER = "asn_merit_enabled_guest_uploads"
FIXTURES = Path(__file__).parent.parent / "fixtures"
WORKFLOWS = tuple(WORKFLOW_FILES)


def after_install():
	make_custom_fields()
	make_golongan()
	make_workflows()
	enable_guest_uploads()
	make_national_holiday_list()
	grant_select()
	make_module_profile()
	set_public_form_defaults()
	assigned = assign_role_homes()
	if assigned:
		# Users' own settings: say so, as for the other site-wide changes (README).
		print(
			f"asn_merit: set the home workspace of {assigned} existing user(s) (our roles, or only Employee)"
		)


def before_uninstall():
	remove_role_homes()
	kept = delete_unused_golongan()
	delete_custom_fields()
	revoke_select()
	delete_roles()
	delete_workflows()
	restore_guest_uploads()
	restore_previous_default()
	remove_challenge_key()
	if kept:
		print("asn_merit: golongan still held by employees are kept as Employee Grade: " + ", ".join(kept))
	print(
		"asn_merit: kept what HRMS holds: Employee Promotion records and the employees' grade,"
		" designation and department; removed our fields on Employee and Employee Grade with their data"
	)


def enable_guest_uploads():
	"""The public complaint form takes attachments from citizens without an account.

	Frappe refuses every guest upload unless this system setting is on. Our controller only
	accepts a guest's file that is attached to the complaint, of an allowed type and size.
	"""
	if not frappe.db.get_single_value("System Settings", "allow_guests_to_upload_files"):
		frappe.db.set_single_value("System Settings", "allow_guests_to_upload_files", 1)
		frappe.db.set_default(GUEST_UPLOADS_MARKER, "1")
		# A site-wide setting: say so (README, "Site-wide settings"); uninstall turns it off again.
		print(
			"asn_merit: turned on System Settings > Allow Guests to Upload Files"
			" (attachments on the public complaint form)"
		)


def restore_guest_uploads():
	if frappe.db.get_default(GUEST_UPLOADS_MARKER):
		frappe.db.set_single_value("System Settings", "allow_guests_to_upload_files", 0)
		frappe.db.set_default(GUEST_UPLOADS_MARKER, None)


def make_custom_fields():
	create_custom_fields(CUSTOM_FIELDS, update=True)


def delete_custom_fields():
	"""The fields, and their columns: Frappe leaves a deleted custom field's column (and the
	unique index on `nip`) in the table."""
	for doctype, fields in CUSTOM_FIELDS.items():
		fieldnames = [field["fieldname"] for field in fields]
		for name in frappe.get_all(
			"Custom Field", filters={"dt": doctype, "fieldname": ("in", fieldnames)}, pluck="name"
		):
			frappe.delete_doc("Custom Field", name, ignore_permissions=True, force=True)
		columns = set(frappe.db.get_table_columns(doctype))
		for fieldname in fieldnames:
			if fieldname in columns:
				frappe.db.sql_ddl(f"ALTER TABLE `tab{doctype}` DROP COLUMN `{fieldname}`")
		frappe.clear_cache(doctype=doctype)


def delete_workflows():
	"""Our Workflow fixtures, and the states and actions no other workflow uses."""
	for name in WORKFLOWS:
		frappe.delete_doc("Workflow", name, ignore_permissions=True, force=True, ignore_missing=True)
	for doctype, fixture in (
		("Workflow State", "workflow_state"),
		("Workflow Action Master", "workflow_action_master"),
	):
		for record in json.loads((FIXTURES / f"{fixture}.json").read_text()):
			if not _used_by_other_workflow(doctype, record["name"]):
				frappe.delete_doc(
					doctype, record["name"], ignore_permissions=True, force=True, ignore_missing=True
				)


def _used_by_other_workflow(doctype: str, name: str) -> bool:
	child, field = (
		("Workflow Document State", "state")
		if doctype == "Workflow State"
		else ("Workflow Transition", "action")
	)
	return bool(frappe.db.exists(child, {field: name, "parent": ("not in", WORKFLOWS)}))


def delete_roles():
	"""Our fixture roles, and their assignments to users (Frappe does not remove fixtures)."""
	for role in ROLES:
		frappe.db.delete("Has Role", {"role": role})
		frappe.delete_doc("Role", role, ignore_permissions=True, force=True, ignore_missing=True)
