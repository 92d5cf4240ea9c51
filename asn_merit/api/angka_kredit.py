"""The yearly angka kredit run, started from the Penetapan Angka Kredit list."""

import frappe
from frappe import _
from frappe.utils import cint, getdate, today

from asn_merit.kepegawaian.angka_kredit_tahunan import DOCTYPE, buat_draf, pemegang_jf

RUN_NOW_HOLDERS = 50  # more than this goes to a background job


@frappe.whitelist()
def buat_penetapan_tahunan(tahun: int) -> dict:
	"""Draft a Penetapan Angka Kredit for every JF holder with the year's predikat on record."""
	if not frappe.has_permission(DOCTYPE, "create"):
		frappe.throw(_("Anda tidak berhak membuat penetapan angka kredit."), frappe.PermissionError)
	tahun = cint(tahun)
	if not 2023 <= tahun <= getdate(today()).year:
		# PermenPANRB 1/2023 converts predikat from 2023 on; a future year has no predikat yet.
		frappe.throw(_("Tahun harus antara 2023 dan {0}.").format(getdate(today()).year))
	holders = pemegang_jf(tahun)
	if len(holders) > RUN_NOW_HOLDERS and not frappe.flags.in_test:
		frappe.enqueue(
			"asn_merit.kepegawaian.angka_kredit_tahunan.buat_draf",
			queue="long",
			job_id=f"penetapan-angka-kredit-{tahun}",
			deduplicate=True,
			holders=holders,
			tahun=tahun,
		)
		return {"antre": len(holders)}
	return buat_draf(holders, tahun)
