"""The recompute shared by background workers: chunks of unit kerja, each an RQ job."""

import json
import signal
import time
from unittest.mock import patch

from rq.job import Job

import frappe
from frappe.utils.background_jobs import create_job_id, get_queue, get_redis_conn

from asn_merit.inputs.pegawai import bukan_asn
from asn_merit.talenta import recompute_lock, recompute_run
from asn_merit.talenta.recompute import recompute_all
from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import bkpsdm_unit, make_employee_asn
from asn_merit.tests.rq_worker import BenchWorkers, forget_runs, wait_for

HEARTBEAT_SECONDS = 90  # RQ's job monitoring interval (30 s) plus 60: a dead job's "started" lasts this


class RecomputeRunTestCase(ASNTestCase):
	"""Workers see only what is committed: a few employees in two units are committed, and
	removed again with their scores afterwards."""

	def setUp(self):
		super().setUp()
		self.other_unit = frappe.db.get_value(
			"Department", {"is_group": 0, "name": ("!=", bkpsdm_unit()), "company": ("is", "set")}
		)
		self.employees = [
			make_employee_asn(first_name=f"Bagian {n}", department=unit).name
			for n, unit in enumerate((bkpsdm_unit(), bkpsdm_unit(), self.other_unit, None))
		]
		frappe.db.commit()
		self.addCleanup(self.remove_employees)
		forget_runs()
		self.addCleanup(forget_runs)

	def remove_employees(self):
		frappe.db.rollback()
		frappe.db.delete("Skor Merit", {"employee": ("in", self.employees)})
		for name in self.employees:
			frappe.delete_doc("Employee", name, force=True, ignore_permissions=True)
		frappe.db.commit()

	def scores(self) -> dict[str, tuple]:
		frappe.db.rollback()  # see what the workers committed
		rows = frappe.get_all(
			"Skor Merit", fields=["employee", "unit_kerja", "total", "kotak_talenta", "rincian"]
		)
		return {row.employee: (row.unit_kerja, row.total, row.kotak_talenta, row.rincian) for row in rows}

	def reference(self) -> dict[str, tuple]:
		"""What one recompute in this process stores."""
		recompute_all()
		frappe.db.commit()
		return self.scores()


class TestChunks(RecomputeRunTestCase):
	def test_every_unit_is_in_exactly_one_chunk(self):
		chunks = recompute_run.plan_chunks(3)
		units = [unit for chunk in chunks for unit in chunk]
		self.assertEqual(len(units), len(set(units)))
		self.assertIn(bkpsdm_unit(), units)
		self.assertIn(recompute_run.NO_UNIT, units)  # staff without a unit are scored too
		self.assertEqual(len(chunks), 3)

	def test_one_chunk_per_worker_and_none_past_the_cap(self):
		active = frappe.db.count("Employee", {"status": "Active"})
		self.assertEqual(recompute_run.chunk_count(0), 1)
		self.assertEqual(recompute_run.chunk_count(2), 2)
		with patch.object(recompute_run, "CHUNK_SIZE", max(active // 4, 1)):
			self.assertGreaterEqual(recompute_run.chunk_count(2), 4)

	def test_the_chunks_together_store_what_one_recompute_stores(self):
		reference = self.reference()
		left = make_employee_asn(first_name="Sudah Keluar")
		self.employees.append(left.name)
		recompute_all()  # scores the one who is about to leave
		frappe.db.set_value("Employee", left.name, {"status": "Left", "relieving_date": "2026-01-31"})
		frappe.db.sql("update `tabSkor Merit` set rincian = concat('[lama] ', rincian)")
		frappe.db.commit()

		run = recompute_run.new_run(3)
		for number, units in enumerate(run["chunks"]):
			recompute_run.recompute_chunk(run["id"], number, units, run["stamp"])

		self.assertEqual(self.scores(), reference)  # the one who left is gone, nothing is old
		state = recompute_run.run_state()
		self.assertEqual((state["done"], state["finished"]), (len(run["chunks"]), True))

	def test_an_employee_moved_mid_run_keeps_a_score_from_this_run(self):
		"""Moved from a unit whose chunk has yet to run into one whose chunk has run: neither
		chunk reads them, and the end of the run scores them."""
		reference = self.reference()
		moved, (first_unit, second_unit) = self.employees[2], (bkpsdm_unit(), self.other_unit)
		run = recompute_run.new_run(2)
		run["chunks"] = [[first_unit], [second_unit]] + [
			[unit for unit in chunk if unit not in (first_unit, second_unit)] for chunk in run["chunks"]
		]
		run["chunks"] = [chunk for chunk in run["chunks"] if chunk]
		get_redis_conn().set(recompute_run._key("run"), json.dumps(run))

		recompute_run.recompute_chunk(run["id"], 0, run["chunks"][0], run["stamp"])
		frappe.db.set_value("Employee", moved, "department", first_unit)
		frappe.db.commit()
		for number, units in list(enumerate(run["chunks"]))[1:]:
			recompute_run.recompute_chunk(run["id"], number, units, run["stamp"])

		row = frappe.db.get_value("Skor Merit", moved, ["unit_kerja", "dihitung_pada", "total"], as_dict=True)
		self.assertEqual((row.unit_kerja, str(row.dihitung_pada)), (first_unit, run["stamp"]))
		self.assertEqual(row.total, reference[moved][1])
		self.assertEqual(len(self.scores()), len(reference))

	def test_a_chunk_done_twice_stores_the_same_rows(self):
		reference = self.reference()
		run = recompute_run.new_run(3)
		for number, units in [*enumerate(run["chunks"]), (0, run["chunks"][0])]:
			recompute_run.recompute_chunk(run["id"], number, units, run["stamp"])
		self.assertEqual(self.scores(), reference)


class TestWorkerKilledMidChunk(RecomputeRunTestCase):
	"""Real `bench worker` processes on the long queue, as a regency runs them."""

	def test_the_chunk_is_done_again_and_nothing_is_lost(self):
		reference = self.reference()
		active = [
			row.name for row in frappe.get_all("Employee", {"status": "Active"}, ["*"]) if not bukan_asn(row)
		]
		self.assertEqual(sorted(reference), sorted(active))
		frappe.db.sql("update `tabSkor Merit` set rincian = concat('[lama] ', rincian)")
		frappe.db.commit()

		# Holding the write lock here keeps the first worker's chunk scored and waiting to write,
		# so the kill lands mid-chunk every time.
		lock = recompute_lock.lock_name()
		self.assertEqual(frappe.db.sql("select get_lock(%s, 0)", (lock,))[0][0], 1)
		run = recompute_run.enqueue_recompute(chunks=3)
		self.assertGreater(run["total"], 1)
		first_job = Job.fetch(create_job_id(recompute_run._job_id(run["id"], 0)), connection=get_redis_conn())

		workers = BenchWorkers().start()
		try:
			wait_for(lambda: waiting_for_lock(lock), timeout=120)
			self.assertEqual(first_job.get_status(refresh=True), "started")
		finally:
			workers.kill(signal.SIGKILL)
		frappe.db.sql("select release_lock(%s)", (lock,))
		self.assertEqual(recompute_run.run_state()["done"], 0)
		self.assertTrue(all("[lama]" in row[3] for row in self.scores().values()))  # nothing half-written

		# What RQ does once the dead job's heartbeat has expired (a worker cleans every 10 minutes,
		# the desk button at once): the job goes back to the queue for its next attempt.
		get_queue("long").started_job_registry.cleanup(timestamp=time.time() + HEARTBEAT_SECONDS + 1)
		self.assertEqual(first_job.get_status(refresh=True), "queued")
		with BenchWorkers():
			wait_for(lambda: recompute_run.run_state()["finished"], timeout=180)

		self.assertEqual(self.scores(), reference)
		first_job.refresh()
		self.assertEqual(first_job.retries_left, recompute_run.ATTEMPTS - 2)  # run twice


def waiting_for_lock(lock: str) -> bool:
	return bool(
		frappe.db.sql(
			"select id from information_schema.processlist where info like %s",
			(f"%GET_LOCK('{lock}'%",),
		)
	)
