from frappe.model.document import Document


class SeleksiTerbukaJabatan(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		alasan_pilihan: DF.SmallText | None
		dipilih_oleh: DF.Link | None
		dipilih_pada: DF.Datetime | None
		jabatan: DF.Link
		lamaran_terpilih: DF.Link | None
		nama_terpilih: DF.Data | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		peringkat_terpilih: DF.Int
		unit_kerja: DF.Link | None
	# end: auto-generated types
	pass
