"""Who sees which selection, application, score and declaration of a Seleksi Terbuka."""

import frappe

from asn_merit.constants import PRIVILEGED_ROLES, ROLE_PANSEL, ROLE_PPK, ROLE_SYSTEM_MANAGER
from asn_merit.permissions import employees_of
from asn_merit.seleksi.panel import selections_of


def _row_visible(doctype: str, name: str, condition: str) -> bool:
	where = f" and {condition}" if condition else ""
	return bool(frappe.db.sql(f"select 1 from `tab{doctype}` where name = %s{where}", name))


# Seleksi Terbuka: the secretariat, the panels and the PPK see every selection; an ASN the
# announced ones. Scores stay with the member who gave them until their stage is closed.
SELEKSI_REVIEWERS = PRIVILEGED_ROLES | {ROLE_PPK}


def _in_list(column: str, values: list[str]) -> str:
	return f"{column} in ({', '.join(frappe.db.escape(value) for value in values)})" if values else "1=0"


def seleksi_terbuka_query(user: str | None = None) -> str:
	"""BKPSDM and the PPK see all; a panel member the selections they sit on, announced or not;
	everyone else (and a member, for other selections) only what is announced to the public."""

	user = user or frappe.session.user
	roles = set(frappe.get_roles(user))
	if SELEKSI_REVIEWERS & roles:
		return ""
	published = "`tabSeleksi Terbuka`.`dipublikasikan` = 1"
	if ROLE_PANSEL in roles:
		return f"({published} or {_in_list('`tabSeleksi Terbuka`.`name`', selections_of(user))})"
	return published


def has_seleksi_terbuka_permission(doc, ptype: str | None = None, user: str | None = None) -> bool | None:

	user = user or frappe.session.user
	roles = set(frappe.get_roles(user))
	if SELEKSI_REVIEWERS & roles or doc.dipublikasikan:
		return None
	if ROLE_PANSEL in roles and doc.name in selections_of(user):
		return None
	return False


def lamaran_seleksi_query(user: str | None = None) -> str:
	"""BKPSDM and the PPK see all; a panel member their selections'; an ASN their own."""

	user = user or frappe.session.user
	roles = set(frappe.get_roles(user))
	if SELEKSI_REVIEWERS & roles:
		return ""
	table = "`tabLamaran Seleksi Terbuka`"
	scopes = [_in_list(f"{table}.`employee`", employees_of(user))]
	if ROLE_PANSEL in roles:
		scopes.append(_in_list(f"{table}.`seleksi_terbuka`", selections_of(user)))
	return "(" + " or ".join(scopes) + ")"


def has_lamaran_seleksi_permission(doc, ptype: str | None = None, user: str | None = None) -> bool | None:
	if doc.is_new():
		return None  # the controller allows an ASN to apply only as themselves
	condition = lamaran_seleksi_query(user)
	return None if _row_visible("Lamaran Seleksi Terbuka", doc.name, condition) else False


def _panel_rows_query(doctype: str, user: str | None, locked_only: bool) -> str:
	"""A member's own rows; others' (once locked, for scores) to reviewers and the selection's panel."""

	user = user or frappe.session.user
	roles = set(frappe.get_roles(user))
	if ROLE_SYSTEM_MANAGER in roles:
		return ""
	table = f"`tab{doctype}`"
	if SELEKSI_REVIEWERS & roles:
		others = "1=1"
	elif ROLE_PANSEL in roles:
		others = _in_list(f"{table}.`seleksi_terbuka`", selections_of(user))
	else:
		others = "1=0"
	if locked_only:
		others = f"({table}.`terkunci` = 1 and {others})"
	return f"({table}.`anggota` = {frappe.db.escape(user)} or {others})"


def nilai_seleksi_query(user: str | None = None) -> str:
	return _panel_rows_query("Nilai Seleksi Terbuka", user, locked_only=True)


def pernyataan_konflik_query(user: str | None = None) -> str:
	return _panel_rows_query("Pernyataan Konflik Kepentingan", user, locked_only=False)


def _has_panel_row_permission(doc, ptype: str | None, user: str | None, condition: str) -> bool | None:
	user = user or frappe.session.user
	if doc.is_new() or ROLE_SYSTEM_MANAGER in frappe.get_roles(user):
		return None
	if ptype not in ("read", "print", "report", "export") and doc.anggota != user:
		return False  # only the member who wrote it may change it
	return None if _row_visible(doc.doctype, doc.name, condition) else False


def has_nilai_seleksi_permission(doc, ptype: str | None = None, user: str | None = None) -> bool | None:
	return _has_panel_row_permission(doc, ptype, user, nilai_seleksi_query(user))


def has_pernyataan_konflik_permission(doc, ptype: str | None = None, user: str | None = None) -> bool | None:
	return _has_panel_row_permission(doc, ptype, user, pernyataan_konflik_query(user))
