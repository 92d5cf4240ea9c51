"""Portal ASN, career: posts I could fill and why not, my next rank promotion, open selections
and my applications."""

from frappe import _

from asn_merit.portal.access import own_employee
from asn_merit.portal.karier import karier

no_cache = 1


def get_context(context):
	employee = own_employee()
	context.title = _("Karier Saya")
	context.active = "/asn/karier"
	context.no_breadcrumbs = 1
	context.update(karier(employee.name))
