"""Where each user lands after logging in, and which modules their desk sidebar offers.

Each of our roles has a workspace made for its work (ROLE_HOMES); an ordinary ASN, who holds
only HRMS's Employee role, has *Beranda ASN*, which leads to their Portal ASN (/asn). The choices
are stored where Frappe v15 reads them:

- `User.default_workspace`: the login answer sends a desk user there (frappe/auth.py), and the
  desk router and workspace page open it for `/app` (router.js, workspace.js);
- `User.module_profile`: for a user who works only in this app, the Module Profile *Hanya
  Sistem Merit*, whose blocked modules Frappe copies to `User.block_modules`; the sidebar
  (`frappe.desk.desktop.get_workspace_sidebar_items`) leaves out every workspace of a blocked
  module, so ERPNext's and HRMS's workspaces (Accounting, CRM, Build, ...) go. A user who also
  holds another app's role (HR User, Leave Approver, System Manager, ...) has work there and
  keeps the sidebar Frappe gives them. Blocking hides workspaces; it grants or takes no right.
- `User.default_app`: a website user (a regency may take desk access from the Employee role)
  is sent after login to their default app's route (frappe.apps.get_default_path), which for
  this app is the Portal ASN. Without it HRMS's entry, which any reader of Employee passes,
  would send them to the desk, which refuses website users.

Why a `validate` doc_event on User (hooks.doc_events) rather than a boot hook: every way
Frappe, ERPNext and HRMS change a user's roles saves the User (the User form, add_roles /
remove_roles, a Role Profile's update_all_users, ERPNext linking an Employee, HRMS making an
approver), so the choice follows each role change in the same transaction. A boot hook would
store nothing, but the login redirect reads `default_workspace` from the database before any
boot, the sidebar is fetched again after the boot, and an administrator would not see on the
User form why a user lands where they land. (Roles written as bare "Has Role" rows, without
saving the User, are not seen; nothing in the three apps does that.)

Hand-set values are kept: a value is ours to change only while it is empty, or still equals
what this rule gave for the roles the user had before this save, and only when this save did
not change it itself. So an administrator's choice stays through any later role change; a value
set by hand that happens to be the rule's own answer is taken as the rule's, and follows it.
"""

import frappe
from frappe.model.document import Document
from frappe.permissions import AUTOMATIC_ROLES

from asn_merit.constants import (
	MODULE_PROFILE_SISTEM_MERIT,
	MODULES,
	ROLE_BKPSDM,
	ROLE_EMPLOYEE,
	ROLE_EMPLOYEE_SELF_SERVICE,
	ROLE_INSPEKTORAT,
	ROLE_KEPALA_UNIT,
	ROLE_PANSEL,
	ROLE_PENGHUBUNG,
	ROLE_PETUGAS_PENGADUAN,
	ROLE_PPK,
	ROLE_TIM_PENILAI,
	ROLES,
	WORKSPACE_BERANDA_ASN,
	WORKSPACE_KEPALA_UNIT,
	WORKSPACE_KEPUTUSAN_PPK,
	WORKSPACE_LAYANAN_PENGADUAN,
	WORKSPACE_PANSEL,
	WORKSPACE_SISTEM_MERIT,
	WORKSPACE_TIM_PENILAI,
)

# The first of these roles that a user holds decides: the broadest work first. A panel (pansel)
# sits only while its selection runs, so its members land on it before their lasting work of
# adviser or unit head.
ROLE_HOMES = (
	(ROLE_BKPSDM, WORKSPACE_SISTEM_MERIT),
	(ROLE_PPK, WORKSPACE_KEPUTUSAN_PPK),
	(ROLE_PETUGAS_PENGADUAN, WORKSPACE_LAYANAN_PENGADUAN),
	(ROLE_INSPEKTORAT, WORKSPACE_LAYANAN_PENGADUAN),
	(ROLE_PENGHUBUNG, WORKSPACE_LAYANAN_PENGADUAN),
	(ROLE_PANSEL, WORKSPACE_PANSEL),
	(ROLE_TIM_PENILAI, WORKSPACE_TIM_PENILAI),
	(ROLE_KEPALA_UNIT, WORKSPACE_KEPALA_UNIT),
)
PORTAL_APP = "asn_merit"
# HRMS roles every civil servant may hold for their own records: no desk work elsewhere.
SELF_SERVICE_ROLES = frozenset({ROLE_EMPLOYEE, ROLE_EMPLOYEE_SELF_SERVICE})
_ROLES_OF_THIS_APP = frozenset(ROLES) | SELF_SERVICE_ROLES | frozenset(AUTOMATIC_ROLES)


def home_workspace(roles) -> str | None:
	"""The workspace a user with these roles lands on; None leaves Frappe's own default."""
	roles = set(roles)
	for role, workspace in ROLE_HOMES:
		if role in roles:
			return workspace
	if roles & SELF_SERVICE_ROLES and works_only_here(roles):
		return WORKSPACE_BERANDA_ASN
	return None


def works_only_here(roles) -> bool:
	return not set(roles) - _ROLES_OF_THIS_APP


def module_profile_for(roles) -> str | None:
	return MODULE_PROFILE_SISTEM_MERIT if home_workspace(roles) and works_only_here(roles) else None


def default_app_for(roles, user_type: str | None) -> str | None:
	"""A civil servant without desk access opens the Portal ASN, our entry on Frappe's apps
	screen (hooks.add_to_apps_screen). A desk user's default app stays Frappe's choice."""
	return PORTAL_APP if user_type == "Website User" and set(roles) & SELF_SERVICE_ROLES else None


def apply_role_home(user: Document) -> bool:
	"""Set the user's home workspace, module profile and default app from their roles (and,
	for the app, their user type); True when one changed.

	Called from User validate (after Frappe set the user type and copied a chosen profile's
	modules) and by install.
	"""
	if user.name in frappe.STANDARD_USERS:
		return False
	roles = _roles(user)
	before = user.get_doc_before_save()
	old_roles = _roles(before) if before else None
	changed = _follow(
		user,
		before,
		"default_app",
		default_app_for(roles, user.user_type),
		default_app_for(old_roles, before.user_type) if before else None,
	)
	changed |= _follow(
		user,
		before,
		"default_workspace",
		_existing("Workspace", home_workspace(roles)),
		home_workspace(old_roles) if before else None,
	)
	hand_blocked = not user.module_profile and user.block_modules
	if not hand_blocked and _follow(
		user,
		before,
		"module_profile",
		_existing("Module Profile", module_profile_for(roles)),
		module_profile_for(old_roles) if before else None,
	):
		if user.module_profile:
			user.validate_allowed_modules()  # Frappe's copy of the profile's blocked modules
		else:
			user.set("block_modules", [])
		changed = True
	return changed


def _follow(user: Document, before: Document | None, fieldname: str, new: str | None, old_rule) -> bool:
	current = user.get(fieldname) or None
	if before is not None and current != (before.get(fieldname) or None):
		return False  # changed by hand in this very save
	if current not in (None, old_rule) or current == new:
		return False  # set by hand earlier, or already right
	user.set(fieldname, new)
	return True


def _roles(user: Document) -> set[str]:
	return {row.role for row in user.get("roles")}


def _existing(doctype: str, name: str | None) -> str | None:
	"""An administrator may delete our workspace or profile: then a user keeps Frappe's default."""
	return name if name and frappe.db.exists(doctype, name) else None


# Install and uninstall
# ---------------------


def make_module_profile() -> None:
	"""Created when missing and left alone afterwards: a regency may unblock a module in it."""
	if frappe.db.exists("Module Profile", MODULE_PROFILE_SISTEM_MERIT):
		return
	blocked = frappe.get_all(
		"Module Def", filters={"name": ("not in", MODULES)}, pluck="name", order_by="name"
	)
	profile = frappe.get_doc(
		{
			"doctype": "Module Profile",
			"module_profile_name": MODULE_PROFILE_SISTEM_MERIT,
			"block_modules": [{"module": module} for module in blocked],
		}
	).insert(ignore_permissions=True)
	# Its on_update queues an update of the profile's users (none yet) and locks the record until
	# a worker runs it; a migrate run without workers would leave the lock, and the next save of
	# the profile would be refused for hours. The queued job unlocks first anyway.
	profile.unlock()


def assign_role_homes() -> int:
	"""Give existing users with our roles, or only the Employee role, their home; count them.

	Only empty values are filled (there is no earlier save to compare with): an administrator's
	choices stay.
	"""
	users = frappe.get_all(
		"Has Role",
		filters={
			"parenttype": "User",
			"role": ("in", (*ROLES, *SELF_SERVICE_ROLES)),
			"parent": ("not in", frappe.STANDARD_USERS),
		},
		pluck="parent",
		distinct=True,
	)
	assigned = 0
	for name in users:
		user = frappe.get_doc("User", name)
		if user.enabled and apply_role_home(user):
			_write(user)
			assigned += 1
	return assigned


def remove_role_homes() -> None:
	"""Before uninstall: no user may keep a default workspace of ours (they are deleted with the
	app, and Frappe cannot boot the desk for a user whose default workspace is gone), our app as
	default app, nor our profile, which goes too; users keep every other value."""
	for name in frappe.get_all(
		"User", filters={"default_workspace": ("in", _our_workspaces())}, pluck="name"
	):
		user = frappe.get_doc("User", name)
		user.default_workspace = None
		_write(user)
	for name in frappe.get_all("User", filters={"default_app": PORTAL_APP}, pluck="name"):
		user = frappe.get_doc("User", name)
		user.default_app = None
		_write(user)
	for name in frappe.get_all("User", filters={"module_profile": MODULE_PROFILE_SISTEM_MERIT}, pluck="name"):
		user = frappe.get_doc("User", name)
		user.module_profile = None
		user.set("block_modules", [])
		_write(user)
	frappe.delete_doc(
		"Module Profile",
		MODULE_PROFILE_SISTEM_MERIT,
		ignore_permissions=True,
		force=True,
		ignore_missing=True,
	)


def _write(user: Document) -> None:
	"""Store the values without saving the User (a save would mail, enqueue and validate all
	again), and drop the cached copies the login, the desk and the sidebar read."""
	user.db_update()
	user.update_child_table("block_modules")
	frappe.clear_document_cache("User", user.name)
	frappe.clear_cache(user=user.name)


def _our_workspaces() -> list[str]:
	return frappe.get_all("Workspace", filters={"module": ("in", MODULES)}, pluck="name") or [""]
