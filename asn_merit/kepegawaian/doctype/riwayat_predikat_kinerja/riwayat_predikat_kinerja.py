from frappe.model.document import Document

from asn_merit.setup.indexes import add_indexes


class RiwayatPredikatKinerja(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		predikat: DF.Literal["Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"]
		sumber: DF.Data | None
		tahun: DF.Int
	# end: auto-generated types
	pass


def on_doctype_update():
	add_indexes("Riwayat Predikat Kinerja")
