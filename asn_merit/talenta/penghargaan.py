"""Who qualifies for a Penghargaan on the site: the pure rule (merit.penghargaan) fed from Employee."""

from datetime import date

import frappe
from frappe.utils import cint, getdate

from asn_merit.inputs.kalender_karier import _tmt_cpns
from asn_merit.merit.eligibility import HukumanDisiplin
from asn_merit.merit.penghargaan import DataPenghargaan, UsulanPenghargaan, usulan_penghargaan
from asn_merit.talenta.pengembangan import predikat_per_tahun


def data_penghargaan(employee: str) -> DataPenghargaan:
	values = frappe.db.get_value(
		"Employee",
		employee,
		["nip", "status_kepegawaian", "date_of_joining", "kandidat_talent_pool"],
		as_dict=True,
	)
	hukuman = frappe.get_all(
		"Riwayat Hukuman Disiplin",
		filters={"parenttype": "Employee", "parent": employee},
		fields=["tingkat", "dari", "sampai"],
	)
	diterima = frappe.get_all(
		"Penghargaan", filters={"employee": employee}, fields=["jenis", "tahun"], order_by="tahun"
	)
	return DataPenghargaan(
		predikat_per_tahun=predikat_per_tahun(employee),
		kandidat_talent_pool=bool(values.kandidat_talent_pool),
		status_kepegawaian=values.status_kepegawaian,
		# TMT CPNS as the career calendar reads it: from the NIP, else the date of joining.
		tmt_cpns=getdate(tmt) if (tmt := _tmt_cpns(values)) else None,
		hukuman_disiplin=tuple(
			HukumanDisiplin(h.tingkat or "", getdate(h.dari), getdate(h.sampai) if h.sampai else None)
			for h in hukuman
			if h.dari
		),
		sudah_diterima=tuple((row.jenis, cint(row.tahun)) for row in diterima),
	)


def usulan_untuk(employee: str, tahun: int, pada: date | None = None) -> list[UsulanPenghargaan]:
	return usulan_penghargaan(data_penghargaan(employee), cint(tahun), pada or date(cint(tahun), 12, 31))
