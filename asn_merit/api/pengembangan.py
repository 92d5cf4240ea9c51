"""Rencana Pengembangan Kompetensi and Penghargaan from the desk: create, agree, nominate, propose."""

import frappe
from frappe import _
from frappe.utils import cint

from asn_merit.talenta import pengembangan
from asn_merit.talenta.pengembangan import RENCANA


@frappe.whitelist(methods=["POST"])
def buat_rencana(employee: str, tahun: int) -> str:
	"""Create (or complete, while a draft) the employee's plan for `tahun`; returns its name."""
	frappe.has_permission(RENCANA, "create", throw=True)
	if not frappe.db.exists("Employee", employee):
		frappe.throw(_("Pegawai {0} tidak ditemukan.").format(employee), frappe.DoesNotExistError)
	return pengembangan.buat_rencana(employee, cint(tahun)).name


@frappe.whitelist(methods=["POST"])
def isi_dari_predikat(rencana: str) -> None:
	"""Add to a draft plan the actions its predikat and competency gaps call for."""
	doc = frappe.get_doc(RENCANA, rencana)
	doc.check_permission("write")
	if doc.status != "Draft":
		frappe.throw(_("Rencana yang sudah disetujui tidak diubah lagi."))
	pengembangan.isi_aksi(doc)
	doc.save()


@frappe.whitelist(methods=["POST"])
def setujui_rencana(rencana: str) -> None:
	"""The atasan agrees the plan (who and when are recorded)."""
	doc = frappe.get_doc(RENCANA, rencana)
	doc.check_permission("read")
	pengembangan.setujui(doc)


@frappe.whitelist(methods=["POST"])
def nominasikan(rencana: str, aksi: str, training_event: str) -> None:
	"""Nominate the plan's employee into an HRMS Training Event for one action."""
	pengembangan.nominasikan(frappe.get_doc(RENCANA, rencana), aksi, training_event)


@frappe.whitelist()
def acara_pelatihan(rencana: str) -> list[dict]:
	"""Training Events open for nomination (scheduled, not cancelled), for whoever may change the
	plan: HRMS lets only its HR Manager read Training Event, so the officer picks from this list."""
	frappe.get_doc(RENCANA, rencana).check_permission("write")
	return frappe.get_all(
		"Training Event",
		filters={"docstatus": ("<", 2), "event_status": "Scheduled"},
		fields=["name", "event_name", "training_program", "start_time", "location"],
		order_by="start_time asc",
		limit=200,
		ignore_permissions=True,
	)


@frappe.whitelist(methods=["POST"])
def buat_rencana_massal(tahun: int) -> dict:
	"""A plan for everyone whose predikat of `tahun` calls for one; many run in the background."""
	frappe.has_permission(RENCANA, "create", throw=True)
	tahun = cint(tahun)
	jumlah = len(pengembangan.pegawai_dengan_predikat(tahun))
	if jumlah > pengembangan.BATAS_LANGSUNG:
		frappe.enqueue(
			"asn_merit.talenta.pengembangan.buat_rencana_massal",
			tahun=tahun,
			queue="long",
			job_id=f"rencana-pengembangan-{tahun}",
			deduplicate=True,
		)
		return {"antrean": True, "jumlah": jumlah}
	return pengembangan.buat_rencana_massal(tahun)


@frappe.whitelist()
def usulan_penghargaan(employee: str, tahun: int) -> list[dict]:
	"""Who qualifies for which reward in `tahun`: a proposal with its basis, for the officer to decide."""
	from asn_merit.talenta.penghargaan import usulan_untuk

	frappe.has_permission("Penghargaan", "create", throw=True)
	return [
		{"jenis": u.jenis, "tahun": u.tahun, "dasar": u.dasar} for u in usulan_untuk(employee, cint(tahun))
	]
