from frappe.model.document import Document


class AnggotaRencanaSuksesi(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		catatan: DF.SmallText | None
		employee: DF.Link
		employee_name: DF.Data | None
		kotak_talenta: DF.Int
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		skor_merit: DF.Float
	# end: auto-generated types
	pass
