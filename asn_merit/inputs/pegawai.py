"""Read Employee records into the pure rules' `DataPegawai`, in bulk: the Employee rows, then
one query for all their histories."""

import json
from collections import defaultdict
from datetime import date

import frappe
from frappe.model.db_query import DatabaseQuery

from asn_merit.merit.eligibility import DataPegawai, HukumanDisiplin, MasaJabatan
from asn_merit.merit.jabatan import tingkat_jabatan
from asn_merit.merit.nip import InvalidNIP, parse_nip
from asn_merit.merit.status_asn import alasan_bukan_asn

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
	"tmt_golongan",
	"department",
	"status_kepegawaian",
	"employment_type",
)


def reads_every_employee() -> bool:
	"""Whether every employee is on the user's Employee list: read permission that no user
	permission, owner rule or permission query narrows, as frappe.get_list would build it. The
	list of all 10,000 names then need not be read (about 55 ms of a ranking at 10,000 ASN)."""
	query = DatabaseQuery("Employee")
	return not query.build_match_conditions() and not query.conditions


def permitted_pegawai() -> list[str]:
	"""Names of the active employees the current user may read, by employee name."""
	return frappe.get_list(
		"Employee",
		filters={"status": "Active"},
		pluck="name",
		order_by="employee_name asc",
		limit_page_length=0,
	)


def load_data_pegawai(employees: list[dict], units: tuple[str, ...] | None = None) -> dict[str, DataPegawai]:
	"""`units`: the unit kerja the employees were read by, if they were (see narrow_to)."""
	names = [employee["name"] for employee in employees]
	if not names:
		return {}
	riwayat = _riwayat(names, units)
	jabatan_sekarang = _jenis_jenjang_of({e["jabatan"] for e in employees if e.get("jabatan")})

	data = {}
	for employee in employees:
		name = employee["name"]
		own = riwayat.get(name, {})
		masa_jabatan = tuple(
			MasaJabatan(tingkat_jabatan(jenis, jenjang), _date(dari), _date(sampai), jenis, jenjang)
			for jenis, jenjang, dari, sampai in own.get(JABATAN, ())
		)
		if not masa_jabatan and employee.get("jabatan") and employee.get("tmt_jabatan"):
			jenis, jenjang = jabatan_sekarang[employee["jabatan"]]
			masa_jabatan = (
				MasaJabatan(tingkat_jabatan(jenis, jenjang), employee["tmt_jabatan"], None, jenis, jenjang),
			)
		data[name] = DataPegawai(
			golongan=employee.get("grade"),
			pendidikan=employee.get("pendidikan_terakhir"),
			tanggal_lahir=employee.get("date_of_birth"),
			mulai_bekerja=_mulai_bekerja(employee),
			tmt_jabatan=employee.get("tmt_jabatan"),
			riwayat_jabatan=masa_jabatan,
			predikat_per_tahun=tuple((tahun, predikat) for tahun, predikat in own.get(PREDIKAT, ())),
			hukuman_disiplin=tuple(
				HukumanDisiplin(tingkat, _date(dari), _date(sampai))
				for tingkat, dari, sampai in own.get(HUKUMAN, ())
			),
			bukan_asn=bukan_asn(employee),
			tmt_golongan=employee.get("tmt_golongan"),
		)
	return data


def bukan_asn(employee: dict) -> str | None:
	"""Why this Employee row is outside the merit system (merit.status_asn); None for an ASN."""
	return alasan_bukan_asn(
		employee.get("status_kepegawaian"), employee.get("nip"), employee.get("employment_type")
	)


def _mulai_bekerja(employee: dict):
	"""Service counts from TMT CPNS, which the NIP carries; else from the date of joining."""
	try:
		return parse_nip(employee.get("nip") or "").tmt_cpns
	except InvalidNIP:
		return employee.get("date_of_joining")


# Above this many employees, reading every Employee's rows and keeping the wanted ones is
# faster than an IN list of thousands of names (benchmarks: 0.35 s to 0.1 s at 10,000 ASN).
IN_LIST_LIMIT = 500


def read_all_rows(names: list[str]) -> bool:
	"""Whether a query for these employees should read every row, for the caller to keep the
	wanted ones, rather than send an IN list of them."""
	return len(names) > IN_LIST_LIMIT


def narrow_to(column: str, names: list[str], units: tuple[str, ...] | None = None) -> tuple[str, dict]:
	"""The SQL condition and its parameters that keep a bulk read on `column` to these employees,
	for the caller to keep the wanted ones of what comes back: an IN list of a few names; for
	many, the employees of the `units` they were read by, when they were (a chunk of the
	recompute across workers, so that at 50,000 ASN each chunk reads its share, not the whole
	site); else every row."""
	if not read_all_rows(names):
		return f"{column} in %(narrow_names)s", {"narrow_names": tuple(names)}
	if units is not None:
		return (
			f"""{column} in (select name from `tabEmployee`
			where ifnull(department, '') in %(narrow_units)s)""",
			{"narrow_units": tuple(units) or ("",)},
		)
	return "1 = 1", {}


JABATAN, PREDIKAT, HUKUMAN = "jabatan", "predikat", "hukuman"

# Each history comes back as one JSON array per employee: pymysql decodes results row by row
# in Python, so one row per employee and history instead of one per history row takes the read
# at 10,000 ASN from 0.39 s to 0.28 s (docs/benchmarks.md). Rows keep the Employee form's order.
RIWAYAT_QUERY = """
	select r.parent, 'jabatan', json_arrayagg(
		json_array(j.jenis_jabatan, j.jenjang_fungsional, r.dari, r.sampai) order by r.idx)
	from `tabRiwayat Jabatan` r join `tabJabatan` j on j.name = r.jabatan
	where r.parenttype = 'Employee' and {parents_r} group by r.parent
	union all
	select parent, 'predikat', json_arrayagg(json_array(tahun, predikat) order by idx)
	from `tabRiwayat Predikat Kinerja` where parenttype = 'Employee' and {parents} group by parent
	union all
	select parent, 'hukuman', json_arrayagg(json_array(tingkat, dari, sampai) order by idx)
	from `tabRiwayat Hukuman Disiplin` where parenttype = 'Employee' and {parents} group by parent
"""


def _riwayat(parents: list[str], units: tuple[str, ...] | None = None) -> dict[str, dict[str, list]]:
	"""Per employee, per history (JABATAN, PREDIKAT, HUKUMAN), its rows as lists of values."""
	wanted = set(parents)
	parents_r, values = narrow_to("r.parent", parents, units)
	query = RIWAYAT_QUERY.format(parents_r=parents_r, parents=narrow_to("parent", parents, units)[0])
	riwayat = defaultdict(dict)
	for parent, kind, entries in frappe.db.sql(query, values):
		if parent in wanted:
			riwayat[parent][kind] = json.loads(entries)
	return riwayat


def _date(value: str | None) -> date | None:
	return date.fromisoformat(value) if value else None


def _jenis_jenjang_of(jabatan_names: set[str]) -> dict[str, tuple[str, str | None]]:
	if not jabatan_names:
		return {}
	rows = frappe.get_all(
		"Jabatan",
		filters={"name": ("in", list(jabatan_names))},
		fields=["name", "jenis_jabatan", "jenjang_fungsional"],
	)
	return {row.name: (row.jenis_jabatan, row.jenjang_fungsional) for row in rows}
