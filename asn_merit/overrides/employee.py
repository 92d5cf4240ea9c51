"""Our rules on HRMS Employee, hooked through doc_events."""

import frappe
from frappe import _
from frappe.utils import add_days, getdate

from asn_merit.constants import GENDERS_BY_JENIS_KELAMIN
from asn_merit.merit.nip import (
	NIP,
	InvalidNIP,
	JenisKelamin,
	check_nip_against,
	normalize_nip,
	parse_nomor_induk,
)
from asn_merit.merit.pangkat import alasan_golongan


def before_validate(doc, method=None):
	fill_from_nip(doc)


def validate(doc, method=None):
	validate_nip(doc)
	validate_golongan(doc)
	follow_jabatan(doc)
	record_history(doc)


def fill_from_nip(doc):
	"""A SIASN import carries the NIP; birth date, sex and TMT CPNS are in it."""
	doc.nip = normalize_nip(doc.nip) or None
	if not doc.nip:
		return
	try:
		parsed = parse_nomor_induk(doc.nip, doc.status_kepegawaian)
	except InvalidNIP:
		return  # validate_nip says why
	if not doc.date_of_birth:
		doc.date_of_birth = parsed.tanggal_lahir
	if not doc.gender:
		doc.gender = GENDERS_BY_JENIS_KELAMIN[parsed.jenis_kelamin][0]
	if not doc.date_of_joining and isinstance(parsed, NIP):
		doc.date_of_joining = parsed.tmt_cpns  # a PPPK number holds only the year of appointment


def validate_nip(doc):
	if not doc.nip:
		return

	try:
		parsed = parse_nomor_induk(doc.nip, doc.status_kepegawaian)
	except InvalidNIP as error:
		frappe.throw(error.reason.message, title=_("NIP tidak valid"))

	birth_date = getdate(doc.date_of_birth) if doc.date_of_birth else None
	reasons = check_nip_against(parsed, birth_date, jenis_kelamin_of(doc.gender))
	if reasons:
		frappe.throw(" ".join(reason.message for reason in reasons), title=_("NIP tidak cocok"))

	holder = frappe.db.get_value("Employee", {"nip": doc.nip, "name": ("!=", doc.name)})
	if holder:
		frappe.throw(
			_("NIP {0} sudah terdaftar pada pegawai lain ({1}).").format(doc.nip, holder),
			title=_("NIP ganda"),
		)


def jenis_kelamin_of(gender: str | None) -> JenisKelamin | None:
	for jenis_kelamin, genders in GENDERS_BY_JENIS_KELAMIN.items():
		if gender in genders:
			return jenis_kelamin
	return None


def validate_golongan(doc):
	"""A PNS holds a golongan ruang I/a-IV/e, a PPPK a golongan I-XVII (Perpres 98/2020)."""
	if doc.status_kepegawaian not in ("PNS", "PPPK") or not doc.grade:
		return  # staff outside the merit system keep the regency's own grades
	alasan = alasan_golongan(doc.grade, doc.status_kepegawaian)
	if alasan:
		frappe.throw(alasan, title=_("Golongan tidak sesuai status kepegawaian"))


def follow_jabatan(doc):
	"""HRMS reads Designation and Department: keep them those of the jabatan held."""
	if not doc.jabatan:
		return
	designation, unit_kerja = frappe.db.get_value("Jabatan", doc.jabatan, ["designation", "unit_kerja"])
	doc.designation = designation
	doc.department = unit_kerja


def record_history(doc):
	"""HRMS keeps no rank or post history: close the open row and start a new one on change."""
	before = doc.get_doc_before_save()
	_record_change(doc, before, "grade", "tmt_golongan", "riwayat_golongan", "golongan")
	_record_change(doc, before, "jabatan", "tmt_jabatan", "riwayat_jabatan", "jabatan")


def _record_change(doc, before, field, tmt_field, table, row_field):
	value, tmt = doc.get(field), doc.get(tmt_field)
	if not value or not tmt or (before and before.get(field) == value and before.get(tmt_field) == tmt):
		return
	rows = doc.get(table)
	if any(row.get(row_field) == value and getdate(row.dari) == getdate(tmt) for row in rows):
		return  # already recorded by hand or by an import
	for row in rows:
		if not row.sampai and getdate(row.dari) < getdate(tmt):
			row.sampai = add_days(tmt, -1)
	doc.append(table, {row_field: value, "dari": tmt})
