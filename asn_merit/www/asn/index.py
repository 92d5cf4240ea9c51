"""Portal ASN, profile: who I am in the records, my rank, post, histories and retirement date."""

from frappe import _

from asn_merit.portal.access import own_employee
from asn_merit.portal.profil import profil

no_cache = 1


def get_context(context):
	employee = own_employee()
	context.title = _("Portal ASN")
	context.active = "/asn"
	context.no_breadcrumbs = 1
	context.update(profil(employee.name))
