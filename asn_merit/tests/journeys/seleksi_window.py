"""The demo's published selection, with its application deadline moved for one journey class
and put back when the class is done, so the journeys pass in any order: the panel's journey needs
the applications closed, an applicant's needs them open."""

import frappe
from frappe.utils import add_days, today

SELEKSI = "Seleksi Terbuka"


def published_selection_with_deadline(case: type, days_from_today: int) -> frappe._dict:
	"""Name, judul, route and former batas_lamaran of the demo's published selection, whose
	batas_lamaran is today plus the given days (committed: the server is another process) until
	the class `case` finishes."""
	seleksi = frappe.db.get_value(
		SELEKSI, {"dipublikasikan": 1}, ["name", "judul", "route", "batas_lamaran"], as_dict=True
	)
	case.addClassCleanup(_set_deadline, seleksi.name, seleksi.batas_lamaran)
	_set_deadline(seleksi.name, add_days(today(), days_from_today))
	return seleksi


def _set_deadline(seleksi: str, batas_lamaran) -> None:
	frappe.db.rollback()  # a failed test may leave its transaction open
	frappe.db.set_value(SELEKSI, seleksi, "batas_lamaran", batas_lamaran)
	frappe.db.commit()
