"""The daily career reminders: 90, 60 and 30 days before an event of the career calendar, to
the BKPSDM officers and to the ASN concerned, once per event and step.

What was sent is recorded as an Info comment on the Employee (its timeline shows the BKPSDM
what went out and when) and that comment is the record the job reads to never send a step
twice; the message itself goes out as a desk notification and an e-mail through Frappe's queue.
"""

import frappe
from frappe import _
from frappe.utils import getdate, today

from asn_merit.constants import ROLE_BKPSDM
from asn_merit.inputs.kalender_karier import asn_employees, data_karier
from asn_merit.merit.dates import format_date
from asn_merit.merit.kalender_karier import kalender_karier, kunci_pengingat, perlu_diingatkan

MARKER = "Pengingat karier"


def send_career_reminders(on_date=None) -> int:
	"""Scheduler entry (daily); returns how many reminders went out."""
	on_date = getdate(on_date or today())
	employees = asn_employees()
	data = data_karier(employees)
	officers = bkpsdm_users()
	sent = 0
	for employee in employees:
		# 4 months: the 90-day step of an event is always inside the window.
		for event in kalender_karier(data[employee.name], on_date, bulan=4).event:
			langkah = perlu_diingatkan(event.tanggal, on_date)
			if langkah is None:
				continue
			if _remind(employee, event, kunci_pengingat(event, langkah), officers):
				sent += 1
	return sent


def bkpsdm_users() -> list[str]:
	return frappe.get_all(
		"Has Role",
		filters={"role": ROLE_BKPSDM, "parenttype": "User", "parent": ("not in", ("Administrator", "Guest"))},
		pluck="parent",
		distinct=True,
	)


def _remind(employee, event, kunci: str, officers: list[str]) -> bool:
	content = f"{MARKER} [{kunci}]"
	if frappe.db.exists(
		"Comment",
		{
			"reference_doctype": "Employee",
			"reference_name": employee.name,
			"content": ("like", f"{content}%"),
		},
	):
		return False
	subject = _("{0}: {1} pada {2}").format(employee.employee_name, event.jenis, format_date(event.tanggal))
	frappe.get_doc(
		{
			"doctype": "Comment",
			"comment_type": "Info",
			"reference_doctype": "Employee",
			"reference_name": employee.name,
			"content": f"{content} {subject}. {event.uraian}",
		}
	).insert(ignore_permissions=True)
	recipients = sorted(set(officers) | ({employee.user_id} if employee.user_id else set()))
	for user in recipients:
		frappe.get_doc(
			{
				"doctype": "Notification Log",
				"for_user": user,
				"type": "Alert",
				"document_type": "Employee",
				"document_name": employee.name,
				"subject": subject,
				"email_content": f"{event.uraian} ({event.dasar})",
			}
		).insert(ignore_permissions=True)
	return True
