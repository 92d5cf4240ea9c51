"""Our rules on HRMS Employee, hooked through doc_events."""

import frappe
from frappe import _
from frappe.utils import getdate

from asn_merit.constants import GENDERS_BY_JENIS_KELAMIN
from asn_merit.merit.nip import InvalidNIP, JenisKelamin, check_nip_against, normalize_nip, parse_nip


def validate(doc, method=None):
	validate_nip(doc)


def validate_nip(doc):
	doc.nip = normalize_nip(doc.nip) or None
	if not doc.nip:
		return

	try:
		parsed = parse_nip(doc.nip)
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
