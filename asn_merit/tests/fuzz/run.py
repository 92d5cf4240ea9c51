"""One fuzz run: generate the payloads, send them, probe the rate limits, compare the database.

`FUZZ_PAYLOADS` sets the number of generated payloads (default 1,000, the CI size), `FUZZ_SEED`
makes a run repeatable, `FUZZ_REPORT` names a JSON file for the results.
"""

import json
import os
import random
import re
from datetime import datetime

from hypothesis import HealthCheck, Phase, given, seed, settings

import frappe

from asn_merit.inputs.pengaduan_settings import get_pengaduan_settings
from asn_merit.tests.factories import pdf_bytes
from asn_merit.tests.http_server import clear_limits

from . import payloads as p
from .census import DOCTYPE, Census, compare
from .desk_check import DeskCheck, make_officer
from .harness import Harness, Tally
from .judges import GUEST_TEXT
from .setup import PNG, prepare, remove

# Share of each endpoint in a run; the rest of the count goes to the web form.
SHARES = {"upload_file": 0.12, "tracking": 0.13, "guest_api": 0.10, "page": 0.20}
# Rate-limited endpoints and the Pengaduan Settings field of each limit: one address sends past each.
RATE_LIMITS = {
	"web_form.accept": (p.ACCEPT, "batas_pengaduan", {"web_form": p.WEB_FORM, "data": "{}"}),
	"upload_file": (p.UPLOAD, "batas_unggahan", {}),
	"pengaduan.lacak": (p.API + "lacak", "batas_lacak", {"kode": "X", "rahasia": "Y"}),
	"pengaduan.tanggapi": (
		p.API + "tanggapi",
		"batas_tanggapi",
		{"kode": "X", "rahasia": "Y", "aksi": "terima"},
	),
	"pengaduan.get_tantangan": (p.API + "get_tantangan", "batas_tantangan", None),
}
SETTINGS = "Pengaduan Settings"
# ALTCHA's smallest difficulty while the run solves a challenge for every passing complaint: the
# run tests what the server accepts, not how long a browser counts.
FUZZ_DIFFICULTY = 1000
# Stored text that came from markup, a script URL or an escaped tag.
HOSTILE = re.compile(r"<|&lt;|javascript:|on\w+=", re.IGNORECASE)
# The guard leaves a request with an Authorization header of two parts to Frappe's validate_auth.
FORGED_CREDENTIALS = ("token x:y", "Basic !!!", "Bearer abc", "foo bar", "token", "")
FORGED_ADDRESSES = ("", "unknown", "127.0.0.1, 10.0.0.1", "::1", "999.999.999.999", "x" * 4000, "<script>")


def payload_count() -> int:
	return int(os.environ.get("FUZZ_PAYLOADS") or 1000)


def desk_sample_size() -> int:
	"""Accepted complaints with markup opened in the desk after the run (`FUZZ_DESK_SAMPLE`)."""
	return int(os.environ.get("FUZZ_DESK_SAMPLE") or 3)


def generate(strategy, count: int, run_seed: int) -> list:
	"""Hypothesis draws `count` examples; they are sent afterwards, several at a time."""
	examples = []

	@seed(run_seed)
	@settings(
		max_examples=count,
		database=None,
		deadline=None,
		phases=[Phase.generate],
		suppress_health_check=list(HealthCheck),
	)
	@given(strategy)
	def draw(example):
		examples.append(example)

	while len(examples) < count:  # hypothesis stops early when it runs out of new examples
		draw()
		run_seed += 1
	return examples[:count]


def fuzz(server, count: int | None = None, workers: int = 3) -> tuple[Tally, list[str], dict]:
	"""Run and return the tally, the database problems and what the run stored (to remove)."""
	count = count or payload_count()
	run_seed = int(os.environ.get("FUZZ_SEED") or random.randrange(1 << 30))
	facts, made = prepare(server, answered=max(10, count // 50), uploads=max(10, count // 40))
	sizes = {name: int(count * share) for name, share in SHARES.items()}
	sizes["accept"] = count - sum(sizes.values())
	strategies = {
		"accept": p.submission(facts),
		"upload_file": p.upload(pdf_bytes(), PNG),
		"tracking": p.tracking(facts),
		"guest_api": p.guest_api(),
		"page": p.page(facts),
	}
	batch = []
	for name, size in sizes.items():
		batch += generate(strategies[name], size, run_seed)
	random.Random(run_seed).shuffle(batch)
	tracking = {"kode": "X", "rahasia": "Y"}
	batch += [
		p.Payload("forged address", "POST", p.API + "lacak", data=tracking, ip=ip) for ip in FORGED_ADDRESSES
	]
	batch += [
		p.Payload("forged credentials", "POST", path, data=tracking, headers={"Authorization": value})
		for value in FORGED_CREDENTIALS
		for path in (p.API + "lacak", p.ACCEPT, p.UPLOAD)
	]

	before = Census.take()
	harness = Harness(server, workers)
	difficulty = frappe.db.get_single_value(SETTINGS, "tingkat_kesulitan_tantangan")
	set_difficulty(FUZZ_DIFFICULTY)
	try:
		harness.run(batch)
		probe_rate_limits(harness)
	finally:
		set_difficulty(difficulty)
	after = Census.take()
	problems = compare(before, after, harness.tally.accepted)
	made[DOCTYPE] |= after.complaints - before.complaints
	made["File"] |= after.files - before.files
	harness.tally.seed = run_seed
	return harness.tally, problems, made


def set_difficulty(value: int) -> None:
	frappe.db.set_single_value(SETTINGS, "tingkat_kesulitan_tantangan", value, update_modified=False)
	frappe.db.commit()
	frappe.clear_document_cache(SETTINGS, SETTINGS)


def open_in_desk(server, tally: Tally, size: int) -> tuple[list[str], list[str]]:
	"""Open a sample of the accepted complaints whose text held markup: form, receipt, tracking
	page and the list views. Answers the views opened and the scripts found running."""
	secrets = tally.accepted.get("tracking", {})
	# The officer's own categories: complaints berkadar pengawasan are the Inspektorat's.
	filters = {"name": ("in", list(secrets) or [""]), "kategori": ("!=", "Pengaduan Berkadar Pengawasan")}
	rows = frappe.get_all(DOCTYPE, filters=filters, fields=["name", *GUEST_TEXT])
	hostile = [row.name for row in rows if any(HOSTILE.search(row.get(field) or "") for field in GUEST_TEXT)]
	sample = random.Random(tally.seed).sample(sorted(hostile), min(size, len(hostile)))
	if not sample:
		return [], []
	with DeskCheck(server, *make_officer()) as desk:
		for name in sample:
			desk.open_complaint(name)
			desk.open_receipt(name)
			desk.open_tracking(*secrets[name])
		desk.open_list_views()
	return desk.opened, desk.problems


def probe_rate_limits(harness: Harness) -> None:
	"""One address past each limit: refused with 429, never a server error."""
	settings = get_pengaduan_settings()
	for endpoint, (path, fieldname, body) in RATE_LIMITS.items():
		limit = settings.get(fieldname)
		ip = f"198.51.100.{random.randrange(1, 255)}"
		clear_limits(ip)
		method = "GET" if body is None else "POST"
		probes = [
			p.Payload(f"rate limit: {endpoint}", method, path, data=body, ip=ip) for _ in range(limit + 2)
		]
		# One after another: Frappe's counter loses a count when a burst's first requests overlap.
		for n, payload in enumerate(probes):
			answer = harness.send(payload)
			harness.judge(payload, answer)
			if n < limit:
				continue
			if getattr(answer, "status_code", None) != 429:
				harness.find("rate limit not applied", payload, getattr(answer, "status_code", None), "")


def report(tally: Tally, problems: list[str], path: str | None = None) -> str:
	"""The table docs/reliability.md records, and the JSON behind it when `path` is given."""
	table = tally.per_endpoint()
	lines = [
		f"{tally.total()} payloads in {tally.seconds:.0f} s (seed {tally.seed})",
		f"{'endpoint':32} {'payloads':>8} {'2xx':>6} {'3xx':>6} {'4xx':>6} {'5xx':>6}",
	]
	for endpoint, row in sorted(table.items()):
		lines.append(
			f"{endpoint:32} {row['payloads']:8} {row['2xx']:6} {row['3xx']:6} {row['4xx']:6} {row['5xx'] + row['no answer']:6}"
		)
	accepted = {
		name: len([n for n in names if n]) for name, names in tally.accepted.items() if name != "tracking"
	}
	lines.append(f"accepted and stored: {accepted}")
	for (known, status), count in tally.known.items():
		lines.append(f"known, not counted as findings: {count} x {status}: {known}")
	lines.append(f"findings: {len(tally.findings)}; database problems: {len(problems)}")
	if path:
		with open(path, "w") as out:
			json.dump(
				{
					"date": datetime.now().isoformat(timespec="seconds"),
					"seed": tally.seed,
					"payloads": tally.total(),
					"seconds": round(tally.seconds),
					"endpoints": {name: dict(row) for name, row in table.items()},
					"accepted": accepted,
					"known": [
						f"{count} x {status}: {known}" for (known, status), count in tally.known.items()
					],
					"findings": tally.grouped_findings(),
					"database_problems": problems,
				},
				out,
				indent=1,
			)
	return "\n".join(lines)


__all__ = ["fuzz", "generate", "payload_count", "remove", "report"]
