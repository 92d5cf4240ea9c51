"""Public page: a citizen follows a complaint with its tracking code and secret (no login)."""

from frappe import _

no_cache = 1


def get_context(context):
	context.title = _("Lacak Pengaduan")
	context.no_breadcrumbs = 1
