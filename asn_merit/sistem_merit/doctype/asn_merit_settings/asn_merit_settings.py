import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import flt

from asn_merit.inputs.settings import bobot_from
from asn_merit.merit.skor_merit import validasi_bobot
from asn_merit.merit.talenta import KOTAK_DEFAULT, validasi_batas_potensial


class ASNMeritSettings(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from asn_merit.sistem_merit.doctype.kotak_talenta.kotak_talenta import KotakTalenta

		batas_potensial_menengah: DF.Float
		batas_potensial_tinggi: DF.Float
		batas_usia_jpt_madya: DF.Int
		batas_usia_jpt_pratama: DF.Int
		batas_usia_jpt_utama: DF.Int
		bobot_atasan_perilaku: DF.Int
		bobot_kinerja: DF.Float
		bobot_kompetensi: DF.Float
		bobot_kualifikasi: DF.Float
		bobot_potensi: DF.Float
		bobot_rekam_jejak: DF.Float
		cuti_bersama_hari_kerja: DF.Check
		hari_keberatan: DF.Int
		izinkan_bulanan: DF.Check
		izinkan_semesteran: DF.Check
		jp_wajib_per_tahun: DF.Int
		kotak_talenta: DF.Table[KotakTalenta]
		masa_pilkada_mulai: DF.Date | None
		masa_pilkada_selesai: DF.Date | None
		max_tahun_di_jabatan: DF.Int
		min_penilai_360: DF.Int
		min_tahun_dalam_pangkat: DF.Int
		min_tahun_di_jabatan: DF.Int
		perlakuan_belum_diukur: DF.Literal["Bagi Ulang Bobot", "Tandai Tidak Lengkap"]
		poin_penghargaan: DF.Float
		predikat_minimal: DF.Literal["Sangat Baik", "Baik", "Butuh Perbaikan"]
		tahun_pelatihan: DF.Int
		tahun_predikat: DF.Int
		terima_pelamar_luar: DF.Check

	# end: auto-generated types
	def validate(self):
		for fieldname in (
			"min_tahun_di_jabatan",
			"max_tahun_di_jabatan",
			"tahun_predikat",
			"min_tahun_dalam_pangkat",
			"batas_usia_jpt_pratama",
			"batas_usia_jpt_madya",
			"batas_usia_jpt_utama",
		):
			if (self.get(fieldname) or 0) < 0:
				frappe.throw(_("{0} tidak boleh negatif.").format(self.meta.get_label(fieldname)))
		if self.min_tahun_di_jabatan > self.max_tahun_di_jabatan:
			frappe.throw(
				_("Minimal tahun di jabatan ({0}) tidak boleh lebih dari maksimalnya ({1}).").format(
					self.min_tahun_di_jabatan, self.max_tahun_di_jabatan
				)
			)
		self.validate_skor_merit()

	def on_update(self):
		self.sync_signup()

	def sync_signup(self) -> None:
		"""Outside candidates sign up with Frappe's own website signup (Website Settings
		`disable_signup`). It opens only when a regency takes outside applications, and closes
		again when it stops; unchanged otherwise, so a regency's own choice stays."""
		before = self.get_doc_before_save()
		if before is not None and bool(before.terima_pelamar_luar) == bool(self.terima_pelamar_luar):
			return
		if before is None and not self.terima_pelamar_luar:
			return
		frappe.db.set_single_value("Website Settings", "disable_signup", 0 if self.terima_pelamar_luar else 1)
		frappe.clear_cache()

	def validate_skor_merit(self) -> None:
		problems = validasi_bobot(bobot_from(self)) + validasi_batas_potensial(
			flt(self.batas_potensial_menengah), flt(self.batas_potensial_tinggi)
		)
		if (self.jp_wajib_per_tahun or 0) < 1 or (self.tahun_pelatihan or 0) < 1:
			problems.append(_("Jam pelajaran wajib dan tahun pelatihan paling sedikit 1."))
		if problems:
			frappe.throw("<br>".join(problems), title=_("Pengaturan skor merit tidak valid"))
		self.fill_kotak_talenta()

	def fill_kotak_talenta(self) -> None:
		"""Exactly one row per box, 1 to 9; a missing box gets the regulation's default text."""
		rows = {row.kotak: row for row in self.kotak_talenta if row.kotak in KOTAK_DEFAULT}
		self.set("kotak_talenta", [])
		for kotak in sorted(KOTAK_DEFAULT):
			label, rekomendasi = KOTAK_DEFAULT[kotak]
			row = rows.get(kotak)
			self.append(
				"kotak_talenta",
				{
					"kotak": kotak,
					"label": (row and row.label) or label,
					"rekomendasi": (row and row.rekomendasi) or rekomendasi,
				},
			)
