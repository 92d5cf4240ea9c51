from frappe.model.document import Document


class PenilaianKinerjaPenilai(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		kategori: DF.Literal["Rekan Kerja", "Bawahan"]
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		penilai: DF.Link
		penilai_name: DF.Data | None
		sudah_mengisi: DF.Check
	# end: auto-generated types
	pass
