"""An ASN's competency development plan for one year: actions from the predikat and the
competency gaps, trainings in HRMS, JP against the yearly target (talenta/pengembangan.py)."""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import cint


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
