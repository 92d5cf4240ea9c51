"""The holidays that complaint deadlines skip, kept in Redis per Holiday List.

Every complaint received computes its deadlines from one Holiday List (Pengaduan Settings', else
the default company's). Read through inputs.holidays on each request, that cost a guest
submission the ASN Merit Settings' meta and `cuti_bersama_hari_kerja` (a query) and the whole
Holiday List document from the cache, about 1.3 ms of a 25 ms request (docs/benchmarks.md). The
resulting set of dates is kept in Redis instead, under the list's name, so every worker on every
host shares it; a save or deletion of any Holiday List, or a save of ASN Merit Settings, forgets
them all (doc_events in hooks.py).
"""

import frappe

from asn_merit.inputs.holidays import company_holiday_list, holidays_of
from asn_merit.inputs.pengaduan_settings import get_pengaduan_settings

CACHE_KEY = "asn_hari_libur_pengaduan"


def complaint_holidays() -> frozenset:
	"""What inputs.pengaduan_settings.get_holidays reads, from Redis when it was read before."""
	holiday_list = get_pengaduan_settings().holiday_list or company_holiday_list()
	if not holiday_list:
		return frozenset()
	return frappe.cache.hget(CACHE_KEY, holiday_list, generator=lambda: holidays_of(holiday_list))


def forget_holidays(doc=None, method=None) -> None:
	"""Now, and again when the transaction ends: a worker may meanwhile cache the dates as they
	were (before a commit) or as this transaction saw them (before a rollback)."""
	_forget()
	frappe.db.after_commit.add(_forget)
	frappe.db.after_rollback.add(_forget)


def _forget() -> None:
	frappe.cache.delete_value(CACHE_KEY)
