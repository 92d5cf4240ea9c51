from frappe.model.document import Document


class PenilaianKinerjaPerilaku(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		ekspektasi_khusus: DF.SmallText | None
		jumlah_penilai_lain: DF.Int
		nilai_berakhlak: DF.Literal[
			"Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif", "Kolaboratif"
		]
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		rata_rata_lain: DF.Float
		rating_atasan: DF.Literal["", "Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi"]
		rating_gabungan: DF.Data | None
		umpan_balik: DF.SmallText | None
	# end: auto-generated types
	pass
