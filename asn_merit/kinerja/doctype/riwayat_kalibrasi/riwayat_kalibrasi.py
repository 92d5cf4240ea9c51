from frappe.model.document import Document


class RiwayatKalibrasi(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		alasan: DF.SmallText | None
		oleh: DF.Link | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		predikat_baru: DF.Data | None
		predikat_lama: DF.Data | None
		tanggal: DF.Datetime | None
	# end: auto-generated types
	pass
