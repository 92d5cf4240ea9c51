from frappe.model.document import Document


class SeleksiTerbukaTahap(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		bobot: DF.Float
		ditutup_pada: DF.Datetime | None
		nilai_lulus: DF.Float
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		status: DF.Literal["Belum Ditutup", "Ditutup"]
		tahap: DF.Data
		tanggal: DF.Date | None
	# end: auto-generated types
	pass
