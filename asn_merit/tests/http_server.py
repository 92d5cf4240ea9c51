"""The test site served over HTTP by gunicorn, as production serves it, for tests of guest endpoints.

In-process calls skip Frappe's request cycle: rate limits, status codes, the before_request
hooks and the file upload handler only run behind a real server.
"""

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid

import requests

import frappe

from asn_merit.pengaduan.client_address import TRUSTED_PROXIES_KEY

COMPLAINT = "Pengaduan Masyarakat"


def free_port() -> int:
	with socket.socket() as sock:
		sock.bind(("127.0.0.1", 0))
		return sock.getsockname()[1]


class SiteServer:
	def __init__(
		self, workers: int = 1, statics: bool = False, trusted_proxies: tuple[str, ...] = ("127.0.0.1",)
	):
		"""`statics` also serves /assets and /files, as `bench serve` does and nginx would.

		The test client stands where nginx stands in production: with `trusted_proxies` naming
		127.0.0.1 (the site config `asn_trusted_proxies`, set while the server runs), the
		X-Forwarded-For a test sends is the client's address; with none, every request comes from
		127.0.0.1 whatever the header says."""
		self.port = free_port()
		self.site = frappe.local.site
		self.workers = workers
		self.app = "frappe.app:application_with_statics()" if statics else "frappe.app:application"
		self.trusted_proxies = list(trusted_proxies)
		self.process = None

	@property
	def url(self) -> str:
		return f"http://127.0.0.1:{self.port}"

	def start(self) -> "SiteServer":
		self.previous_proxies = frappe.conf.get(TRUSTED_PROXIES_KEY)
		set_trusted_proxies(self.trusted_proxies)
		sites = os.path.abspath(frappe.local.sites_path)
		command = [sys.executable, "-m", "gunicorn", "-b", f"127.0.0.1:{self.port}", "-w", str(self.workers)]
		command += ["-t", "120", "--log-level", "warning", self.app]
		# A file, not a pipe: nobody reads a pipe while the server runs, and once its 64 KiB fill
		# with logged errors every worker blocks writing to it (found restarting the database).
		self.log = tempfile.TemporaryFile()
		self.process = subprocess.Popen(command, cwd=sites, stdout=subprocess.DEVNULL, stderr=self.log)
		self.wait_until_ready()
		return self

	def wait_until_ready(self, timeout: float = 60) -> None:
		deadline = time.monotonic() + timeout
		while time.monotonic() < deadline:
			if self.process.poll() is not None:
				raise RuntimeError(f"gunicorn exited: {self.log_tail()}")
			try:
				if self.get("/api/method/ping").status_code == 200:
					return
			except requests.ConnectionError:
				time.sleep(0.3)
		raise RuntimeError("gunicorn did not answer within a minute")

	def log_tail(self, size: int = 4000) -> str:
		self.log.seek(0, os.SEEK_END)
		self.log.seek(max(self.log.tell() - size, 0))
		return self.log.read().decode(errors="replace")

	def stop(self) -> None:
		if self.process and self.process.poll() is None:
			self.process.terminate()
			self.process.wait(timeout=30)
		if self.process:
			self.log.close()
		set_trusted_proxies(self.previous_proxies)

	def headers(self, client_ip: str | None = None) -> dict:
		headers = {"Host": self.site}
		if client_ip:
			# As nginx sends it: with 127.0.0.1 trusted, each test is its own client.
			headers["X-Forwarded-For"] = client_ip
		return headers

	def request(
		self, method: str, path: str, client_ip: str | None = None, headers: dict | None = None, **kwargs
	) -> requests.Response:
		"""`headers` add to the site's, e.g. `Authorization: token key:secret` for a desk user."""
		headers = {**self.headers(client_ip), **(headers or {})}
		return requests.request(method, self.url + path, headers=headers, timeout=60, **kwargs)

	def get(self, path: str, client_ip: str | None = None, **kwargs) -> requests.Response:
		return self.request("GET", path, client_ip, **kwargs)

	def post(self, path: str, client_ip: str | None = None, **kwargs) -> requests.Response:
		return self.request("POST", path, client_ip, **kwargs)


def set_trusted_proxies(proxies) -> None:
	"""The site config key pengaduan.client_address reads (None removes it); read per request."""
	from frappe.installer import update_site_config

	update_site_config(TRUSTED_PROXIES_KEY, proxies if proxies is not None else "None")
	frappe.local.conf[TRUSTED_PROXIES_KEY] = proxies


def clear_limits(*addresses: str) -> None:
	"""Forget the per-address counters of these clients (another run may have counted them)."""
	from asn_merit.pengaduan.guest_limits import LIMITS

	for address in addresses:
		for action in LIMITS:
			frappe.cache.delete(frappe.cache.make_key(f"asn-batas:{action}:{address}"))


class ServedComplaints:
	"""For a test case whose complaints and uploads a served site stores: each test marks them
	(`self.marker` in the title and the file names) and they are deleted after it."""

	def mark_what_the_server_stores(self) -> None:
		self.marker = uuid.uuid4().hex[:10]
		self.addCleanup(self.delete_what_the_server_stored)

	def delete_what_the_server_stored(self):
		frappe.db.rollback()
		for name in self.stored():
			frappe.delete_doc(COMPLAINT, name, force=True, ignore_permissions=True)
		for name in frappe.get_all("File", filters={"file_name": ("like", f"%{self.marker}%")}, pluck="name"):
			frappe.delete_doc("File", name, force=True, ignore_permissions=True)
		frappe.db.commit()

	def stored(self) -> list[str]:
		frappe.db.rollback()  # see what the server committed
		return frappe.get_all(COMPLAINT, filters={"judul": ("like", f"%{self.marker}%")}, pluck="name")


def serve_for_class(test_class, **options) -> SiteServer:
	"""The site served for a whole test class, stopped when the class is done (from setUpClass)."""
	server = SiteServer(**options).start()
	test_class.addClassCleanup(server.stop)
	return server


def server_messages(response) -> str:
	"""Frappe's error messages, which it sends JSON-encoded inside `_server_messages`."""
	try:
		body = response.json()
	except ValueError:
		return response.text
	messages = json.loads(body.get("_server_messages") or "[]")
	return " ".join(json.loads(message).get("message", "") for message in messages) + body.get(
		"exception", ""
	)
