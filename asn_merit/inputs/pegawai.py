"""Read Employee records into the pure rules' `DataPegawai`, in bulk: one query per table."""

from collections import defaultdict

import frappe
from frappe.query_builder import DocType

from asn_merit.merit.eligibility import DataPegawai, HukumanDisiplin, MasaJabatan
from asn_merit.merit.jabatan import tingkat_jabatan
from asn_merit.merit.nip import InvalidNIP, parse_nip

EMPLOYEE_FIELDS = (
	"name",
	"employee_name",
	"nip",
	"grade",
	"pendidikan_terakhir",
	"date_of_birth",
	"date_of_joining",
	"jabatan",
	"tmt_jabatan",
	"department",
)


def list_pegawai(filters: dict | None = None) -> list[dict]:
	"""Active employees the current user may read (user permissions apply)."""
	return frappe.get_list(
		"Employee",
		filters={"status": "Active", **(filters or {})},
		fields=list(EMPLOYEE_FIELDS),
		order_by="employee_name asc",
		limit_page_length=0,
	)


def load_data_pegawai(employees: list[dict]) -> dict[str, DataPegawai]:
	names = [employee["name"] for employee in employees]
	if not names:
		return {}
	masa_jabatan = _masa_jabatan(names)
	predikat = _child_rows("Riwayat Predikat Kinerja", names, ["tahun", "predikat"])
	hukuman = _child_rows("Riwayat Hukuman Disiplin", names, ["tingkat", "dari", "sampai"])
	tingkat_sekarang = _tingkat_of({e["jabatan"] for e in employees if e.get("jabatan")})

	data = {}
	for employee in employees:
		name = employee["name"]
		riwayat = masa_jabatan.get(name, [])
		if not riwayat and employee.get("jabatan") and employee.get("tmt_jabatan"):
			riwayat = [MasaJabatan(tingkat_sekarang[employee["jabatan"]], employee["tmt_jabatan"])]
		data[name] = DataPegawai(
			golongan=employee.get("grade"),
			pendidikan=employee.get("pendidikan_terakhir"),
			tanggal_lahir=employee.get("date_of_birth"),
			mulai_bekerja=_mulai_bekerja(employee),
			tmt_jabatan=employee.get("tmt_jabatan"),
			riwayat_jabatan=tuple(riwayat),
			predikat_per_tahun=tuple((row.tahun, row.predikat) for row in predikat.get(name, [])),
			hukuman_disiplin=tuple(
				HukumanDisiplin(row.tingkat, row.dari, row.sampai) for row in hukuman.get(name, [])
			),
		)
	return data


def _mulai_bekerja(employee: dict):
	"""Service counts from TMT CPNS, which the NIP carries; else from the date of joining."""
	try:
		return parse_nip(employee.get("nip") or "").tmt_cpns
	except InvalidNIP:
		return employee.get("date_of_joining")


# Above this many employees, reading every Employee's rows and keeping the wanted ones is
# faster than an IN list of thousands of names (benchmarks: 0.35 s to 0.1 s at 10,000 ASN).
IN_LIST_LIMIT = 500


def _wanted(parents: list[str]) -> tuple[set[str], bool]:
	"""The parents to keep, and whether the query should filter on them itself."""
	return set(parents), len(parents) <= IN_LIST_LIMIT


def _child_rows(doctype: str, parents: list[str], fields: list[str]) -> dict[str, list]:
	wanted, in_query = _wanted(parents)
	filters = {"parenttype": "Employee", **({"parent": ("in", parents)} if in_query else {})}
	rows = frappe.get_all(doctype, filters=filters, fields=["parent", *fields], order_by="idx asc")
	grouped = defaultdict(list)
	for row in rows:
		if row.parent in wanted:
			grouped[row.parent].append(row)
	return grouped


def _masa_jabatan(parents: list[str]) -> dict[str, list[MasaJabatan]]:
	riwayat, jabatan = DocType("Riwayat Jabatan"), DocType("Jabatan")
	query = (
		frappe.qb.from_(riwayat)
		.join(jabatan)
		.on(jabatan.name == riwayat.jabatan)
		.select(
			riwayat.parent, riwayat.dari, riwayat.sampai, jabatan.jenis_jabatan, jabatan.jenjang_fungsional
		)
		.where(riwayat.parenttype == "Employee")
		.orderby(riwayat.idx)
	)
	wanted, in_query = _wanted(parents)
	rows = (query.where(riwayat.parent.isin(parents)) if in_query else query).run(as_dict=True)
	grouped = defaultdict(list)
	for row in rows:
		if row.parent not in wanted:
			continue
		tingkat = tingkat_jabatan(row.jenis_jabatan, row.jenjang_fungsional)
		grouped[row.parent].append(MasaJabatan(tingkat, row.dari, row.sampai))
	return grouped


def _tingkat_of(jabatan_names: set[str]) -> dict[str, int]:
	if not jabatan_names:
		return {}
	rows = frappe.get_all(
		"Jabatan",
		filters={"name": ("in", list(jabatan_names))},
		fields=["name", "jenis_jabatan", "jenjang_fungsional"],
	)
	return {row.name: tingkat_jabatan(row.jenis_jabatan, row.jenjang_fungsional) for row in rows}
