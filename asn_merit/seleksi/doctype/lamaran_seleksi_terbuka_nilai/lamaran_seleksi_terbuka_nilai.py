from frappe.model.document import Document


class LamaranSeleksiTerbukaNilai(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		akumulasi: DF.Float
		lulus: DF.Check
		nilai: DF.Float
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		peringkat: DF.Int
		tahap: DF.Data | None
	# end: auto-generated types
	pass
