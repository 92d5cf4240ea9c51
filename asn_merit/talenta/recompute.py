"""Recompute every active ASN's Skor Merit: set-based reads, pure scoring, one bulk write.

A regency of 10,000 ASN must recompute in seconds, so this never saves a document per
employee: rows are computed in memory and written with multi-row INSERTs. `recompute_all`
replaces the whole table in one transaction in this process (setup, demo, tests, the
benchmark's bulk path); the desk's recompute shares the same scoring across background workers
in chunks of unit kerja (recompute_run).
"""

from dataclasses import dataclass

import frappe
from frappe import _
from frappe.utils import getdate, now_datetime, today

from asn_merit.inputs.gc_pause import gc_paused
from asn_merit.inputs.merit import load_data_merit
from asn_merit.inputs.pegawai import bukan_asn
from asn_merit.inputs.settings import (
	get_aturan_rekam_jejak,
	get_batas_potensial,
	get_bobot_merit,
	get_kotak_talenta,
	get_perlakuan_belum_diukur,
	get_settings,
)
from asn_merit.merit.skor_merit import AturanRekamJejak, BelumDiukur, BobotMerit, DataMerit, hitung_skor_merit
from asn_merit.merit.talenta import kinerja_dari_predikat, kotak_talenta, tingkat_potensial
from asn_merit.talenta import recompute_lock

DOCTYPE = "Skor Merit"
EMPLOYEE_FIELDS = ["name", "employee_name", "nip", "department", "jabatan", "pendidikan_terakhir", "grade"]
EMPLOYEE_FIELDS += [
	"date_of_birth",
	"date_of_joining",
	"tmt_jabatan",
	"status_kepegawaian",
	"employment_type",
]
COLUMNS = (
	"name", "employee", "employee_name", "nip", "unit_kerja", "jabatan", "total", "kotak_talenta",
	"label_kotak", "kategori_kinerja", "kategori_potensial", "dihitung_pada", "skor_kinerja",
	"skor_potensi", "skor_kompetensi", "skor_kualifikasi", "skor_rekam_jejak", "rincian",
	"belum_diukur", "skor_tidak_lengkap", "owner", "modified_by", "creation", "modified", "docstatus",
	"idx",
)  # fmt: skip
PROGRESS_EVERY = 1000


def recompute_all(show_progress: bool = False) -> int:
	"""Score every active ASN and replace the Skor Merit table; returns how many. Progress goes to
	the session user: in the job, the one who queued it. A recompute already running on this site
	is waited for, and the table replaced after it."""
	recompute_lock.hold_until_transaction_ends()
	rows = score_rows(active_employees(), show_progress=show_progress)
	store(rows)
	return len(rows)


def active_employees() -> list[dict]:
	"""Every active employee who is ASN (not honorary, contract or intern staff), by name."""
	employees = frappe.get_all(
		"Employee", filters={"status": "Active"}, fields=EMPLOYEE_FIELDS, order_by="name asc"
	)
	return [employee for employee in employees if not bukan_asn(employee)]


def score_rows(
	employees: list[dict], show_progress: bool = False, stamp=None, units: tuple[str, ...] | None = None
) -> list[tuple]:
	"""Each employee's Skor Merit row, in COLUMNS order, computed at `stamp` (default: now).
	`units`: the unit kerja the employees were read by, if they were (a chunk's)."""
	with gc_paused():
		return score_inputs(employees, read_inputs(employees, units), show_progress, stamp)


@dataclass(frozen=True)
class Inputs:
	"""What scoring needs besides the employees: their data and the regency's settings."""

	data: dict[str, DataMerit]
	bobot: BobotMerit
	aturan: AturanRekamJejak
	perlakuan: BelumDiukur
	batas: tuple[float, float]
	boxes: dict[int, tuple[str, str]]


def read_inputs(employees: list[dict], units: tuple[str, ...] | None = None) -> Inputs:
	"""One query per source for all of `employees` (read by `units`, if they were)."""
	settings = get_settings()
	return Inputs(
		data=load_data_merit(employees, getdate(today()), settings.tahun_pelatihan, units=units),
		bobot=get_bobot_merit(),
		aturan=get_aturan_rekam_jejak(),
		perlakuan=get_perlakuan_belum_diukur(),
		batas=get_batas_potensial(),
		boxes=get_kotak_talenta(),
	)


def score_inputs(
	employees: list[dict], inputs: Inputs, show_progress: bool = False, stamp=None
) -> list[tuple]:
	"""The rows of `employees` from what read_inputs read, in memory only."""
	stamp, author = stamp or now_datetime(), frappe.session.user
	rows = []
	for count, employee in enumerate(employees, start=1):
		data = inputs.data[employee["name"]]
		hasil = hitung_skor_merit(data, inputs.bobot, inputs.aturan, inputs.perlakuan)
		box = talent_box(data, hasil, inputs.batas)
		rows.append(_row(employee, hasil, box, inputs.boxes, stamp, author))
		if show_progress and count % PROGRESS_EVERY == 0:
			frappe.publish_progress(
				count * 100 / len(employees),
				title=_("Menghitung skor merit"),
				description=f"{count}/{len(employees)}",
			)
	return rows


def talent_box(data, hasil, batas: tuple[float, float]) -> tuple[str, str, int]:
	"""Kinerja from the latest predikat, potential from the assessment score."""
	latest = max(data.predikat, default=None)
	kinerja = kinerja_dari_predikat(latest[1]) if latest else None
	potensial = tingkat_potensial(data.skor_potensial, *batas) if data.skor_potensial is not None else None
	box = kotak_talenta(kinerja, potensial) if kinerja and potensial else 0
	return kinerja, potensial, box


def _row(employee, hasil, box, boxes, stamp, author) -> tuple:
	kinerja, potensial, kotak = box
	skor = {komponen.kode: komponen.skor for komponen in hasil.komponen}
	return (
		employee["name"], employee["name"], employee["employee_name"], employee.get("nip"),
		employee.get("department"), employee.get("jabatan"), hasil.total, kotak,
		boxes[kotak][0] if kotak else None, kinerja, potensial, stamp,
		skor["kinerja"], skor["potensi"], skor["kompetensi"], skor["kualifikasi"], skor["rekam_jejak"],
		hasil.rincian_teks(), hasil.nama_belum_diukur() or None, int(hasil.tidak_lengkap),
		author, author, stamp, stamp, 0, 0,
	)  # fmt: skip


def store(rows: list[tuple]) -> None:
	"""Replace all scores in one transaction (the job runner commits it): readers see the old
	set or the new one, never a mix."""
	frappe.db.delete(DOCTYPE)
	insert_rows(DOCTYPE, COLUMNS, rows)


def insert_rows(doctype: str, columns: tuple[str, ...], rows: list[tuple], chunk: int = 2000) -> None:
	"""A parameterised multi-row INSERT. frappe.db.bulk_insert builds every value through pypika,
	which took 1.4 s of a 2.8 s recompute at 10,000 ASN (benchmarks); the driver's own escaping
	does the same work for a fraction of that."""
	names = ", ".join(f"`{column}`" for column in columns)
	placeholders = "(" + ", ".join(["%s"] * len(columns)) + ")"
	for start in range(0, len(rows), chunk):
		part = rows[start : start + chunk]
		frappe.db.sql(
			f"INSERT INTO `tab{doctype}` ({names}) VALUES {', '.join([placeholders] * len(part))}",
			[value for row in part for value in row],
		)
