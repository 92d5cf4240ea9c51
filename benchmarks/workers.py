"""The desk's recompute shared by RQ workers: from the button's enqueue to the last chunk written.

Real `bench worker` processes on the long queue, started and registered with RQ before the clock
starts, as a regency's workers are always running; each run is queued as the button queues it
(asn_merit.talenta.recompute_run) and timed until its state says every chunk is written.
"""

import time

from asn_merit.talenta.recompute_run import enqueue_recompute, run_state
from asn_merit.tests.rq_worker import BenchWorkers

POLL_SECONDS = 0.01


def recompute_with_workers(workers: int, runs: int) -> list[float]:
	samples = []
	with BenchWorkers(count=workers):
		for _run in range(runs):
			start = time.perf_counter()
			run = enqueue_recompute()
			while not _finished(run["id"]):
				time.sleep(POLL_SECONDS)
			samples.append(time.perf_counter() - start)
	return samples


def _finished(run_id: str) -> bool:
	state = run_state()
	if state["id"] != run_id:
		raise RuntimeError("another recompute replaced the benchmark's run")
	return state["finished"]
