"""Guests read the public pages in Bahasa Indonesia, whatever their browser asks for.

Frappe picks a guest's language from a `_lang` parameter, a cookie or the Accept-Language header
(frappe.translate.get_language), so a browser set to English met Frappe's English ("Home", "Not
Saved", "Get Updates") around our Indonesian complaint form. A regency's public service speaks
Bahasa Indonesia (UU 24/2009 Pasal 30: wajib dalam pelayanan administrasi publik di instansi
pemerintahan), so for a guest it wins. Logged-in users keep their own choice.
"""

import frappe

GUEST_LANGUAGE = "id"


def use_indonesian_for_guests() -> None:
	if frappe.session.user == "Guest":
		frappe.local.lang = GUEST_LANGUAGE
