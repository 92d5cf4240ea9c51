"""Store the default choice for unmeasured score components on sites installed before it existed.

A new field of a Single DocType has no stored value after migrate: the rules read its default
(inputs.settings.get_settings), but the settings form would show it empty. A regency's own
choice, once saved, is kept.
"""

import frappe

from asn_merit.merit.skor_merit import BelumDiukur

SETTINGS = "ASN Merit Settings"


def execute():
	if frappe.db.get_single_value(SETTINGS, "perlakuan_belum_diukur"):
		return
	# Storing a default is not an edit: the settings keep their `modified` (the upgrade test
	# compares every stored value of our Singles across the upgrade).
	frappe.db.set_single_value(
		SETTINGS, "perlakuan_belum_diukur", BelumDiukur.BAGI_ULANG.value, update_modified=False
	)
