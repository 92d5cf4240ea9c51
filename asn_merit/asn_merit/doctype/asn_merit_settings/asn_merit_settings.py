import frappe
from frappe import _
from frappe.model.document import Document

from asn_merit.merit.eligibility import AturanKelayakan


class ASNMeritSettings(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		batas_usia_jpt_madya: DF.Int
		batas_usia_jpt_pratama: DF.Int
		batas_usia_jpt_utama: DF.Int
		bobot_atasan_perilaku: DF.Int
		hari_keberatan: DF.Int
		izinkan_bulanan: DF.Check
		izinkan_semesteran: DF.Check
		max_tahun_di_jabatan: DF.Int
		min_penilai_360: DF.Int
		min_tahun_dalam_pangkat: DF.Int
		min_tahun_di_jabatan: DF.Int
		predikat_minimal: DF.Literal["Sangat Baik", "Baik", "Butuh Perbaikan"]
		tahun_predikat: DF.Int

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


def get_settings() -> "ASNMeritSettings":
	"""The settings, with the regulation's default for any field never saved.

	A field added by an upgrade has no stored value on existing sites until someone saves the
	form; the rules must still see the default, not None.
	"""
	settings = frappe.get_cached_doc("ASN Merit Settings")
	for df in settings.meta.fields:
		if df.default and settings.get(df.fieldname) in (None, ""):
			settings.set(
				df.fieldname,
				frappe.utils.cint(df.default) if df.fieldtype in ("Int", "Check") else df.default,
			)
	return settings


def get_aturan_kelayakan() -> AturanKelayakan:
	settings = get_settings()
	return AturanKelayakan(
		min_tahun_di_jabatan=settings.min_tahun_di_jabatan,
		max_tahun_di_jabatan=settings.max_tahun_di_jabatan,
		predikat_minimal=settings.predikat_minimal,
		tahun_predikat=settings.tahun_predikat,
	)


def get_batas_usia(jenis_jabatan: str) -> int | None:
	fieldname = {
		"JPT Pratama": "batas_usia_jpt_pratama",
		"JPT Madya": "batas_usia_jpt_madya",
		"JPT Utama": "batas_usia_jpt_utama",
	}.get(jenis_jabatan)
	return get_settings().get(fieldname) if fieldname else None
