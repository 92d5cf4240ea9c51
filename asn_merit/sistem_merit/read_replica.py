"""Read from the replica only while it is up and current: Frappe's `read_only` has no fallback.

With `read_from_replica` in site config, Frappe runs every function decorated with
`@frappe.read_only()` (query_report.run, so every report and the Peta Talenta; reportview.get;
our candidate ranking) on a second connection, to `replica_host`:`replica_db_port`
(frappe.connect_replica). It checks nothing first: that connection opens on its first query, so a
replica that is down fails the request with a 500, and one whose replication has stopped, or that
is hours behind, answers with old data that nobody notices.

So before every request and background job the flag in that request's own copy of the site config
(frappe.init reads site_config.json into frappe.local.conf anew each time) becomes a
`ReplicaIfFit`, which is what Frappe's `if conf.read_from_replica` then evaluates. The first time
it is asked, it connects to the replica with Frappe's settings and a 1 s timeout and reads SHOW
REPLICA STATUS: both replication threads must run and the lag be known and within
`asn_replica_max_lag_seconds` (merit.replica). If not, the answer is no for the rest of the
request, and Frappe reads from the primary; the site's log `asn_merit.read_replica` says when and
why a worker stopped using the replica, and when it uses it again. A request that reads nothing
from the replica never connects to it; one that does pays for one connection more
(docs/read-replica.md has the figures). The answer is not kept past the request: an "up" kept for
later would send a read to a replica that has gone down since, the 500 this module prevents.

The site's database user needs REPLICA MONITOR on the replica (MariaDB 10.5.9 and later, also
spelled SLAVE MONITOR; REPLICATION CLIENT before); without it every read stays on the primary.
"""

import pymysql

import frappe
from frappe.database import get_db
from frappe.utils import cint

from asn_merit.merit.replica import DEFAULT_MAX_LAG_SECONDS, replica_unfit

MAX_LAG_KEY = "asn_replica_max_lag_seconds"
CONNECT_TIMEOUT_SECONDS = 1
_was_fit: dict[str, bool] = {}  # site: whether this worker last found its replica fit


class ReplicaIfFit:
	"""Stands for `read_from_replica` in one request's site config: true only when the replica is
	fit, checked once, when Frappe first asks."""

	def __init__(self):
		self.fit: bool | None = None

	def __bool__(self) -> bool:
		if self.fit is None:
			self.fit = replica_is_fit()
		return self.fit

	def __int__(self) -> int:
		return int(bool(self))

	def __repr__(self) -> str:
		return f"ReplicaIfFit(fit={self.fit})"


def guard_replica_reads() -> None:
	"""before_request and before_job: nothing unless the site reads from a replica."""
	conf = frappe.local.conf
	if conf.get("read_from_replica") and not isinstance(conf.read_from_replica, ReplicaIfFit):
		conf.read_from_replica = ReplicaIfFit()


def replica_is_fit() -> bool:
	try:
		reason = replica_unfit(replica_status(), max_lag_seconds())
	# Whatever goes wrong here (refused, timed out, no privilege, a bad certificate) means the same:
	# read from the primary. An exception would reach the user, from inside Frappe's read_only.
	except Exception as error:
		reason = f"replika tidak dapat dibaca: {error!r}"
	log_change(reason)
	return reason is None


def log_change(reason: str | None) -> None:
	"""Each worker logs when it stops using the replica, and why (at ERROR, which production
	logs), and when it uses it again; not every request in between."""
	site, fit = frappe.local.site, reason is None
	if _was_fit.get(site, True) == fit:
		return
	_was_fit[site] = fit
	logger = frappe.logger("asn_merit.read_replica", allow_site=True)
	if reason:
		logger.error(f"membaca dari primer, bukan replika: {reason}")
	else:
		logger.warning("replika dipakai lagi untuk membaca")


def replica_status() -> dict | None:
	"""SHOW REPLICA STATUS on the connection Frappe would open (frappe.connect_replica), with a
	short timeout; the site's database must exist there, or the connection fails."""
	conf = frappe.local.conf
	user, password = conf.db_name, conf.db_password
	if conf.different_credentials_for_replica:
		user, password = conf.replica_db_name, conf.replica_db_password
	db = get_db(
		host=conf.replica_host,
		port=conf.replica_db_port,
		user=user,
		password=password,
		cur_db_name=conf.db_name,
	)
	settings = db.get_connection_settings()
	timeouts = dict.fromkeys(("connect_timeout", "read_timeout", "write_timeout"), CONNECT_TIMEOUT_SECONDS)
	connection = pymysql.connect(**settings, **timeouts)
	try:
		with connection.cursor(pymysql.cursors.DictCursor) as cursor:
			cursor.execute("SHOW REPLICA STATUS")
			return cursor.fetchone()
	finally:
		connection.close()


def max_lag_seconds() -> int:
	value = frappe.local.conf.get(MAX_LAG_KEY)
	return DEFAULT_MAX_LAG_SECONDS if value in (None, "") else cint(value)
