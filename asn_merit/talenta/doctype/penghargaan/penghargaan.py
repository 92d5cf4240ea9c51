"""A reward granted to an ASN, with its basis and decision (who qualifies: merit.penghargaan)."""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate, today


class Penghargaan(Document):
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
