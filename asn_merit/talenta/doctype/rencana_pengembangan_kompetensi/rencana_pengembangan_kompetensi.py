"""An ASN's competency development plan for one year: actions from the predikat and the
competency gaps, trainings in HRMS, JP against the yearly target (talenta/pengembangan.py)."""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import cint, flt

from asn_merit.merit.pengembangan import DIBATALKAN, JP_PALING_LAMA_PPPK, melebihi_batas_pppk


class RencanaPengembanganKompetensi(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from asn_merit.talenta.doctype.rencana_pengembangan_kompetensi_aksi.rencana_pengembangan_kompetensi_aksi import (
			RencanaPengembanganKompetensiAksi,
		)

		aksi: DF.Table[RencanaPengembanganKompetensiAksi]
		atasan: DF.Link | None
		atasan_name: DF.Data | None
		catatan: DF.SmallText | None
		disetujui_oleh: DF.Link | None
		disetujui_pada: DF.Datetime | None
		employee: DF.Link
		employee_name: DF.Data | None
		jabatan: DF.Link | None
		jp_tahun_ini: DF.Float
		predikat: DF.Data | None
		status: DF.Literal["Draft", "Disetujui Atasan", "Selesai"]
		tahun: DF.Int
		target_jp: DF.Int
		unit_kerja: DF.Link | None

	# end: auto-generated types
	def onload(self):
		from asn_merit.talenta.pengembangan import user_of

		# The form's "Setujui Rencana" button: for the plan's atasan, while it is a draft.
		self.set_onload(
			"boleh_setujui",
			self.status == "Draft" and bool(self.atasan) and user_of(self.atasan) == frappe.session.user,
		)

	def validate(self):
		other = frappe.db.exists(
			self.doctype, {"employee": self.employee, "tahun": self.tahun, "name": ("!=", self.name)}
		)
		if other:
			frappe.throw(
				_("Pegawai {0} sudah memiliki rencana pengembangan tahun {1}: {2}.").format(
					self.employee_name or self.employee, self.tahun, other
				),
				frappe.DuplicateEntryError,
			)
		if self.atasan and self.atasan == self.employee:
			frappe.throw(_("Atasan tidak boleh pegawai itu sendiri."))
		if not cint(self.target_jp):
			from asn_merit.talenta.pengembangan import target_jp

			self.target_jp = target_jp()
		if self.is_new():
			from asn_merit.talenta.pengembangan import jp_tahun

			self.jp_tahun_ini = jp_tahun(self.employee, cint(self.tahun))
		self.warn_past_pppk_cap()

	def warn_past_pppk_cap(self):
		"""A PPPK's development is at most 24 JP a year (PP 49/2018 Pasal 40(1); ayat (2) excepts
		JPT utama and madya tertentu, which a regency does not fill with PPPK): a plan past it is
		saved, as the officer may still cut it, with a warning."""
		planned = max(
			cint(self.target_jp), sum(flt(aksi.target_jp) for aksi in self.aksi if aksi.status != DIBATALKAN)
		)
		status = frappe.db.get_value("Employee", self.employee, "status_kepegawaian")
		if melebihi_batas_pppk(status, planned):
			frappe.msgprint(
				_(
					"Rencana ini memuat {0} JP, sedangkan pengembangan kompetensi PPPK paling lama {1} JP"
					" per tahun (PP 49/2018 Pasal 40 ayat (1))."
				).format(planned, JP_PALING_LAMA_PPPK),
				title=_("Melebihi Batas JP PPPK"),
				indicator="orange",
			)
