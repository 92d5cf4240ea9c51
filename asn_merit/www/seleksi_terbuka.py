"""Public page: the open selections announced by the regency, newest first (no login)."""

import frappe
from frappe import _
from frappe.utils import formatdate

no_cache = 1


def get_context(context):
	context.title = _("Seleksi Terbuka Jabatan Pimpinan Tinggi")
	context.no_breadcrumbs = 1
	context.seleksi = frappe.get_all(
		"Seleksi Terbuka",
		filters={"dipublikasikan": 1},
		fields=["judul", "route", "status", "tanggal_pengumuman", "batas_lamaran"],
		order_by="tanggal_pengumuman desc",
		ignore_permissions=True,  # published announcements are public by law (PP 11/2017 Pasal 117)
	)
	for item in context.seleksi:
		item.tanggal_pengumuman = formatdate(item.tanggal_pengumuman, "dd-MM-yyyy")
		item.batas_lamaran = formatdate(item.batas_lamaran, "dd-MM-yyyy")
