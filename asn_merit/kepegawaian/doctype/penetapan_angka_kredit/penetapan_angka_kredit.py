"""One year's angka kredit of a JF holder: the predikat converted by the jenjang's coefficient,
added to the cumulative AK of the jenjang, and what that opens (PermenPANRB 1/2023). The
figures and the rule are in asn_merit.merit.angka_kredit; this controller only gathers them."""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import flt, getdate

from asn_merit.merit.angka_kredit import (
	AturanAngkaKredit,
	angka_kredit_tahunan,
	kenaikan_fungsional,
)
from asn_merit.merit.kenaikan_pangkat import jabatan_fungsional


class PenetapanAngkaKredit(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		ak_dasar: DF.Float
		ak_kumulatif: DF.Float
		ak_sebelumnya: DF.Float
		amended_from: DF.Link | None
		angka_kredit: DF.Float
		bulan: DF.Int
		employee: DF.Link
		employee_name: DF.Data | None
		golongan: DF.Link | None
		golongan_berikutnya: DF.Data | None
		jabatan: DF.Link | None
		jenjang: DF.Data | None
		jenjang_berikutnya: DF.Data | None
		kekurangan_jenjang: DF.Float
		kekurangan_pangkat: DF.Float
		keterangan: DF.SmallText | None
		koefisien: DF.Float
		layak_kenaikan_jenjang: DF.Check
		layak_kenaikan_pangkat: DF.Check
		nomor: DF.Data | None
		persentase: DF.Percent
		predikat: DF.Literal[
			"", "Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"
		]
		tahun: DF.Int
		tanggal_penetapan: DF.Date | None
		tmt_golongan: DF.Date | None

	# end: auto-generated types
	def validate(self):
		self.set_jenjang()
		self.predikat = self.predikat or self.predikat_on_record()
		self.validate_one_per_year()
		self.set_angka_kredit()
		self.set_hasil()

	def set_jenjang(self):
		jenis, jenjang = (
			frappe.db.get_value("Jabatan", self.jabatan, ["jenis_jabatan", "jenjang_fungsional"])
			if self.jabatan
			else (None, None)
		)
		if not jabatan_fungsional(jenis) or not jenjang:
			frappe.throw(
				_(
					"Penetapan angka kredit hanya untuk pemegang jabatan fungsional; jabatan {0} bukan jabatan fungsional."
				).format(self.jabatan or "-")
			)
		self.jenjang = jenjang

	def predikat_on_record(self) -> str | None:
		return frappe.db.get_value(
			"Riwayat Predikat Kinerja",
			{"parent": self.employee, "parenttype": "Employee", "tahun": self.tahun},
			"predikat",
		)

	def validate_one_per_year(self):
		other = frappe.db.get_value(
			"Penetapan Angka Kredit",
			{
				"employee": self.employee,
				"tahun": self.tahun,
				"docstatus": ("<", 2),
				"name": ("!=", self.name),
			},
		)
		if other:
			frappe.throw(
				_("Angka kredit tahun {0} pegawai ini sudah ditetapkan: {1}.").format(self.tahun, other)
			)

	def set_angka_kredit(self):
		if not 1 <= (self.bulan or 0) <= 12:
			frappe.throw(_("Jumlah bulan harus 1 sampai 12."))
		aturan = AturanAngkaKredit()
		try:
			self.angka_kredit = angka_kredit_tahunan(self.jenjang, self.predikat, self.bulan, aturan)
		except ValueError as error:
			frappe.throw(str(error))
		self.koefisien = aturan.koefisien[self.jenjang]
		self.persentase = 100 * aturan.persentase[self.predikat]
		self.ak_sebelumnya = self.previous_cumulative()
		self.ak_kumulatif = flt(self.ak_sebelumnya) + flt(self.ak_dasar) + flt(self.angka_kredit)

	def previous_cumulative(self) -> float:
		"""The last final PAK of an earlier year in the same jenjang: AK count within a jenjang."""
		previous = frappe.get_all(
			"Penetapan Angka Kredit",
			filters={
				"employee": self.employee,
				"jenjang": self.jenjang,
				"docstatus": 1,
				"tahun": ("<", self.tahun),
			},
			fields=["ak_kumulatif"],
			order_by="tahun desc",
			limit=1,
		)
		return flt(previous[0].ak_kumulatif) if previous else 0.0

	def set_hasil(self):
		try:
			hasil = kenaikan_fungsional(
				self.jenjang,
				self.golongan,
				self.ak_kumulatif,
				tmt_golongan=getdate(self.tmt_golongan) if self.tmt_golongan else None,
				tanggal=getdate(f"{self.tahun}-12-31"),
				predikat_terakhir=self.predikat,
			)
		except ValueError as error:
			frappe.throw(str(error))
		self.update(
			{
				"layak_kenaikan_pangkat": int(hasil.layak_pangkat),
				"golongan_berikutnya": hasil.golongan_berikutnya,
				"kekurangan_pangkat": hasil.kekurangan_pangkat or 0,
				"layak_kenaikan_jenjang": int(hasil.layak_jenjang),
				"jenjang_berikutnya": hasil.jenjang_berikutnya,
				"kekurangan_jenjang": hasil.kekurangan_jenjang or 0,
				"keterangan": "\n".join([*hasil.alasan, *hasil.catatan]),
			}
		)
