"""An ASN's potential and competency assessment result, with its date and source."""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import flt, getdate, today

MAX_LEVEL = 5


class HasilAsesmen(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from asn_merit.talenta.doctype.hasil_asesmen_kompetensi.hasil_asesmen_kompetensi import (
			HasilAsesmenKompetensi,
		)

		amended_from: DF.Link | None
		catatan: DF.SmallText | None
		employee: DF.Link
		employee_name: DF.Data | None
		kompetensi: DF.Table[HasilAsesmenKompetensi]
		lembaga: DF.Data | None
		skor_potensial: DF.Float
		sumber: DF.Literal["Assessment Center", "CACT BKN", "Uji Kompetensi", "Lainnya"]
		tanggal_asesmen: DF.Date

	# end: auto-generated types
	def validate(self):
		if not 0 <= flt(self.skor_potensial) <= 100:
			frappe.throw(_("Skor potensial harus antara 0 dan 100."))
		if getdate(self.tanggal_asesmen) > getdate(today()):
			frappe.throw(_("Tanggal asesmen tidak boleh di masa depan."))
		seen = set()
		for row in self.kompetensi:
			if not 1 <= (row.level or 0) <= MAX_LEVEL:
				frappe.throw(_("Baris {0}: level kompetensi harus 1 sampai {1}.").format(row.idx, MAX_LEVEL))
			key = (row.jenis_kompetensi, (row.kompetensi or "").strip().lower())
			if key in seen:
				frappe.throw(
					_("Baris {0}: kompetensi {1} tercantum dua kali.").format(row.idx, row.kompetensi)
				)
			seen.add(key)
