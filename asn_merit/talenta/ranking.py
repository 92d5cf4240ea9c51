"""Rank the candidates for a vacant jabatan: eligible ones by merit score, the rest with reasons."""

import frappe
from frappe import _
from frappe.utils import getdate, today

from asn_merit.inputs.merit import load_data_merit
from asn_merit.inputs.pegawai import load_data_pegawai
from asn_merit.inputs.pegawai_snapshot import checked_pegawai, readable_pegawai
from asn_merit.inputs.settings import (
	get_aturan_kelayakan,
	get_aturan_rekam_jejak,
	get_bobot_merit,
	get_perlakuan_belum_diukur,
	get_settings,
)
from asn_merit.merit.dates import format_date
from asn_merit.merit.eligibility import cek_kelayakan
from asn_merit.merit.kalender_karier import batas_usia_pensiun, pensiun_sebelum
from asn_merit.merit.peringkat import ATURAN_SERI, Kandidat, urutkan_kandidat
from asn_merit.merit.skor_merit import hitung_skor_merit


def peringkat_kandidat(jabatan: str) -> dict:
	"""The ranking for one jabatan as the user may see it: they must read the jabatan and
	Employee, and only employees they may read are considered."""
	if not isinstance(jabatan, str) or not frappe.db.exists("Jabatan", jabatan):
		frappe.throw(_("Jabatan tidak ditemukan."), frappe.DoesNotExistError)
	doc = frappe.get_doc("Jabatan", jabatan)
	doc.check_permission("read")
	frappe.has_permission("Employee", "read", throw=True)
	return rank_candidates(doc)


def rank_candidates(jabatan_doc, on_date=None, employees: list[dict] | None = None) -> dict:
	"""`employees` (rows of inputs.pegawai fields), by default every active employee the user may
	read, from the worker's snapshot; the jabatan's holders are never candidates."""
	on_date = getdate(on_date or today())
	syarat, aturan = jabatan_doc.get_persyaratan(), get_aturan_kelayakan()
	if employees is None:
		employees, pegawai = readable_pegawai()
		employees = [row for row in employees if row["jabatan"] != jabatan_doc.name]
		checks = checked_pegawai(employees, syarat, on_date, aturan)
	else:
		pegawai = load_data_pegawai(employees)
		employees = [row for row in employees if row["jabatan"] != jabatan_doc.name]
		checks = {
			row["name"]: cek_kelayakan(pegawai[row["name"]], syarat, on_date, aturan) for row in employees
		}
	eligible, ineligible = [], []
	for employee in employees:
		hasil = checks[employee["name"]]
		if hasil.layak:
			eligible.append(employee)
		else:
			ineligible.append(_ineligible(employee, hasil.alasan))

	data = load_data_merit(
		eligible, on_date, get_settings().tahun_pelatihan, target_jabatan=jabatan_doc.name, pegawai=pegawai
	)
	bobot, aturan_rekam_jejak, perlakuan = (
		get_bobot_merit(),
		get_aturan_rekam_jejak(),
		get_perlakuan_belum_diukur(),
	)
	by_name = {employee["name"]: employee for employee in eligible}
	scores = {name: hitung_skor_merit(data[name], bobot, aturan_rekam_jejak, perlakuan) for name in by_name}
	ranked = urutkan_kandidat(
		Kandidat(
			employee=name,
			nip=by_name[name].get("nip") or "",
			nama=by_name[name].get("employee_name") or name,
			skor=scores[name],
			masa_kerja_tahun=data[name].masa_kerja_tahun,
		)
		for name in by_name
	)
	pensiun = _retires_before(jabatan_doc, on_date)
	return {
		"aturan_seri": ATURAN_SERI,
		"layak": [_eligible(item, by_name[item.kandidat.employee], pensiun) for item in ranked],
		"tidak_layak": sorted(ineligible, key=lambda row: (row["employee_name"] or "", row["employee"])),
	}


def _retires_before(jabatan_doc, on_date):
	"""Who reaches the post's pension age (BUP) on or before `on_date`: flagged, not removed,
	as the appointing official decides (UU 20/2023 Pasal 55; PP 11/2017 Pasal 239)."""
	try:
		bup = batas_usia_pensiun(
			jabatan_doc.jenis_jabatan, jabatan_doc.jenjang_fungsional, jabatan_doc.batas_usia_pensiun or None
		)
	except ValueError:
		return lambda employee: None
	return lambda employee: (
		_("Mencapai batas usia pensiun {0} tahun sebelum {1}.").format(bup, format_date(on_date))
		if employee.get("date_of_birth") and pensiun_sebelum(getdate(employee["date_of_birth"]), bup, on_date)
		else None
	)


def _eligible(item, employee: dict, pensiun) -> dict:
	skor = item.kandidat.skor
	return {
		"peringkat": item.peringkat,
		**_identity(employee),
		"catatan_pensiun": pensiun(employee),
		"total": skor.total,
		# Which weighted components had nothing to measure, and whether the total counted them 0.
		"belum_diukur": list(skor.belum_diukur),
		"skor_tidak_lengkap": skor.tidak_lengkap,
		"komponen": [
			{
				"kode": k.kode,
				"nama": k.nama,
				"skor": k.skor,
				"bobot": k.bobot,
				"bobot_awal": k.bobot_awal,
				"nilai": k.nilai,
				"diukur": not k.dihitung,
				"alasan_belum_diukur": k.alasan_belum_diukur if k.dihitung else None,
				"rincian": list(k.rincian),
			}
			for k in skor.komponen
		],
	}


def _ineligible(employee: dict, alasan: list[str]) -> dict:
	return {**_identity(employee), "alasan": list(alasan)}


def _identity(employee: dict) -> dict:
	return {
		"employee": employee["name"],
		"employee_name": employee.get("employee_name"),
		"nip": employee.get("nip"),
		"golongan": employee.get("grade"),
		"unit_kerja": employee.get("department"),
		"jabatan": employee.get("jabatan"),
	}
