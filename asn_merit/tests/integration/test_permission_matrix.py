"""Every cell of tests/permission_matrix.csv, walked as real users on a real site.

With the personas and sample records of tests/permission_samples.py, as each user:
- read, write, submit, cancel, delete and print on every sample record (frappe.has_permission);
- whether every sample record is listed (frappe.get_list);
- create and export on every DocType of ours;
- running every report of ours (the gate of frappe.desk.query_report);
- child tables: rows are listed exactly for the parents the user may open.
Every difference, either way, becomes one line of a single failure.
"""

import frappe
from frappe.desk.query_report import get_report_doc

from asn_merit.constants import MODULES
from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.permission_matrix import PERSONAS, REPORT_PREFIX, RIGHTS, Matrix, Persona, read_matrix
from asn_merit.tests.permission_samples import Regency, Sample

RECORD_RIGHTS = "rwsxdp"  # checked on each sample record
DOCTYPE_RIGHTS = "ce"  # checked on the DocType
CHILD_ROWS_HOOK = "asn_merit.permissions.child_rows_query"


class TestPermissionMatrix(ASNTestCase):
	def setUp(self):
		self.addCleanup(frappe.clear_document_cache, "Pengaduan Settings", "Pengaduan Settings")
		super().setUp()

	def test_the_site_grants_exactly_what_the_matrix_says(self):
		lines, problems = read_matrix()
		matrix = Matrix(lines)
		regency = Regency()
		differences = problems + check_coverage(matrix, regency.samples)
		for persona in PERSONAS.values():
			with self.set_user(persona.user):
				differences += check_records(matrix, persona, regency.samples)
				differences += check_doctypes(matrix, persona)
				differences += check_reports(matrix, persona)
				differences += check_child_rows(persona)
		if differences:
			self.fail(
				f"{len(differences)} differences from the permission matrix:\n" + "\n".join(differences)
			)


def module_doctypes() -> list[str]:
	return frappe.get_all(
		"DocType", filters={"module": ("in", MODULES), "istable": 0}, pluck="name", order_by="name"
	)


def module_reports() -> list[str]:
	return frappe.get_all("Report", filters={"module": ("in", MODULES)}, pluck="name", order_by="name")


def check_coverage(matrix: Matrix, samples: list[Sample]) -> list[str]:
	"""Every subject of ours is in the matrix, every line names one and some sample exercises it;
	every child table of ours is guarded."""
	subjects = set(module_doctypes()) | {REPORT_PREFIX + name for name in module_reports()}
	problems = [f"{subject}: not in the matrix" for subject in sorted(subjects - matrix.subjects())]
	for line in matrix.lines:
		holders = [p.name for p in PERSONAS.values() if line.role in p.lineage()]
		if line.subject not in subjects:
			problems.append(f"matrix line {line.number}: {line.subject} is no DocType or report of ours")
		elif not line.subject.startswith(REPORT_PREFIX) and not any(
			sample.doctype == line.subject
			and (line.rows == "all" or any(line.rows in sample.scopes(holder) for holder in holders))
			for sample in samples
		):
			problems.append(f"matrix line {line.number}: no sample record is {line.rows} for {line.role}")
	hooks = frappe.get_hooks("permission_query_conditions")
	for child, _parent in child_tables():
		if CHILD_ROWS_HOOK not in hooks.get(child, []):
			problems.append(f"{child}: child table without {CHILD_ROWS_HOOK} in hooks.py")
	return sorted(set(problems), key=problems.index)


def allowed(flag: bool) -> str:
	return "allowed" if flag else "denied"


def difference(subject: str, persona: str, what: str, site: bool, table: bool) -> str:
	return f"{subject} as {persona}: {what} {allowed(site)} on site, {allowed(table)} in table"


def visible_names(doctype: str) -> set[str]:
	try:
		return set(frappe.get_list(doctype, pluck="name", limit_page_length=0))
	except frappe.PermissionError:
		return set()


def check_records(matrix: Matrix, persona: Persona, samples: list[Sample]) -> list[str]:
	problems, listed = [], {}
	for sample in samples:
		doc = sample.doc
		expected = matrix.rights_on_record(persona, sample.doctype, sample.scopes(persona.name))
		subject = f"{sample.doctype} [{sample.label}]"
		for letter in RECORD_RIGHTS:
			site = frappe.has_permission(sample.doctype, RIGHTS[letter], doc=doc, user=persona.user)
			if bool(site) != (letter in expected):
				problems.append(
					difference(subject, persona.name, RIGHTS[letter], bool(site), letter in expected)
				)
		if doc.meta.issingle:
			continue
		if sample.doctype not in listed:
			listed[sample.doctype] = visible_names(sample.doctype)
		site = sample.name in listed[sample.doctype]
		if site != ("r" in expected):
			problems.append(difference(subject, persona.name, "listing", site, "r" in expected))
	return problems


def check_doctypes(matrix: Matrix, persona: Persona) -> list[str]:
	problems = []
	for doctype in module_doctypes():
		expected = matrix.rights_on_doctype(persona, doctype)
		for letter in DOCTYPE_RIGHTS:
			site = bool(frappe.has_permission(doctype, RIGHTS[letter], user=persona.user))
			if site != (letter in expected):
				problems.append(difference(doctype, persona.name, RIGHTS[letter], site, letter in expected))
	return problems


def check_reports(matrix: Matrix, persona: Persona) -> list[str]:
	problems = []
	for report in module_reports():
		subject = REPORT_PREFIX + report
		try:
			get_report_doc(report)
			site = True
		except frappe.PermissionError:
			site = False
		finally:
			frappe.clear_messages()
		table = "r" in matrix.rights_on_doctype(persona, subject)
		if site != table:
			problems.append(difference(subject, persona.name, "run", site, table))
	return problems


def child_tables() -> list[tuple[str, str]]:
	"""(child DocType, parent DocType) for every child table of ours, Employee's custom ones included."""
	children = frappe.get_all("DocType", filters={"module": ("in", MODULES), "istable": 1}, pluck="name")
	table_types = ("Table", "Table MultiSelect")
	pairs = set()
	for source, parent_field in (("DocField", "parent"), ("Custom Field", "dt")):
		for row in frappe.get_all(
			source,
			filters={"fieldtype": ("in", table_types), "options": ("in", children)},
			fields=["options", parent_field],
		):
			pairs.add((row.options, row[parent_field]))
	return sorted(pairs)


def check_child_rows(persona: Persona) -> list[str]:
	"""Child rows are listed exactly for the parents the user may open."""
	problems = []
	for child, parent in child_tables():
		having_rows = set(
			frappe.get_all(child, filters={"parenttype": parent}, pluck="parent", distinct=True)
		)
		if frappe.get_meta(parent).issingle:
			opened = {parent} if frappe.has_permission(parent, "read", user=persona.user) else set()
		else:
			opened = visible_names(parent)
		try:
			listed = set(
				frappe.get_list(
					child,
					parent_doctype=parent,
					filters={"parenttype": parent},
					pluck="parent",
					limit_page_length=0,
					distinct=True,
				)
			)
		except frappe.PermissionError:
			listed = set()
		finally:
			frappe.clear_messages()
		for name in sorted(listed - opened):
			problems.append(
				difference(f"{child} rows of {parent} {name}", persona.name, "listing", True, False)
			)
		for name in sorted((opened & having_rows) - listed):
			problems.append(
				difference(f"{child} rows of {parent} {name}", persona.name, "listing", False, True)
			)
	return problems
