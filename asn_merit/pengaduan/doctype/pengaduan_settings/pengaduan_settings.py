"""Deadlines, attachment limit, unit penghubung and the public form's guards for Pengaduan Masyarakat."""

import secrets

import frappe
from frappe import _
from frappe.model.document import Document

from asn_merit.constants import ROLE_PENGHUBUNG

# ALTCHA's maxnumber: the browser tries half of it on average (SHA-256 each).
MIN_DIFFICULTY, MAX_DIFFICULTY = 1_000, 10_000_000
LIMIT_FIELDS = (
	"jendela_batas_menit",
	"batas_pengaduan",
	"batas_unggahan",
	"batas_lacak",
	"batas_tanggapi",
	"batas_tantangan",
)


class PengaduanSettings(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from asn_merit.pengaduan.doctype.penghubung_pengaduan_unit.penghubung_pengaduan_unit import (
			PenghubungPengaduanUnit,
		)

		batas_lacak: DF.Int
		batas_pengaduan: DF.Int
		batas_tanggapi: DF.Int
		batas_tantangan: DF.Int
		batas_unggahan: DF.Int
		hari_aspirasi: DF.Int
		hari_berkadar_pengawasan: DF.Int
		hari_pengaduan: DF.Int
		hari_permintaan_informasi: DF.Int
		hari_tutup_otomatis: DF.Int
		hari_verifikasi: DF.Int
		holiday_list: DF.Link | None
		jendela_batas_menit: DF.Int
		kunci_tantangan: DF.Password | None
		masa_berlaku_tantangan_menit: DF.Int
		penghubung: DF.Table[PenghubungPengaduanUnit]
		tingkat_kesulitan_tantangan: DF.Int
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
		self.validate_public_form()
		for row in self.penghubung:
			if ROLE_PENGHUBUNG not in frappe.get_roles(row.user):
				frappe.throw(
					_("Baris {0}: pengguna {1} belum memiliki peran {2}.").format(
						row.idx, row.user, _(ROLE_PENGHUBUNG)
					)
				)

	def validate_public_form(self) -> None:
		if not MIN_DIFFICULTY <= (self.tingkat_kesulitan_tantangan or 0) <= MAX_DIFFICULTY:
			frappe.throw(
				_("Tingkat kesulitan tantangan harus antara {0} dan {1}.").format(
					f"{MIN_DIFFICULTY:,}".replace(",", "."), f"{MAX_DIFFICULTY:,}".replace(",", ".")
				)
			)
		if not 1 <= (self.masa_berlaku_tantangan_menit or 0) <= 24 * 60:
			frappe.throw(_("Masa berlaku tantangan harus antara 1 dan 1440 menit."))
		for fieldname in LIMIT_FIELDS:
			if (self.get(fieldname) or 0) < 1:
				frappe.throw(_("{0} harus paling sedikit 1.").format(_(self.meta.get_label(fieldname))))
		if not self.kunci_tantangan:
			self.kunci_tantangan = new_challenge_key()


def new_challenge_key() -> str:
	return secrets.token_urlsafe(48)
