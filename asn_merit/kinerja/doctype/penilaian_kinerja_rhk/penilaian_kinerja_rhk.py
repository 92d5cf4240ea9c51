from frappe.model.document import Document


class PenilaianKinerjaRHK(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		aspek: DF.Literal["Kuantitas", "Kualitas", "Waktu", "Biaya"]
		bukti_dukung: DF.Attach | None
		bukti_tautan: DF.Data | None
		indikator: DF.SmallText
		intervensi: DF.Link | None
		jenis_rhk: DF.Literal["Utama", "Tambahan"]
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		realisasi: DF.Data | None
		rhk: DF.SmallText
		rhk_atasan: DF.Data | None
		target: DF.Data
		umpan_balik: DF.SmallText | None
	# end: auto-generated types
	pass
