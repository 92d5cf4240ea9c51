"""Apply page of an open selection: /lamar-seleksi-terbuka?seleksi=<name>.

A guest is sent to log in (or sign up) first. The form uploads each document as a private file
and submits to the endpoint that checks everything again: an ASN of this regency (a user with an
active Employee) applies with their Employee's data and a recommendation
(asn_merit.api.portal.lamar_seleksi_terbuka); a candidate of another instansi declares their data
and sends the announcement's documents (asn_merit.api.pelamar_luar.ajukan_lamaran)."""

import frappe
from frappe import _

from asn_merit.inputs.pengaduan_settings import get_pengaduan_settings
from asn_merit.merit.attachment_rules import DEFAULT_ALLOWED_EXTENSIONS
from asn_merit.merit.jabatan import JENIS_JABATAN, JENJANG_FUNGSIONAL
from asn_merit.merit.pangkat import GOLONGAN
from asn_merit.merit.pendidikan import PENDIDIKAN_MENURUT_TINGKAT
from asn_merit.merit.predikat import PREDIKAT
from asn_merit.seleksi.portal_luar import is_email_verified

no_cache = 1


def get_context(context):
	name = frappe.form_dict.get("seleksi")
	if frappe.session.user == "Guest":
		frappe.local.flags.redirect_location = "/login?redirect-to=" + frappe.utils.quote(
			f"/lamar-seleksi-terbuka?seleksi={name or ''}"
		)
		raise frappe.Redirect
	if not name or not frappe.db.exists("Seleksi Terbuka", {"name": name, "dipublikasikan": 1}):
		raise frappe.DoesNotExistError(_("Seleksi Terbuka tidak ditemukan."))
	seleksi = frappe.get_doc("Seleksi Terbuka", name)
	context.title = _("Lamar Seleksi Terbuka")
	context.no_breadcrumbs = 1
	context.seleksi = seleksi
	context.pendaftaran_dibuka = seleksi.applications_open()
	employee = frappe.db.get_value(
		"Employee",
		{"user_id": frappe.session.user, "status": "Active"},
		["name", "employee_name"],
		as_dict=True,
	)
	context.pegawai = employee and employee.employee_name
	context.terverifikasi = context.pegawai or is_email_verified(frappe.session.user)
	context.jabatan = [row.jabatan for row in seleksi.jabatan]
	if employee:  # one application per jabatan: only those the ASN has not applied to are offered
		applied = frappe.get_all(
			"Lamaran Seleksi Terbuka",
			filters={"seleksi_terbuka": name, "employee": employee.name},
			pluck="jabatan",
			ignore_permissions=True,  # the ASN's own applications, filtered here
		)
		context.jabatan = [jabatan for jabatan in context.jabatan if jabatan not in applied]
	context.golongan = [g.kode for g in GOLONGAN]
	context.pendidikan = PENDIDIKAN_MENURUT_TINGKAT
	context.predikat = PREDIKAT
	context.jenis_jabatan = JENIS_JABATAN
	context.jenjang = JENJANG_FUNGSIONAL
	context.ekstensi = ",".join("." + e for e in sorted(DEFAULT_ALLOWED_EXTENSIONS))
	context.ukuran_mb = get_pengaduan_settings().ukuran_lampiran_mb
