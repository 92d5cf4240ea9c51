"""Where the time of a missed target goes, measured in the same run as the target's row.

Each part is timed as the code under measure runs it, through the same functions, so the parts
add up to the row above them (within the noise of separate runs): the bulk recompute as
recompute_all composes it, the first ranking call as the snapshot builds and shares itself.
"""

import time

import frappe

RECOMPUTE_PHASES = {
	"employees": "read the active employees",
	"inputs": "read every input (histories, assessments, training, complaints, rewards, settings)",
	"scoring": "score and explain each ASN (pure Python)",
	"write": "delete the old rows, insert the new (multi-row INSERT)",
	"commit": "commit",
}
COLD_RANKING_PHASES = {
	"snapshot": "read every active employee and their histories, and copy them to Redis",
	"from_redis": "load that copy from Redis, as a new worker does",
}


def recompute_phases(runs: int) -> dict[str, list[float]]:
	"""The times of each part of recompute_all, in its order and with the collector held where it
	holds it."""
	from asn_merit.inputs.gc_pause import gc_paused
	from asn_merit.talenta import recompute

	samples = {phase: [] for phase in RECOMPUTE_PHASES}
	for _run in range(runs):
		clock = _Clock(samples)
		recompute.recompute_lock.hold_until_transaction_ends()
		employees = clock.lap("employees", recompute.active_employees)
		with gc_paused():
			inputs = clock.lap("inputs", lambda: recompute.read_inputs(employees))
			rows = clock.lap("scoring", lambda: recompute.score_inputs(employees, inputs))
		clock.lap("write", lambda: recompute.store(rows))
		clock.lap("commit", frappe.db.commit)
	return samples


def cold_ranking_phases(runs: int) -> dict[str, list[float]]:
	"""The times of the snapshot's part in a first ranking call: built from MariaDB with no copy
	anywhere, and loaded from the copy another worker left in Redis."""
	from asn_merit.inputs.pegawai_snapshot import active_pegawai, forget, forget_here

	samples = {phase: [] for phase in COLD_RANKING_PHASES}
	for _run in range(runs):
		clock = _Clock(samples)
		forget()
		clock.lap("snapshot", active_pegawai)
		forget_here()
		clock.lap("from_redis", active_pegawai)
	return samples


class _Clock:
	def __init__(self, samples: dict[str, list[float]]):
		self.samples = samples

	def lap(self, phase: str, fn):
		start = time.perf_counter()
		result = fn()
		self.samples[phase].append(time.perf_counter() - start)
		return result
