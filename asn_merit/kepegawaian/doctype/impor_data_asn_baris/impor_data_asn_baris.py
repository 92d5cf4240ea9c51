from frappe.model.document import Document


class ImporDataASNBaris(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		baris: DF.Int
		employee: DF.Link | None
		nama: DF.Data | None
		nip: DF.Data | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		pesan: DF.SmallText | None
		status: DF.Literal["Berhasil", "Gagal"]
	# end: auto-generated types
	pass
