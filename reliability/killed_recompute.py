"""A background worker killed in the middle of the merit recompute: nothing half-written, and the
killed chunk is done again, giving the same result as an uninterrupted run.

The recompute is queued as the desk button queues it (chunks of unit kerja, one RQ job each) and
run by a real `bench worker`; once MariaDB shows it writing scores, the worker and its work
horse are killed (SIGKILL). Then every unit's rows must be all old or all new and every employee
must still have a row; once RQ's heartbeat shows the job dead (90 s), cleaning the registry, as
the desk button and every worker do, must put the killed chunk back in the queue, and a new
worker must finish the run with the same scores as an uninterrupted run. Unlike the CI test
(asn_merit/talenta/tests/test_recompute_run.py), nothing here is held or hurried: the kill lands
where the write happens to be, and the heartbeat is waited out.

Run through scripts/reliability; directly:
    cd $BENCH_DIR/sites && ../env/bin/python /path/to/reliability/killed_recompute.py --site asn-faults.localhost
"""

import argparse
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil

import frappe

INSERTING = "INSERT INTO `tabSkor Merit`%"


def scores() -> dict[str, tuple]:
	frappe.db.rollback()  # see what the worker committed
	rows = frappe.get_all(
		"Skor Merit", fields=["employee", "unit_kerja", "total", "kotak_talenta", "rincian"]
	)
	return {row.employee: (row.unit_kerja, float(row.total), row.kotak_talenta, row.rincian) for row in rows}


def start_worker(bench: Path) -> subprocess.Popen:
	return subprocess.Popen(
		["bench", "worker", "--queue", "long"],
		cwd=bench,
		stdout=subprocess.DEVNULL,
		stderr=subprocess.DEVNULL,
	)


def kill_worker(worker: subprocess.Popen, sig: int = signal.SIGKILL) -> None:
	"""The worker and every process under it: RQ runs the job in a forked work horse that
	leaves the worker's process group (setsid), so a group kill would spare it."""
	tree = psutil.Process(worker.pid)
	for process in [*tree.children(recursive=True), tree]:
		process.send_signal(sig)
	worker.wait()


def wait_for(condition, timeout: float, step: float = 0.05) -> float:
	start = time.monotonic()
	while time.monotonic() - start < timeout:
		if condition():
			return time.monotonic() - start
		time.sleep(step)
	raise RuntimeError(f"gave up after {timeout} s waiting for {condition.__name__}")


def writing_scores() -> bool:
	return bool(
		frappe.db.sql("select id from information_schema.processlist where info like %s", (INSERTING,))
	)


def run(bench: Path) -> dict:
	from frappe.utils.background_jobs import get_queue

	from asn_merit.talenta.recompute import recompute_all
	from asn_merit.talenta.recompute_run import enqueue_recompute, run_state

	frappe.set_user("Administrator")
	recompute_all()
	frappe.db.commit()
	reference = scores()
	# Mark the stored set, so that the killed chunk's rows, had any been kept, would show.
	frappe.db.sql("update `tabSkor Merit` set rincian = concat('[sebelum] ', rincian)")
	frappe.db.commit()
	previous = scores()

	worker = start_worker(bench)
	try:
		chunks = enqueue_recompute()["total"]
		until_writing = wait_for(writing_scores, timeout=300)
	finally:
		kill_worker(worker)
	time.sleep(1)
	after_kill = scores()
	done_at_kill = run_state()["done"]

	def killed_chunk_requeued() -> bool:
		get_queue("long").started_job_registry.cleanup()
		return "started" not in _job_statuses()

	until_requeued = wait_for(killed_chunk_requeued, timeout=300, step=5)
	worker = start_worker(bench)
	try:
		wait_for(lambda: run_state()["finished"], timeout=600, step=0.5)
	finally:
		kill_worker(worker, signal.SIGTERM)
	rerun = scores()
	return {
		"employees_scored": len(reference),
		"chunks": chunks,
		"killed_after_seconds_of_writing_wait": round(until_writing, 2),
		"chunks_written_before_the_kill": done_at_kill,
		"after_kill_every_employee_has_a_row": after_kill.keys() == previous.keys(),
		"after_kill_no_unit_half_written": _whole_units(after_kill),
		"killed_chunk_requeued_after_seconds": round(until_requeued, 1),
		"rerun_equals_uninterrupted_run": rerun == reference,
		"rerun_rows": len(rerun),
	}


def _whole_units(stored: dict[str, tuple]) -> bool:
	"""Each unit's rows are all from before the kill or all from the run."""
	old_per_unit = {}
	for unit, _total, _box, rincian in stored.values():
		old_per_unit.setdefault(unit, set()).add(rincian.startswith("[sebelum]"))
	return all(len(kinds) == 1 for kinds in old_per_unit.values())


def _job_statuses() -> list[str | None]:
	from asn_merit.talenta.recompute_run import chunk_statuses, run_state

	return chunk_statuses(run_state())


def main() -> None:
	parser = argparse.ArgumentParser()
	parser.add_argument("--site", required=True)
	args = parser.parse_args()
	frappe.init(site=args.site, sites_path=".")
	frappe.connect()
	result = run(Path("..").resolve())
	print(json.dumps(result, indent=1))
	frappe.destroy()
	ok = (
		result["after_kill_every_employee_has_a_row"]
		and result["after_kill_no_unit_half_written"]
		and result["rerun_equals_uninterrupted_run"]
	)
	sys.exit(0 if ok else 1)


if __name__ == "__main__":
	main()
