from frappe.model.document import Document


class SkorMerit(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		belum_diukur: DF.Data | None
		dihitung_pada: DF.Datetime | None
		employee: DF.Link
		employee_name: DF.Data | None
		jabatan: DF.Link | None
		kategori_kinerja: DF.Data | None
		kategori_potensial: DF.Data | None
		kotak_talenta: DF.Int
		label_kotak: DF.Data | None
		nip: DF.Data | None
		rincian: DF.LongText | None
		skor_kinerja: DF.Float
		skor_kompetensi: DF.Float
		skor_kualifikasi: DF.Float
		skor_potensi: DF.Float
		skor_rekam_jejak: DF.Float
		skor_tidak_lengkap: DF.Check
		total: DF.Float
		unit_kerja: DF.Link | None
	# end: auto-generated types
	pass
