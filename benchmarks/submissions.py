"""Guest complaint submissions under load: gunicorn with 2 workers, a client in a second process.

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
from pathlib import Path

import requests

import frappe

from asn_merit.tests.factories import solved_challenge
from asn_merit.tests.http_server import SiteServer

CLIENT = Path(__file__).with_name("load_client.py")
TANTANGAN = "/api/method/asn_merit.api.pengaduan.get_tantangan"


def measure_submissions(concurrency: int, count: int) -> dict:
	marker = uuid.uuid4().hex[:8]
	server = SiteServer(workers=2).start()
	try:
		payloads = [guest_payload(server, marker, index) for index in range(count)]
		with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
			json.dump({"url": server.url, "host": server.site, "payloads": payloads}, handle)
		output = subprocess.run(
			[sys.executable, str(CLIENT), handle.name, str(concurrency)],
			capture_output=True,
			text=True,
			check=True,
		)
		result = json.loads(output.stdout)
	finally:
		server.stop()
	frappe.db.rollback()
	result["stored"] = frappe.db.count("Pengaduan Masyarakat", {"judul": ("like", f"%{marker}%")})
	result["concurrency"] = concurrency
	return result


def guest_payload(server: SiteServer, marker: str, index: int) -> dict:
	"""One citizen's form, with its own address and a challenge fetched and solved for it."""
	address = f"10.{index // 65536 % 256}.{index // 256 % 256}.{index % 256 or 1}"
	challenge = requests.get(
		server.url + TANTANGAN, headers={"Host": server.site, "X-Forwarded-For": address}, timeout=30
	).json()
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
	return {"address": address, "data": json.dumps(data)}


def _unit() -> str:
	if not hasattr(_unit, "value"):
		_unit.value = frappe.db.get_value("Department", {"is_group": 0, "company": ("is", "set")})
	return _unit.value
