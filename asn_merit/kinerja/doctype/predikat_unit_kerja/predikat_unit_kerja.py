import frappe
from frappe import _
from frappe.model.document import Document


class PredikatUnitKerja(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		dasar: DF.SmallText | None
		predikat_organisasi: DF.Literal["Istimewa", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang"]
		tahun: DF.Int
		unit_kerja: DF.Link

	# end: auto-generated types
	def validate(self):
		if not 2000 <= (self.tahun or 0) <= 2100:
			frappe.throw(_("Tahun {0} tidak valid.").format(self.tahun))
