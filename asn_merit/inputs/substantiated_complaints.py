"""Substantiated complaints: what a closed complaint leaves on an ASN's track record.

One set-based query for any number of employees, so the merit recompute can read the whole
regency at once; merit.complaint_record decides which findings count.
"""

from collections import defaultdict
from collections.abc import Iterable

import frappe
from frappe.utils import getdate

from asn_merit.inputs.pegawai import read_all_rows
from asn_merit.merit import pengaduan_flow as flow
from asn_merit.merit.complaint_record import TERBUKTI, ComplaintFinding, track_record_marks


def substantiated_complaints(employees: Iterable[str]) -> dict[str, list[ComplaintFinding]]:
	"""Closed complaints found substantiated, per employee named in them, oldest first."""
	employees = list(set(employees))
	if not employees:
		return {}
	wanted = set(employees)
	named = {} if read_all_rows(employees) else {"employee": ("in", employees)}
	rows = frappe.get_all(
		"Pengaduan Masyarakat",
		filters={**named, "hasil_pemeriksaan": TERBUKTI, "status": flow.SELESAI},
		fields=["name", "employee", "hasil_pemeriksaan", "tanggal_selesai"],
	)
	findings = defaultdict(list)
	for row in (row for row in rows if row.employee in wanted):
		findings[row.employee].append(
			ComplaintFinding(
				row.name,
				row.employee,
				row.hasil_pemeriksaan,
				getdate(row.tanggal_selesai) if row.tanggal_selesai else None,
			)
		)
	return {employee: track_record_marks(employee, found) for employee, found in findings.items()}
