"""Guests read the public pages in the site's language, whatever their browser asks for.

Frappe picks a guest's language from a `_lang` parameter, a cookie or the Accept-Language header
(frappe.translate.get_language), so a browser set to English met Frappe's English ("Home", "Not
Saved", "Get Updates") around our Indonesian complaint form. The regency serves its citizens in
the language it chose in the setup wizard (System Settings), so for a guest that language wins.
Logged-in users keep their own choice.
"""

import frappe


def use_site_language_for_guests() -> None:
	if frappe.session.user != "Guest":
		return
	site_language = frappe.db.get_default("lang")
	if site_language:
		frappe.local.lang = site_language
