"""Kelompok rencana suksesi: the yearly succession pool of a critical jabatan (PP 11/2017 Pasal 199).

Members come from talent boxes 7-9 of the stored Skor Merit and must be eligible for the jabatan;
submitting records who decided and when.
"""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate, now_datetime, today

from asn_merit.inputs.pegawai import EMPLOYEE_FIELDS, load_data_pegawai
from asn_merit.inputs.settings import get_aturan_kelayakan
from asn_merit.merit.eligibility import cek_kelayakan
from asn_merit.merit.talenta import masuk_kelompok_suksesi


class KelompokRencanaSuksesi(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from asn_merit.talenta.doctype.anggota_rencana_suksesi.anggota_rencana_suksesi import (
			AnggotaRencanaSuksesi,
		)

		amended_from: DF.Link | None
		anggota: DF.Table[AnggotaRencanaSuksesi]
		dasar_keputusan: DF.SmallText | None
		ditetapkan_oleh: DF.Link | None
		jabatan: DF.Link
		nama_jabatan: DF.Data | None
		tahun: DF.Int
		tanggal_penetapan: DF.Datetime | None

	# end: auto-generated types
	def validate(self):
		if not frappe.db.get_value("Jabatan", self.jabatan, "jabatan_kritis"):
			frappe.throw(_("Kelompok rencana suksesi hanya untuk jabatan yang ditandai kritis."))
		self.check_one_pool_per_year()
		self.check_members()

	def before_submit(self):
		if not self.anggota:
			frappe.throw(_("Tambahkan paling sedikit satu anggota sebelum menetapkan."))
		self.ditetapkan_oleh = frappe.session.user
		self.tanggal_penetapan = now_datetime()

	def check_one_pool_per_year(self) -> None:
		other = frappe.db.get_value(
			self.doctype,
			{"tahun": self.tahun, "jabatan": self.jabatan, "docstatus": ("<", 2), "name": ("!=", self.name)},
		)
		if other:
			frappe.throw(
				_("Jabatan ini sudah memiliki kelompok rencana suksesi tahun {0}: {1}.").format(
					self.tahun, other
				)
			)

	def check_members(self) -> None:
		names = [row.employee for row in self.anggota]
		if len(set(names)) != len(names):
			frappe.throw(_("Seorang pegawai hanya dapat tercantum satu kali."))
		scores = _scores(names)
		problems = _ineligibility(self.jabatan, names)
		for row in self.anggota:
			box, total = scores.get(row.employee, (0, 0))
			row.kotak_talenta, row.skor_merit = box, total
			if not masuk_kelompok_suksesi(box):
				frappe.throw(
					_(
						"Baris {0}: {1} berada di kotak talenta {2}; hanya kotak 7, 8 dan 9 yang dapat masuk."
					).format(row.idx, row.employee_name or row.employee, box or "-")
				)
			if problems.get(row.employee):
				frappe.throw(
					_("Baris {0}: {1} belum memenuhi persyaratan jabatan: {2}").format(
						row.idx, row.employee_name or row.employee, "; ".join(problems[row.employee])
					)
				)


@frappe.whitelist()
def get_calon_anggota(jabatan: str) -> list[dict]:
	"""Employees in boxes 7-9 who are eligible for the jabatan, best score first."""
	frappe.get_doc("Jabatan", jabatan).check_permission("read")
	frappe.has_permission("Kelompok Rencana Suksesi", "create", throw=True)
	rows = frappe.get_all(
		"Skor Merit",
		filters={"kotak_talenta": ("in", (7, 8, 9)), "jabatan": ("!=", jabatan)},
		fields=["employee", "employee_name", "kotak_talenta", "total"],
		order_by="total desc, employee asc",
	)
	problems = _ineligibility(jabatan, [row.employee for row in rows])
	return [
		{"employee": row.employee, "employee_name": row.employee_name, "kotak_talenta": row.kotak_talenta,
		 "skor_merit": row.total}
		for row in rows
		if not problems.get(row.employee)
	]  # fmt: skip


def _scores(names: list[str]) -> dict[str, tuple[int, float]]:
	if not names:
		return {}
	rows = frappe.get_all(
		"Skor Merit", filters={"employee": ("in", names)}, fields=["employee", "kotak_talenta", "total"]
	)
	return {row.employee: (row.kotak_talenta, row.total) for row in rows}


def _ineligibility(jabatan: str, names: list[str]) -> dict[str, list[str]]:
	if not names:
		return {}
	employees = frappe.get_all("Employee", filters={"name": ("in", names)}, fields=list(EMPLOYEE_FIELDS))
	syarat, aturan = frappe.get_doc("Jabatan", jabatan).get_persyaratan(), get_aturan_kelayakan()
	data = load_data_pegawai(employees)
	on_date = getdate(today())
	return {name: cek_kelayakan(pegawai, syarat, on_date, aturan).alasan for name, pegawai in data.items()}
