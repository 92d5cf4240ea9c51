"""Seleksi Terbuka: close a stage (secretariat or panel chair) and record the PPK's choice."""

import frappe

from asn_merit.seleksi.choice import choose_candidate
from asn_merit.seleksi.stages import close_stage


@frappe.whitelist(methods=["POST"])
def tutup_tahap(seleksi_terbuka: str, tahap: str) -> dict:
	"""Lock the running stage's scores, rank per jabatan and publish; returns the ranking."""
	seleksi = frappe.get_doc("Seleksi Terbuka", seleksi_terbuka)
	seleksi.check_permission("read")
	return close_stage(seleksi, tahap)


@frappe.whitelist(methods=["POST"])
def pilih_calon(seleksi_terbuka: str, jabatan: str, lamaran: str, alasan: str | None = None) -> None:
	"""The PPK picks one of the three best; anyone but the first needs `alasan`, kept on record."""
	seleksi = frappe.get_doc("Seleksi Terbuka", seleksi_terbuka)
	seleksi.check_permission("read")
	choose_candidate(seleksi, jabatan, lamaran, alasan)


@frappe.whitelist()
@frappe.validate_and_sanitize_search_inputs
def jabatan_seleksi(
	doctype: str, txt: str, searchfield: str, start: int, page_len: int, filters: dict
) -> list:
	"""Link search for an application's jabatan: only those of the chosen selection."""
	seleksi = (filters or {}).get("seleksi_terbuka")
	if not seleksi or not frappe.has_permission("Seleksi Terbuka", "read", seleksi):
		return []
	return frappe.get_all(
		"Seleksi Terbuka Jabatan",
		filters={"parent": seleksi, "parenttype": "Seleksi Terbuka", "jabatan": ("like", f"%{txt}%")},
		fields=["jabatan", "unit_kerja"],
		order_by="idx",
		limit_start=start,
		limit_page_length=page_len,
		as_list=True,
	)
