"""A replica nobody can reach: Frappe's `read_only` fails the report, our guard answers it from the
primary. In process, against a port nothing listens on; the tests against a running replica, over
HTTP, are in read_replica_over_http (scripts/test-read-replica)."""

import frappe
from frappe.desk.query_report import run

from asn_merit.sistem_merit.read_replica import ReplicaIfFit, guard_replica_reads
from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.http_server import free_port

REPLICA_KEYS = ("read_from_replica", "replica_host", "replica_db_port")


class TestReplicaDown(ASNTestCase):
	def setUp(self):
		super().setUp()
		conf = frappe.local.conf
		self.addCleanup(conf.update, {key: conf.get(key) for key in REPLICA_KEYS})
		conf.update(read_from_replica=1, replica_host="127.0.0.1", replica_db_port=free_port())
		# frappe.connect_replica leaves both connections on frappe.local, and while they are there
		# it never switches again.
		self.addCleanup(self.forget_replica_connection)

	@staticmethod
	def forget_replica_connection():
		for name in ("replica_db", "primary_db"):
			if hasattr(frappe.local, name):
				delattr(frappe.local, name)

	def test_without_the_guard_frappe_fails_the_report(self):
		primary = frappe.db
		with self.assertRaises(frappe.db.OperationalError) as raised:
			run("Peta Talenta")
		self.assertIn("Can't connect", str(raised.exception))
		self.assertIs(frappe.db, primary)  # read_only's finally put the primary back

	def test_with_the_guard_the_report_comes_from_the_primary(self):
		primary = frappe.db
		guard_replica_reads()
		self.assertIsInstance(frappe.local.conf.read_from_replica, ReplicaIfFit)
		result = run("Peta Talenta")
		self.assertEqual(
			[column["fieldname"] for column in result["columns"]][:3], ["kotak", "label", "jumlah"]
		)
		self.assertEqual([row["kotak"] for row in result["result"][:9]], list(range(9, 0, -1)))
		self.assertFalse(frappe.local.conf.read_from_replica)
		self.assertFalse(hasattr(frappe.local, "replica_db"))
		self.assertIs(frappe.db, primary)

	def test_a_site_that_reads_from_no_replica_is_left_alone(self):
		frappe.local.conf.read_from_replica = 0
		guard_replica_reads()
		self.assertEqual(frappe.local.conf.read_from_replica, 0)
