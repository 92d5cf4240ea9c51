"""MariaDB restarted in the middle of a load of guest complaints: nothing acknowledged is lost.

Citizens submit through gunicorn (2 workers) while the database server restarts. Afterwards:
every submission the server acknowledged (200 with a tracking code) must be in the database;
the others must have been told they failed (an error status or a broken connection); and the
site must serve a new submission without anyone restarting gunicorn.

Run through scripts/reliability, which first moves the site's database onto a MariaDB server of
its own (reliability/private_mariadb.sh), so the restart touches no other site. Directly, with
the site on that server:
    cd $BENCH_DIR/sites && ../env/bin/python /path/to/reliability/db_restart.py --site asn-faults.localhost
"""

import argparse
import json
import subprocess
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

import frappe

ROOT = Path(__file__).resolve().parent.parent
ACCEPT = "/api/method/frappe.website.doctype.web_form.web_form.accept"


# Longer than gunicorn's worker timeout (120 s), as a proxy in front of it waits: a request is
# then either answered or known to be killed, never abandoned by the client while it still runs.
CLIENT_TIMEOUT = 150


def submit(server, payload: dict) -> dict:
	"""What the citizen was told: the status and tracking code, or the broken connection."""
	start = time.monotonic()
	try:
		response = requests.post(
			server.url + ACCEPT,
			headers={"Host": server.site, "X-Forwarded-For": payload["address"]},
			data={"web_form": "pengaduan-masyarakat", "data": payload["data"]},
			timeout=CLIENT_TIMEOUT,
		)
	except requests.RequestException as error:
		return {"status": type(error).__name__, "kode": None, "seconds": time.monotonic() - start}
	kode = response.json().get("message", {}).get("kode_lacak") if response.status_code == 200 else None
	return {"status": response.status_code, "kode": kode, "seconds": time.monotonic() - start}


def restart_later(delay: float, command: str, timings: dict) -> threading.Thread:
	def run():
		time.sleep(delay)
		timings["restart_started"] = time.monotonic()
		done = subprocess.run(command, shell=True, capture_output=True, text=True)
		timings["restart_done"] = time.monotonic()
		timings["restart_status"] = done.returncode
		timings["restart_output"] = (done.stdout + done.stderr)[-300:]

	thread = threading.Thread(target=run)
	thread.start()
	return thread


def wait_until_serving(server, timeout: float = 120) -> float:
	start = time.monotonic()
	while time.monotonic() - start < timeout:
		try:
			if server.get("/api/method/ping").status_code == 200:
				return time.monotonic() - start
		except requests.RequestException:
			pass
		time.sleep(0.5)
	raise RuntimeError("the site did not serve again within two minutes")


def stored_codes(marker: str) -> list[str]:
	frappe.db.connect()  # the restart closed the connection this process had
	return frappe.get_all(
		"Pengaduan Masyarakat", filters={"judul": ("like", f"%{marker}%")}, pluck="kode_lacak"
	)


def run(args) -> dict:
	from asn_merit.tests.http_server import SiteServer
	from benchmarks.submissions import guest_payload

	marker = uuid.uuid4().hex[:8]
	server = SiteServer(workers=2).start()
	try:
		payloads = [guest_payload(server, marker, index) for index in range(args.submissions)]
		after = [guest_payload(server, marker, args.submissions + index) for index in range(5)]
		timings = {"start": time.monotonic()}
		restart = restart_later(args.restart_after, args.restart_command, timings)
		with ThreadPoolExecutor(args.concurrency) as pool:
			told = list(pool.map(lambda payload: submit(server, payload), payloads))
		timings["load_done"] = time.monotonic()
		restart.join()
		serving_after = wait_until_serving(server)
		told_after = [submit(server, payload) for payload in after]
	finally:
		server.stop()

	acknowledged = {answer["kode"] for answer in told if answer["status"] == 200}
	stored = set(stored_codes(marker))
	statuses = {}
	for answer in told:
		statuses[str(answer["status"])] = statuses.get(str(answer["status"]), 0) + 1
	return {
		"sent": len(told),
		"statuses": statuses,
		"acknowledged": len(acknowledged),
		"told_failed": len(told) - len(acknowledged),
		"stored": len(stored - {answer["kode"] for answer in told_after}),
		"acknowledged_but_lost": len(acknowledged - stored),
		"stored_but_told_failed": len(stored - acknowledged - {answer["kode"] for answer in told_after}),
		"restart_command_status": timings["restart_status"],
		"restart_command_output": timings["restart_output"],
		"restart_seconds": round(timings["restart_done"] - timings["restart_started"], 1),
		"restart_at_seconds_into_load": round(timings["restart_started"] - timings["start"], 1),
		"load_seconds": round(timings["load_done"] - timings["start"], 1),
		"slowest_answer_seconds": round(max(answer["seconds"] for answer in told), 1),
		"serving_again_after_seconds": round(serving_after, 1),
		"after_restart_accepted": sum(1 for answer in told_after if answer["status"] == 200),
		"after_restart_sent": len(told_after),
	}


def main() -> None:
	parser = argparse.ArgumentParser()
	parser.add_argument("--site", required=True)
	parser.add_argument("--submissions", type=int, default=600)
	parser.add_argument("--concurrency", type=int, default=8)
	parser.add_argument("--restart-after", type=float, default=2.0, help="seconds into the load")
	parser.add_argument(
		"--restart-command",
		default=f"bash {ROOT / 'reliability' / 'private_mariadb.sh'} restart",
		help="how the site's database server is restarted (or crashed and started)",
	)
	args = parser.parse_args()
	frappe.init(site=args.site, sites_path=".")
	frappe.connect()
	sys.path.insert(0, str(ROOT))
	result = run(args)
	print(json.dumps(result, indent=1))
	frappe.destroy()
	# A restart command that failed would let a run with no fault in it pass.
	ok = (
		result["restart_command_status"] == 0
		and result["acknowledged_but_lost"] == 0
		and result["after_restart_accepted"] == result["after_restart_sent"]
	)
	sys.exit(0 if ok else 1)


if __name__ == "__main__":
	main()
