"""The development page: the ASN's plan, trainings booked and done, JP of the year against the
PNS's yearly minimum (a PPPK's against their cap), and their rewards (Penghargaan). Read with the ASN's own employee only."""

import frappe
from frappe.utils import cint, getdate

from asn_merit.merit.pengembangan import JP_PALING_LAMA_PPPK, berhak_jp_minimal, capaian_jp
from asn_merit.talenta.pengembangan import RENCANA, jp_tahun, target_jp


def pengembangan(employee: str, tahun: int | None = None) -> dict:
	tahun = cint(tahun) or getdate().year
	rencana = frappe.get_all(
		RENCANA,
		filters={"employee": employee},
		fields=["name", "tahun", "status", "predikat", "atasan_name", "disetujui_pada", "target_jp"],
		order_by="tahun desc",
	)
	for plan in rencana:
		plan.aksi = frappe.get_all(
			"Rencana Pengembangan Kompetensi Aksi",
			filters={"parenttype": RENCANA, "parent": plan.name},
			fields=["jenis", "kompetensi", "uraian", "target_jp", "training_event", "status", "jp_realisasi"],
			order_by="idx asc",
		)
	status = frappe.db.get_value("Employee", employee, "status_kepegawaian")
	return {
		"tahun": tahun,
		"rencana": rencana,
		"capaian": capaian_jp([jp_tahun(employee, tahun)], target_jp()),
		# A PNS has a yearly minimum; a PPPK a yearly cap (PP 49/2018 Pasal 40(1)).
		"hak_jp_minimal": berhak_jp_minimal(status),
		"jp_paling_lama": JP_PALING_LAMA_PPPK if status == "PPPK" else None,
		"pelatihan": pelatihan(employee),
		"penghargaan": frappe.get_all(
			"Penghargaan",
			filters={"employee": employee},
			fields=["jenis", "tahun", "tanggal", "nomor_keputusan", "dasar"],
			order_by="tanggal desc",
		),
	}


def pelatihan(employee: str) -> list[dict]:
	"""Training Events the employee is on (booked), with hours where a Training Result came back."""
	events = frappe.get_all(
		"Training Event Employee",
		filters={"parenttype": "Training Event", "employee": employee},
		fields=["parent", "status"],
	)
	if not events:
		return []
	details = {
		e.name: e
		for e in frappe.get_all(
			"Training Event",
			filters={"name": ("in", [e.parent for e in events]), "docstatus": ("<", 2)},
			fields=["name", "event_name", "start_time", "end_time", "location", "event_status"],
		)
	}
	hours = {
		row.training_event: row.hours
		for row in frappe.db.sql(
			"""select r.training_event, sum(e.hours) as hours
			from `tabTraining Result Employee` e join `tabTraining Result` r on r.name = e.parent
			where r.docstatus = 1 and e.employee = %s group by r.training_event""",
			employee,
			as_dict=True,
		)
	}
	rows = []
	for e in events:
		event = details.get(e.parent)
		if not event:
			continue
		rows.append(
			frappe._dict(
				event_name=event.event_name,
				start_time=event.start_time,
				location=event.location,
				selesai=event.name in hours,
				jam=hours.get(event.name),
			)
		)
	return sorted(rows, key=lambda row: row.start_time, reverse=True)
