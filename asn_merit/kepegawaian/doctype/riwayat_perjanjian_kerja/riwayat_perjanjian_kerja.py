from frappe.model.document import Document


class RiwayatPerjanjianKerja(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		akhir: DF.Date | None
		mulai: DF.Date
		nomor_perjanjian: DF.Data | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		perjanjian_ke: DF.Int
		tanggal_perjanjian: DF.Date | None
	# end: auto-generated types
	pass
