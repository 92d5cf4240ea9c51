"""Daily job: an answered complaint whose complainant stays silent closes itself, and so does an
incomplete one the complainant did not complete within 30 days (UU 25/2009 Pasal 44 ayat (5):
deemed withdrawn)."""

import frappe
from frappe import _
from frappe.utils import add_days, getdate, today

from asn_merit.inputs.pengaduan_settings import get_day_counts, get_holidays
from asn_merit.merit import pengaduan_flow as flow
from asn_merit.merit.working_days import working_days_between


def close_silent_complaints() -> list[str]:
	close_after = get_day_counts()["tutup_otomatis"]
	holidays = get_holidays()
	now = getdate(today())
	# N working days are at least N calendar days: let the database drop the recent ones.
	candidates = frappe.get_all(
		"Pengaduan Masyarakat",
		filters={"status": flow.DIJAWAB, "tanggal_dijawab": ("<=", add_days(now, -close_after))},
		fields=["name", "tanggal_dijawab"],
	)
	closed = []
	for row in candidates:
		silent = working_days_between(getdate(row.tanggal_dijawab), now, holidays)
		if flow.should_auto_close(flow.DIJAWAB, silent, close_after):
			_close(
				row.name,
				_("Ditutup otomatis: pelapor tidak menanggapi jawaban selama {0} hari kerja.").format(silent),
			)
			closed.append(row.name)
	return closed + close_incomplete_complaints(now)


def close_incomplete_complaints(now) -> list[str]:
	incomplete = frappe.get_all(
		"Pengaduan Masyarakat",
		filters={
			"status": flow.TIDAK_LENGKAP,
			"tanggal_dijawab": ("<", add_days(now, -flow.HARI_KELENGKAPAN)),
		},
		fields=["name", "tanggal_dijawab"],
	)
	closed = []
	for row in incomplete:
		if flow.should_close_incomplete(flow.TIDAK_LENGKAP, now, getdate(row.tanggal_dijawab)):
			_close(
				row.name,
				_(
					"Ditutup otomatis: berkas tidak dilengkapi dalam {0} hari sejak tanggapan; pengaduan dianggap dicabut (UU 25/2009 Pasal 44 ayat (5))."
				).format(flow.HARI_KELENGKAPAN),
			)
			closed.append(row.name)
	return closed


def _close(name: str, why: str) -> None:
	doc = frappe.get_doc("Pengaduan Masyarakat", name)
	doc.status = flow.SELESAI
	doc.ditutup_otomatis = 1
	doc.flags.by_system = True
	doc.save(ignore_permissions=True)
	doc.add_comment("Info", why)
