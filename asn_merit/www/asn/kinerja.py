"""Portal ASN, performance: my appraisals, their predikat, and accepting or objecting in time."""

from frappe import _

from asn_merit.portal.access import own_employee
from asn_merit.portal.kinerja import kinerja

no_cache = 1


def get_context(context):
	employee = own_employee()
	context.title = _("Kinerja Saya")
	context.active = "/asn/kinerja"
	context.no_breadcrumbs = 1
	context.update(kinerja(employee.name))
