"""Nilai Seleksi Terbuka: one panel member's score for one applicant in the stage now running.

The member is always the user who saves it. Scoring needs a declaration of no conflict of
interest for that applicant first; once the stage closes, the score is locked.
"""

import frappe
from frappe import _
from frappe.model.document import Document

from asn_merit.merit.seleksi_terbuka import cek_nilai
from asn_merit.seleksi.panel import NO_CONFLICT, RECUSED, declaration, is_member
from asn_merit.seleksi.stages import in_stage


class NilaiSeleksiTerbuka(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		anggota: DF.Link | None
		catatan: DF.SmallText | None
		jabatan: DF.Link | None
		lamaran: DF.Link
		nama_pelamar: DF.Data | None
		nilai: DF.Float
		seleksi_terbuka: DF.Link | None
		tahap: DF.Data | None
		terkunci: DF.Check

	# end: auto-generated types
	def before_insert(self):
		self.anggota = frappe.session.user
		seleksi = frappe.get_doc("Seleksi Terbuka", self.lamaran_doc().seleksi_terbuka)
		self.tahap = self.tahap or (seleksi.current_stage() and seleksi.current_stage().tahap)

	def validate(self):
		before = self.get_doc_before_save()
		if before and before.terkunci:
			frappe.throw(_("Tahap {0} sudah ditutup; nilainya terkunci.").format(before.tahap))
		if before and (before.anggota, before.lamaran, before.tahap) != (
			self.anggota,
			self.lamaran,
			self.tahap,
		):
			frappe.throw(_("Anggota, lamaran dan tahap sebuah nilai tidak dapat diubah."))
		if self.anggota != frappe.session.user:
			frappe.throw(_("Nilai hanya dapat diisi oleh anggota panitia yang menilai."))
		lamaran = self.lamaran_doc()
		seleksi = frappe.get_doc("Seleksi Terbuka", lamaran.seleksi_terbuka)
		if not is_member(seleksi.name, self.anggota):
			frappe.throw(_("Anda bukan anggota panitia seleksi {0}.").format(seleksi.judul))
		self.validate_stage(seleksi, lamaran)
		self.validate_declaration()
		alasan = cek_nilai(self.nilai or 0)
		if alasan:
			frappe.throw(alasan[0])
		self.validate_one_score()

	def lamaran_doc(self):
		return frappe.get_doc("Lamaran Seleksi Terbuka", self.lamaran)

	def validate_stage(self, seleksi, lamaran):
		current = seleksi.current_stage()
		if not current or self.tahap != current.tahap:
			frappe.throw(_("Penilaian hanya untuk tahap yang sedang berjalan."))
		if seleksi.applications_open() or seleksi.status == "Perencanaan":
			frappe.throw(_("Penilaian dimulai setelah pendaftaran ditutup."))
		if not in_stage(lamaran, seleksi):
			frappe.throw(_("{0} tidak mengikuti tahap {1}.").format(lamaran.nama_pelamar, self.tahap))

	def validate_declaration(self):
		pernyataan = declaration(self.lamaran, self.anggota)
		if pernyataan == RECUSED:
			frappe.throw(
				_("Anda telah menyatakan konflik kepentingan dengan pelamar ini; Anda tidak menilainya.")
			)
		if pernyataan != NO_CONFLICT:
			frappe.throw(
				_("Isi dahulu Pernyataan Konflik Kepentingan untuk pelamar ini sebelum memberi nilai.")
			)

	def validate_one_score(self):
		other = frappe.db.exists(
			"Nilai Seleksi Terbuka",
			{
				"lamaran": self.lamaran,
				"tahap": self.tahap,
				"anggota": self.anggota,
				"name": ("!=", self.name or ""),
			},
		)
		if other:
			frappe.throw(
				_("Anda sudah memberi nilai tahap ini untuk pelamar ini: {0}. Ubah nilai itu.").format(other)
			)

	def on_trash(self):
		if self.terkunci:
			frappe.throw(_("Tahap {0} sudah ditutup; nilainya terkunci.").format(self.tahap))
