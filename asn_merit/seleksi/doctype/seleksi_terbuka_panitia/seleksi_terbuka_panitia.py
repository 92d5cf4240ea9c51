from frappe.model.document import Document


class SeleksiTerbukaPanitia(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		nama_anggota: DF.Data | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		peran: DF.Literal["Anggota", "Ketua"]
		unsur: DF.Literal[
			"",
			"Pejabat Pimpinan Tinggi Instansi",
			"Pejabat Pimpinan Tinggi Instansi Lain",
			"Akademisi/Pakar/Profesional",
		]
		user: DF.Link
	# end: auto-generated types
	pass
