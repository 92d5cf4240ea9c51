"""The performance page: every appraisal of the ASN, its predikat, and what they may still do."""

import frappe
from frappe.utils import getdate, today

from asn_merit.merit.tenggat import masih_dalam_batas

FIELDS = [
	"name",
	"tahun",
	"periode",
	"predikat",
	"predikat_setelah_keberatan",
	"docstatus",
	"tanggal_final",
	"tanggal_diterima",
	"batas_tanggapan",
	"diterima_pegawai_pada",
	"pejabat_penilai",
]


def kinerja(employee: str) -> dict:
	appraisals = frappe.get_all(
		"Penilaian Kinerja",
		filters={"employee": employee, "docstatus": ("<", 2)},
		fields=FIELDS,
		order_by="tahun desc, creation desc",
	)
	objections = {
		row.penilaian_kinerja: row
		for row in frappe.get_all(
			"Keberatan Penilaian Kinerja",
			filters={"employee": employee, "docstatus": ("<", 2)},
			fields=["name", "penilaian_kinerja", "keputusan", "docstatus"],
		)
	}
	now = getdate(today())
	for row in appraisals:
		row.keberatan = objections.get(row.name)
		open_window = (
			row.docstatus == 1
			and row.batas_tanggapan
			and masih_dalam_batas(now, getdate(row.batas_tanggapan))
		)
		row.dapat_diterima = bool(open_window and not row.diterima_pegawai_pada)
		row.dapat_keberatan = bool(open_window and not row.keberatan)
	return {"penilaian": appraisals}
