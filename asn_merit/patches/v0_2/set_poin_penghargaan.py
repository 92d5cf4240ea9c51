"""Store the weight of rewards (Penghargaan) in the merit score on sites installed before it existed.

0: rewards recorded afterwards do not change anyone's score until the regency gives them a weight.
A regency's own value, once saved, is kept.
"""

import frappe

SETTINGS = "ASN Merit Settings"


def execute():
	# get_single_value reads a never-stored Float as 0: ask whether a value is stored at all.
	if stored():
		return
	# Storing a default is not an edit: the settings keep their `modified` (the upgrade test compares
	# every stored value of our Singles across the upgrade).
	frappe.db.set_single_value(SETTINGS, "poin_penghargaan", 0, update_modified=False)


def stored() -> bool:
	return bool(
		frappe.db.sql(
			"select 1 from `tabSingles` where doctype = %s and field = 'poin_penghargaan'", SETTINGS
		)
	)
