"""Row counts of every table before and after a run: what guests created, and nothing else.

New complaints and files are compared by name with what the server reported accepting; every
other table may only grow where an accepted complaint leaves its ordinary traces.
"""

from dataclasses import dataclass

import frappe

DOCTYPE = "Pengaduan Masyarakat"
# What an accepted complaint or upload writes besides itself (history, notifications, naming).
SIDE_EFFECTS = {
	"tabVersion",
	"tabComment",
	"tabCommunication",
	"tabCommunication Link",
	"tabEmail Queue",
	"tabEmail Queue Recipient",
	"tabNotification Log",
	"tabToDo",
	"tabActivity Log",
	"tabAccess Log",
	"tabSeries",
	"__global_search",
	"tabDeleted Document",
	"tabScheduled Job Log",
}


@dataclass
class Census:
	counts: dict[str, int]
	complaints: set[str]
	files: set[str]

	@classmethod
	def take(cls) -> "Census":
		frappe.db.rollback()
		tables = frappe.db.sql_list(
			"select table_name from information_schema.tables where table_schema = %s and table_type = 'BASE TABLE'",
			frappe.conf.db_name,
		)
		counts = {
			table: frappe.db.sql(f"select count(*) from `{table}`")[0][0]
			for table in tables
			if table not in SIDE_EFFECTS
		}
		return cls(
			counts, set(frappe.get_all(DOCTYPE, pluck="name")), set(frappe.get_all("File", pluck="name"))
		)


def compare(before: Census, after: Census, accepted: dict) -> list[str]:
	"""Problems: a record nobody was told about, or a table a guest should not reach."""
	problems = []
	complaints = after.complaints - before.complaints
	reported = {name for name in accepted.get("web_form.accept", []) if name}
	if complaints != reported:
		problems.append(
			f"complaints stored {len(complaints)}, accepted {len(reported)}: "
			f"unreported {sorted(complaints - reported)[:5]}, missing {sorted(reported - complaints)[:5]}"
		)
	files = after.files - before.files
	uploaded = {name for name in accepted.get("upload_file", []) if name}
	attached = set(
		frappe.get_all(
			"File",
			filters={"attached_to_doctype": DOCTYPE, "attached_to_name": ("in", list(reported) or [""])},
			pluck="name",
		)
	)
	if stray := files - uploaded - attached:
		problems.append(
			f"{len(stray)} files neither uploaded nor attached to an accepted complaint: {sorted(stray)[:5]}"
		)
	for table, count in after.counts.items():
		if table in ("tabPengaduan Masyarakat", "tabFile"):
			continue
		if count != before.counts.get(table, 0):
			problems.append(f"{table}: {before.counts.get(table, 0)} rows before, {count} after")
	return problems
