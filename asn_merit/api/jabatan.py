"""Who may hold a jabatan: the eligibility list behind the Jabatan form's button."""

import frappe
from frappe import _
from frappe.utils import getdate, today

from asn_merit.inputs.pegawai_snapshot import checked_pegawai, readable_pegawai
from asn_merit.inputs.settings import get_aturan_kelayakan
from asn_merit.merit.eligibility import cek_kelayakan


@frappe.whitelist()
def get_kelayakan_pegawai(jabatan: str, tanggal: str | None = None) -> list[dict]:
	"""Every active employee the user may see, except the jabatan's holders, with eligible
	yes/no and every reason. Eligible first, then by name."""
	doc = frappe.get_doc("Jabatan", jabatan)
	doc.check_permission("read")
	frappe.has_permission("Employee", "read", throw=True)
	on_date = _parse_tanggal(tanggal)

	syarat, aturan = doc.get_persyaratan(), get_aturan_kelayakan()
	readable, _data = readable_pegawai()
	employees = [employee for employee in readable if employee["jabatan"] != doc.name]
	checks = checked_pegawai(employees, syarat, on_date, aturan)
	result = []
	for employee in employees:
		hasil = checks[employee["name"]]
		result.append(
			{
				"employee": employee["name"],
				"employee_name": employee["employee_name"],
				"nip": employee["nip"],
				"golongan": employee["grade"],
				"jabatan": employee["jabatan"],
				"unit_kerja": employee["department"],
				"layak": hasil.layak,
				"alasan": hasil.alasan,
				"catatan": hasil.catatan,
			}
		)
	result.sort(key=lambda row: (not row["layak"], row["employee_name"] or ""))
	return result


def _parse_tanggal(tanggal: str | None):
	if not tanggal:
		return getdate(today())
	try:
		return getdate(tanggal)
	except Exception:
		frappe.throw(_("Tanggal {0} tidak valid; gunakan format TTTT-BB-HH.").format(frappe.bold(tanggal)))
