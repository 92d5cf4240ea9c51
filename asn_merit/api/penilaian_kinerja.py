"""Opening an appraisal period for a whole unit or the whole regency in one action."""

import frappe
from frappe import _

from asn_merit.permissions import is_privileged

RUN_NOW_EMPLOYEES = 30  # more than this goes to a background job


@frappe.whitelist()
def buka_periode(tahun: int, periode: str = "Tahunan", unit_kerja: str | None = None) -> dict:
	"""Create a draft Penilaian Kinerja for every active jabatan holder of the unit (and its
	sub-units), or of the regency when no unit is given. Existing ones are left alone."""
	if not is_privileged():
		frappe.throw(_("Hanya petugas BKPSDM yang dapat membuka periode penilaian."), frappe.PermissionError)
	tahun = frappe.utils.cint(tahun)
	if periode not in frappe.get_meta("Penilaian Kinerja").get_field("periode").options.split("\n"):
		frappe.throw(_("Periode {0} tidak dikenal.").format(periode))
	employees = pemangku_jabatan(unit_kerja)
	if len(employees) > RUN_NOW_EMPLOYEES and not frappe.flags.in_test:
		frappe.enqueue(
			"asn_merit.api.penilaian_kinerja.create_penilaian",
			queue="long",
			employees=employees,
			tahun=tahun,
			periode=periode,
		)
		return {"antre": len(employees)}
	return create_penilaian(employees, tahun, periode)


def pemangku_jabatan(unit_kerja: str | None) -> list[str]:
	"""Active employees holding a jabatan, in the order of the Jabatan tree (superiors first)."""
	filters = {"status": "Active", "jabatan": ("is", "set")}
	if unit_kerja:
		lft, rgt = frappe.db.get_value("Department", unit_kerja, ["lft", "rgt"])
		units = frappe.get_all("Department", filters={"lft": (">=", lft), "rgt": ("<=", rgt)}, pluck="name")
		filters["department"] = ("in", units)
	holders = frappe.get_all("Employee", filters=filters, fields=["name", "jabatan"])
	order = {name: lft for name, lft in frappe.get_all("Jabatan", fields=["name", "lft"], as_list=True)}
	return [h.name for h in sorted(holders, key=lambda h: (order.get(h.jabatan, 0), h.name))]


def create_penilaian(employees: list[str], tahun: int, periode: str) -> dict:
	existing = set(
		frappe.get_all(
			"Penilaian Kinerja",
			filters={
				"employee": ("in", employees),
				"tahun": tahun,
				"periode": periode,
				"docstatus": ("<", 2),
			},
			pluck="employee",
		)
	)
	created = 0
	for index, employee in enumerate(employees, start=1):
		if employee not in existing:
			frappe.get_doc(
				{"doctype": "Penilaian Kinerja", "employee": employee, "tahun": tahun, "periode": periode}
			).insert()
			created += 1
		frappe.publish_progress(index * 100 / len(employees), title=_("Membuka periode penilaian"))
	return {"dibuat": created, "sudah_ada": len(existing)}
