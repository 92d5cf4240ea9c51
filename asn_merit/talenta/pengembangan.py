"""Rencana Pengembangan Kompetensi on the site: drawing a plan from the predikat on record and the
competency gaps (the rules: merit.pengembangan), nominating into HRMS Training Events, closing an
action when HRMS's Training Result comes back, and the yearly bulk creation."""

import frappe
from frappe import _
from frappe.utils import cint, now_datetime

from asn_merit.inputs.merit import JP_PER_JAM, kesenjangan_kompetensi, training_jp
from asn_merit.inputs.settings import get_settings
from asn_merit.merit.pengembangan import (
	DIBATALKAN,
	DINOMINASIKAN,
	SELESAI,
	aksi_dari_kesenjangan,
	aksi_dari_predikat,
	rencana_selesai,
)

RENCANA = "Rencana Pengembangan Kompetensi"
DISETUJUI = "Disetujui Atasan"
# Above this many ASN the bulk creation runs in the background (RQ), with progress.
BATAS_LANGSUNG = 20


def target_jp() -> int:
	"""PP 11/2017 Pasal 203(4): at least 20 JP a year (ASN Merit Settings, default 20)."""
	return cint(get_settings().jp_wajib_per_tahun)


def jp_tahun(employee: str, tahun: int) -> float:
	return training_jp([employee], (tahun,)).get((employee, tahun), 0.0)


def predikat_per_tahun(employee: str) -> dict[int, str]:
	rows = frappe.get_all(
		"Riwayat Predikat Kinerja",
		filters={"parenttype": "Employee", "parent": employee},
		fields=["tahun", "predikat"],
	)
	return {cint(row.tahun): row.predikat for row in rows if row.predikat}


def buat_rencana(employee: str, tahun: int):
	"""The employee's plan for `tahun`, created or, while still a draft, completed with the actions
	the predikat and the competency gaps call for that it does not hold yet."""
	tahun = cint(tahun)
	name = frappe.db.exists(RENCANA, {"employee": employee, "tahun": tahun})
	doc = frappe.get_doc(RENCANA, name) if name else frappe.new_doc(RENCANA)
	if name and doc.status != "Draft":
		return doc
	if not name:
		doc.update({"employee": employee, "tahun": tahun, "target_jp": target_jp()})
	isi_aksi(doc)
	doc.save()
	return doc


def isi_aksi(doc) -> None:
	from asn_merit.kinerja.doctype.penilaian_kinerja.penilaian_kinerja import superior_of

	jabatan = frappe.db.get_value("Employee", doc.employee, "jabatan")
	jenis_jabatan = jabatan and frappe.get_cached_value("Jabatan", jabatan, "jenis_jabatan")
	riwayat = predikat_per_tahun(doc.employee)
	doc.predikat = riwayat.get(cint(doc.tahun))
	doc.atasan = doc.atasan or superior_of(doc.employee)
	ada = {(row.jenis, row.kompetensi or "") for row in doc.aksi}
	for aksi in aksi_dari_predikat(riwayat, cint(doc.tahun), jenis_jabatan) + aksi_dari_kesenjangan(
		kesenjangan_kompetensi(doc.employee, jabatan)
	):
		if (aksi.jenis, aksi.kompetensi or "") in ada:
			continue
		doc.append(
			"aksi",
			{
				"jenis": aksi.jenis,
				"kompetensi": aksi.kompetensi,
				"uraian": aksi.uraian,
				"target_jp": aksi.target_jp,
				"dasar": aksi.dasar,
			},
		)


def user_of(employee: str | None) -> str | None:
	return employee and frappe.db.get_value("Employee", employee, "user_id")


def setujui(doc) -> None:
	"""The superior (pejabat penilai) agrees the plan: only the user of the plan's atasan."""
	if not doc.atasan or user_of(doc.atasan) != frappe.session.user:
		frappe.throw(
			_("Hanya atasan langsung (pejabat penilai) {0} yang dapat menyetujui rencana ini.").format(
				doc.atasan_name or doc.atasan or "-"
			),
			frappe.PermissionError,
		)
	if doc.status != "Draft":
		frappe.throw(_("Rencana ini sudah disetujui."))
	if not doc.aksi:
		frappe.throw(_("Rencana belum memiliki aksi pengembangan."))
	doc.status = DISETUJUI
	doc.disetujui_oleh = frappe.session.user
	doc.disetujui_pada = now_datetime()
	doc.flags.ignore_permissions = True  # the atasan reads the plan; agreeing is this one change
	doc.save()


def nominasikan(doc, aksi: str, training_event: str) -> None:
	"""Put the plan's employee on the Training Event's attendees (HRMS Training Event Employee) and
	link the action to it. Whoever may change the plan may nominate."""
	doc.check_permission("write")
	row = next((row for row in doc.aksi if row.name == aksi), None)
	if not row:
		frappe.throw(_("Aksi {0} tidak ada pada rencana ini.").format(aksi))
	if row.status in (SELESAI, DIBATALKAN):
		frappe.throw(_("Aksi yang sudah {0} tidak dapat dinominasikan.").format(row.status.lower()))
	event = frappe.get_doc("Training Event", training_event)
	if event.docstatus == 2 or event.event_status == "Cancelled":
		frappe.throw(_("Acara pelatihan {0} sudah dibatalkan.").format(training_event))
	if not any(e.employee == doc.employee for e in event.employees):
		event.append("employees", {"employee": doc.employee, "status": "Invited"})
		# HRMS gives Training Event to HR Manager only; the plan's write right was checked above.
		event.flags.ignore_permissions = True
		event.save()
	row.training_event = training_event
	row.training_program = event.training_program or row.training_program
	row.status = DINOMINASIKAN
	doc.save()


def on_training_result_submit(result, method=None) -> None:
	"""doc_event of HRMS Training Result: close each nominated action of the result's employees for
	that event, with the hours as JP, and refresh their JP of the year."""
	hours = {row.employee: row.hours or 0 for row in result.employees if row.employee}
	_close_actions(result.training_event, hours, result.name)


def on_training_result_cancel(result, method=None) -> None:
	"""A cancelled Training Result reopens what it closed."""
	for aksi in frappe.get_all(
		"Rencana Pengembangan Kompetensi Aksi",
		filters={"parenttype": RENCANA, "training_result": result.name},
		fields=["name", "parent"],
	):
		frappe.db.set_value(
			"Rencana Pengembangan Kompetensi Aksi",
			aksi.name,
			{"status": DINOMINASIKAN, "jp_realisasi": 0, "training_result": None},
		)
		plan = frappe.get_doc(RENCANA, aksi.parent)
		perbarui_jp(plan)
		if plan.status == "Selesai":
			plan.db_set("status", DISETUJUI)


def _close_actions(training_event: str, hours: dict[str, float], result: str) -> None:
	if not hours:
		return
	plans = frappe.get_all(
		RENCANA, filters={"employee": ("in", list(hours))}, fields=["name", "employee", "tahun"]
	)
	if not plans:
		return
	tahun_event = frappe.db.get_value("Training Event", training_event, "start_time").year
	for plan in plans:
		doc = frappe.get_doc(RENCANA, plan.name)
		closed = False
		for row in doc.aksi:
			if row.training_event == training_event and row.status != SELESAI:
				row.status = SELESAI
				row.jp_realisasi = round(hours[plan.employee] * JP_PER_JAM, 2)
				row.training_result = result
				closed = True
		if not closed and cint(doc.tahun) != tahun_event:
			continue  # neither an action of this plan nor its year's JP changes
		perbarui_jp(doc, save=False)
		if doc.status == DISETUJUI and rencana_selesai([(row.target_jp, row.status) for row in doc.aksi]):
			doc.status = "Selesai"
		doc.flags.ignore_permissions = True
		doc.save()


def perbarui_jp(doc, save: bool = True) -> None:
	doc.jp_tahun_ini = jp_tahun(doc.employee, cint(doc.tahun))
	if save:
		doc.db_set("jp_tahun_ini", doc.jp_tahun_ini)


def pegawai_dengan_predikat(tahun: int) -> list[str]:
	"""Active employees whose predikat of `tahun` is on record."""
	return frappe.get_all(
		"Employee",
		filters={"status": "Active", "name": ("in", _with_predikat(tahun))},
		pluck="name",
		order_by="name",
	)


def _with_predikat(tahun: int) -> list[str]:
	return frappe.get_all(
		"Riwayat Predikat Kinerja",
		filters={"parenttype": "Employee", "tahun": tahun},
		pluck="parent",
		distinct=True,
	) or [""]


def buat_rencana_massal(tahun: int) -> dict:
	"""A plan for every active employee whose predikat of `tahun` calls for an action; run by the
	list's button, in the background for many."""
	employees = pegawai_dengan_predikat(cint(tahun))
	dibuat, dilewati = 0, 0
	for index, employee in enumerate(employees, 1):
		riwayat = predikat_per_tahun(employee)
		if not aksi_dari_predikat(riwayat, cint(tahun)):
			dilewati += 1
			continue
		if not frappe.db.exists(RENCANA, {"employee": employee, "tahun": cint(tahun)}):
			buat_rencana(employee, tahun)
			dibuat += 1
		else:
			dilewati += 1
		if index % 20 == 0 or index == len(employees):
			frappe.publish_progress(
				index * 100 / len(employees), title=_("Membuat Rencana Pengembangan"), description=employee
			)
	return {"dibuat": dibuat, "dilewati": dilewati, "jumlah": len(employees)}
