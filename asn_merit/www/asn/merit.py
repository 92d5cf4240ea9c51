"""Portal ASN, merit: my score, what it is made of, and my place on the 9-box."""

from frappe import _

from asn_merit.portal.access import own_employee
from asn_merit.portal.merit import merit

no_cache = 1


def get_context(context):
	employee = own_employee()
	context.title = _("Skor Merit Saya")
	context.active = "/asn/merit"
	context.no_breadcrumbs = 1
	context.update(merit(employee.name))
