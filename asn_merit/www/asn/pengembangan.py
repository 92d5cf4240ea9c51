"""Portal ASN, development: my plan, my trainings, my JP of the year against 20, my rewards."""

from frappe import _

from asn_merit.portal.access import own_employee
from asn_merit.portal.pengembangan import pengembangan

no_cache = 1


def get_context(context):
	employee = own_employee()
	context.title = _("Pengembangan Saya")
	context.active = "/asn/pengembangan"
	context.no_breadcrumbs = 1
	context.update(pengembangan(employee.name))
