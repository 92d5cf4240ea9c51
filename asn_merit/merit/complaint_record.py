"""What a closed complaint leaves on an ASN's track record.

Only a finding recorded as substantiated (terbukti) against the employee counts; an
unsubstantiated or open complaint leaves no mark on the person (issue 8, point 6). The merit
issue passes the employee's complaints in and reads the marks out.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

TERBUKTI = "Terbukti"


@dataclass(frozen=True)
class ComplaintFinding:
	name: str
	employee: str | None
	hasil_pemeriksaan: str | None
	closed_on: date | None


def track_record_marks(employee: str, findings: Iterable[ComplaintFinding]) -> list[ComplaintFinding]:
	"""The closed, substantiated findings against `employee`, oldest first."""
	marks = [
		finding
		for finding in findings
		if finding.employee == employee and finding.hasil_pemeriksaan == TERBUKTI and finding.closed_on
	]
	return sorted(marks, key=lambda finding: finding.closed_on)
