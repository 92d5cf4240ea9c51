"""Merit scores: the candidate ranking for a jabatan and the regency-wide recompute."""

import frappe
from frappe import _

from asn_merit.permissions import is_privileged
from asn_merit.talenta.ranking import peringkat_kandidat
from asn_merit.talenta.recompute_run import enqueue_recompute, run_state


@frappe.whitelist()
@frappe.read_only()
def get_peringkat_kandidat(jabatan: str) -> dict:
	"""The eligible ASN ranked by merit score with each score's breakdown, and the ineligible
	with their reasons; only employees the user may read are considered. It writes nothing, so
	it reads from the replica where the site has one (sistem_merit/read_replica.py)."""
	return peringkat_kandidat(jabatan)


@frappe.whitelist(methods=["POST"])
def hitung_ulang_skor_merit() -> str:
	"""Queue the recompute of every active ASN's score; progress is shown to the caller."""
	if not is_privileged():
		frappe.throw(
			_("Hanya petugas BKPSDM yang dapat menghitung ulang skor merit."), frappe.PermissionError
		)
	run = enqueue_recompute()
	return _(
		"Penghitungan ulang skor merit sedang berjalan di latar belakang: {0} dari {1} bagian selesai."
	).format(run["done"], run["total"])


@frappe.whitelist()
def status_hitung_ulang() -> dict | None:
	"""The latest recompute run: how many of its chunks are written, and when it started."""
	if not is_privileged():
		frappe.throw(_("Hanya petugas BKPSDM yang dapat melihat penghitungan ulang."), frappe.PermissionError)
	run = run_state()
	return run and {key: run[key] for key in ("stamp", "done", "total", "finished")}
