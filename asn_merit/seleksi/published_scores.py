"""The stage scores an applicant sees of their own applications: the rows closing a stage wrote
(the public page publishes the same figures), for the outside candidate's page and the Portal
ASN alike."""

import frappe

SCORE_FIELDS = ("parent", "tahap", "nilai", "akumulasi", "peringkat", "lulus", "idx")


def with_stage_scores(applications: list[dict]) -> list[dict]:
	"""Give each application row (already filtered to the applicant's own) its `nilai` rows."""
	nilai = frappe.get_all(
		"Lamaran Seleksi Terbuka Nilai",
		filters={
			"parenttype": "Lamaran Seleksi Terbuka",
			"parent": ("in", [row.name for row in applications] or [""]),
		},
		fields=list(SCORE_FIELDS),
		order_by="idx asc",
		ignore_permissions=True,  # the caller passes the applicant's own applications only
	)
	for row in applications:
		row.nilai = [n for n in nilai if n.parent == row.name]
	return applications
