"""Substantiated complaints: what a closed complaint leaves on an ASN's track record.

One set-based query for any number of employees, so the merit recompute can read the whole
regency at once; merit.complaint_record decides which findings count.
"""

from collections import defaultdict
from collections.abc import Iterable

import frappe
from frappe.utils import getdate

from asn_merit.inputs.pegawai import narrow_to
from asn_merit.merit import pengaduan_flow as flow
from asn_merit.merit.complaint_record import TERBUKTI, ComplaintFinding, track_record_marks


def substantiated_complaints(
	employees: Iterable[str], units: tuple[str, ...] | None = None
) -> dict[str, list[ComplaintFinding]]:
	"""Closed complaints found substantiated, per employee named in them, oldest first. `units`:
	the unit kerja the employees were read by, if they were (inputs.pegawai.narrow_to)."""
	employees = list(set(employees))
	if not employees:
		return {}
	wanted = set(employees)
	condition, values = narrow_to("employee", employees, units)
	rows = frappe.db.sql(
		f"""select name, employee, hasil_pemeriksaan, tanggal_selesai from `tabPengaduan Masyarakat`
		where hasil_pemeriksaan = %(terbukti)s and status = %(selesai)s and {condition}""",
		{**values, "terbukti": TERBUKTI, "selesai": flow.SELESAI},
		as_dict=True,
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
