"""What an ASN does from the portal (/asn) on their own appraisal."""

import frappe
from frappe import _


@frappe.whitelist(methods=["POST"])
def terima_penilaian(penilaian_kinerja: str) -> str:
	"""Acknowledge one's own final appraisal; the controller refuses anyone else's."""
	doc = frappe.get_doc("Penilaian Kinerja", penilaian_kinerja)
	doc.check_permission("read")
	doc.terima_penilaian()
	return _("Penilaian kinerja diterima.")


@frappe.whitelist(methods=["POST"])
def ajukan_keberatan(penilaian_kinerja: str, alasan: str) -> str:
	"""File an objection to one's own final appraisal, within the window from receipt."""
	if not (alasan or "").strip():
		frappe.throw(_("Tuliskan alasan keberatan."))
	frappe.get_doc("Penilaian Kinerja", penilaian_kinerja).check_permission("read")
	doc = frappe.get_doc(
		{
			"doctype": "Keberatan Penilaian Kinerja",
			"penilaian_kinerja": penilaian_kinerja,
			"alasan": alasan.strip(),
		}
	).insert()
	return _("Keberatan {0} diajukan.").format(doc.name)


@frappe.whitelist(methods=["POST"])
def lamar_seleksi_terbuka(
	seleksi_terbuka: str, jabatan: str, rekomendasi_ppk: str, berkas_pendukung: str | None = None
) -> dict:
	"""Apply to an announced open selection as oneself: the logged-in user's own Employee, with the
	recommendation (and any supporting file) uploaded beforehand as their own private files.
	The Lamaran controller checks the rest: applications open, one per jabatan, requirements."""
	employee = applying_employee()
	if not rekomendasi_ppk:
		frappe.throw(_("Unggah surat rekomendasi atasan untuk melamar."))
	if not frappe.db.exists("Seleksi Terbuka", {"name": seleksi_terbuka, "dipublikasikan": 1}):
		frappe.throw(_("Seleksi Terbuka tidak ditemukan."), frappe.DoesNotExistError)
	doc = frappe.get_doc(
		{
			"doctype": "Lamaran Seleksi Terbuka",
			"seleksi_terbuka": seleksi_terbuka,
			"jabatan": jabatan,
			"employee": employee,
			"user": frappe.session.user,
			"rekomendasi_ppk": rekomendasi_ppk,
			"berkas_pendukung": berkas_pendukung,
		}
	).insert()
	return {"name": doc.name, "status": doc.status, "hasil_kelayakan": doc.hasil_kelayakan}


def applying_employee() -> str:
	employee = frappe.db.get_value("Employee", {"user_id": frappe.session.user, "status": "Active"})
	if frappe.session.user == "Guest" or not employee:
		frappe.throw(
			_("Akun Anda belum terhubung dengan data pegawai. Hubungi BKPSDM."), frappe.PermissionError
		)
	return employee
