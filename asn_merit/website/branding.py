"""The regency's face on every public page: its name and logo in the header, its name in the
footer, no framework branding (issue 23).

Filled at render time (`update_website_context` hook) from the default Company, which the setup
wizard names after the regency, instead of written into Website Settings: nothing is stored, so
there is nothing to migrate or to undo on uninstall, and a renamed Company or a new logo shows
at once. What a regency has set in Website Settings itself (brand HTML, footer text, copyright)
wins; only the empty ones are filled.
"""

import frappe
from frappe.utils import escape_html


def update_website_context(context) -> dict:
	regency = regency_name()
	if not regency:
		return {}
	values = {
		# Frappe's footer asks guests for their email ("Get Updates"): nothing of ours to subscribe to.
		"hide_footer_signup": 1,
		"footer_powered": context.get("footer_powered") or escape_html(regency),
		"copyright": context.get("copyright") or regency,
	}
	if not context.get("brand_html"):
		values["brand_html"] = brand_html(regency, regency_logo())
	return values


def regency_name() -> str | None:
	company = frappe.db.get_single_value("Global Defaults", "default_company")
	return company or frappe.db.get_value("Company", {}, "name", order_by="creation")


def regency_logo() -> str | None:
	company = regency_name()
	logo = company and frappe.db.get_value("Company", company, "company_logo")
	return logo or frappe.db.get_single_value("Website Settings", "app_logo")


def brand_html(name: str, logo: str | None) -> str:
	text = f"<span>{escape_html(name)}</span>"
	if not logo:
		return text
	return f'<img src="{escape_html(logo)}" alt="" height="32" class="mr-2" style="max-height: 32px">' + text
