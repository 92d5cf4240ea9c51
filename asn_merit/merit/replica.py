"""Whether a MariaDB read replica may answer reads: both replication threads running and the
replica no further behind the primary than the regency allows.

Takes the row of `SHOW REPLICA STATUS` as a mapping of MariaDB's column names (MySQL's newer
`Replica_*`/`Source` names are read too), or None when the server replicates nothing. Returns None
when the replica is fit, else the reason, for the log. Stdlib only; the caller reads the status
and the allowed lag (site config `asn_replica_max_lag_seconds`).
"""

from collections.abc import Mapping

# Reports, the ranking and the talent map may be this far behind what an officer just saved: a
# replica keeps up within a second or two, even under a bulk recompute; far past that, its
# replication is stuck on something and the primary answers instead.
DEFAULT_MAX_LAG_SECONDS = 30

THREADS = (
	("Slave_IO_Running", "Replica_IO_Running", "IO"),
	("Slave_SQL_Running", "Replica_SQL_Running", "SQL"),
)


def replica_unfit(status: Mapping | None, max_lag_seconds: int) -> str | None:
	if not status:
		return "server replika tidak mereplikasi apa pun (SHOW REPLICA STATUS kosong)"
	for name, newer_name, thread in THREADS:
		state = status.get(name, status.get(newer_name))
		if state != "Yes":
			return f"thread {thread} replikasi tidak berjalan ({state})"
	lag = status.get("Seconds_Behind_Master", status.get("Seconds_Behind_Source"))
	if lag is None:
		return "keterlambatan replika tidak diketahui (Seconds_Behind_Master NULL)"
	if int(lag) > max_lag_seconds:
		return f"replika tertinggal {lag} detik dari primer (batas {max_lag_seconds} detik)"
	return None
