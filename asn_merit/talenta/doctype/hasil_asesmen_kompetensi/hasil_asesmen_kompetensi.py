from frappe.model.document import Document

from asn_merit.setup.indexes import add_indexes


class HasilAsesmenKompetensi(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		jenis_kompetensi: DF.Literal["Manajerial", "Sosial Kultural", "Teknis"]
		kompetensi: DF.Data
		level: DF.Int
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
	# end: auto-generated types
	pass


def on_doctype_update():
	add_indexes("Hasil Asesmen Kompetensi")
