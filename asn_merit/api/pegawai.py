"""Rank questions about one employee, asked from the Employee form."""

import frappe
from frappe import _
from frappe.utils import getdate, today

from asn_merit.merit.kenaikan_pangkat import cek_kenaikan_pangkat_reguler
from asn_merit.merit.pangkat import is_golongan
from asn_merit.sistem_merit.settings import get_settings


@frappe.whitelist()
def get_kenaikan_pangkat_reguler(employee: str) -> dict:
	"""Whether this employee may rise one rank today by regular promotion, and why not."""
	doc = frappe.get_doc("Employee", employee)
	doc.check_permission("read")
	missing = [
		label
		for label, value in (
			(_("golongan"), doc.grade),
			(_("TMT golongan"), doc.tmt_golongan),
			(_("pendidikan terakhir"), doc.pendidikan_terakhir),
		)
		if not value
	]
	if missing:
		return {
			"layak": False,
			"alasan": [_("Data belum lengkap: {0}.").format(", ".join(missing))],
			"catatan": [],
		}
	if not is_golongan(doc.grade):
		return {"layak": False, "alasan": [_("{0} bukan golongan PNS.").format(doc.grade)], "catatan": []}

	on_date = getdate(today())
	settings = get_settings()
	per_tahun = {row.tahun: row.predikat for row in doc.riwayat_predikat_kinerja}
	years = range(on_date.year - 2, on_date.year)
	hasil = cek_kenaikan_pangkat_reguler(
		doc.grade,
		getdate(doc.tmt_golongan),
		on_date,
		[per_tahun[year] for year in years if year in per_tahun],
		doc.pendidikan_terakhir,
		min_tahun=settings.min_tahun_dalam_pangkat,
		predikat_minimal=settings.predikat_minimal,
	)
	return {
		"layak": hasil.layak,
		"alasan": hasil.alasan,
		"catatan": hasil.catatan,
		"golongan_berikutnya": hasil.golongan_berikutnya,
	}
