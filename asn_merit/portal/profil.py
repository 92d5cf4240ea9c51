"""The profile page: identity, rank, post, the four histories and the retirement date."""

import frappe
from frappe.utils import getdate

from asn_merit.inputs.kalender_karier import data_karier
from asn_merit.merit.kalender_karier import batas_usia_pensiun, tanggal_pensiun

FIELDS = (
	"name",
	"employee_name",
	"nip",
	"status_kepegawaian",
	"grade",
	"tmt_golongan",
	"jabatan",
	"tmt_jabatan",
	"department",
	"pendidikan_terakhir",
	"date_of_birth",
	"mulai_perjanjian_kerja",
	"akhir_perjanjian_kerja",
	"tanggal_kgb_terakhir",
	"user_id",
	"date_of_joining",
)
HISTORIES = {
	"riwayat_golongan": ("Riwayat Golongan", ["golongan", "dari", "sampai", "nomor_sk"]),
	"riwayat_jabatan": ("Riwayat Jabatan", ["jabatan", "dari", "sampai", "nomor_sk"]),
	"riwayat_predikat_kinerja": ("Riwayat Predikat Kinerja", ["tahun", "predikat"]),
	"riwayat_hukuman_disiplin": ("Riwayat Hukuman Disiplin", ["tingkat", "jenis_hukuman", "dari", "sampai"]),
	"riwayat_perjanjian_kerja": (
		"Riwayat Perjanjian Kerja",
		["perjanjian_ke", "mulai", "akhir", "nomor_perjanjian"],
	),
}


def profil(employee: str) -> dict:
	row = frappe.db.get_value("Employee", employee, list(FIELDS), as_dict=True)
	return {
		"pegawai": row,
		"pangkat": frappe.db.get_value("Employee Grade", row.grade, "pangkat") if row.grade else None,
		"pensiun": retirement_date(row),
		**{key: _history(employee, doctype, fields) for key, (doctype, fields) in HISTORIES.items()},
	}


def retirement_date(row) -> object | None:
	"""The day the pension starts, by the post's pension age (UU 20/2023 Pasal 55)."""
	data = data_karier([row])[row.name]
	if not (data.tanggal_lahir and data.jenis_jabatan):
		return None
	try:
		bup = batas_usia_pensiun(data.jenis_jabatan, data.jenjang, data.batas_usia_pensiun)
	except ValueError:
		return None
	return tanggal_pensiun(getdate(data.tanggal_lahir), bup)


def _history(employee: str, doctype: str, fields: list[str]) -> list[dict]:
	meta = frappe.get_meta(doctype)
	fields = [field for field in fields if meta.has_field(field)]
	return frappe.get_all(
		doctype,
		filters={"parent": employee, "parenttype": "Employee"},
		fields=fields,
		order_by="idx asc",
	)
