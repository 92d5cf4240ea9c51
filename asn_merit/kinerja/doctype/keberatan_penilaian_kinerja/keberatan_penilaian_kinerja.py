"""An appraisee's objection to a final appraisal, decided for good by the atasan pejabat penilai."""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate, today

from asn_merit.merit.dates import format_date
from asn_merit.merit.tenggat import masih_dalam_batas
from asn_merit.permissions import employees_of, is_privileged


class KeberatanPenilaianKinerja(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		alasan: DF.Text
		amended_from: DF.Link | None
		atasan_pejabat_penilai: DF.Link | None
		batas_pengajuan: DF.Date | None
		employee: DF.Link | None
		employee_name: DF.Data | None
		keputusan: DF.Literal["", "Ditolak", "Diterima"]
		penilaian_kinerja: DF.Link
		pertimbangan: DF.Text | None
		predikat_baru: DF.Literal[
			"", "Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"
		]
		predikat_semula: DF.Data | None
		tanggal_keputusan: DF.Date | None
		tanggal_pengajuan: DF.Date | None

	# end: auto-generated types
	def validate(self):
		appraisal = frappe.db.get_value(
			"Penilaian Kinerja",
			self.penilaian_kinerja,
			["employee", "docstatus", "batas_tanggapan", "atasan_pejabat_penilai", "diterima_pegawai_pada"],
			as_dict=True,
		)
		if appraisal.docstatus != 1:
			frappe.throw(_("Keberatan hanya dapat diajukan atas penilaian kinerja yang sudah final."))
		if self.is_new():
			self.validate_filing(appraisal)
		if self.keputusan and not self.is_decider():
			frappe.throw(
				_("Keputusan hanya dapat diambil oleh atasan pejabat penilai."), frappe.PermissionError
			)
		if self.keputusan != "Diterima":
			self.predikat_baru = None

	def validate_filing(self, appraisal):
		if not is_privileged() and appraisal.employee not in employees_of(frappe.session.user):
			frappe.throw(
				_("Keberatan hanya dapat diajukan oleh pegawai yang dinilai."), frappe.PermissionError
			)
		if appraisal.diterima_pegawai_pada:
			frappe.throw(_("Penilaian ini sudah diterima pegawai; keberatan tidak dapat diajukan."))
		self.tanggal_pengajuan = getdate(today())
		self.batas_pengajuan = appraisal.batas_tanggapan
		if not masih_dalam_batas(self.tanggal_pengajuan, getdate(appraisal.batas_tanggapan)):
			frappe.throw(
				_("Batas pengajuan keberatan ({0}) sudah lewat.").format(
					format_date(getdate(appraisal.batas_tanggapan))
				)
			)
		other = frappe.db.get_value(
			"Keberatan Penilaian Kinerja",
			{"penilaian_kinerja": self.penilaian_kinerja, "docstatus": ("<", 2), "name": ("!=", self.name)},
		)
		if other:
			frappe.throw(_("Keberatan atas penilaian ini sudah diajukan: {0}.").format(other))

	def is_decider(self) -> bool:
		return self.atasan_pejabat_penilai in employees_of(frappe.session.user)

	def before_submit(self):
		if not self.keputusan:
			frappe.throw(_("Isi keputusan sebelum memfinalkan keberatan."))
		if not self.is_decider():
			frappe.throw(
				_("Keputusan hanya dapat diambil oleh atasan pejabat penilai."), frappe.PermissionError
			)
		self.tanggal_keputusan = getdate(today())

	def on_submit(self):
		if self.keputusan != "Diterima":
			return
		frappe.db.set_value(
			"Penilaian Kinerja", self.penilaian_kinerja, "predikat_setelah_keberatan", self.predikat_baru
		)
		for row in frappe.get_all(
			"Riwayat Predikat Kinerja", filters={"sumber": self.penilaian_kinerja}, pluck="name"
		):
			frappe.db.set_value("Riwayat Predikat Kinerja", row, "predikat", self.predikat_baru)
