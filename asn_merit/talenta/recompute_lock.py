"""One recompute of the Skor Merit table per site at a time.

Two recomputes that overlap (the officer's button and a scheduled or benchmark run, or two
workers) each delete the whole table and insert it again. InnoDB takes next-key locks for the
delete, and the second delete, queued behind the first, blocks the first one's inserts: a
deadlock (1213), which killed one of the two. Serialising them removes the cycle by design.

Why a MariaDB named lock (GET_LOCK) and not Frappe's file lock or the RQ job id: the job id
only deduplicates queued jobs, not a recompute called directly (demo, benchmark, a second
bench), and a file lock holds on one host only, while workers on several hosts share one
database. The server releases a named lock when its connection ends, so a worker killed
mid-recompute never leaves the lock behind.

The lock is held until the transaction ends (commit or rollback), not until the function
returns: the job runner commits after the recompute, and a second recompute that deleted
before that commit would meet the first one's row locks again.
"""

import hashlib

import frappe
from frappe import _

WAIT_SECONDS = 600  # a recompute of 50,000 ASN takes seconds; this only bounds a stuck one


class RecomputeBusyError(frappe.ValidationError):
	pass


def lock_name() -> str:
	# Named locks are server-wide: one per site's database. The name may hold 64 characters.
	digest = hashlib.sha1(frappe.conf.db_name.encode()).hexdigest()[:32]
	return f"asn_merit.recompute.{digest}"


def hold_until_transaction_ends() -> None:
	"""Wait for any other recompute on this site to finish, then hold the lock until this
	connection commits or rolls back."""
	name = lock_name()
	if held_by_this_connection(name):
		return
	got = frappe.db.sql("SELECT GET_LOCK(%s, %s)", (name, WAIT_SECONDS))[0][0]
	if got != 1:
		frappe.throw(
			_("Penghitungan ulang skor merit lain masih berjalan. Coba lagi beberapa menit lagi."),
			RecomputeBusyError,
			title=_("Sedang dihitung"),
		)
	release = lambda: frappe.db.sql("SELECT RELEASE_LOCK(%s)", (name,))  # noqa: E731
	frappe.db.after_commit.add(release)
	frappe.db.after_rollback.add(release)


def held_by_this_connection(name: str) -> bool:
	holder = frappe.db.sql("SELECT IS_USED_LOCK(%s), CONNECTION_ID()", (name,))[0]
	return holder[0] is not None and holder[0] == holder[1]
