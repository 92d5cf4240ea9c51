"""Guest complaint submissions under load, and Frappe's bare guest method on the same server.

Two server setups: one gunicorn master with 2 workers, the client talking to it directly (the
table's first rows, as measured since the first benchmark), and two masters of 2 workers each
behind Debian's nginx on this machine, round robin (tests/nginx_front.py), as a regency adds a
second web host. In each, after the submissions, the same client at the same concurrency calls
`/api/method/ping` as a guest: Frappe's request cycle with nothing of ours but the before_request
hooks, the ceiling a submission is measured against.

The rate limit stays as a regency runs it: Frappe's web form limit is per client address, which
a regency's reverse proxy passes in X-Forwarded-For (the server trusts 127.0.0.1 as that proxy);
every simulated citizen has its own address and submits once, as real citizens do. The ALTCHA
challenge is fetched and solved (the altcha package's solver, as a browser's widget would) before
the timed phase: a browser solves it while the citizen types.
"""

import json
import subprocess
import sys
import tempfile
import uuid
from contextlib import contextmanager
from pathlib import Path

import frappe

from asn_merit.tests.factories import solved_challenge
from asn_merit.tests.http_server import SiteServer
from asn_merit.tests.nginx_front import WebTier

CLIENT = Path(__file__).with_name("load_client.py")
TANTANGAN = "/api/method/asn_merit.api.pengaduan.get_tantangan"
WORKERS = 2
# Ping answers in a few milliseconds: more calls than submissions, for a rate not made of noise.
PINGS_PER_SUBMISSION = 5


def measure_submissions(concurrency: int, count: int, masters: int = 1) -> dict:
	"""`count` submissions at `concurrency`, then `count` x 5 pings at the same concurrency; with
	`masters` 2, through nginx in front of two masters."""
	marker = uuid.uuid4().hex[:8]
	with serving(masters) as server:
		payloads = [guest_payload(server, marker, index) for index in range(count)]
		result = run_client(server, payloads, concurrency, "accept")
		pings = [{"address": address(index)} for index in range(count * PINGS_PER_SUBMISSION)]
		result["ping"] = run_client(server, pings, concurrency, "ping")
	frappe.db.rollback()
	result["stored"] = frappe.db.count("Pengaduan Masyarakat", {"judul": ("like", f"%{marker}%")})
	result["concurrency"] = concurrency
	result["masters"] = masters
	return result


@contextmanager
def serving(masters: int):
	"""What the client talks to: one master directly, or nginx in front of several."""
	if masters == 1:
		server = SiteServer(workers=WORKERS).start()
		try:
			yield server
		finally:
			server.stop()
		return
	tier = WebTier(masters=masters, workers=WORKERS).start()
	try:
		yield tier.front
	finally:
		tier.stop()


def run_client(server: SiteServer, payloads: list[dict], concurrency: int, mode: str) -> dict:
	with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
		json.dump({"url": server.url, "host": server.site, "payloads": payloads}, handle)
	output = subprocess.run(
		[sys.executable, str(CLIENT), handle.name, str(concurrency), mode],
		capture_output=True,
		text=True,
		check=True,
	)
	Path(handle.name).unlink()
	return json.loads(output.stdout)


def address(index: int) -> str:
	return f"10.{index // 65536 % 256}.{index // 256 % 256}.{index % 256 or 1}"


def guest_payload(server: SiteServer, marker: str, index: int) -> dict:
	"""One citizen's form, with its own address and a challenge fetched and solved for it."""
	client = address(index)
	challenge = server.get(TANTANGAN, client).json()
	data = {
		"kategori": "Pengaduan",
		"unit_kerja": _unit(),
		"judul": f"Antrean layanan terlalu lama {marker}-{index}",
		"uraian": "Pengaduan uji beban: antrean di loket pelayanan lebih dari dua jam.",
		"nama_pelapor": "Warga Uji Beban",
		"telepon_pelapor": "081234567890",
		"jawaban_tantangan": solved_challenge(challenge),
		"situs_web": "",
		"persetujuan_privasi": 1,
	}
	return {"address": client, "data": json.dumps(data)}


def _unit() -> str:
	if not hasattr(_unit, "value"):
		_unit.value = frappe.db.get_value("Department", {"is_group": 0, "company": ("is", "set")})
	return _unit.value
