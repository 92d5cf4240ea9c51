"""A background worker killed in the middle of the merit recompute: nothing half-written, and the
recompute can be queued again and gives the same result.

The recompute is queued as the desk button queues it and run by a real `bench worker`; once
MariaDB shows it writing the new scores, the worker and its work horse are killed (SIGKILL).
Then the score table must still hold the complete previous set, the recompute must be
accepted again once RQ's heartbeat shows the job dead, and a new worker must finish it with
the same scores as an uninterrupted run.

Run through scripts/reliability; directly:
    cd $BENCH_DIR/sites && ../env/bin/python /path/to/reliability/killed_recompute.py --site asn-faults.localhost
"""

import argparse
import json
import signal
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import psutil

import frappe

INSERTING = "INSERT INTO `tabSkor Merit`%"


def scores() -> dict[str, tuple]:
	frappe.db.rollback()  # see what the worker committed
	rows = frappe.get_all("Skor Merit", fields=["employee", "total", "kotak_talenta", "rincian"])
	return {row.employee: (float(row.total), row.kotak_talenta, row.rincian) for row in rows}


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


def queue_recompute() -> bool:
	"""Whether the queue took it: Frappe drops a job whose id is still queued or started."""
	from frappe.utils.background_jobs import get_job

	from asn_merit.talenta.recompute import JOB_ID, enqueue_recompute

	asked = datetime.now(timezone.utc).replace(tzinfo=None)  # RQ stores naive UTC
	enqueue_recompute()
	job = get_job(JOB_ID)
	return bool(job and job.enqueued_at and job.enqueued_at >= asked)


def run(bench: Path) -> dict:
	from asn_merit.talenta.recompute import recompute_all

	frappe.set_user("Administrator")
	recompute_all()
	frappe.db.commit()
	reference = scores()
	# Mark the stored set, so that the killed run's rows, had any been kept, would show.
	frappe.db.sql("update `tabSkor Merit` set rincian = concat('[sebelum] ', rincian)")
	frappe.db.commit()
	previous = scores()

	worker = start_worker(bench)
	try:
		wait_for(queue_recompute, timeout=300, step=5)  # an earlier run's job may still look started
		until_writing = wait_for(writing_scores, timeout=300)
	finally:
		kill_worker(worker)
	time.sleep(1)
	after_kill = scores()
	status_after_kill = _job_status()

	until_requeued = wait_for(queue_recompute, timeout=300, step=5)
	worker = start_worker(bench)
	try:
		wait_for(lambda: _job_status() == "finished", timeout=600, step=0.5)
	finally:
		kill_worker(worker, signal.SIGTERM)
	rerun = scores()
	return {
		"employees_scored": len(reference),
		"killed_after_seconds_of_writing_wait": round(until_writing, 2),
		"after_kill_equals_previous_set": after_kill == previous,
		"after_kill_rows": len(after_kill),
		"job_status_after_kill": status_after_kill,
		"requeue_accepted_after_seconds": round(until_requeued, 1),
		"rerun_equals_uninterrupted_run": rerun == reference,
		"rerun_rows": len(rerun),
	}


def _job_status() -> str | None:
	from frappe.utils.background_jobs import get_job_status

	from asn_merit.talenta.recompute import JOB_ID

	return get_job_status(JOB_ID)


def main() -> None:
	parser = argparse.ArgumentParser()
	parser.add_argument("--site", required=True)
	args = parser.parse_args()
	frappe.init(site=args.site, sites_path=".")
	frappe.connect()
	result = run(Path("..").resolve())
	print(json.dumps(result, indent=1))
	frappe.destroy()
	ok = result["after_kill_equals_previous_set"] and result["rerun_equals_uninterrupted_run"]
	sys.exit(0 if ok else 1)


if __name__ == "__main__":
	main()
