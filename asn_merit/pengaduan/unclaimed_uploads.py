"""Hourly job: a guest's upload that no complaint claimed within an hour is deleted.

A citizen uploads before the complaint exists; a form never sent leaves the file behind, and a
hostile guest could fill the disk that way. Only files a guest uploaded, attached to nothing and
older than the grace period go, through Frappe's own delete so the file leaves the disk too.
"""

import frappe
from frappe.utils import add_to_date, now_datetime

GRACE_MINUTES = 60


def delete_unclaimed_guest_uploads(now=None) -> list[str]:
	cutoff = add_to_date(now or now_datetime(), minutes=-GRACE_MINUTES)
	names = frappe.get_all(
		"File",
		filters={
			"owner": "Guest",
			"is_folder": 0,
			"attached_to_name": ("is", "not set"),
			"creation": ("<", cutoff),
		},
		pluck="name",
	)
	for name in names:
		frappe.delete_doc("File", name, ignore_permissions=True, force=True)
	return names
