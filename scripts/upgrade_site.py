"""The site side of scripts/test-upgrade: customise a site as a regency would, record what it
holds, and after `bench migrate` compare.

Run with the bench's Python from the bench's sites folder. It imports no asn_merit module, so
the same file works whether the bench runs the previous release or this checkout:

    ../env/bin/python upgrade_site.py customise <site>
    ../env/bin/python upgrade_site.py record <site> <before.json>
    ../env/bin/python upgrade_site.py compare <site> <before.json>

What is recorded: every row of every table of the app's DocTypes (single DocTypes from
tabSingles), every value of the custom fields the app owns on other DocTypes, each as a hash
per row over the columns that existed before; and the regency's customisations. `compare`
fails on a lost row, on a changed value (unless a patch declares it in a module-level
CHANGES = ["DocType.fieldname", ...]), and on a lost customisation. New rows and new columns
are what an upgrade may add.
"""

import ast
import hashlib
import json
import sys
from pathlib import Path

import frappe

APP = "asn_merit"
CHECKOUT = Path(__file__).resolve().parent.parent / APP  # this checkout's package, not the bench's
REGENCY_STATE = "Ditelaah Inspektorat"
REGENCY_ACTION = "Telaah Inspektorat"
REGENCY_FIELD = "kode_anjab_daerah"
REGENCY_SETTINGS = {"hari_verifikasi": 4, "ukuran_lampiran_mb": 8}
REGENCY_NOTIFICATION_SUBJECT = "Tenggat pengaduan (versi kabupaten) {{ doc.kode_lacak }}"


def customise() -> None:
	"""What a regency's administrator does in the desk after install, none of it ours."""
	for doctype, name in (("Workflow State", REGENCY_STATE), ("Workflow Action Master", REGENCY_ACTION)):
		if not frappe.db.exists(doctype, name):
			field = "workflow_state_name" if doctype == "Workflow State" else "workflow_action_name"
			frappe.get_doc({"doctype": doctype, field: name}).insert(ignore_permissions=True)
	workflow = frappe.get_doc("Workflow", "Usulan Promosi")
	workflow.append("states", {"state": REGENCY_STATE, "doc_status": "0", "allow_edit": "Petugas BKPSDM"})
	workflow.append(
		"transitions",
		{
			"state": "Diajukan",
			"action": REGENCY_ACTION,
			"next_state": REGENCY_STATE,
			"allowed": "Petugas BKPSDM",
		},
	)
	workflow.append(
		"transitions",
		{
			"state": REGENCY_STATE,
			"action": "Verifikasi",
			"next_state": "Diverifikasi BKPSDM",
			"allowed": "Petugas BKPSDM",
		},
	)
	workflow.save(ignore_permissions=True)

	from frappe.custom.doctype.custom_field.custom_field import create_custom_field
	from frappe.custom.doctype.property_setter.property_setter import make_property_setter

	make_property_setter("Jabatan", "kelas_jabatan", "bold", 1, "Check")
	create_custom_field(
		"Jabatan", {"fieldname": REGENCY_FIELD, "label": "Kode Anjab Daerah", "fieldtype": "Data"}
	)

	# A standard Notification may be changed only when disabled (Frappe's rule): a regency
	# disables ours and writes its own subject.
	notification = frappe.get_doc("Notification", "Tenggat Pengaduan")
	notification.enabled = 0
	notification.subject = REGENCY_NOTIFICATION_SUBJECT
	notification.save(ignore_permissions=True)

	settings = frappe.get_single("Pengaduan Settings")
	settings.update(REGENCY_SETTINGS)
	settings.save(ignore_permissions=True)
	frappe.db.commit()


def customisations() -> dict:
	workflow = frappe.get_doc("Workflow", "Usulan Promosi")
	notification = frappe.db.get_value(
		"Notification", "Tenggat Pengaduan", ["enabled", "subject"], as_dict=True
	)
	return {
		"workflow states": sorted(row.state for row in workflow.states),
		"workflow transitions": sorted(
			f"{row.state} -{row.action}-> {row.next_state}" for row in workflow.transitions
		),
		"property setters on Jabatan": sorted(
			f"{row.field_name}.{row.property}={row.value}"
			for row in frappe.get_all(
				"Property Setter", filters={"doc_type": "Jabatan"}, fields=["field_name", "property", "value"]
			)
		),
		"custom fields on Jabatan": sorted(
			frappe.get_all("Custom Field", filters={"dt": "Jabatan"}, pluck="fieldname")
		),
		"notification Tenggat Pengaduan": notification and dict(notification),
		"Pengaduan Settings": {
			key: frappe.db.get_single_value("Pengaduan Settings", key) for key in REGENCY_SETTINGS
		},
	}


def app_doctypes() -> list[dict]:
	modules = frappe.get_all("Module Def", filters={"app_name": APP}, pluck="name")
	return frappe.get_all("DocType", filters={"module": ("in", modules)}, fields=["name", "issingle"])


def row_hashes(table: str, columns: list[str]) -> dict[str, str]:
	names = ", ".join(f"`{column}`" for column in columns)
	rows = frappe.db.sql(f"SELECT `name`, {names} FROM `{table}` ORDER BY `name`")
	return {str(row[0]): digest(row[1:]) for row in rows}


def row_differences(table: str, before: dict[str, str], now: dict[str, str]) -> list[str]:
	"""Rows of `before` (name -> hash) gone from `now`, or hashed differently."""
	lost = sorted(set(before) - set(now))
	changed = sorted(name for name in set(before) & set(now) if before[name] != now[name])
	return [
		f"{table}: {len(names)} rows {what}, e.g. {names[:3]}"
		for what, names in (("lost", lost), ("changed", changed))
		if names
	]


def digest(values) -> str:
	return hashlib.md5(repr(tuple(str(value) for value in values)).encode()).hexdigest()


def record() -> dict:
	tables, declared = {}, declared_changes()
	for doctype in app_doctypes():
		if doctype.issingle:
			values = frappe.db.sql("SELECT field, value FROM tabSingles WHERE doctype = %s", doctype.name)
			tables[doctype.name] = {
				"single": True,
				"rows": {field: digest([value]) for field, value in values},
			}
			continue
		columns = [
			c for c in frappe.db.get_table_columns(doctype.name) if f"{doctype.name}.{c}" not in declared
		]
		tables[doctype.name] = {"columns": columns, "rows": row_hashes(f"tab{doctype.name}", columns)}
	modules = frappe.get_all("Module Def", filters={"app_name": APP}, pluck="name")
	for dt, fieldnames in custom_fields_by_doctype(modules).items():
		fieldnames = [f for f in fieldnames if f"{dt}.{f}" not in declared]
		tables[f"{dt} (our custom fields)"] = {
			"columns": fieldnames,
			"rows": row_hashes(f"tab{dt}", fieldnames),
		}
	return {"tables": tables, "customisations": customisations()}


def custom_fields_by_doctype(modules: list[str]) -> dict[str, list[str]]:
	fields: dict[str, list[str]] = {}
	for row in frappe.get_all(
		"Custom Field",
		filters={"module": ("in", modules), "fieldtype": ("not in", frappe.model.no_value_fields)},
		fields=["dt", "fieldname"],
		order_by="dt, fieldname",
	):
		fields.setdefault(row.dt, []).append(row.fieldname)
	return fields


def declared_changes() -> set[str]:
	"""DocType.fieldname pairs a patch of this checkout says it changes on purpose. Read from
	the files, not imported: while recording, the bench runs the previous release."""
	declared = set()
	for line in (CHECKOUT / "patches.txt").read_text().splitlines():
		line = line.split("#")[0].strip()
		if not line or line.startswith(("[", "execute:")):
			continue
		path = CHECKOUT.parent.joinpath(*line.split(".")).with_suffix(".py")
		for node in ast.parse(path.read_text()).body:
			if isinstance(node, ast.Assign) and any(
				getattr(t, "id", None) == "CHANGES" for t in node.targets
			):
				declared.update(ast.literal_eval(node.value))
	return declared


def compare(before: dict) -> list[str]:
	problems = []
	for table, old in before["tables"].items():
		doctype = table.removesuffix(" (our custom fields)")
		if old.get("single"):  # its values by field
			values = frappe.db.sql("SELECT field, value FROM tabSingles WHERE doctype = %s", doctype)
			now = {field: digest([value]) for field, value in values}
		else:
			missing = set(old["columns"]) - set(frappe.db.get_table_columns(doctype))
			if missing:
				problems.append(f"{table}: columns gone: {sorted(missing)}")
				continue
			now = row_hashes(f"tab{doctype}", old["columns"])
		problems += row_differences(table, old["rows"], now)
	after = customisations()
	for what, value in before["customisations"].items():
		if after.get(what) != value:
			problems.append(f"customisation lost: {what}: before {value!r}, after {after.get(what)!r}")
	# Imported here: `record` runs on the previous release's code, which may not have it.
	from asn_merit.setup.indexes import missing_indexes

	problems += [f"index missing after migrate: {index}" for index in missing_indexes()]
	return problems


def main(command: str, site: str, path: str | None = None) -> int:
	frappe.init(site=site, sites_path=".")
	frappe.connect()
	try:
		if command == "customise":
			customise()
		elif command == "record":
			snapshot = record()
			with open(path, "w") as out:
				json.dump(snapshot, out)
			rows = sum(len(table["rows"]) for table in snapshot["tables"].values())
			print(f"upgrade: recorded {len(snapshot['tables'])} tables, {rows} rows, and the customisations")
		elif command == "compare":
			with open(path) as recorded:
				before = json.load(recorded)
			problems = compare(before)
			for problem in problems:
				print(f"upgrade: {problem}")
			from asn_merit.setup.indexes import INDEXES

			checks = len(before["tables"]) + len(before["customisations"])
			checks += sum(len(indexes) for indexes in INDEXES.values())
			print(f"upgrade: {checks - len(problems)} passed, {len(problems)} failed")
			return 1 if problems else 0
		return 0
	finally:
		frappe.destroy()


if __name__ == "__main__":
	sys.exit(main(*sys.argv[1:]))
