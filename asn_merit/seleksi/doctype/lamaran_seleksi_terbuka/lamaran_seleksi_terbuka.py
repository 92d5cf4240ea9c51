"""Lamaran Seleksi Terbuka: an ASN's application to one jabatan of an open selection.

The applicant fills in the application; the requirements are checked on the deadline's date and
shown with reasons; the panel may confirm or override that check with a reason on record.
Results per stage are written by the stage closing (asn_merit.seleksi.stages), never by hand.
"""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import cint, cstr, flt

from asn_merit.inputs.kelayakan import kelayakan_pegawai
from asn_merit.permissions import employees_of, is_privileged
from asn_merit.seleksi.pelamar_luar import (
	DECLARED_FIELDS,
	DOCUMENT_FIELDS,
	attach_documents,
	check_documents,
	kelayakan_pelamar_luar,
	validate_pelamar_luar,
)

DIAJUKAN, TIDAK_MEMENUHI_SYARAT, DALAM_SELEKSI = "Diajukan", "Tidak Memenuhi Syarat", "Dalam Seleksi"
MEMENUHI_SYARAT = "Memenuhi Syarat"
APPLICANT_FIELDS = ("seleksi_terbuka", "jabatan", "employee", "user", *DECLARED_FIELDS, *DOCUMENT_FIELDS)
DECISION_FIELDS = ("keputusan_administrasi", "alasan_keputusan")


class LamaranSeleksiTerbuka(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from asn_merit.seleksi.doctype.lamaran_seleksi_terbuka_nilai.lamaran_seleksi_terbuka_nilai import (
			LamaranSeleksiTerbukaNilai,
		)

		alasan_keputusan: DF.SmallText | None
		berkas_pendukung: DF.Attach | None
		employee: DF.Link | None
		golongan_pelamar_luar: DF.Literal[
			"",
			"I/a",
			"I/b",
			"I/c",
			"I/d",
			"II/a",
			"II/b",
			"II/c",
			"II/d",
			"III/a",
			"III/b",
			"III/c",
			"III/d",
			"IV/a",
			"IV/b",
			"IV/c",
			"IV/d",
			"IV/e",
		]
		hasil_kelayakan: DF.SmallText | None
		ijazah: DF.Attach | None
		instansi_asal: DF.Data | None
		jabatan: DF.Link
		jabatan_sekarang: DF.Data | None
		jenis_jabatan_sekarang: DF.Literal[
			"",
			"JPT Utama",
			"JPT Madya",
			"JPT Pratama",
			"Administrator",
			"Pengawas",
			"Fungsional",
			"Pelaksana",
		]
		jenjang_jabatan_sekarang: DF.Literal[
			"",
			"Ahli Pertama",
			"Ahli Muda",
			"Ahli Madya",
			"Ahli Utama",
			"Pemula",
			"Terampil",
			"Mahir",
			"Penyelia",
		]
		keputusan_administrasi: DF.Literal["", "Memenuhi Syarat", "Tidak Memenuhi Syarat"]
		memenuhi_syarat: DF.Check
		nama_pelamar: DF.Data | None
		nama_pelamar_luar: DF.Data | None
		nilai: DF.Table[LamaranSeleksiTerbukaNilai]
		nilai_akumulasi: DF.Float
		nip: DF.Data | None
		nip_pelamar_luar: DF.Data | None
		pelamar_luar: DF.Check
		pendidikan_pelamar_luar: DF.Literal[
			"",
			"SD",
			"SLTP",
			"SLTP Kejuruan",
			"SLTA",
			"D-I",
			"D-II",
			"D-III",
			"Sarjana Muda",
			"Akademi",
			"S1",
			"D-IV",
			"Ners",
			"S2",
			"Dokter",
			"Dokter Gigi",
			"Apoteker",
			"Sp-I",
			"S3",
			"Sp-II",
		]
		peringkat: DF.Int
		predikat_dua_tahun_lalu: DF.Literal[
			"", "Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"
		]
		predikat_tahun_lalu: DF.Literal[
			"", "Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"
		]
		rekomendasi_ppk: DF.Attach
		seleksi_terbuka: DF.Link
		sk_pangkat: DF.Attach | None
		status: DF.Literal[
			"Diajukan",
			"Tidak Memenuhi Syarat",
			"Dalam Seleksi",
			"Tidak Lulus",
			"Tidak Diusulkan",
			"Tiga Terbaik",
			"Terpilih",
		]
		tahap_terakhir: DF.Data | None
		tmt_golongan_pelamar_luar: DF.Date | None
		tmt_jabatan_sekarang: DF.Date | None
		unit_kerja: DF.Link | None
		user: DF.Link | None

	# end: auto-generated types
	def validate(self):
		self.seleksi = frappe.get_doc("Seleksi Terbuka", self.seleksi_terbuka)
		self.keep_stage_results()
		changed = self.changed(APPLICANT_FIELDS)
		if changed:
			self.validate_applicant_change()
		if self.pelamar_luar:
			validate_pelamar_luar(self)
		else:
			self.validate_employee_account()
		self.validate_jabatan()
		self.validate_one_application()
		if self.user:
			check_documents(self)
		if changed or self.is_new():
			self.check_requirements()
		if self.changed(DECISION_FIELDS):
			self.validate_decision()
		if not self.seleksi.closed_stages():
			self.status = DIAJUKAN if passed_administration(self) else TIDAK_MEMENUHI_SYARAT

	def keep_stage_results(self):
		"""Closing a stage and the PPK's choice write the results with db writes (asn_merit.seleksi);
		no save (the form, a REST PUT, frappe.client.set_value) may set or rewrite them."""
		before = self.get_doc_before_save()
		if before is None:
			self.update({"tahap_terakhir": None, "nilai_akumulasi": 0, "peringkat": 0, "nilai": []})
		elif _results(before, self.seleksi) != _results(self, self.seleksi):
			frappe.throw(
				_(
					"Hasil seleksi (status, nilai dan peringkat) ditetapkan saat tahap ditutup; tidak dapat diubah."
				)
			)

	def changed(self, fields) -> bool:
		before = self.get_doc_before_save()
		return before is None or any(before.get(field) != self.get(field) for field in fields)

	def validate_applicant_change(self):
		if not self.seleksi.applications_open():
			frappe.throw(_("Pendaftaran seleksi ini tidak dibuka atau sudah ditutup."))
		if is_privileged():
			return
		own = (
			self.user == frappe.session.user
			if self.pelamar_luar
			else self.employee in employees_of(frappe.session.user)
		)
		if not own:
			frappe.throw(
				_("Lamaran hanya dapat diajukan dan diubah oleh pelamar sendiri."), frappe.PermissionError
			)

	def validate_employee_account(self):
		"""An ASN's application names their Employee; the account, set when the ASN applies from
		the portal, is the Employee's own (their uploads are then checked as theirs)."""
		if not self.employee:
			frappe.throw(_("Pilih Pegawai pelamar."))
		if self.user and self.user != frappe.db.get_value("Employee", self.employee, "user_id"):
			frappe.throw(_("Akun pelamar bukan akun pegawai ini."), frappe.PermissionError)

	def validate_jabatan(self):
		if self.jabatan not in {row.jabatan for row in self.seleksi.jabatan}:
			frappe.throw(_("Jabatan {0} tidak termasuk dalam seleksi ini.").format(self.jabatan))

	def validate_one_application(self):
		"""One application per applicant per jabatan: an ASN by Employee, an outside applicant by
		account and by NIP (a second account does not make a second applicant)."""
		same = {
			"seleksi_terbuka": self.seleksi_terbuka,
			"jabatan": self.jabatan,
			"name": ("!=", self.name or ""),
		}
		if not self.pelamar_luar:
			duplicate = frappe.db.exists("Lamaran Seleksi Terbuka", {**same, "employee": self.employee})
		else:
			duplicate = frappe.db.exists(
				"Lamaran Seleksi Terbuka", {**same, "user": self.user}
			) or frappe.db.exists("Lamaran Seleksi Terbuka", {**same, "nip": self.nip_pelamar_luar})
		if duplicate:
			frappe.throw(_("Pelamar ini sudah melamar jabatan yang sama: {0}.").format(duplicate))

	def check_requirements(self):
		if self.pelamar_luar:
			hasil = kelayakan_pelamar_luar(self, self.seleksi.batas_lamaran)
		else:
			hasil = kelayakan_pegawai(self.employee, self.jabatan, self.seleksi.batas_lamaran)
		self.memenuhi_syarat = int(hasil.layak)
		self.hasil_kelayakan = "\n".join(hasil.alasan) if hasil.alasan else _("Memenuhi syarat jabatan.")

	def validate_decision(self):
		if self.seleksi.closed_stages():
			frappe.throw(
				_("Keputusan seleksi administrasi tidak dapat diubah setelah tahap pertama ditutup.")
			)
		automatic = MEMENUHI_SYARAT if self.memenuhi_syarat else TIDAK_MEMENUHI_SYARAT
		overrides = self.keputusan_administrasi and self.keputusan_administrasi != automatic
		if overrides and not (self.alasan_keputusan or "").strip():
			frappe.throw(
				_("Keputusan panitia berbeda dari pemeriksaan otomatis ({0}): tuliskan alasannya.").format(
					automatic
				)
			)

	def on_update(self):
		if self.user:
			attach_documents(self)

	def on_trash(self):
		if not frappe.get_doc("Seleksi Terbuka", self.seleksi_terbuka).applications_open():
			frappe.throw(_("Lamaran tidak dapat dihapus setelah pendaftaran ditutup."))


def _results(doc, seleksi) -> tuple:
	"""What closing stages wrote; the status too once one has closed (before, validate sets it)."""
	rows = [
		(cstr(r.tahap), flt(r.nilai), flt(r.akumulasi), cint(r.peringkat), cint(r.lulus)) for r in doc.nilai
	]
	status = doc.status if seleksi.closed_stages() else None
	return status, cstr(doc.tahap_terakhir), flt(doc.nilai_akumulasi), cint(doc.peringkat), rows


def passed_administration(lamaran) -> bool:
	"""The panel's decision when it made one, otherwise the automatic check."""
	if lamaran.keputusan_administrasi:
		return lamaran.keputusan_administrasi == MEMENUHI_SYARAT
	return bool(lamaran.memenuhi_syarat)
