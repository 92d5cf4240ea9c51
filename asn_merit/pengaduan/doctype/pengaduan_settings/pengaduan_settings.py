"""Deadlines, attachment limit and the unit penghubung for Pengaduan Masyarakat."""

import frappe
from frappe import _
from frappe.model.document import Document

from asn_merit.constants import ROLE_PENGHUBUNG


class PengaduanSettings(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from asn_merit.pengaduan.doctype.penghubung_pengaduan_unit.penghubung_pengaduan_unit import (
			PenghubungPengaduanUnit,
		)

		hari_aspirasi: DF.Int
		hari_berkadar_pengawasan: DF.Int
		hari_pengaduan: DF.Int
		hari_permintaan_informasi: DF.Int
		hari_tutup_otomatis: DF.Int
		hari_verifikasi: DF.Int
		holiday_list: DF.Link | None
		penghubung: DF.Table[PenghubungPengaduanUnit]
		ukuran_lampiran_mb: DF.Int

	# end: auto-generated types
	def validate(self):
		for fieldname in (
			"hari_verifikasi",
			"hari_tutup_otomatis",
			"hari_permintaan_informasi",
			"hari_aspirasi",
			"hari_pengaduan",
			"hari_berkadar_pengawasan",
		):
			if (self.get(fieldname) or 0) < 1:
				frappe.throw(
					_("{0} harus paling sedikit 1 hari kerja.").format(_(self.meta.get_label(fieldname)))
				)
		if not 1 <= (self.ukuran_lampiran_mb or 0) <= 25:
			frappe.throw(_("Ukuran lampiran paling besar harus antara 1 dan 25 MB."))
		for row in self.penghubung:
			if ROLE_PENGHUBUNG not in frappe.get_roles(row.user):
				frappe.throw(
					_("Baris {0}: pengguna {1} belum memiliki peran {2}.").format(
						row.idx, row.user, _(ROLE_PENGHUBUNG)
					)
				)
