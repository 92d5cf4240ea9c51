"""Reports and the ranking read from the replica, and from the primary whenever the replica has
stopped replaying, is an hour behind or is down, always answering 200; writes go to the primary.

Through gunicorn as an officer of BKPSDM (API token), against the private primary and replica of
scripts/replica_mariadb.sh, which scripts/test-read-replica starts and points the site at. Which
server answered shows in the answer itself: a name written as root on one server only. Not named
test_*: `run-tests --app asn_merit` would run it on a site without a replica, where it must fail.
"""

import subprocess
import time
import uuid
from pathlib import Path

import frappe
from frappe.core.doctype.user.user import generate_keys

from asn_merit.inputs import pegawai_snapshot
from asn_merit.merit.replica import replica_unfit
from asn_merit.sistem_merit.read_replica import max_lag_seconds, replica_status
from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import make_employee_asn, make_jabatan, make_user
from asn_merit.tests.http_server import SiteServer

PAIR = Path(frappe.get_app_path("asn_merit")).parent / "scripts" / "replica_mariadb.sh"
REPORT = "/api/method/frappe.desk.query_report.run"
RANKING = "/api/method/asn_merit.api.merit.get_peringkat_kandidat"
OFFICER = "replika.bkpsdm@example.com"
NEEDED = ("read_from_replica", "replica_host", "replica_db_port")


def pair(*args: str, sql: str | None = None) -> str:
	"""scripts/replica_mariadb.sh with these arguments and `sql` on its input; what it printed."""
	result = subprocess.run(
		["bash", str(PAIR), *args], input=sql, capture_output=True, text=True, timeout=300, check=False
	)
	if result.returncode:
		raise AssertionError(f"replica_mariadb.sh {' '.join(args)} failed: {result.stderr}")
	return result.stdout


def on_replica(sql: str) -> str:
	"""SQL as root on the replica (root may write there despite read_only); nothing reaches the
	primary, which the replica does not replicate to."""
	return pair("sql", "replica", "--batch", "--skip-column-names", frappe.conf.db_name, sql=sql)


class TestReadReplicaOverHTTP(ASNTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		missing = [key for key in NEEDED if not frappe.conf.get(key)]
		if missing:
			raise AssertionError(
				f"the site reads from no replica (site config lacks {', '.join(missing)}): run "
				"scripts/test-read-replica, which starts one and configures the site"
			)
		pair("wait", "120")
		if reason := replica_unfit(replica_status(), max_lag_seconds()):
			raise AssertionError(f"the replica is not fit at the start: {reason}")
		# This process reads and writes only on the primary: the servers under test decide alone.
		cls.addClassCleanup(frappe.local.conf.__setitem__, "read_from_replica", frappe.conf.read_from_replica)
		frappe.local.conf.read_from_replica = 0
		cls.addClassCleanup(cls.remove_records)
		tag = uuid.uuid4().hex[:8]
		make_user(OFFICER, "Petugas BKPSDM", "HR User")
		cls.token = {"Authorization": "token {api_key}:{api_secret}".format(**generate_keys(OFFICER))}
		cls.employee = make_employee_asn(first_name=f"Asli{tag}", last_name="Santoso")
		cls.original_name = cls.employee.employee_name
		cls.jabatan = make_jabatan(f"Analis Replika {tag}").name
		# Box 9 and the highest total: first among the names Peta Talenta shows for the box.
		frappe.get_doc(
			{
				"doctype": "Skor Merit",
				"employee": cls.employee.name,
				"employee_name": cls.original_name,
				"total": 100,
				"kotak_talenta": 9,
			}
		).insert(ignore_permissions=True)
		frappe.db.commit()
		pair("wait", "60")

	@classmethod
	def remove_records(cls):
		frappe.db.rollback()
		frappe.delete_doc_if_exists("Skor Merit", cls.employee.name, force=True)
		frappe.delete_doc_if_exists("Employee", cls.employee.name, force=True)
		frappe.delete_doc_if_exists("Jabatan", cls.jabatan, force=True)
		frappe.db.commit()

	def setUp(self):
		super().setUp()
		# A new server for each test: nothing a worker keeps (the ranking's employee snapshot)
		# carries over from one test's servers to the next.
		self.server = SiteServer().start()
		self.addCleanup(self.server.stop)

	# Which server answers

	def rename_on_replica(self) -> str:
		"""The employee renamed on the replica only; the replica's rows restored afterwards."""
		name = f"Replika-{uuid.uuid4().hex[:8]}"
		self.set_name_on_replica(name)
		self.addCleanup(self.set_name_on_replica, self.original_name)
		return name

	def set_name_on_replica(self, name: str) -> None:
		on_replica(
			"".join(
				f"UPDATE `tab{doctype}` SET employee_name = '{name}' WHERE name = '{self.employee.name}';"
				for doctype in ("Skor Merit", "Employee")
			)
		)

	def rename_on_primary(self, hours_ago: int = 0) -> str:
		"""The employee renamed on the primary, committed; its binary log event stamped `hours_ago`
		(what the replica measures its lag by). Restored afterwards."""
		name = f"Primer-{uuid.uuid4().hex[:8]}"
		frappe.db.sql("SET TIMESTAMP = UNIX_TIMESTAMP() - %s", hours_ago * 3600)
		try:
			self.set_name_on_primary(name)
		finally:
			frappe.db.sql("SET TIMESTAMP = DEFAULT")
		self.addCleanup(self.set_name_on_primary, self.original_name)
		return name

	def set_name_on_primary(self, name: str) -> None:
		for doctype in ("Skor Merit", "Employee"):
			frappe.db.sql(
				f"UPDATE `tab{doctype}` SET employee_name = %s WHERE name = %s", (name, self.employee.name)
			)
		frappe.db.commit()

	def resume_replication(self, *sql: str) -> None:
		"""After the test: replication running again (after `sql` as root on the replica) and
		caught up, before any other cleanup."""
		self.addCleanup(pair, "wait", "120")
		if sql:
			self.addCleanup(on_replica, "".join(sql))

	# What the officer sees

	def names_in_talent_map(self) -> str:
		response = self.server.get(
			REPORT, params={"report_name": "Peta Talenta", "filters": "{}"}, headers=self.token
		)
		self.assertEqual(response.status_code, 200, response.text[:2000])
		box = next(row for row in response.json()["message"]["result"] if row.get("kotak") == 9)
		return box["pegawai"]

	def name_in_ranking(self) -> str:
		# The ranking's employee snapshot (kept in Redis, and in each worker) follows rows by their
		# `modified`, which the renames here leave alone: the server reads every row again.
		pegawai_snapshot.forget()
		response = self.server.get(RANKING, params={"jabatan": self.jabatan}, headers=self.token)
		self.assertEqual(response.status_code, 200, response.text[:2000])
		ranking = response.json()["message"]
		rows = [
			row for row in ranking["layak"] + ranking["tidak_layak"] if row["employee"] == self.employee.name
		]
		self.assertEqual(len(rows), 1, ranking)
		return rows[0]["employee_name"]

	def assert_served_by(self, name: str, other: str) -> None:
		names = self.names_in_talent_map()
		self.assertIn(name, names)
		self.assertNotIn(other, names)
		self.assertEqual(self.name_in_ranking(), name)

	def wait_for_replica_status(self, reason_part: str) -> None:
		"""Until the replica reports what the test set up (an event reaches it a moment after the
		primary's commit); fails after a minute."""
		deadline = time.monotonic() + 60
		while reason_part not in (replica_unfit(replica_status(), max_lag_seconds()) or ""):
			if time.monotonic() > deadline:
				self.fail(f"the replica never reported '{reason_part}': {replica_status()}")
			time.sleep(0.1)

	# The tests

	def test_the_talent_map_and_the_ranking_are_read_from_the_replica(self):
		on_replica_only = self.rename_on_replica()
		self.assertEqual(
			frappe.db.get_value("Employee", self.employee.name, "employee_name"), self.original_name
		)
		self.assert_served_by(on_replica_only, self.original_name)

	def test_a_replica_that_stopped_replaying_is_passed_over_for_the_primary(self):
		stale = self.rename_on_replica()
		on_replica("STOP REPLICA SQL_THREAD")
		self.resume_replication("START REPLICA SQL_THREAD")
		fresh = self.rename_on_primary()
		self.wait_for_replica_status("thread SQL")
		self.assert_served_by(fresh, stale)

	def test_a_replica_an_hour_behind_is_passed_over_for_the_primary(self):
		stale = self.rename_on_replica()
		# The replica holds each event back a day, and the primary's change is stamped an hour
		# ago: the replica runs both threads and reports itself an hour behind.
		on_replica("STOP REPLICA; CHANGE MASTER TO MASTER_DELAY = 86400; START REPLICA")
		self.resume_replication("STOP REPLICA; CHANGE MASTER TO MASTER_DELAY = 0; START REPLICA")
		fresh = self.rename_on_primary(hours_ago=1)
		self.wait_for_replica_status("tertinggal")
		self.assertEqual(
			on_replica(f"SELECT employee_name FROM tabEmployee WHERE name = '{self.employee.name}'").strip(),
			stale,
		)
		self.assert_served_by(fresh, stale)

	def test_a_replica_that_is_down_is_passed_over_for_the_primary(self):
		stale = self.rename_on_replica()
		pair("stop", "replica")
		self.addCleanup(pair, "wait", "120")
		self.addCleanup(pair, "start")
		fresh = self.rename_on_primary()
		log = Path(frappe.get_site_path("logs", "asn_merit.read_replica.log"))
		logged_before = log.stat().st_size if log.exists() else 0
		self.assert_served_by(fresh, stale)
		with log.open() as lines:
			lines.seek(logged_before)
			self.assertIn("membaca dari primer, bukan replika: replika tidak dapat dibaca", lines.read())

	def test_a_write_goes_to_the_primary_while_reads_go_to_the_replica(self):
		on_replica_only = self.rename_on_replica()
		self.assert_served_by(on_replica_only, self.original_name)
		kebutuhan = 7
		response = self.server.request(
			"PUT", f"/api/resource/Jabatan/{self.jabatan}", headers=self.token, json={"kebutuhan": kebutuhan}
		)
		self.assertEqual(response.status_code, 200, response.text[:2000])
		self.assertEqual(response.json()["data"]["kebutuhan"], kebutuhan)
		frappe.db.rollback()  # see what the server committed
		self.assertEqual(frappe.db.get_value("Jabatan", self.jabatan, "kebutuhan"), kebutuhan)
		pair("wait", "60")
		on_the_replica = on_replica(f"SELECT kebutuhan FROM tabJabatan WHERE name = '{self.jabatan}'")
		self.assertEqual(on_the_replica.strip(), str(kebutuhan))
