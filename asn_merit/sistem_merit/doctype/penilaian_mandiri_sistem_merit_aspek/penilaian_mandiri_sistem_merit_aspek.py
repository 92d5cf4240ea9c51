from frappe.model.document import Document


class PenilaianMandiriSistemMeritAspek(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		aspek: DF.Data | None
		bukti: DF.SmallText | None
		catatan: DF.SmallText | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		skor: DF.Float
		skor_maksimal: DF.Float
		skor_saran: DF.Float
	# end: auto-generated types
	pass
