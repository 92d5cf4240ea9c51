"""Benchmark a regency on a real site filled by the demo generator, and print the table.

Run through scripts/benchmark (it builds the site); directly:
    cd $BENCH_DIR/sites && ../env/bin/python /path/to/benchmarks/regency.py --site asn-bench.localhost

Each figure is the median of --runs runs with min and max, measured in this one process on
this machine; the guest submissions come from a second process (benchmarks/load_client.py)
against gunicorn with 2 workers.
"""

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

import frappe
from frappe.utils import now_datetime

HERE = Path(__file__).resolve().parent
TARGETS = {
	"recompute_bulk": 1.0,
	"ranking": 0.1,
	"ranking_cold": 0.3,
	"ranking_new_worker": 0.3,
	"ranking_after_import": 0.1,
	"pengaduan_list": 0.1,
}
LARGE_TARGET = 5.0  # the bulk recompute at 50,000 ASN
SEQUENTIAL_SUBMISSIONS = 100


def timed(fn, runs: int) -> list[float]:
	samples = []
	for _run in range(runs):
		start = time.perf_counter()
		fn()
		samples.append(time.perf_counter() - start)
	return samples


def summary(samples: list[float]) -> dict:
	return {
		"median": statistics.median(samples),
		"min": min(samples),
		"max": max(samples),
		"runs": len(samples),
	}


def recompute_bulk() -> None:
	from asn_merit.talenta.recompute import recompute_all

	recompute_all()
	frappe.db.commit()


def recompute_per_document() -> None:
	"""The same scores, one frappe.get_doc + save per employee: what the bulk path replaces."""
	from asn_merit.talenta.recompute import COLUMNS, active_employees, score_rows

	employees = active_employees()  # the same ASN the bulk path scores
	skip = {"owner", "modified_by", "creation", "modified", "docstatus", "idx"}
	for row in score_rows(employees):
		values = {column: value for column, value in zip(COLUMNS, row, strict=True) if column not in skip}
		if frappe.db.exists("Skor Merit", values["name"]):
			doc = frappe.get_doc("Skor Merit", values["name"])
			doc.update(values)
			doc.save(ignore_permissions=True)
		else:
			frappe.get_doc({"doctype": "Skor Merit", **values}).insert(ignore_permissions=True)
	frappe.db.commit()


def ranking(jabatan: str, cold: bool = False, new_worker: bool = False):
	"""As a web worker answers it: warm, with its snapshot of the employees kept from an earlier
	call (primed here first); cold, as the first call after a deletion or a Redis flush, when no
	copy is left anywhere; new_worker, as the first call in a worker while another worker's copy
	is in Redis."""
	from asn_merit.api.merit import get_peringkat_kandidat
	from asn_merit.inputs.pegawai_snapshot import forget, forget_here

	def run():
		if cold:
			forget()
		if new_worker:
			forget_here()
		return get_peringkat_kandidat(jabatan)

	get_peringkat_kandidat(jabatan)
	return run


def ranking_after_import(jabatan: str):
	"""Warm, on a site where every employee was saved moments ago, as after an import or a
	nightly sync: each is inside the snapshot's lookback. The first call after the stamp reads
	them again; the measured calls follow it."""
	from asn_merit.api.merit import get_peringkat_kandidat

	frappe.db.sql("update `tabEmployee` set modified = %s", now_datetime())  # the site's clock
	frappe.db.commit()
	get_peringkat_kandidat(jabatan)
	return lambda: get_peringkat_kandidat(jabatan)


def phases(measure, runs: int) -> dict[str, dict]:
	"""Medians of each part of `measure` (benchmarks.phases): where a missed target's time goes."""
	return {phase: summary(times) for phase, times in measure(runs).items()}


def recompute_with_workers(workers: int, runs: int) -> dict:
	from benchmarks.workers import recompute_with_workers

	return summary(recompute_with_workers(workers, runs))


def pengaduan_list(user: str, unit: str):
	"""The desk list view's own call: first page, newest first, one unit, as a complaint officer."""
	from frappe.desk.reportview import get

	def run():
		frappe.set_user(user)
		frappe.local.form_dict = frappe._dict(
			doctype="Pengaduan Masyarakat",
			fields=json.dumps(
				[
					"`tabPengaduan Masyarakat`.`name`",
					"`tabPengaduan Masyarakat`.`judul`",
					"`tabPengaduan Masyarakat`.`status`",
					"`tabPengaduan Masyarakat`.`tanggal_diterima`",
				]
			),
			filters=json.dumps([["Pengaduan Masyarakat", "unit_kerja", "=", unit]]),
			order_by="`tabPengaduan Masyarakat`.`tanggal_diterima` desc",
			start=0,
			page_length=20,
		)
		result = get()
		frappe.set_user("Administrator")
		return result

	return run


def complaint_officer() -> str:
	email = "benchmark.pengaduan@kabupaten-contoh.go.id"
	if not frappe.db.exists("User", email):
		frappe.get_doc(
			{"doctype": "User", "email": email, "first_name": "Petugas Benchmark", "send_welcome_email": 0}
		).insert(ignore_permissions=True)
		frappe.get_doc("User", email).add_roles("Petugas Pengaduan")
		frappe.db.commit()
	return email


def submissions(concurrency: int, count: int, masters: int = 1) -> dict:
	"""Guest submissions through the real web form endpoint, served by gunicorn with 2 workers
	(`masters` 2: two such masters behind nginx), and Frappe's ping on the same server."""
	from benchmarks.submissions import measure_submissions

	return measure_submissions(concurrency, count, masters)


def main() -> None:
	parser = argparse.ArgumentParser()
	parser.add_argument("--site", required=True)
	parser.add_argument("--runs", type=int, default=5)
	parser.add_argument("--per-document-runs", type=int, default=5)
	parser.add_argument("--submissions", type=int, default=400, help="per concurrency level")
	parser.add_argument("--large-site", help="a site of 50,000 ASN: the recompute there too, side by side")
	args = parser.parse_args()
	sys.path.insert(0, str(HERE.parent))
	from benchmarks.phases import cold_ranking_phases, recompute_phases
	from benchmarks.report import print_table

	connect(args.site)
	sizes = site_sizes()
	jabatan = frappe.db.get_value("Jabatan", {"jenis_jabatan": "JPT Pratama"})
	unit = frappe.db.get_value("Jabatan", jabatan, "unit_kerja")
	results = {
		"recompute_bulk": summary(timed(recompute_bulk, args.runs)),
		"recompute_per_document": summary(timed(recompute_per_document, args.per_document_runs)),
		"ranking": summary(timed(ranking(jabatan), args.runs)),
		"ranking_cold": summary(timed(ranking(jabatan, cold=True), args.runs)),
		"ranking_new_worker": summary(timed(ranking(jabatan, new_worker=True), args.runs)),
		"ranking_after_import": summary(timed(ranking_after_import(jabatan), args.runs)),
		"recompute_workers_1": recompute_with_workers(1, args.runs),
		"recompute_workers_2": recompute_with_workers(2, args.runs),
		"pengaduan_list": summary(timed(pengaduan_list(complaint_officer(), unit), args.runs)),
		"recompute_phases": phases(recompute_phases, args.runs),
		"ranking_cold_phases": phases(cold_ranking_phases, args.runs),
	}
	# One client, one request at a time: what a submission and ping cost alone, no queueing.
	results["submissions_1"] = submissions(1, min(args.submissions, SEQUENTIAL_SUBMISSIONS))
	for masters in (1, 2):
		for concurrency in (8, 32):
			key = f"submissions_{concurrency}" + ("" if masters == 1 else f"_{masters}_masters")
			results[key] = submissions(concurrency, args.submissions, masters)
	if args.large_site:
		frappe.destroy()
		connect(args.large_site)
		sizes["large"] = site_sizes()
		results["large"] = {
			"recompute_bulk": summary(timed(recompute_bulk, args.runs)),
			"recompute_workers_2": recompute_with_workers(2, args.runs),
			"recompute_phases": phases(recompute_phases, args.runs),
		}
	print_table(sizes, results, TARGETS, LARGE_TARGET)
	frappe.destroy()


def connect(site: str) -> None:
	frappe.init(site=site, sites_path=".")
	frappe.connect()
	frappe.set_user("Administrator")


def site_sizes() -> dict:
	return {
		"pegawai": frappe.db.count("Employee", {"status": "Active"}),
		"jabatan": frappe.db.count("Jabatan"),
		"pengaduan": frappe.db.count("Pengaduan Masyarakat"),
		"penilaian_kinerja": frappe.db.count("Penilaian Kinerja"),
	}


if __name__ == "__main__":
	main()
