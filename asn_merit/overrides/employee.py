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
from asn_merit.merit.perjanjian_kerja import PerjanjianKerja, periksa_riwayat, perjanjian_terakhir


def before_validate(doc, method=None):
	fill_from_nip(doc)


def validate(doc, method=None):
	validate_nip(doc)
	validate_golongan(doc)
	follow_jabatan(doc)
	record_history(doc)
	record_contracts(doc)


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


def record_contracts(doc):
	"""A PPPK's contracts are a history: a contract entered in the current-contract fields becomes
	a row, the rows are checked (PP 49/2018 Pasal 37), and the latest row fills those fields."""
	if doc.mulai_perjanjian_kerja:
		_record_current_contract(doc, doc.get_doc_before_save())
	rows = sorted(doc.get("riwayat_perjanjian_kerja"), key=lambda row: getdate(row.mulai))
	if not rows:
		return
	for previous, row in zip([None, *rows[:-1]], rows, strict=True):
		row.perjanjian_ke = row.perjanjian_ke or (previous.perjanjian_ke + 1 if previous else 1)
	riwayat = [_perjanjian(row) for row in rows]
	reasons = periksa_riwayat(riwayat)
	if reasons:
		frappe.throw(" ".join(reason.message for reason in reasons), title=_("Riwayat perjanjian kerja"))
	ke, latest = perjanjian_terakhir(riwayat)
	doc.mulai_perjanjian_kerja, doc.akhir_perjanjian_kerja = latest.mulai, latest.akhir
	doc.perpanjangan_perjanjian_ke = ke - 1


def _record_current_contract(doc, before):
	mulai, akhir = _date(doc.mulai_perjanjian_kerja), _date(doc.akhir_perjanjian_kerja)
	row = next((row for row in doc.get("riwayat_perjanjian_kerja") if _date(row.mulai) == mulai), None)
	if row is None:
		# A history that starts here keeps the renewal count the record held before the history existed.
		first = not doc.get("riwayat_perjanjian_kerja")
		ke = (doc.perpanjangan_perjanjian_ke or 0) + 1 if first else None
		doc.append("riwayat_perjanjian_kerja", {"perjanjian_ke": ke, "mulai": mulai, "akhir": akhir})
	elif akhir and (before is None or _date(before.get("akhir_perjanjian_kerja")) != akhir):
		row.akhir = akhir  # the end date was corrected in the current-contract field


def _perjanjian(row) -> PerjanjianKerja:
	return PerjanjianKerja(_date(row.mulai), _date(row.akhir), row.perjanjian_ke)


def _date(value):
	return getdate(value) if value else None
