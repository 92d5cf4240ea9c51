"""Where a peer or subordinate finds the appraisals they were asked to give feedback on."""

import frappe

from asn_merit.permissions import employees_of


@frappe.whitelist()
@frappe.validate_and_sanitize_search_inputs
def penugasan_360_query(doctype, txt, searchfield, start, page_len, filters):
	"""Link search for Umpan Balik Perilaku: only draft appraisals the user is assigned to rate.

	Raters cannot read those appraisals themselves, so the search runs on their assignments."""
	employees = employees_of(frappe.session.user)
	if not employees:
		return []
	penilaian, penilai = (
		frappe.qb.DocType("Penilaian Kinerja"),
		frappe.qb.DocType("Penilaian Kinerja Penilai"),
	)
	return (
		frappe.qb.from_(penilai)
		.join(penilaian)
		.on(penilaian.name == penilai.parent)
		.select(penilaian.name, penilaian.employee_name, penilaian.tahun, penilaian.periode)
		.where(penilai.penilai.isin(employees))
		.where(penilaian.docstatus == 0)
		.where(penilaian.name.like(f"%{txt}%") | penilaian.employee_name.like(f"%{txt}%"))
		.orderby(penilaian.tahun, order=frappe.qb.desc)
		.limit(page_len)
		.offset(start)
		.run()
	)
