"""The load client: posts the prepared submissions (mode `accept`), or calls Frappe's bare guest
method once per prepared address (mode `ping`), at a given concurrency, and prints JSON.

Run by benchmarks/submissions.py as a second process, so the client's own work does not run in
the process that measures the server.
"""

import json
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import requests

ACCEPT = "/api/method/frappe.website.doctype.web_form.web_form.accept"
PING = "/api/method/ping"


def main(path: str, concurrency: int, mode: str = "accept") -> None:
	spec = json.load(open(path))
	session_per_thread = {}

	def post(payload: dict) -> tuple[int, float]:
		session = session_per_thread.setdefault(threading.get_ident(), requests.Session())
		headers = {"Host": spec["host"], "X-Forwarded-For": payload["address"]}
		start = time.perf_counter()
		if mode == "ping":
			response = session.get(spec["url"] + PING, headers=headers, timeout=120)
		else:
			response = session.post(
				spec["url"] + ACCEPT,
				headers=headers,
				data={"web_form": "pengaduan-masyarakat", "data": payload["data"]},
				timeout=120,
			)
		return response.status_code, time.perf_counter() - start

	start = time.perf_counter()
	with ThreadPoolExecutor(max_workers=concurrency) as pool:
		results = list(pool.map(post, spec["payloads"]))
	elapsed = time.perf_counter() - start
	latencies = sorted(latency for _status, latency in results)
	print(
		json.dumps(
			{
				"sent": len(results),
				"accepted": sum(1 for status, _latency in results if status == 200),
				"statuses": sorted({status for status, _latency in results}),
				"per_second": len(results) / elapsed,
				"p50": statistics.median(latencies),
				"p99": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
			}
		)
	)


if __name__ == "__main__":
	main(sys.argv[1], int(sys.argv[2]), *sys.argv[3:4])
