"""Row-level permissions in one place. Controller hooks can only deny: False blocks, None passes on."""

import frappe

from asn_merit.constants import ROLE_PANSEL, ROLE_PPK

PRIVILEGED_ROLES = {"System Manager", "Petugas BKPSDM", "HR Manager"}


def is_privileged(user: str | None = None) -> bool:
	return bool(PRIVILEGED_ROLES & set(frappe.get_roles(user)))


def employees_of(user: str) -> list[str]:
	return frappe.get_all("Employee", filters={"user_id": user}, pluck="name")


def own_rows_condition(user: str | None, doctype: str, employee_fields: tuple[str, ...]) -> str:
	"""SQL for list queries: rows where one of `employee_fields` is the user's own Employee."""
	user = user or frappe.session.user
	if is_privileged(user):
		return ""
	employees = employees_of(user)
	if not employees:
		return "1=0"
	names = ", ".join(frappe.db.escape(name) for name in employees)
	return "(" + " or ".join(f"`tab{doctype}`.`{field}` in ({names})" for field in employee_fields) + ")"


def penilaian_kinerja_query(user: str | None = None) -> str:
	"""Lists show an appraisal to its appraisee, its pejabat penilai and that person's superior."""
	return own_rows_condition(
		user, "Penilaian Kinerja", ("employee", "pejabat_penilai", "atasan_pejabat_penilai")
	)


def has_penilaian_kinerja_permission(doc, ptype: str | None = None, user: str | None = None) -> bool | None:
	user = user or frappe.session.user
	if is_privileged(user):
		return None
	employees = set(employees_of(user))
	if ptype in ("submit", "cancel", "amend"):
		return None if doc.pejabat_penilai in employees else False
	if employees & {doc.employee, doc.pejabat_penilai, doc.atasan_pejabat_penilai}:
		return None
	return False


def has_own_row_permission(doc, user: str | None, employee_fields: tuple[str, ...]) -> bool | None:
	"""A record about one employee: theirs alone, unless the user is privileged."""
	user = user or frappe.session.user
	if is_privileged(user) or doc.is_new():
		return None
	return None if set(employees_of(user)) & {doc.get(field) for field in employee_fields} else False


# Merit scores and assessment results: the ASN's own, HR all. HRMS's User Permission on Employee
# is optional per employee and also opens a superior's subordinates, so it is not relied on.
def skor_merit_query(user: str | None = None) -> str:
	return own_rows_condition(user, "Skor Merit", ("employee",))


def has_skor_merit_permission(doc, ptype: str | None = None, user: str | None = None) -> bool | None:
	return has_own_row_permission(doc, user, ("employee",))


def hasil_asesmen_query(user: str | None = None) -> str:
	return own_rows_condition(user, "Hasil Asesmen", ("employee",))


def has_hasil_asesmen_permission(doc, ptype: str | None = None, user: str | None = None) -> bool | None:
	return has_own_row_permission(doc, user, ("employee",))


def umpan_balik_perilaku_query(user: str | None = None) -> str:
	"""A rater sees only their own answers; who said what stays with HR."""
	return own_rows_condition(user, "Umpan Balik Perilaku", ("penilai",))


def has_umpan_balik_perilaku_permission(
	doc, ptype: str | None = None, user: str | None = None
) -> bool | None:
	user = user or frappe.session.user
	if is_privileged(user) or (ptype == "create" and not doc.penilai):
		return None
	return None if doc.penilai in employees_of(user) else False


def keberatan_query(user: str | None = None) -> str:
	"""An objection is seen by the appraisee who filed it and the atasan who decides it."""
	return own_rows_condition(user, "Keberatan Penilaian Kinerja", ("employee", "atasan_pejabat_penilai"))


def has_keberatan_permission(doc, ptype: str | None = None, user: str | None = None) -> bool | None:
	user = user or frappe.session.user
	if is_privileged(user) or (ptype == "create" and not doc.employee):
		return None
	employees = set(employees_of(user))
	if ptype == "submit":
		return None if doc.atasan_pejabat_penilai in employees else False
	return None if employees & {doc.employee, doc.atasan_pejabat_penilai} else False


def _pengaduan_scopes(user: str) -> list[str]:
	"""SQL conditions, one per role the user holds, for the complaints that role handles."""
	from asn_merit.constants import ROLE_INSPEKTORAT, ROLE_PENGHUBUNG, ROLE_PETUGAS_PENGADUAN
	from asn_merit.pengaduan.settings import get_penghubung_units

	table = "`tabPengaduan Masyarakat`"
	pengawasan = frappe.db.escape("Pengaduan Berkadar Pengawasan")
	roles = set(frappe.get_roles(user))
	scopes = []
	if ROLE_PETUGAS_PENGADUAN in roles:
		scopes.append(f"{table}.kategori != {pengawasan}")
	if ROLE_INSPEKTORAT in roles:
		scopes.append(f"{table}.kategori = {pengawasan}")
	units = get_penghubung_units(user) if ROLE_PENGHUBUNG in roles else []
	if units:
		names = ", ".join(frappe.db.escape(unit) for unit in units)
		routed = ", ".join(frappe.db.escape(status) for status in ("Didisposisikan", "Dijawab", "Selesai"))
		scopes.append(
			f"({table}.kategori != {pengawasan} and {table}.unit_kerja in ({names})"
			f" and {table}.status in ({routed}))"
		)
	return scopes


def pengaduan_query(user: str | None = None) -> str:
	"""Officers see their categories, Inspektorat the oversight ones, a unit what was routed to it."""
	user = user or frappe.session.user
	if "System Manager" in frappe.get_roles(user):
		return ""
	scopes = _pengaduan_scopes(user)
	return "(" + " or ".join(f"({scope})" for scope in scopes) + ")" if scopes else "1=0"


def has_pengaduan_permission(doc, ptype: str | None = None, user: str | None = None) -> bool | None:
	user = user or frappe.session.user
	if "System Manager" in frappe.get_roles(user) or doc.is_new():
		return None
	condition = pengaduan_query(user)
	visible = frappe.db.sql(
		f"select 1 from `tabPengaduan Masyarakat` where name = %s and {condition}", doc.name
	)
	return None if visible else False


# Usulan Promosi: the reviewers see every proposal; a head of unit sees those of their own unit.
USULAN_REVIEWERS = PRIVILEGED_ROLES | {"Tim Penilai Kinerja", "Pejabat Pembina Kepegawaian"}


def _own_units(user: str) -> list[str]:
	return [
		unit for unit in frappe.get_all("Employee", filters={"user_id": user}, pluck="department") if unit
	]


def usulan_promosi_query(user: str | None = None) -> str:
	user = user or frappe.session.user
	if USULAN_REVIEWERS & set(frappe.get_roles(user)):
		return ""
	units = _own_units(user)
	if not units:
		return "1=0"
	return "`tabUsulan Promosi`.`unit_kerja` in ({})".format(", ".join(frappe.db.escape(u) for u in units))


def has_usulan_promosi_permission(doc, ptype: str | None = None, user: str | None = None) -> bool | None:
	user = user or frappe.session.user
	if USULAN_REVIEWERS & set(frappe.get_roles(user)):
		return None
	unit = doc.unit_kerja or frappe.db.get_value("Employee", doc.employee, "department")
	return None if unit and unit in _own_units(user) else False


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
	from asn_merit.seleksi.panel import selections_of

	user = user or frappe.session.user
	roles = set(frappe.get_roles(user))
	if SELEKSI_REVIEWERS & roles:
		return ""
	published = "`tabSeleksi Terbuka`.`dipublikasikan` = 1"
	if ROLE_PANSEL in roles:
		return f"({published} or {_in_list('`tabSeleksi Terbuka`.`name`', selections_of(user))})"
	return published


def has_seleksi_terbuka_permission(doc, ptype: str | None = None, user: str | None = None) -> bool | None:
	from asn_merit.seleksi.panel import selections_of

	user = user or frappe.session.user
	roles = set(frappe.get_roles(user))
	if SELEKSI_REVIEWERS & roles or doc.dipublikasikan:
		return None
	if ROLE_PANSEL in roles and doc.name in selections_of(user):
		return None
	return False


def lamaran_seleksi_query(user: str | None = None) -> str:
	"""BKPSDM and the PPK see all; a panel member their selections'; an ASN their own."""
	from asn_merit.seleksi.panel import selections_of

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
	from asn_merit.seleksi.panel import selections_of

	user = user or frappe.session.user
	roles = set(frappe.get_roles(user))
	if "System Manager" in roles:
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
	if doc.is_new() or "System Manager" in frappe.get_roles(user):
		return None
	if ptype not in ("read", "print", "report", "export") and doc.anggota != user:
		return False  # only the member who wrote it may change it
	return None if _row_visible(doc.doctype, doc.name, condition) else False


def has_nilai_seleksi_permission(doc, ptype: str | None = None, user: str | None = None) -> bool | None:
	return _has_panel_row_permission(doc, ptype, user, nilai_seleksi_query(user))


def has_pernyataan_konflik_permission(doc, ptype: str | None = None, user: str | None = None) -> bool | None:
	return _has_panel_row_permission(doc, ptype, user, pernyataan_konflik_query(user))


def child_rows_query(user: str | None = None, doctype: str | None = None) -> str:
	"""Rows of a child table, listed only for the parents the user may open.

	Frappe checks only the parent DocType when a child table is listed (`frappe.get_list(child,
	parent_doctype=...)`, the REST API), not the parent's row-level rules: without this any ASN
	could list every appraisal's ratings or every employee's disciplinary history.
	"""
	user = user or frappe.session.user
	table = f"`tab{doctype}`"
	scopes = []
	for parent in _parents_of(doctype):
		if not frappe.has_permission(parent, "read", user=user):
			continue
		parenttype = f"{table}.`parenttype` = {frappe.db.escape(parent)}"
		if frappe.get_meta(parent).issingle:
			scopes.append(parenttype)
			continue
		visible = frappe.get_list(
			parent,
			fields=[f"`tab{parent}`.`name`"],
			user=user,
			limit_page_length=0,
			order_by=None,
			run=False,
		)
		scopes.append(f"({parenttype} and {table}.`parent` in ({visible}))")
	return "(" + " or ".join(scopes) + ")" if scopes else "1=0"


def _parents_of(child: str) -> list[str]:
	"""DocTypes holding `child` as a table, in their own fields or as a custom field (Employee)."""
	table_types = ("in", ("Table", "Table MultiSelect"))
	standard = frappe.get_all(
		"DocField", filters={"options": child, "fieldtype": table_types}, pluck="parent"
	)
	custom = frappe.get_all("Custom Field", filters={"options": child, "fieldtype": table_types}, pluck="dt")
	return sorted(set(standard) | set(custom))
