"""Debian's nginx in front of several gunicorn masters serving the same site, as a regency runs a
second web host behind one proxy: for the test of a stateless web tier and the benchmark.

nginx runs as a child process (not a daemon) with its own configuration, pid file, logs and
temporary folders in a temporary directory, listening on a free port of 127.0.0.1. It balances
round robin over the masters and says in the response header `X-Upstream` which one answered.
The client stands where a regency's load balancer stands: nginx takes the citizen's address from
the X-Forwarded-For it sends (`set_real_ip_from 127.0.0.1`) and appends to that header, as
docs/deploy.md says for nginx behind another proxy; with `asn_trusted_proxies = ["127.0.0.1"]`
(SiteServer's default) Frappe counts each request under that citizen's address.
"""

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import requests

from asn_merit.tests.http_server import SiteServer, free_port

UPSTREAM_HEADER = "X-Upstream"
# Debian puts nginx in /usr/sbin, which a non-root PATH may lack.
SEARCH_PATH = os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/sbin"])

CONFIG = """\
daemon off;
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{
	worker_connections 1024;
}}
http {{
	client_body_temp_path {tmp}/client_body;
	proxy_temp_path {tmp}/proxy;
	fastcgi_temp_path {tmp}/fastcgi;
	uwsgi_temp_path {tmp}/uwsgi;
	scgi_temp_path {tmp}/scgi;
	log_format upstream '$remote_addr $upstream_addr $status "$request"';
	access_log {tmp}/access.log upstream;
	client_max_body_size 50m;
	upstream frappe_web {{
{servers}
		keepalive 64;
	}}
	server {{
		listen 127.0.0.1:{port};
		server_name _;
		set_real_ip_from 127.0.0.1;
		real_ip_header X-Forwarded-For;
		location / {{
			proxy_http_version 1.1;
			proxy_set_header Connection "";
			proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
			proxy_set_header X-Forwarded-Proto $scheme;
			proxy_set_header X-Frappe-Site-Name $host;
			proxy_set_header Host $host;
			proxy_set_header X-Use-X-Accel-Redirect True;
			proxy_read_timeout 120;
			proxy_pass http://frappe_web;
			add_header {header} $upstream_addr always;
		}}
	}}
}}
"""


def nginx_binary() -> str:
	"""Debian's nginx; missing, an error (scripts/bench-setup installs it), never a skip."""
	binary = shutil.which("nginx", path=SEARCH_PATH)
	if not binary:
		raise RuntimeError("nginx is not installed: apt-get install -y nginx (scripts/bench-setup does it)")
	return binary


class NginxFront(SiteServer):
	"""nginx on a free port in front of `masters` (started SiteServers of one site); requests go
	as SiteServer sends them, the X-Forwarded-For naming the citizen."""

	def __init__(self, masters: list[SiteServer]):
		# Not SiteServer.__init__: nginx, not a gunicorn, listens on this port.
		self.masters = masters
		self.site = masters[0].site
		self.port = free_port()
		self.process = None
		self.dir = None

	def upstream(self, master: SiteServer) -> str:
		"""The value of `X-Upstream` in an answer from this master."""
		return f"127.0.0.1:{master.port}"

	def start(self) -> "NginxFront":
		binary = nginx_binary()
		self.dir = tempfile.mkdtemp(prefix="asn-nginx-")
		servers = "\n".join(f"\t\tserver {self.upstream(master)};" for master in self.masters)
		config = Path(self.dir, "nginx.conf")
		config.write_text(
			CONFIG.format(tmp=self.dir, servers=servers, port=self.port, header=UPSTREAM_HEADER)
		)
		# -e: the startup error log too, before the configuration names ours.
		command = [binary, "-p", self.dir, "-c", str(config), "-e", f"{self.dir}/error.log"]
		self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
		self.wait_until_ready()
		return self

	def wait_until_ready(self, timeout: float = 30) -> None:
		deadline = time.monotonic() + timeout
		while time.monotonic() < deadline:
			if self.process.poll() is not None:
				raise RuntimeError(f"nginx exited: {self.error_log()}")
			try:
				if self.get("/api/method/ping").status_code == 200:
					return
			except requests.ConnectionError:
				time.sleep(0.2)
		raise RuntimeError(f"nginx did not answer within {timeout:.0f} s: {self.error_log()}")

	def error_log(self) -> str:
		path = Path(self.dir or "", "error.log")
		return path.read_text(errors="replace")[-4000:] if path.is_file() else ""

	def stop(self) -> None:
		if self.process and self.process.poll() is None:
			self.process.terminate()  # SIGTERM: nginx's fast shutdown
			self.process.wait(timeout=30)
		if self.dir:
			shutil.rmtree(self.dir, ignore_errors=True)


class WebTier:
	"""`masters` gunicorn masters (each with `workers` sync workers) behind one NginxFront,
	stopped in the reverse order of their start."""

	def __init__(self, masters: int = 2, workers: int = 2):
		self.count, self.workers = masters, workers
		self.masters: list[SiteServer] = []
		self.front = None

	def start(self) -> "WebTier":
		try:
			nginx_binary()
			for _index in range(self.count):
				self.masters.append(SiteServer(workers=self.workers).start())
			self.front = NginxFront(self.masters).start()
		except BaseException:
			self.stop()
			raise
		return self

	def stop(self) -> None:
		if self.front:
			self.front.stop()
		# Each master restores the trusted proxies it found: the last started stops first.
		while self.masters:
			self.masters.pop().stop()
