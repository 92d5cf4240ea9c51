"""Insert many records at once, for demo and benchmark data only.

Why not `insert()` per record: a 10,000-ASN regency with 100,000 complaints would take most of
an hour through the controllers. These rows are built the way the controllers would leave them
(names from the same series, the fields they compute), and written with frappe.db.bulk_insert.
Real data always goes through the controllers.
"""

from datetime import datetime

import frappe
from frappe.utils import now_datetime

FORMAT_COUNTER = ""  # the tabSeries key of every "format:...{#####}" autoname (see reserve_names)


def reserve_names(prefix: str, count: int, digits: int = 5, key: str | None = None) -> list[str]:
	"""The next `count` names of a naming series, taken in one step, as getseries would give them.

	`key` is the tabSeries row the counter lives in: the prefix for a naming series
	("HR-EMP-.#####"), but FORMAT_COUNTER for a "format:PGD-{YYYY}-{#####}" autoname, whose
	number Frappe v15 draws from one counter with an empty key, shared by all such DocTypes.
	"""
	key = prefix if key is None else key
	series = frappe.qb.DocType("Series")
	found = frappe.qb.from_(series).select(series.current).where(series.name == key).for_update().run()
	current = found[0][0] if found else None
	if current is None:
		frappe.qb.into(series).insert(key, 0).columns("name", "current").run()
		current = 0
	frappe.qb.update(series).set(series.current, current + count).where(series.name == key).run()
	return [f"{prefix}{number:0{digits}d}" for number in range(current + 1, current + count + 1)]


def insert(doctype: str, rows: list[dict], stamp: datetime | None = None) -> None:
	"""Rows of one DocType (or one child table) with the same keys; standard columns are added."""
	if not rows:
		return
	stamp = stamp or now_datetime()
	standard = {
		"creation": stamp,
		"modified": stamp,
		"owner": "Administrator",
		"modified_by": "Administrator",
	}
	fields = [*rows[0].keys(), *(key for key in standard if key not in rows[0])]
	values = [[row.get(field, standard.get(field)) for field in fields] for row in rows]
	frappe.db.bulk_insert(doctype, fields, values)


def child_rows(parent_doctype: str, parentfield: str, rows_by_parent: dict[str, list[dict]]) -> list[dict]:
	"""Child table rows with their parent link, position and a random name, as Frappe sets them."""
	rows, names = [], unique_hashes()
	for parent, items in rows_by_parent.items():
		for idx, item in enumerate(items, start=1):
			rows.append(
				{
					"name": next(names),
					"parent": parent,
					"parenttype": parent_doctype,
					"parentfield": parentfield,
					"idx": idx,
					"docstatus": 0,
					**item,
				}
			)
	return rows


def unique_hashes(length: int = 10):
	"""Random names as Frappe gives child rows, none repeated: 10 hex digits are 40 bits, and at
	the 50,000 and more rows of a benchmark history two of them met (1062, duplicate entry), where
	Frappe's own insert would have drawn again."""
	seen = set()
	while True:
		name = frappe.generate_hash(length=length)
		if name not in seen:
			seen.add(name)
			yield name
