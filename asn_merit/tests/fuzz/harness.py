"""Send payloads to the served site and judge every answer, and what the site stored after them.

A payload passes when the server answers below 500 without a traceback; a refusal (4xx) carries
a message in Bahasa Indonesia; an acceptance (2xx) left only what passed every guard. After the
run, the only new records are the complaints and files the server said it accepted.
"""

import json
import random
import re
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import requests

import frappe

from .hostile import MARKER, wire
from .judges import JUDGED, judge_accepted
from .payloads import SOLVED, Payload

# Words of which an Indonesian message has at least one; English ones have none of them.
INDONESIAN = re.compile(
	r"\b(tidak|atau|yang|dan|anda|kembali|wajib|terlalu|ditemukan|diizinkan|diijinkan|diperbolehkan"
	r"|izin|silakan|harus|berkas|pilih|isi|halaman|formulir|pengaduan|permintaan|coba|lagi|dapat"
	r"|belum|bukan|salah|hanya|mohon|maaf|masukkan|unggah|pengguna|memiliki|akses|kode|sandi|lampiran)\b",
	re.IGNORECASE,
)
# gunicorn's own answer, before Frappe sees the request (nginx answers 414 in production).
LONG_REQUEST_LINE = "gunicorn refuses a request line over 4,094 bytes with its own English page"
TRACEBACK = ("Traceback (most recent call last)", 'File "apps/', "/apps/frappe/")


@dataclass
class Finding:
	kind: str
	payload: Payload
	status: int | None
	detail: str

	def __str__(self) -> str:
		files = {key: (name, len(content)) for key, (name, content) in (self.payload.files or {}).items()}
		sent = json.dumps(
			{
				"method": self.payload.method,
				"path": self.payload.path,
				"params": self.payload.params,
				"data": self.payload.data,
				"json": self.payload.json,
				"files (name, bytes)": files,
				"ip": self.payload.ip if not str(self.payload.ip).startswith("10.") else None,
			},
			default=repr,
			ensure_ascii=True,
		)
		return f"[{self.kind}] {self.payload.endpoint} ({self.payload.note}) -> {self.status}: {self.detail[:300]} | {sent[:600]}"


@dataclass
class Tally:
	statuses: Counter = field(default_factory=Counter)  # (endpoint, status code)
	findings: list[Finding] = field(default_factory=list)
	known: Counter = field(default_factory=Counter)  # gunicorn's refusals, before any app code
	accepted: dict = field(default_factory=dict)  # endpoint -> names the server reported stored
	seconds: float = 0.0
	seed: int | None = None

	def per_endpoint(self) -> dict[str, Counter]:
		table: dict[str, Counter] = {}
		for (endpoint, status), count in self.statuses.items():
			row = table.setdefault(endpoint, Counter())
			row["payloads"] += count
			row[f"{status // 100}xx" if status else "no answer"] += count
			row[str(status)] += count
		return table

	def grouped_findings(self) -> list[str]:
		"""One line per kind of finding, endpoint and first words of the detail, with a count and
		the first payload that showed it."""
		groups: dict[tuple, list[Finding]] = {}
		for finding in self.findings:
			key = (
				finding.kind,
				finding.payload.endpoint,
				finding.status,
				re.sub(r"\W+", " ", finding.detail)[:70],
			)
			groups.setdefault(key, []).append(finding)
		return [f"{len(found)} x {found[0]}" for found in sorted(groups.values(), key=len, reverse=True)]

	def total(self) -> int:
		return sum(self.statuses.values())


class Harness:
	def __init__(self, server, workers: int = 3):
		self.server = server
		self.workers = workers
		self.tally = Tally()
		base = random.Random().randrange(1 << 24)
		self._addresses = (
			f"10.{(base + n) >> 16 & 255}.{(base + n) >> 8 & 255}.{(base + n) & 255}" for n in range(1 << 24)
		)

	def run(self, payloads: list[Payload]) -> Tally:
		"""Send in a few threads (gunicorn has its workers); judge in this thread, which owns the DB."""
		start = time.monotonic()
		for payload in payloads:
			payload.ip = payload.ip or next(self._addresses)
			fill_solution(payload)
		with ThreadPoolExecutor(self.workers) as pool:
			for payload, answer in zip(payloads, pool.map(self.send, payloads), strict=True):
				self.judge(payload, answer)
		self.tally.seconds += time.monotonic() - start
		return self.tally

	def send(self, payload: Payload):
		headers = {
			"Host": self.server.site,
			"X-Forwarded-For": payload.ip,
			"Accept-Language": "id-ID,id;q=0.9",
		}
		if payload.raw is not None:
			body = {"data": payload.raw, "headers": {"Content-Type": "application/json"}}
		elif payload.json is not None:
			body = {
				"data": json.dumps(payload.json).encode(),
				"headers": {"Content-Type": "application/json"},
			}
		else:
			body = {"data": _wire_form(payload.data), "files": _wire_files(payload.files)}
		headers.update(body.pop("headers", {}))
		headers.update(payload.headers or {})
		try:
			return requests.request(
				payload.method,
				self.server.url + payload.path,
				params=_wire_form(payload.params),
				headers=headers,
				timeout=120,
				allow_redirects=False,
				**body,
			)
		except requests.RequestException as error:
			return error

	def judge(self, payload: Payload, answer) -> None:
		if not isinstance(answer, requests.Response):
			self.tally.statuses[(payload.endpoint, 0)] += 1
			self.find("no answer", payload, None, repr(answer))
			return
		status = answer.status_code
		self.tally.statuses[(payload.endpoint, status)] += 1
		text = answer.text
		if status == 400 and "Request Line is too large" in text:
			self.tally.known[(LONG_REQUEST_LINE, status)] += 1
			return
		if status >= 500:
			self.find("server error", payload, status, _last_line(text))
		elif any(marker in text for marker in TRACEBACK):
			self.find("traceback shown", payload, status, _last_line(text))
		# 401 refuses credentials, not input: Frappe's validate_auth raises it with no message.
		if 400 <= status < 500 and _language_expected(payload) and not INDONESIAN.search(message_of(answer)):
			self.find("message not in Indonesian", payload, status, message_of(answer) or text[:200])
		for fragment in payload.sent:
			if fragment in text and MARKER in fragment:
				self.find("markup echoed", payload, status, fragment)
		if 200 <= status < 300 and payload.endpoint in JUDGED:
			try:
				problems = judge_accepted(payload, answer, self.tally.accepted)
			except Exception as error:  # what was stored broke the judge itself: show it
				problems = [f"cannot judge what was stored: {error!r}"]
			for problem in problems:
				self.find("accepted wrongly", payload, status, problem)

	def find(self, kind: str, payload: Payload, status: int | None, detail: str) -> None:
		self.tally.findings.append(Finding(kind, payload, status, detail))


def message_of(response: requests.Response) -> str:
	"""What the citizen is told: Frappe's messages, else the page's title and text."""
	try:
		body = response.json()
	except ValueError:
		return re.sub(r"<[^>]*>", " ", response.text)
	if not isinstance(body, dict):
		return ""
	messages = []
	for message in json.loads(body.get("_server_messages") or "[]"):
		try:
			messages.append(str(json.loads(message).get("message", "")))
		except (ValueError, AttributeError):
			messages.append(str(message))
	return " ".join(messages) or str(body.get("_error_message") or body.get("message") or "")


def _language_expected(payload: Payload) -> bool:
	"""Indonesian, unless the request chose a language (Frappe honours `_lang`) or was refused
	for its credentials (Frappe's validate_auth raises 401 with no message)."""
	return "_lang" not in (payload.params or {}) and "Authorization" not in (payload.headers or {})


def _last_line(text: str) -> str:
	lines = [line for line in text.replace("\\n", "\n").splitlines() if line.strip()]
	errors = [line for line in lines if "Error" in line or "Exception" in line]
	return (errors or lines or [""])[-1].strip()[:300]


def _wire_form(values):
	if not values:
		return values
	return {
		wire(key): wire(value if isinstance(value, str | bytes) else json.dumps(value))
		for key, value in values.items()
	}


def _wire_files(files):
	if not files:
		return files
	# A multipart header cannot carry a lone surrogate: it arrives as U+FFFD, as from a browser.
	return {
		key: (name.encode("utf-8", "replace").decode(), content) for key, (name, content) in files.items()
	}


def fill_solution(payload: Payload) -> None:
	"""Put a freshly solved ALTCHA payload where the payload holds SOLVED (in this thread, which
	has the site: the threads that send have none)."""
	if SOLVED not in repr((payload.data, payload.json, payload.raw)):
		return
	from asn_merit.tests.factories import solved_challenge

	solution = solved_challenge()

	def fill(value):
		if isinstance(value, str):
			return value.replace(SOLVED, solution)
		if isinstance(value, bytes):
			return value.replace(SOLVED.encode(), solution.encode())
		if isinstance(value, dict):
			return {key: fill(item) for key, item in value.items()}
		if isinstance(value, list | tuple):
			return type(value)(fill(item) for item in value)
		return value

	payload.data, payload.json, payload.raw = fill(payload.data), fill(payload.json), fill(payload.raw)
