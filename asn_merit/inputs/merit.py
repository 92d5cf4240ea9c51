"""Read what the merit score needs for many employees at once: one query per source.

Predikat, sanctions and service come from `inputs.pegawai`; the latest submitted Hasil Asesmen
gives potential and competency levels; HRMS Training Results give training hours; closed,
substantiated complaints come from `pengaduan.evidence`; rewards on record from Penghargaan.
"""

import json
from collections import defaultdict
from datetime import date

import frappe

from asn_merit.inputs.pegawai import load_data_pegawai, narrow_to
from asn_merit.inputs.substantiated_complaints import substantiated_complaints
from asn_merit.merit.eligibility import DataPegawai
from asn_merit.merit.pengembangan import KesenjanganKompetensi
from asn_merit.merit.skor_merit import DataMerit, KompetensiPegawai

# A jam pelajaran (JP) is 45 minutes; HRMS records training in hours.
JP_PER_JAM = 60 / 45


def load_data_merit(
	employees: list[dict],
	on_date: date,
	tahun_pelatihan: int,
	target_jabatan: str | None = None,
	pegawai: dict[str, DataPegawai] | None = None,
	units: tuple[str, ...] | None = None,
) -> dict[str, DataMerit]:
	"""Employees (rows of inputs.pegawai.EMPLOYEE_FIELDS) keyed by name. Competency and education
	are measured against `target_jabatan` when given, else against each one's own jabatan.
	`pegawai`: their inputs when the caller has read them already; `units`: the unit kerja the
	employees were read by, if they were (inputs.pegawai.narrow_to)."""
	names = [employee["name"] for employee in employees]
	if not names:
		return {}
	if pegawai is None:
		pegawai = load_data_pegawai(employees, units)
	asesmen = _latest_asesmen(names, units)
	jabatan_names = (
		{target_jabatan} if target_jabatan else {e["jabatan"] for e in employees if e.get("jabatan")}
	)
	# Each standard's competencies with their keys, once per jabatan rather than per employee.
	standar = {
		jabatan: [(row.kompetensi, row.level, _key(row)) for row in rows]
		for jabatan, rows in _standar_kompetensi(jabatan_names).items()
	}
	pendidikan_minimal = _pendidikan_minimal(jabatan_names)
	years = tuple(range(on_date.year - tahun_pelatihan, on_date.year))
	training = _training_jp(names, years, units)
	complaints = substantiated_complaints(names, units)
	rewards = _penghargaan(names, units)

	data = {}
	for employee in employees:
		name = employee["name"]
		jabatan = target_jabatan or employee.get("jabatan")
		found = asesmen.get(name)
		own_levels = found.levels if found else {}
		data[name] = DataMerit(
			employee=name,
			nip=employee.get("nip") or "",
			predikat=pegawai[name].predikat_per_tahun,
			skor_potensial=found.skor_potensial if found else None,
			tanggal_asesmen=str(found.tanggal_asesmen) if found else None,
			sumber_asesmen=found.sumber if found else None,
			kompetensi=tuple(
				KompetensiPegawai(kompetensi, level, own_levels.get(key))
				for kompetensi, level, key in standar.get(jabatan, ())
			),
			pendidikan=employee.get("pendidikan_terakhir"),
			pendidikan_minimal=pendidikan_minimal.get(jabatan),
			masa_kerja_tahun=_years_between(pegawai[name].mulai_bekerja, on_date),
			jam_pelatihan=tuple((year, training.get((name, year), 0.0)) for year in years),
			hukuman_disiplin=tuple(
				hukuman.tingkat
				for hukuman in pegawai[name].hukuman_disiplin
				if _counts(hukuman, on_date, tahun_pelatihan)
			),
			pengaduan_terbukti=len(complaints.get(name, [])),
			penghargaan=tuple(rewards.get(name, ())),
		)
	return data


# The latest submitted assessment per employee with its competency levels as one JSON array:
# one row per assessment instead of one per level (nine each in the demo) keeps the read at
# 10,000 ASN from growing with the levels, as RIWAYAT_QUERY does for the histories.
ASESMEN_QUERY = """
	select a.name, a.employee, a.tanggal_asesmen, a.sumber, a.skor_potensial, (
		select json_arrayagg(json_array(k.jenis_kompetensi, k.kompetensi, k.level))
		from `tabHasil Asesmen Kompetensi` k
		where k.parenttype = 'Hasil Asesmen' and k.parent = a.name
	)
	from `tabHasil Asesmen` a
	where a.docstatus = 1 and {employees}
	order by a.tanggal_asesmen asc, a.creation asc
"""


def _latest_asesmen(names: list[str], units: tuple[str, ...] | None = None) -> dict:
	"""Per employee, the latest submitted Hasil Asesmen, with `levels` keyed like _key."""
	wanted = set(names)
	condition, values = narrow_to("a.employee", names, units)
	rows = frappe.db.sql(ASESMEN_QUERY.format(employees=condition), values)
	latest = {row[1]: row for row in rows if row[1] in wanted}  # the last one wins
	return {employee: _asesmen(row) for employee, row in latest.items()}


def _asesmen(row) -> frappe._dict:
	name, employee, tanggal_asesmen, sumber, skor_potensial, levels = row
	return frappe._dict(
		name=name,
		employee=employee,
		tanggal_asesmen=tanggal_asesmen,
		sumber=sumber,
		skor_potensial=skor_potensial,
		levels={_kunci(jenis, kompetensi): level for jenis, kompetensi, level in json.loads(levels or "[]")},
	)


def _standar_kompetensi(jabatan_names: set[str]) -> dict[str, list]:
	if not jabatan_names:
		return {}
	rows = frappe.get_all(
		"Jabatan Kompetensi",
		filters={"parenttype": "Jabatan", "parent": ("in", list(jabatan_names))},
		fields=["parent", "jenis_kompetensi", "kompetensi", "level"],
		order_by="idx asc",
	)
	grouped = defaultdict(list)
	for row in rows:
		grouped[row.parent].append(row)
	return grouped


def _pendidikan_minimal(jabatan_names: set[str]) -> dict[str, str]:
	if not jabatan_names:
		return {}
	rows = frappe.get_all(
		"Jabatan", filters={"name": ("in", list(jabatan_names))}, fields=["name", "pendidikan_minimal"]
	)
	return {row.name: row.pendidikan_minimal for row in rows}


# Hours of submitted Training Results per employee and year of the event.
TRAINING_QUERY = """
	select h.employee, year(e.start_time), sum(h.hours)
	from `tabTraining Result Employee` h
	join `tabTraining Result` r on r.name = h.parent
	join `tabTraining Event` e on e.name = r.training_event
	where r.docstatus = 1 and {employees}
		and e.start_time >= %(since)s and e.start_time < %(until)s
	group by h.employee, year(e.start_time)
"""


def _training_jp(
	names: list[str], years: tuple[int, ...], units: tuple[str, ...] | None = None
) -> dict[tuple[str, int], float]:
	if not years:
		return {}
	wanted = set(names)
	condition, values = narrow_to("h.employee", names, units)
	rows = frappe.db.sql(
		TRAINING_QUERY.format(employees=condition),
		{**values, "since": f"{years[0]}-01-01", "until": f"{years[-1] + 1}-01-01"},
	)
	return {
		(employee, int(tahun)): round(float(jam or 0) * JP_PER_JAM, 2)
		for employee, tahun, jam in rows
		if employee in wanted
	}


def _penghargaan(
	names: list[str], units: tuple[str, ...] | None = None
) -> dict[str, list[tuple[int | None, str]]]:
	"""(year, jenis) of each Penghargaan on record, per employee."""
	wanted = set(names)
	condition, values = narrow_to("employee", names, units)
	rewards = defaultdict(list)
	for employee, tahun, jenis in frappe.db.sql(
		f"select employee, tahun, jenis from `tabPenghargaan` where {condition}", values
	):
		if employee in wanted:
			rewards[employee].append((tahun, jenis))
	return rewards


def _counts(hukuman, on_date: date, years: int) -> bool:
	"""A sanction still running, or ended within the last `years` years, weighs on the record."""
	if not hukuman.sampai:
		return True
	return (on_date - hukuman.sampai).days <= years * 365


def _years_between(start: date | None, end: date) -> float:
	return round(max((end - start).days, 0) / 365.25, 2) if start else 0.0


def _key(row) -> tuple[str, str]:
	return _kunci(row.jenis_kompetensi, row.kompetensi)


def _kunci(jenis_kompetensi: str | None, kompetensi: str | None) -> tuple[str, str]:
	"""A competency as the standard and the assessment both name it: case and spaces aside."""
	return (jenis_kompetensi or "", (kompetensi or "").strip().lower())


def training_jp(names: list[str], years: tuple[int, ...]) -> dict[tuple[str, int], float]:
	"""JP of submitted Training Results per (employee, year of the event): the one count the merit
	score, the development plans and the portal share."""
	return _training_jp(names, years)


def kesenjangan_kompetensi(employee: str, jabatan: str | None) -> list[KesenjanganKompetensi]:
	"""The jabatan's competency standard with the employee's latest assessed levels
	(merit.pengembangan.KesenjanganKompetensi), empty without a jabatan or standard."""
	if not jabatan:
		return []
	found = _latest_asesmen([employee]).get(employee)
	levels = found.levels if found else {}
	return [
		KesenjanganKompetensi(row.jenis_kompetensi or "", row.kompetensi, row.level, levels.get(_key(row)))
		for row in _standar_kompetensi({jabatan}).get(jabatan, [])
	]
