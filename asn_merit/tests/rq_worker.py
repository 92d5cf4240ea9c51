"""Real `bench worker` processes for tests and benchmarks of background work, as a regency runs them,
and what tests use to wait on that work and clear up after it."""

import signal
import subprocess
import time

import psutil

from frappe.utils import get_bench_path
from frappe.utils.background_jobs import create_job_id, get_queue, get_redis_conn, get_workers

from asn_merit.talenta import recompute_run


class BenchWorkers:
	"""`count` workers on `queue`; start() returns once RQ lists them, so a job queued next is
	taken at once and no timing includes a worker's start."""

	def __init__(self, count: int = 1, queue: str = "long"):
		self.count, self.queue, self.processes = count, queue, []

	def start(self, timeout: float = 120) -> "BenchWorkers":
		self.processes = [
			subprocess.Popen(
				["bench", "worker", "--queue", self.queue],
				cwd=get_bench_path(),
				stdout=subprocess.DEVNULL,
				stderr=subprocess.DEVNULL,
			)
			for _ in range(self.count)
		]
		deadline = time.monotonic() + timeout
		while self.registered() < self.count:
			if time.monotonic() > deadline:
				self.kill()
				raise RuntimeError(f"{self.count} bench worker(s) did not register within {timeout} s")
			time.sleep(0.2)
		return self

	def registered(self) -> int:
		return len(self.rq_worker_pids())

	def rq_worker_pids(self) -> set[int]:
		"""Which of these processes RQ lists as workers: `bench worker` runs the RQ worker in a
		child process, and workers killed earlier stay listed until their registration expires."""
		ours = set()
		for worker in self.processes:
			try:
				tree = psutil.Process(worker.pid)
				ours |= {process.pid for process in [tree, *tree.children(recursive=True)]}
			except psutil.NoSuchProcess:
				pass
		return {worker.pid for worker in get_workers(get_queue(self.queue)) if worker.pid in ours}

	def kill(self, sig: int = signal.SIGKILL) -> None:
		"""Each worker and its work horse: RQ forks the horse into a session of its own, so a
		signal to the worker's process group would spare it."""
		for worker in self.processes:
			try:
				tree = psutil.Process(worker.pid)
				for process in [*tree.children(recursive=True), tree]:
					process.send_signal(sig)
			except psutil.NoSuchProcess:
				pass
			worker.wait(timeout=60)
		self.processes = []

	def stop(self, timeout: float = 600) -> None:
		"""A warm shutdown: each worker finishes its job, then leaves RQ's registry.

		Only the RQ worker gets SIGTERM: a work horse that gets it dies mid-job, and RQ counts
		that as a failed attempt and queues the job again."""
		for pid in self.rq_worker_pids():
			try:
				psutil.Process(pid).send_signal(signal.SIGTERM)
			except psutil.NoSuchProcess:  # ended since RQ listed it
				pass
		for worker in self.processes:
			try:
				worker.wait(timeout=timeout)  # `bench worker` ends when its RQ worker does
			except subprocess.TimeoutExpired:
				pass
		self.kill(signal.SIGKILL)  # what did not end in time

	def __enter__(self) -> "BenchWorkers":
		return self.start()

	def __exit__(self, *_exc) -> None:
		self.stop()


def forget_runs() -> None:
	"""This site's recompute jobs and state, left by earlier tests that queued with no worker."""
	queue, prefix = get_queue("long"), create_job_id(recompute_run.JOB_ID)
	for job_id in queue.job_ids:
		if job_id.startswith(prefix):
			queue.remove(job_id)
	get_redis_conn().delete(recompute_run._key("run"))


def wait_for(condition, timeout: float) -> None:
	deadline = time.monotonic() + timeout
	while time.monotonic() < deadline:
		if condition():
			return
		time.sleep(0.2)
	raise AssertionError(f"waited {timeout} s for {condition.__name__}")
