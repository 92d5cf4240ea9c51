"""Read employees and the posts they hold into the career calendar's `DataKarier`, in bulk."""

import frappe

from asn_merit.merit.kalender_karier import DataKarier
from asn_merit.merit.nip import NIP, InvalidNIP, parse_nomor_induk

EMPLOYEE_FIELDS = (
	"name",
	"employee_name",
	"department",
	"user_id",
	"nip",
	"status_kepegawaian",
	"date_of_birth",
	"date_of_joining",
	"grade",
	"tmt_golongan",
	"pendidikan_terakhir",
	"tanggal_kgb_terakhir",
	"mulai_perjanjian_kerja",
	"akhir_perjanjian_kerja",
	"jabatan",
)


def asn_employees(unit_kerja: str | None = None) -> list[dict]:
	"""Active PNS and PPPK, with the fields the calendar reads; those the user may read."""
	filters = {"status": "Active", "status_kepegawaian": ("in", ("PNS", "PPPK"))}
	if unit_kerja:
		filters["department"] = unit_kerja
	return frappe.get_list(
		"Employee",
		filters=filters,
		fields=list(EMPLOYEE_FIELDS),
		order_by="department asc, employee_name asc",
		limit_page_length=0,
	)


def data_karier(employees: list[dict]) -> dict[str, DataKarier]:
	posts = _posts({row.get("jabatan") for row in employees} - {None, ""})
	return {row["name"]: _data(row, posts.get(row.get("jabatan"), {})) for row in employees}


def _data(row: dict, post: dict) -> DataKarier:
	pppk = row.get("status_kepegawaian") == "PPPK"
	return DataKarier(
		tanggal_lahir=row.get("date_of_birth"),
		tmt_cpns=row.get("mulai_perjanjian_kerja") if pppk else _tmt_cpns(row),
		tmt_golongan=row.get("tmt_golongan"),
		golongan=row.get("grade"),
		pendidikan=row.get("pendidikan_terakhir"),
		tanggal_kgb_terakhir=row.get("tanggal_kgb_terakhir"),
		status_kepegawaian=row.get("status_kepegawaian") or "PNS",
		akhir_perjanjian_kerja=row.get("akhir_perjanjian_kerja"),
		jenis_jabatan=post.get("jenis_jabatan"),
		jenjang=post.get("jenjang_fungsional"),
		batas_usia_pensiun=post.get("batas_usia_pensiun") or None,
	)


def _tmt_cpns(row: dict):
	"""The TMT CPNS is in the NIP; without a readable one, the date of joining."""
	try:
		parsed = parse_nomor_induk(row.get("nip") or "", "PNS")
	except InvalidNIP:
		return row.get("date_of_joining")
	return parsed.tmt_cpns if isinstance(parsed, NIP) else row.get("date_of_joining")


def _posts(names: set[str]) -> dict[str, dict]:
	if not names:
		return {}
	rows = frappe.get_all(
		"Jabatan",
		filters={"name": ("in", list(names))},
		fields=["name", "jenis_jabatan", "jenjang_fungsional", "batas_usia_pensiun"],
	)
	return {row.name: row for row in rows}
