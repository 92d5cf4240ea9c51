"""The regency-wide recompute of Skor Merit, shared by every background worker: one RQ job per
chunk of whole unit kerja, so two or more workers, on one host or several, each take a share.

- A chunk scores its units' active ASN without holding anything, then writes under the
  recompute lock (recompute_lock): writers take turns, so chunks cannot deadlock each other or
  an in-process `recompute_all`. Scoring is most of the work; writing a chunk takes a fraction.
- A chunk replaces the rows of its own employees, found by name (a row's name is its
  employee's): redoing a chunk writes the same rows again, so it is safe to run twice.
- A worker killed mid-chunk loses nothing: its transaction dies with its connection, and RQ's
  Retry queues the job again once the job's heartbeat has expired and a worker cleans the
  registry (every worker does every 10 minutes; the desk button does at once).
- When the last chunk is written, rows older than the run are scored again where their employee
  is still an active ASN (moved to a unit whose chunk had already read its staff) and deleted
  where not (left, or no longer ASN); until then readers see every unit's old or new scores,
  never half a unit.
- Progress goes to the officer who started the run as each chunk is written.

The run's state sits in the Redis that holds the queue, not the cache: `bench build` flushes the
cache, and a run in flight must still find its state when its last chunk finishes.
"""

import json
import uuid

from rq import Callback, Retry
from rq.exceptions import NoSuchJobError
from rq.job import Job, JobStatus

import frappe
from frappe import _
from frappe.utils import get_datetime, now_datetime
from frappe.utils.background_jobs import (
	RQ_JOB_FAILURE_TTL,
	RQ_RESULTS_TTL,
	create_job_id,
	execute_job,
	get_queue,
	get_redis_conn,
	get_workers,
	truncate_failed_registry,
)

from asn_merit.inputs.pegawai import bukan_asn
from asn_merit.talenta import recompute_lock
from asn_merit.talenta.recompute import COLUMNS, DOCTYPE, EMPLOYEE_FIELDS, insert_rows, score_rows

QUEUE = "long"
CHUNK_METHOD = "asn_merit.talenta.recompute_run.recompute_chunk"
JOB_ID = "asn_merit.recompute_skor_merit"
CHUNK_SIZE = 10000  # employees at most in one chunk: 5 chunks or more at 50,000 ASN
ATTEMPTS = 3  # a chunk's first run and two more (a killed worker, a lost connection)
CHUNK_TIMEOUT = 1800
STATE_TTL = 24 * 60 * 60
LIVE = {JobStatus.QUEUED, JobStatus.STARTED, JobStatus.DEFERRED, JobStatus.SCHEDULED}
NO_UNIT = ""  # employees without a department form a unit of their own


def enqueue_recompute(chunks: int | None = None) -> dict:
	"""Start a run in `chunks` chunks (default: chunk_count) unless one is still going on this
	site; return the run's state."""
	# A worker killed mid-chunk leaves its job "started" until the heartbeat expires (90 s);
	# cleaning the registry here hands it to RQ's retry without waiting for a worker's cleaning.
	get_queue(QUEUE).started_job_registry.cleanup()
	current = run_state()
	if current and not current["finished"] and any(status in LIVE for status in chunk_statuses(current)):
		return current
	run = new_run(chunks or chunk_count(len(get_workers(get_queue(QUEUE)))))
	for number, units in enumerate(run["chunks"]):
		_enqueue_chunk(run, number, units)
	return run_state()


def new_run(chunks: int) -> dict:
	"""Plan the chunks and record the run as this site's latest; nothing is queued yet."""
	run = {
		"id": uuid.uuid4().hex[:12],
		"stamp": str(now_datetime()),
		"user": frappe.session.user,
		"chunks": plan_chunks(chunks),
	}
	redis = get_redis_conn()
	redis.set(_key("run"), json.dumps(run), ex=STATE_TTL)
	redis.delete(_key(f"done:{run['id']}"))
	return run


def plan_chunks(count: int) -> list[list[str]]:
	"""Whole unit kerja in `count` chunks of about equal numbers of active employees: each unit,
	largest first, goes to the chunk with the fewest so far."""
	units = frappe.db.sql(
		"""select ifnull(department, ''), count(*) from `tabEmployee`
		where status = 'Active' group by 1 order by 2 desc, 1"""
	)
	chunks = [([], 0) for _ in range(max(1, min(count, len(units))))]
	for unit, employees in units:
		lightest = min(range(len(chunks)), key=lambda index: chunks[index][1])
		chunks[lightest] = ([*chunks[lightest][0], unit], chunks[lightest][1] + employees)
	return [chunk for chunk, _employees in chunks if chunk]


def chunk_count(workers: int) -> int:
	"""One chunk per worker listening, so each takes one share, and no chunk past CHUNK_SIZE:
	every chunk pays a job's start (a fresh process imports the app, about 0.5 s) and reads its
	own inputs, so more chunks than workers only add that; at province size the cap bounds what
	a killed worker's chunk redoes and gives the progress bar steps."""
	active = frappe.db.count("Employee", {"status": "Active"})
	return max(workers, 1, -(-active // CHUNK_SIZE))


def recompute_chunk(run_id: str, number: int, units: list[str], stamp: str) -> int:
	"""Score one chunk's ASN and replace their rows; the last chunk of the run removes the rows it
	did not write. Returns how many were scored."""
	employees = chunk_employees(units)
	# The chunk's inputs are read by its units, so at 50,000 ASN each chunk reads its share.
	rows = score_rows(employees, stamp=get_datetime(stamp), units=tuple(units))
	recompute_lock.hold_until_transaction_ends()
	names = [employee["name"] for employee in employees]
	if names:
		frappe.db.delete(DOCTYPE, {"name": ("in", names)})
	insert_rows(DOCTYPE, COLUMNS, rows)
	frappe.db.commit()  # releases the lock: the next chunk's writer goes on
	done = _mark_done(run_id, number)
	run = run_state()
	if run and run["id"] == run_id:
		total = len(run["chunks"])
		frappe.publish_progress(
			done * 100 / total,
			title=_("Menghitung skor merit"),
			description=_("{0} dari {1} bagian selesai").format(done, total),
		)
		if done == total:
			finish_run(stamp)
	return len(rows)


def finish_run(stamp: str) -> None:
	"""The rows no chunk of this run wrote: scored now where their employee is still an active ASN
	(moved to a unit whose chunk had already read its staff), removed where they left or are no
	longer ASN."""
	recompute_lock.hold_until_transaction_ends()
	stale = frappe.db.sql_list(f"select name from `tab{DOCTYPE}` where dihitung_pada < %s", (stamp,))
	if stale:
		employees = active_asn(stale)
		rows = score_rows(employees, stamp=get_datetime(stamp))
		frappe.db.delete(DOCTYPE, {"name": ("in", stale)})
		insert_rows(DOCTYPE, COLUMNS, rows)
	frappe.db.commit()


def chunk_employees(units: list[str]) -> list[dict]:
	"""The chunk's active employees who are ASN (not honorary, contract or intern staff)."""
	return _active_asn("ifnull(department, '') in %(units)s", {"units": tuple(units) or (NO_UNIT,)})


def active_asn(names: list[str]) -> list[dict]:
	"""Those of `names` who are active employees and ASN."""
	return _active_asn("name in %(names)s", {"names": tuple(names)})


def _active_asn(condition: str, values: dict) -> list[dict]:
	fields = ", ".join(f"`{field}`" for field in EMPLOYEE_FIELDS)
	employees = frappe.db.sql(
		f"select {fields} from `tabEmployee` where status = 'Active' and {condition} order by name",
		values,
		as_dict=True,
	)
	return [employee for employee in employees if not bukan_asn(employee)]


def run_state() -> dict | None:
	"""The latest run: id, stamp, user, chunks, and how many are `done` of the `total`."""
	raw = get_redis_conn().get(_key("run"))
	if not raw:
		return None
	run = json.loads(raw)
	run["done"] = get_redis_conn().scard(_key(f"done:{run['id']}"))
	run["total"] = len(run["chunks"])
	run["finished"] = run["done"] == run["total"]
	return run


def chunk_statuses(run: dict) -> list[str | None]:
	"""RQ's status of each chunk's job, None where RQ no longer knows it."""
	statuses = []
	for number in range(len(run["chunks"])):
		try:
			job = Job.fetch(create_job_id(_job_id(run["id"], number)), connection=get_redis_conn())
			statuses.append(job.get_status())
		except NoSuchJobError:
			statuses.append(None)
	return statuses


def _enqueue_chunk(run: dict, number: int, units: list[str]) -> None:
	"""frappe.enqueue hands its extra keywords to the method and has no way to ask RQ for a
	Retry, which is what redoes a killed worker's chunk; this is its enqueue_call with one."""
	get_queue(QUEUE).enqueue_call(
		execute_job,
		kwargs={
			"site": frappe.local.site,
			"user": run["user"],
			"method": CHUNK_METHOD,
			"event": None,
			"job_name": CHUNK_METHOD,
			"is_async": True,
			"kwargs": {"run_id": run["id"], "number": number, "units": units, "stamp": run["stamp"]},
		},
		timeout=CHUNK_TIMEOUT,
		retry=Retry(max=ATTEMPTS - 1),
		on_failure=Callback(truncate_failed_registry),
		failure_ttl=RQ_JOB_FAILURE_TTL,
		result_ttl=RQ_RESULTS_TTL,
		job_id=create_job_id(_job_id(run["id"], number)),
	)


def _mark_done(run_id: str, number: int) -> int:
	redis, key = get_redis_conn(), _key(f"done:{run_id}")
	with redis.pipeline() as pipe:
		pipe.sadd(key, number).expire(key, STATE_TTL).scard(key)
		return pipe.execute()[-1]


def _job_id(run_id: str, number: int) -> str:
	return f"{JOB_ID}:{run_id}:{number}"


def _key(name: str) -> str:
	return f"{frappe.local.site}:{JOB_ID}:{name}"
