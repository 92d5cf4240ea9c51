"""Public page: the privacy notice for a complainant's personal data (UU 27/2022 Pasal 16 ff.),
named after the regency that controls the data."""

from frappe import _

from asn_merit.website.branding import regency_name

no_cache = 1


def get_context(context):
	context.title = _("Pemberitahuan Privasi Layanan Pengaduan")
	context.no_breadcrumbs = 1
	context.regency = regency_name() or _("Pemerintah Daerah")
