"""Readers of ASN Merit Settings: the one place the rest of the app gets the regency's rules from.

Each returns the rule as the pure code in asn_merit.merit takes it, with the regulation's
default for any field never saved.
"""

import frappe
from frappe.utils import cint, flt

from asn_merit.merit.eligibility import AturanKelayakan
from asn_merit.merit.skor_merit import AturanRekamJejak, BelumDiukur, BobotMerit
from asn_merit.merit.talenta import KOTAK_DEFAULT


def get_settings():
	"""The settings, with the regulation's default for any field never saved.

	A field added by an upgrade has no stored value on existing sites until someone saves the
	form; the rules must still see the default, not None.
	"""
	settings = frappe.get_cached_doc("ASN Merit Settings")
	for df in settings.meta.fields:
		if df.default and settings.get(df.fieldname) in (None, ""):
			settings.set(df.fieldname, _typed_default(df))
	return settings


def _typed_default(df):
	if df.fieldtype in ("Int", "Check"):
		return cint(df.default)
	if df.fieldtype == "Float":
		return flt(df.default)
	return df.default


def bobot_from(settings) -> BobotMerit:
	return BobotMerit(
		kinerja=flt(settings.bobot_kinerja),
		potensi=flt(settings.bobot_potensi),
		kompetensi=flt(settings.bobot_kompetensi),
		kualifikasi=flt(settings.bobot_kualifikasi),
		rekam_jejak=flt(settings.bobot_rekam_jejak),
	)


def get_bobot_merit() -> BobotMerit:
	return bobot_from(get_settings())


def get_perlakuan_belum_diukur() -> BelumDiukur:
	"""What an unmeasured component does to the total: the regency's choice, by default its
	weight goes to the measured components. Never the silent 0 the pure default keeps."""
	value = get_settings().perlakuan_belum_diukur
	return BelumDiukur.TANDAI if value == BelumDiukur.TANDAI else BelumDiukur.BAGI_ULANG


def get_batas_potensial() -> tuple[float, float]:
	settings = get_settings()
	return flt(settings.batas_potensial_menengah), flt(settings.batas_potensial_tinggi)


def get_aturan_rekam_jejak() -> AturanRekamJejak:
	settings = get_settings()
	return AturanRekamJejak(
		jp_wajib_per_tahun=settings.jp_wajib_per_tahun,
		tahun_predikat=settings.tahun_predikat,
		poin_per_penghargaan=flt(settings.poin_penghargaan),
	)


def get_kotak_talenta() -> dict[int, tuple[str, str]]:
	"""Each box's label and recommended action: the regency's text, else the regulation's."""
	boxes = dict(KOTAK_DEFAULT)
	for row in get_settings().kotak_talenta:
		if row.kotak in boxes:
			boxes[row.kotak] = (row.label, row.rekomendasi)
	return boxes


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
