from frappe.model.document import Document


class KotakTalenta(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		kotak: DF.Int
		label: DF.Data
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		rekomendasi: DF.SmallText
	# end: auto-generated types
	pass
