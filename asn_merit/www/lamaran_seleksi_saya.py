"""An outside candidate's own applications: status, eligibility, scores of closed stages.

?lamaran=<name> shows one; anyone else's name gets a 403."""

import frappe
from frappe import _

from asn_merit.seleksi.portal_luar import applications_of, own_application

no_cache = 1


def get_context(context):
	user = frappe.session.user
	if user == "Guest":
		frappe.local.flags.redirect_location = "/login?redirect-to=/lamaran-seleksi-saya"
		raise frappe.Redirect
	context.title = _("Lamaran Saya")
	context.no_breadcrumbs = 1
	name = frappe.form_dict.get("lamaran")
	context.lamaran = [own_application(user, name)] if name else applications_of(user)
