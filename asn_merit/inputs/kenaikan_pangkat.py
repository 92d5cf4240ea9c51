"""Regular rank promotion for employees on the site: one feed for the Employee form, the
promotion workflow and the batch of proposals, so the three cannot disagree."""

import frappe
from frappe.utils import getdate

from asn_merit.inputs.pegawai import EMPLOYEE_FIELDS, load_data_pegawai
from asn_merit.inputs.settings import get_aturan_kelayakan, get_settings
from asn_merit.merit.kenaikan_pangkat import HasilKenaikanPangkat, kenaikan_pangkat_reguler_pegawai


def kenaikan_pangkat_reguler(employees: list[dict], on_date) -> dict[str, HasilKenaikanPangkat]:
	"""Each Employee row's answer on `on_date`; the rows need EMPLOYEE_FIELDS."""
	aturan, min_tahun = get_aturan_kelayakan(), get_settings().min_tahun_dalam_pangkat
	on_date = getdate(on_date)
	rows = {row["name"]: row for row in employees}
	jenis = _jenis_jabatan({row.get("jabatan") for row in employees} - {None, ""})
	return {
		name: kenaikan_pangkat_reguler_pegawai(
			pegawai,
			on_date,
			aturan,
			min_tahun=min_tahun,
			jenis_jabatan=jenis.get(rows[name].get("jabatan")),
			status_kepegawaian=rows[name].get("status_kepegawaian"),
		)
		for name, pegawai in load_data_pegawai(employees).items()
	}


def _jenis_jabatan(names: set[str]) -> dict[str, str]:
	"""A JF holder rises by angka kredit, not by regular promotion: the kind of post matters."""
	if not names:
		return {}
	return dict(
		frappe.get_all(
			"Jabatan", filters={"name": ("in", list(names))}, fields=["name", "jenis_jabatan"], as_list=True
		)
	)


def kenaikan_pangkat_reguler_of(employee: str, on_date) -> HasilKenaikanPangkat:
	rows = frappe.get_all("Employee", filters={"name": employee}, fields=list(EMPLOYEE_FIELDS))
	return kenaikan_pangkat_reguler(rows, on_date)[employee]
