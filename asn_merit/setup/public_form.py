"""The public complaint form's guard settings: stored defaults and the challenge-signing key.

New fields of a Single have no stored value on a site installed before them; the key that signs
the ALTCHA challenges is made here, on install and by the patch that brings an older site up.
Neither is an edit by the regency: `modified` is kept, and a value already saved is kept.
"""

import frappe
from frappe.utils import cint
from frappe.utils.password import get_decrypted_password, set_encrypted_password

from asn_merit.pengaduan.doctype.pengaduan_settings.pengaduan_settings import (
	LIMIT_FIELDS,
	new_challenge_key,
)

SETTINGS = "Pengaduan Settings"
DEFAULTED_FIELDS = ("tingkat_kesulitan_tantangan", "masa_berlaku_tantangan_menit", *LIMIT_FIELDS)
KEY_FIELD = "kunci_tantangan"


def set_public_form_defaults() -> None:
	meta = frappe.get_meta(SETTINGS)
	for fieldname in DEFAULTED_FIELDS:
		if not cint(frappe.db.get_single_value(SETTINGS, fieldname)):
			default = cint(meta.get_field(fieldname).default)
			frappe.db.set_single_value(SETTINGS, fieldname, default, update_modified=False)
	if not get_decrypted_password(SETTINGS, SETTINGS, KEY_FIELD, raise_exception=False):
		key = new_challenge_key()
		set_encrypted_password(SETTINGS, SETTINGS, key, KEY_FIELD)
		# What a saved Password field keeps in the row: a mask, the value lives in __Auth.
		frappe.db.set_single_value(SETTINGS, KEY_FIELD, "*" * len(key), update_modified=False)


def remove_challenge_key() -> None:
	frappe.db.delete("__Auth", {"doctype": SETTINGS, "fieldname": KEY_FIELD})
