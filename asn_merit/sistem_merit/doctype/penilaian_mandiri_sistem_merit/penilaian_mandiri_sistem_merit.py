"""Penilaian Mandiri Sistem Merit: the yearly self-assessment of the eight merit aspects.

A new assessment is filled with suggestions from the app's own data (sistem_merit/penilaian_mandiri_evidence.py);
the BKPSDM officer keeps or changes each score and notes other evidence. Total, index and
category are computed by merit.indeks_merit.
"""

import frappe
from frappe import _
from frappe.model.document import Document

from asn_merit.merit.indeks_merit import ASPEK, cek_skor, hitung_indeks, skor_saran
from asn_merit.sistem_merit.penilaian_mandiri_evidence import evidence_for


class PenilaianMandiriSistemMerit(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from asn_merit.sistem_merit.doctype.penilaian_mandiri_sistem_merit_aspek.penilaian_mandiri_sistem_merit_aspek import (
			PenilaianMandiriSistemMeritAspek,
		)

		aspek: DF.Table[PenilaianMandiriSistemMeritAspek]
		catatan: DF.SmallText | None
		indeks: DF.Float
		kategori: DF.Data | None
		tahun: DF.Int
		tanggal_penilaian: DF.Date | None
		total: DF.Float

	# end: auto-generated types
	def validate(self):
		if not self.aspek:
			self.set_rows()
		self.check_rows()
		hasil = hitung_indeks([row.skor or 0 for row in self.aspek])
		self.total, self.indeks, self.kategori = hasil.total, hasil.indeks, hasil.kategori

	def set_rows(self):
		evidence = evidence_for(self.tahun)
		for aspek, maksimal in ASPEK:
			pemenuhan, bukti = evidence[aspek]
			saran = skor_saran(maksimal, pemenuhan)
			self.append(
				"aspek",
				{
					"aspek": aspek,
					"skor_maksimal": maksimal,
					"skor_saran": saran,
					"skor": saran or 0,
					"bukti": bukti,
				},
			)

	def check_rows(self):
		if [row.aspek for row in self.aspek] != [aspek for aspek, _maksimal in ASPEK]:
			frappe.throw(_("Aspek penilaian mandiri harus delapan aspek baku, dalam urutannya."))
		alasan = []
		for row, (aspek, maksimal) in zip(self.aspek, ASPEK, strict=True):
			row.skor_maksimal = maksimal
			alasan += cek_skor(aspek, row.skor or 0, maksimal)
		if alasan:
			frappe.throw("<br>".join(alasan), title=_("Skor tidak valid"))

	@frappe.whitelist()
	def perbarui_bukti(self):
		"""Refresh the suggestions and evidence from today's data; the scores stay as they are."""
		self.check_permission("write")
		evidence = evidence_for(self.tahun)
		for row, (aspek, maksimal) in zip(self.aspek, ASPEK, strict=True):
			pemenuhan, row.bukti = evidence[aspek]
			row.skor_saran = skor_saran(maksimal, pemenuhan)
		self.save()
