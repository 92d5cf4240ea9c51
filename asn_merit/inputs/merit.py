"""Read what the merit score needs for many employees at once: one query per source.

Predikat, sanctions and service come from `inputs.pegawai`; the latest submitted Hasil Asesmen
gives potential and competency levels; HRMS Training Results give training hours; closed,
substantiated complaints come from `pengaduan.evidence`.
"""

from collections import defaultdict
from datetime import date

import frappe
from frappe.query_builder import DocType
from frappe.query_builder.functions import Sum

from asn_merit.inputs.pegawai import load_data_pegawai, read_all_rows
from asn_merit.inputs.substantiated_complaints import substantiated_complaints
from asn_merit.merit.eligibility import DataPegawai
from asn_merit.merit.skor_merit import DataMerit, KompetensiPegawai

# A jam pelajaran (JP) is 45 minutes; HRMS records training in hours.
JP_PER_JAM = 60 / 45


def load_data_merit(
	employees: list[dict],
	on_date: date,
	tahun_pelatihan: int,
	target_jabatan: str | None = None,
	pegawai: dict[str, DataPegawai] | None = None,
) -> dict[str, DataMerit]:
	"""Employees (rows of inputs.pegawai.EMPLOYEE_FIELDS) keyed by name. Competency and education
	are measured against `target_jabatan` when given, else against each one's own jabatan.
	`pegawai`: their inputs when the caller has read them already."""
	names = [employee["name"] for employee in employees]
	if not names:
		return {}
	if pegawai is None:
		pegawai = load_data_pegawai(employees)
	asesmen = _latest_asesmen(names)
	levels = _asesmen_levels([row.name for row in asesmen.values()])
	jabatan_names = (
		{target_jabatan} if target_jabatan else {e["jabatan"] for e in employees if e.get("jabatan")}
	)
	standar = _standar_kompetensi(jabatan_names)
	pendidikan_minimal = _pendidikan_minimal(jabatan_names)
	years = tuple(range(on_date.year - tahun_pelatihan, on_date.year))
	training = _training_jp(names, years)
	complaints = substantiated_complaints(names)

	data = {}
	for employee in employees:
		name = employee["name"]
		jabatan = target_jabatan or employee.get("jabatan")
		found = asesmen.get(name)
		own_levels = levels.get(found.name, {}) if found else {}
		data[name] = DataMerit(
			employee=name,
			nip=employee.get("nip") or "",
			predikat=pegawai[name].predikat_per_tahun,
			skor_potensial=found.skor_potensial if found else None,
			tanggal_asesmen=str(found.tanggal_asesmen) if found else None,
			sumber_asesmen=found.sumber if found else None,
			kompetensi=tuple(
				KompetensiPegawai(row.kompetensi, row.level, own_levels.get(_key(row)))
				for row in standar.get(jabatan, [])
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
		)
	return data


def _latest_asesmen(names: list[str]) -> dict:
	wanted = set(names)
	rows = frappe.get_all(
		"Hasil Asesmen",
		filters={"docstatus": 1, **({} if read_all_rows(names) else {"employee": ("in", names)})},
		fields=["name", "employee", "tanggal_asesmen", "sumber", "skor_potensial"],
		order_by="tanggal_asesmen asc, creation asc",
	)
	return {row.employee: row for row in rows if row.employee in wanted}  # the last one wins


def _asesmen_levels(asesmen_names: list[str]) -> dict[str, dict]:
	if not asesmen_names:
		return {}
	rows = frappe.get_all(
		"Hasil Asesmen Kompetensi",
		filters={"parenttype": "Hasil Asesmen", "parent": ("in", asesmen_names)},
		fields=["parent", "jenis_kompetensi", "kompetensi", "level"],
	)
	levels = defaultdict(dict)
	for row in rows:
		levels[row.parent][_key(row)] = row.level
	return levels


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


def _training_jp(names: list[str], years: tuple[int, ...]) -> dict[tuple[str, int], float]:
	if not years:
		return {}
	result, hours, event = (
		DocType("Training Result"),
		DocType("Training Result Employee"),
		DocType("Training Event"),
	)
	start = frappe.qb.functions("YEAR", event.start_time)
	wanted = set(names)
	rows = (
		frappe.qb.from_(hours)
		.join(result)
		.on(result.name == hours.parent)
		.join(event)
		.on(event.name == result.training_event)
		.select(hours.employee, start.as_("tahun"), Sum(hours.hours).as_("jam"))
		.where(
			(result.docstatus == 1)
			& (hours.employee.isnotnull() if read_all_rows(names) else hours.employee.isin(names))
			& (event.start_time >= f"{years[0]}-01-01")
			& (event.start_time < f"{years[-1] + 1}-01-01")
		)
		.groupby(hours.employee, start)
		.run(as_dict=True)
	)
	return {
		(row.employee, int(row.tahun)): round(float(row.jam or 0) * JP_PER_JAM, 2)
		for row in rows
		if row.employee in wanted
	}


def _counts(hukuman, on_date: date, years: int) -> bool:
	"""A sanction still running, or ended within the last `years` years, weighs on the record."""
	if not hukuman.sampai:
		return True
	return (on_date - hukuman.sampai).days <= years * 365


def _years_between(start: date | None, end: date) -> float:
	return round(max((end - start).days, 0) / 365.25, 2) if start else 0.0


def _key(row) -> tuple[str, str]:
	return (row.jenis_kompetensi or "", (row.kompetensi or "").strip().lower())
