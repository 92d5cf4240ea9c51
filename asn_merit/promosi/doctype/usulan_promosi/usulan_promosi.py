"""Usulan Promosi: a proposal from the head of a unit to the decree, moved by Frappe Workflow.

The Workflow fixture says who may take each step; this controller says what each step needs
(promosi.guards), and Ditetapkan (docstatus 1) makes the change through HRMS (promosi.effect).
"""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate

from asn_merit.inputs.holidays import company_holidays as get_holidays
from asn_merit.merit import usulan_promosi as rules
from asn_merit.promosi import guards
from asn_merit.promosi.effect import make_employee_promotion

DIAJUKAN, DISETUJUI, DITETAPKAN = "Diajukan", "Disetujui PPK", "Ditetapkan"
DIKEMBALIKAN, DITOLAK = "Dikembalikan", "Ditolak"
DIVERIFIKASI, DIPERTIMBANGKAN = "Diverifikasi BKPSDM", "Dipertimbangkan Tim Penilai Kinerja"
REVIEWED = (DIVERIFIKASI, DIPERTIMBANGKAN)
# Who decided what, and on which basis, stays as it was once the PPK has approved.
FROZEN_AFTER_APPROVAL = (
	"employee",
	"jenis",
	"jabatan_tujuan",
	"golongan_tujuan",
	"alasan_penyimpangan",
	"rekomendasi_tim_penilai",
)


class UsulanPromosi(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		alasan_keberatan: DF.SmallText | None
		alasan_penolakan: DF.SmallText | None
		alasan_penyimpangan: DF.SmallText | None
		amended_from: DF.Link | None
		batas_keberatan: DF.Date | None
		batas_keputusan_keberatan: DF.Date | None
		catatan_pengembalian: DF.SmallText | None
		dasar: DF.Literal[
			"",
			"Peringkat Merit",
			"Kelompok Rencana Suksesi",
			"Hasil Seleksi Terbuka",
			"Kenaikan Pangkat Periodik",
		]
		employee: DF.Link
		employee_name: DF.Data | None
		employee_promotion: DF.Link | None
		golongan_sekarang: DF.Link | None
		golongan_tujuan: DF.Link | None
		hasil_kelayakan: DF.SmallText | None
		jabatan_sekarang: DF.Link | None
		jabatan_tujuan: DF.Link | None
		jenis: DF.Literal["Promosi Jabatan", "Kenaikan Pangkat Reguler", "Kenaikan Pangkat Pilihan", "Rotasi"]
		kandidat_terbaik: DF.Link | None
		keputusan_keberatan: DF.Literal["", "Dikuatkan", "Diubah", "Dibatalkan"]
		nip: DF.Data | None
		nomor_sk: DF.Data | None
		peringkat_merit: DF.Int
		rekomendasi_tim_penilai: DF.SmallText | None
		periode_kenaikan_pangkat: DF.Date | None
		persetujuan_mendagri: DF.Attach | None
		tanggal_keberatan: DF.Date | None
		tanggal_keputusan_keberatan: DF.Date | None
		tanggal_sk: DF.Date | None
		tmt: DF.Date
		unit_kerja: DF.Link | None
		workflow_state: DF.Link | None

	# end: auto-generated types
	def validate(self):
		if self.jenis not in rules.JENIS:
			frappe.throw(_("Pilih jenis usulan: {0}.").format(", ".join(rules.JENIS)))
		if self.jenis in rules.MENGUBAH_JABATAN and self.jabatan_tujuan == self.jabatan_sekarang:
			frappe.throw(_("Jabatan tujuan sama dengan jabatan sekarang."))
		before = self.get_doc_before_save()
		self.keep_recommendation(before)
		if before and before.workflow_state == DISETUJUI:
			self.keep_decided_fields(before)
		if before and before.workflow_state != self.workflow_state:
			self.check_step(before.workflow_state)

	def keep_recommendation(self, before) -> None:
		"""The recommendation is the Tim Penilai Kinerja's: written while the proposal waits for
		them (the workflow lets only them edit it then), never changed by the steps after."""
		written = (self.rekomendasi_tim_penilai or "").strip()
		if written == ((before and before.rekomendasi_tim_penilai) or "").strip():
			return
		if not before or before.workflow_state != DIVERIFIKASI:
			frappe.throw(
				_(
					"Rekomendasi Tim Penilai Kinerja hanya dapat diisi saat usulan menunggu pertimbangan Tim Penilai Kinerja."
				)
			)

	def keep_decided_fields(self, before) -> None:
		for fieldname in FROZEN_AFTER_APPROVAL:
			if self.get(fieldname) != before.get(fieldname):
				frappe.throw(
					_("{0} tidak dapat diubah setelah disetujui PPK.").format(
						_(self.meta.get_label(fieldname))
					)
				)

	def check_step(self, previous: str) -> None:
		self.check_not_self()
		if self.workflow_state == DIAJUKAN:
			guards.check_syarat(self)
		elif self.workflow_state in REVIEWED:
			guards.set_ranking(self)  # so the next reviewer and the PPK see it before deciding
			if self.workflow_state == DIPERTIMBANGKAN:
				guards.require_text(
					self, "rekomendasi_tim_penilai", _("Tulis rekomendasi Tim Penilai Kinerja untuk PPK.")
				)
		elif self.workflow_state == DISETUJUI:
			guards.check_ranking(self)
		elif self.workflow_state == DIKEMBALIKAN:
			guards.require_text(
				self, "catatan_pengembalian", _("Tulis catatan untuk pengusul sebelum mengembalikan.")
			)
		elif self.workflow_state == DITOLAK:
			guards.require_text(self, "alasan_penolakan", _("Tulis alasan penolakan."))

	def check_not_self(self) -> None:
		"""Nobody moves their own promotion, whatever roles they hold."""
		user = frappe.session.user
		if user != "Administrator" and frappe.db.get_value("Employee", self.employee, "user_id") == user:
			frappe.throw(
				_("Anda tidak dapat memproses usulan promosi untuk diri sendiri."), frappe.PermissionError
			)

	def before_submit(self):
		if self.workflow_state != DITETAPKAN:
			frappe.throw(_("Usulan ditetapkan melalui alur persetujuan, bukan langsung."))
		guards.check_penetapan(self)
		self.batas_keberatan = rules.jendela_keberatan(
			getdate(self.tanggal_sk), get_holidays()
		).batas_pengajuan

	def on_submit(self):
		self.db_set("employee_promotion", make_employee_promotion(self))

	def before_update_after_submit(self):
		if not self.tanggal_keberatan:
			return
		if problems := rules.cek_pengajuan_keberatan(
			getdate(self.tanggal_keberatan), getdate(self.tanggal_sk), getdate(self.batas_keberatan)
		):
			frappe.throw(" ".join(problems))
		guards.require_text(self, "alasan_keberatan", _("Tulis alasan keberatan."))
		self.batas_keputusan_keberatan = rules.jendela_keberatan(
			getdate(self.tanggal_sk), get_holidays(), getdate(self.tanggal_keberatan)
		).batas_keputusan

	def before_cancel(self):
		if (
			self.employee_promotion
			and frappe.db.get_value("Employee Promotion", self.employee_promotion, "docstatus") == 1
		):
			frappe.throw(
				_("Promosi sudah berlaku melalui {0}; batalkan dokumen itu lebih dulu.").format(
					self.employee_promotion
				)
			)

	def on_cancel(self):
		if self.employee_promotion:
			frappe.delete_doc(
				"Employee Promotion", self.employee_promotion, ignore_permissions=True, force=True
			)
