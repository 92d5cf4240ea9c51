"""The BKPSDM's yearly angka kredit run: a draft Penetapan Angka Kredit for every JF holder whose
predikat of the year is on record (PermenPANRB 1/2023 Pasal 37: the annual predikat converts into
angka kredit). Drafts, not final decisions: the officer checks each, gives it its number and date
and submits it. The conversion itself is the DocType's (merit.angka_kredit)."""

import frappe
from frappe import _
from frappe.utils import getdate

from asn_merit.merit.kenaikan_pangkat import jabatan_fungsional

DOCTYPE = "Penetapan Angka Kredit"


def pemegang_jf(tahun: int) -> list[dict]:
	"""Active employees in a jabatan fungsional with a jenjang, with their predikat of the year
	(None when it is not on record) and whether that year already has a PAK."""
	jabatan = {
		row.name
		for row in frappe.get_all("Jabatan", fields=["name", "jenis_jabatan", "jenjang_fungsional"])
		if jabatan_fungsional(row.jenis_jabatan) and row.jenjang_fungsional
	}
	holders = frappe.get_all(
		"Employee",
		filters={"status": "Active", "jabatan": ("in", list(jabatan) or [""])},
		fields=["name", "employee_name", "jabatan", "tmt_jabatan"],
		order_by="name",
	)
	names = [holder.name for holder in holders] or [""]
	predikat = dict(
		frappe.get_all(
			"Riwayat Predikat Kinerja",
			filters={"parenttype": "Employee", "parent": ("in", names), "tahun": tahun},
			fields=["parent", "predikat"],
			as_list=True,
		)
	)
	with_pak = set(
		frappe.get_all(
			DOCTYPE,
			filters={"employee": ("in", names), "tahun": tahun, "docstatus": ("<", 2)},
			pluck="employee",
		)
	)
	for holder in holders:
		holder.predikat = predikat.get(holder.name)
		holder.sudah_ada = holder.name in with_pak
	return holders


def bulan_dalam_jabatan(tahun: int, tmt_jabatan) -> int:
	"""Months of the year in the post: pro rata from the TMT (PermenPANRB 1/2023 Pasal 37 ayat (4))."""
	if not tmt_jabatan or getdate(tmt_jabatan).year < tahun:
		return 12
	return max(1, 12 - getdate(tmt_jabatan).month + 1)


def buat_draf(holders: list[dict], tahun: int) -> dict:
	"""Insert the drafts; a holder whose PAK cannot be made is listed with the reason instead."""
	dibuat, dilewati = [], []
	for index, holder in enumerate(holders, start=1):
		alasan = _alasan_lewati(holder, tahun)
		if not alasan:
			alasan = _insert(holder, tahun, dibuat)
		if alasan:
			dilewati.append(
				{"employee": holder.name, "employee_name": holder.employee_name, "alasan": alasan}
			)
		frappe.publish_progress(index * 100 / len(holders), title=_("Membuat penetapan angka kredit"))
	return {"dibuat": dibuat, "dilewati": dilewati}


def _alasan_lewati(holder, tahun: int) -> str | None:
	if holder.sudah_ada:
		return _("Angka kredit tahun {0} sudah ditetapkan atau sedang disusun.").format(tahun)
	if not holder.predikat:
		return _("Predikat kinerja tahun {0} belum tercatat.").format(tahun)
	if getdate(holder.tmt_jabatan or f"{tahun}-01-01").year > tahun:
		return _("Belum menduduki jabatan fungsional pada tahun {0}.").format(tahun)
	return None


def _insert(holder, tahun: int, dibuat: list[str]) -> str | None:
	"""Insert one draft in its own savepoint, so one refusal does not undo the others."""
	doc = frappe.get_doc(
		{
			"doctype": DOCTYPE,
			"employee": holder.name,
			"tahun": tahun,
			"bulan": bulan_dalam_jabatan(tahun, holder.tmt_jabatan),
		}
	)
	frappe.db.savepoint("pak_tahunan")
	try:
		doc.insert()
	except frappe.ValidationError as error:
		frappe.db.rollback(save_point="pak_tahunan")
		frappe.clear_messages()
		return str(error)
	dibuat.append(doc.name)
	return None
