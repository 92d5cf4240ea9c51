"""A reward granted to an ASN, with its basis and decision (who qualifies: merit.penghargaan)."""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate, today


class Penghargaan(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		dasar: DF.SmallText
		employee: DF.Link
		employee_name: DF.Data | None
		jenis: DF.Literal[
			"Kinerja Sangat Baik Dua Tahun Berturut-turut",
			"Anggota Kelompok Talenta",
			"Satyalancana Karya Satya X Tahun",
			"Satyalancana Karya Satya XX Tahun",
			"Satyalancana Karya Satya XXX Tahun",
			"Lainnya",
		]
		nomor_keputusan: DF.Data
		tahun: DF.Int
		tanggal: DF.Date
		unit_kerja: DF.Link | None

	# end: auto-generated types
	def validate(self):
		if getdate(self.tanggal) > getdate(today()):
			frappe.throw(_("Tanggal keputusan tidak boleh di masa depan."))
		self.dasar = (self.dasar or "").strip()
		self.nomor_keputusan = (self.nomor_keputusan or "").strip()
		duplicate = frappe.db.exists(
			self.doctype,
			{"employee": self.employee, "jenis": self.jenis, "tahun": self.tahun, "name": ("!=", self.name)},
		)
		if duplicate and self.jenis != "Lainnya":
			frappe.throw(
				_("Penghargaan {0} tahun {1} untuk pegawai ini sudah tercatat: {2}.").format(
					self.jenis, self.tahun, duplicate
				),
				frappe.DuplicateEntryError,
			)
