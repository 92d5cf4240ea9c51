"""Pernyataan Konflik Kepentingan: a panel member's declaration about one applicant.

Declaring no conflict opens scoring that applicant; declaring one is a recusal, final, and
takes every score the member gave that applicant out of the count (PP 11/2017 Pasal 114).
"""

import frappe
from frappe import _
from frappe.model.document import Document

from asn_merit.seleksi.panel import RECUSED, is_member


class PernyataanKonflikKepentingan(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		anggota: DF.Link | None
		lamaran: DF.Link
		nama_pelamar: DF.Data | None
		pernyataan: DF.Literal["Tidak Ada Konflik Kepentingan", "Ada Konflik Kepentingan, Mengundurkan Diri"]
		seleksi_terbuka: DF.Link | None
		uraian: DF.SmallText | None

	# end: auto-generated types
	def before_insert(self):
		self.anggota = frappe.session.user

	def validate(self):
		before = self.get_doc_before_save()
		if before and before.pernyataan == RECUSED and self.pernyataan != RECUSED:
			frappe.throw(_("Pernyataan mengundurkan diri tidak dapat ditarik kembali."))
		if before and (before.anggota, before.lamaran) != (self.anggota, self.lamaran):
			frappe.throw(_("Anggota dan lamaran sebuah pernyataan tidak dapat diubah."))
		if self.anggota != frappe.session.user:
			frappe.throw(_("Pernyataan hanya dapat dibuat oleh anggota panitia sendiri."))
		seleksi = frappe.db.get_value("Lamaran Seleksi Terbuka", self.lamaran, "seleksi_terbuka")
		if not is_member(seleksi, self.anggota):
			frappe.throw(_("Anda bukan anggota panitia seleksi ini."))
		if self.pernyataan == RECUSED and not (self.uraian or "").strip():
			frappe.throw(_("Uraikan konflik kepentingan yang membuat Anda mengundurkan diri."))
		duplicate = frappe.db.exists(
			"Pernyataan Konflik Kepentingan",
			{"lamaran": self.lamaran, "anggota": self.anggota, "name": ("!=", self.name or "")},
		)
		if duplicate:
			frappe.throw(_("Anda sudah membuat pernyataan untuk pelamar ini: {0}.").format(duplicate))

	def on_trash(self):
		frappe.throw(_("Pernyataan konflik kepentingan tersimpan sebagai catatan dan tidak dapat dihapus."))
