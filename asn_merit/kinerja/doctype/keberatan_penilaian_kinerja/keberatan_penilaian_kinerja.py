"""An appraisee's objection to a final appraisal, decided for good by the atasan pejabat penilai."""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate, today

from asn_merit.inputs.settings import get_settings
from asn_merit.merit.keberatan_kinerja import cek_keberatan_kinerja, jendela_keberatan_kinerja
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
			[
				"employee",
				"docstatus",
				"batas_tanggapan",
				"atasan_pejabat_penilai",
				"diterima_pegawai_pada",
				"tanggal_final",
				"tanggal_diterima",
			],
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
		# Acknowledging the appraisal (diterima_pegawai_pada) does not waive the right to object
		# (PP 30/2019 Pasal 49 ayat (3)): only the window from receipt counts.
		self.tanggal_pengajuan = getdate(today())
		diterima = appraisal.tanggal_diterima and getdate(appraisal.tanggal_diterima)
		ditetapkan = appraisal.tanggal_final and getdate(appraisal.tanggal_final)
		hari = get_settings().hari_keberatan
		alasan = cek_keberatan_kinerja(
			diterima,
			self.tanggal_pengajuan,
			sudah_menerima=bool(appraisal.diterima_pegawai_pada),
			tanggal_penetapan=ditetapkan,
			hari_keberatan=hari,
		)
		if alasan:
			frappe.throw("<br>".join(alasan))
		self.batas_pengajuan = jendela_keberatan_kinerja(diterima, ditetapkan, hari).batas_pengajuan
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
