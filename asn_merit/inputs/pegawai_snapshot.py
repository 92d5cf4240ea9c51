"""Every active employee's eligibility inputs, kept in the worker's memory between requests.

Ranking the candidates for a jabatan checks every active employee against its requirements, so
it reads all of them and their histories: at 10,000 ASN that read is most of the call, and the
same rows come back on every call (docs/benchmarks.md). A web worker keeps the last read per site
and, on the next call, rereads only the employees changed since: those whose Employee row, or a
row of one of their histories, has a later `modified`. It looks back LOOKBACK before its last
read, because a row is stamped when saved and seen only once committed, a little later. Within
that window the rows are counted per minute with a checksum of their names and stamps, and only
the minutes whose count or checksum moved since the last call are read: after an import or a
nightly sync has stamped thousands of rows, later calls no longer reread them all for ten
minutes. Whatever it cannot follow that way (a row deleted, a jabatan's level changed) makes it
read everything again.

A full read is also kept in Redis (about 5 MB at 10,000 ASN): a worker's first call loads it and
catches up from there (about 0.1 s) instead of reading everyone (about 0.6 s), so gunicorn's
restarts, extra workers and a second web host start warm.

Background jobs run each in a fresh process, so the recompute reads directly and never uses this.
"""

import threading
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import frappe
from frappe.utils import now_datetime

from asn_merit.inputs.gc_pause import gc_paused
from asn_merit.inputs.pegawai import (
	EMPLOYEE_FIELDS,
	load_data_pegawai,
	permitted_pegawai,
	reads_every_employee,
)
from asn_merit.merit.eligibility import (
	AturanKelayakan,
	DataPegawai,
	HasilKelayakan,
	PersyaratanJabatan,
	cek_kelayakan,
)

HISTORIES = ("Riwayat Jabatan", "Riwayat Predikat Kinerja", "Riwayat Hukuman Disiplin")
WATCHED = ("Employee", *HISTORIES, "Jabatan")
LOOKBACK = timedelta(minutes=10)
# Past this many changed employees, reading everyone again is as quick as reading them.
MAX_CHANGED = 2000
EPOCH = datetime(1900, 1, 1)
CHECKS_KEPT = 16
SHARED_KEY = "asn_merit:pegawai_snapshot"
SHARED_SECONDS = 24 * 60 * 60


@dataclass
class Snapshot:
	marks: dict[str, tuple[int, datetime | None]]  # table: (rows, latest modified)
	read_at: datetime  # before the marks were read
	window: dict[str, dict[str, tuple[int, int]]]  # table: minute: (rows, checksum), since LOOKBACK
	employees: dict[str, dict] = field(default_factory=dict)  # active Employee rows by name
	data: dict[str, DataPegawai] = field(default_factory=dict)
	# (requirements, date, rules): employee: result, for the last CHECKS_KEPT jabatan asked about
	checks: dict[tuple, dict[str, HasilKelayakan]] = field(default_factory=dict)


_snapshots: dict[str, Snapshot] = {}
_lock = threading.Lock()


def active_pegawai() -> Snapshot:
	"""The snapshot of every active employee, brought up to date. Callers must not change it."""
	with _lock:
		# expires=True: straight from Redis, never a copy (or a miss) kept for this request
		snapshot = _snapshots.get(frappe.local.site) or frappe.cache.get_value(SHARED_KEY, expires=True)
		if snapshot is None or not _catch_up(snapshot):
			snapshot = _read_all()
			frappe.cache.set_value(SHARED_KEY, snapshot, expires_in_sec=SHARED_SECONDS)
		_snapshots[frappe.local.site] = snapshot
		return snapshot


def readable_pegawai() -> tuple[list[dict], dict[str, DataPegawai]]:
	"""The active employees the current user may read, by name, and every employee's inputs."""
	snapshot = active_pegawai()
	if reads_every_employee():
		return list(snapshot.employees.values()), snapshot.data
	permitted = permitted_pegawai()
	return [snapshot.employees[name] for name in permitted if name in snapshot.employees], snapshot.data


def checked_pegawai(
	employees: list[dict], syarat: PersyaratanJabatan, on_date: date, aturan: AturanKelayakan
) -> dict[str, HasilKelayakan]:
	"""cek_kelayakan of each of `employees` (from readable_pegawai, in this request), kept with the
	snapshot until their inputs change: a warm ranking at 10,000 ASN then checks no one again
	instead of everyone (about 65 ms)."""
	snapshot = _snapshots[frappe.local.site]
	key = (syarat, on_date, aturan)
	results = snapshot.checks.pop(key, None) or {}
	snapshot.checks[key] = results  # the latest asked last: the oldest goes first
	while len(snapshot.checks) > CHECKS_KEPT:
		snapshot.checks.pop(next(iter(snapshot.checks)))
	for employee in employees:
		name = employee["name"]
		if name not in results:
			results[name] = cek_kelayakan(snapshot.data[name], syarat, on_date, aturan)
	return results


def forget() -> None:
	"""Drop this site's snapshot, here and in Redis: the next call reads everything (tests,
	benchmarks)."""
	with _lock:
		_snapshots.pop(frappe.local.site, None)
		frappe.cache.delete_value(SHARED_KEY)


def forget_here() -> None:
	"""Drop this worker's copy only, as a new worker starts (benchmarks)."""
	with _lock:
		_snapshots.pop(frappe.local.site, None)


def _read_all() -> Snapshot:
	with gc_paused():
		return _read_everyone()


def _read_everyone() -> Snapshot:
	# Marks first: a change committed between the two reads is then simply read again next time.
	read_at = now_datetime()
	marks = {table: (rows, latest) for table, (rows, latest, _created) in _marks({}).items()}
	window = _window(_window_start(read_at))
	employees = frappe.get_all(
		"Employee", filters={"status": "Active"}, fields=list(EMPLOYEE_FIELDS), order_by="name asc"
	)
	return Snapshot(
		marks, read_at, window, {row["name"]: row for row in employees}, load_data_pegawai(employees)
	)


def _catch_up(snapshot: Snapshot) -> bool:
	"""Reread the employees changed since the snapshot; False when only a full read will do."""
	read_at = now_datetime()
	marks = _marks({table: latest for table, (_rows, latest) in snapshot.marks.items()})
	if marks["Jabatan"][:2] != snapshot.marks["Jabatan"]:
		return False  # a jabatan's level feeds every history that names it
	for table in ("Employee", *HISTORIES):
		rows, _latest, created = marks[table]
		if rows - snapshot.marks[table][0] != created:
			return False  # rows were deleted: nothing says whose
	since = _window_start(snapshot.read_at)
	window = _window(since)
	changed = _changed_employees(snapshot, window, since)
	if len(changed) > MAX_CHANGED:
		return False
	if changed:
		_reread(snapshot, changed)
	snapshot.marks = {table: (rows, latest) for table, (rows, latest, _created) in marks.items()}
	snapshot.read_at, snapshot.window = read_at, window
	return True


def _marks(since: dict[str, datetime | None]) -> dict[str, tuple[int, datetime | None, int]]:
	"""Per table: its rows, its latest `modified`, and the rows created after `since[table]`."""
	query = " union all ".join(
		f"select %(table_{i})s, count(*), max(modified), count(if(creation > %(since_{i})s, 1, null))"
		f" from `tab{table}`"
		for i, table in enumerate(WATCHED)
	)
	values = {f"table_{i}": table for i, table in enumerate(WATCHED)}
	values |= {f"since_{i}": since.get(table) or EPOCH for i, table in enumerate(WATCHED)}
	return {table: (rows, latest, created) for table, rows, latest, created in frappe.db.sql(query, values)}


# Each table's rows saved in the window, counted per minute of `modified`, with a checksum that
# moves when a row arrives, leaves or is saved again within the minute.
MINUTE = "date_format(modified, '%%Y%%m%%d%%H%%i')"
TRACKED = {table: ("name", "") if table == "Employee" else ("parent", " and parenttype = 'Employee'")
	for table in ("Employee", *HISTORIES)}  # fmt: skip


def _window_start(read_at: datetime) -> datetime:
	"""LOOKBACK before the last read, on a whole minute: the minutes compared are always whole."""
	return (read_at - LOOKBACK).replace(second=0, microsecond=0)


def _window(since: datetime) -> dict[str, dict[str, tuple[int, int]]]:
	query = " union all ".join(
		f"select %(table_{i})s, {MINUTE}, count(*), bit_xor(crc32(concat(name, {column}, modified)))"
		f" from `tab{table}` where modified >= %(since)s{own} group by 2"
		for i, (table, (column, own)) in enumerate(TRACKED.items())
	)
	values = {"since": since, **{f"table_{i}": table for i, table in enumerate(TRACKED)}}
	window = {table: {} for table in TRACKED}
	for table, minute, rows, checksum in frappe.db.sql(query, values):
		window[table][minute] = (rows, checksum)
	return window


def _changed_employees(snapshot: Snapshot, window: dict, since: datetime) -> set[str]:
	"""Employees with a row in a minute of the window that changed since the last call, or created
	after the latest change it saw: an import may stamp new rows with an earlier time."""
	parts, values = [], {"since": since}
	for i, (table, (column, own)) in enumerate(TRACKED.items()):
		values[f"latest_{i}"] = snapshot.marks[table][1] or EPOCH
		parts.append(f"select {column} from `tab{table}` where creation > %(latest_{i})s{own}")
		moved = [
			minute for minute, mark in window[table].items() if snapshot.window[table].get(minute) != mark
		]
		if moved:
			values[f"minutes_{i}"] = tuple(moved)
			parts.append(
				f"select {column} from `tab{table}`"
				f" where modified >= %(since)s and {MINUTE} in %(minutes_{i})s{own}"
			)
	return {name for (name,) in frappe.db.sql(" union ".join(parts), values)}


def _reread(snapshot: Snapshot, names: set[str]) -> None:
	rows = frappe.get_all(
		"Employee", filters={"name": ("in", list(names))}, fields=[*EMPLOYEE_FIELDS, "status"]
	)
	active = []
	for row in rows:
		status = row.pop("status")
		if status == "Active":
			active.append(row)
	for name in names:
		snapshot.employees.pop(name, None)
		snapshot.data.pop(name, None)
		for results in snapshot.checks.values():
			results.pop(name, None)
	snapshot.employees.update({row["name"]: row for row in active})
	snapshot.data.update(load_data_pegawai(active))
