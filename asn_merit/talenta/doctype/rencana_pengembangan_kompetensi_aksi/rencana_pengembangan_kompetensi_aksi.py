from frappe.model.document import Document


class RencanaPengembanganKompetensiAksi(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		dasar: DF.Data | None
		jenis: DF.Literal[
			"Pembinaan Kinerja",
			"Pelatihan",
			"Pengembangan Prioritas",
			"Catatan Kelompok Talenta",
			"Penutupan Kesenjangan Kompetensi",
		]
		jp_realisasi: DF.Float
		kompetensi: DF.Data | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		status: DF.Literal["Direncanakan", "Dinominasikan", "Selesai", "Dibatalkan"]
		target_jp: DF.Float
		training_event: DF.Link | None
		training_program: DF.Link | None
		training_result: DF.Link | None
		uraian: DF.SmallText | None
	# end: auto-generated types
	pass
