from frappe.utils.jinja_globals import bundled_asset


def get_context(context):
	# The form is public; nothing about the visitor is added to the page.
	context.no_cache = 1
	# ALTCHA's widget, from our own assets (bench build --app asn_merit); the form's script loads it.
	context.altcha_bundle = bundled_asset("altcha_widget.bundle.js")
