from frappe.model.document import Document

from asn_merit.setup.indexes import add_indexes


class RiwayatJabatan(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		dari: DF.Date
		jabatan: DF.Link
		nomor_sk: DF.Data | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		sampai: DF.Date | None
		tanggal_sk: DF.Date | None
	# end: auto-generated types
	pass


def on_doctype_update():
	add_indexes("Riwayat Jabatan")
