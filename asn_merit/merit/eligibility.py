"""Whether a person meets a jabatan's requirements on a date, with every reason.

The caller gathers the person's data and the jabatan's requirements; this module only decides.
"""

from dataclasses import dataclass, field
from datetime import date

from asn_merit.merit.dates import format_date, full_years
from asn_merit.merit.pangkat import get_golongan, is_golongan
from asn_merit.merit.pendidikan import tingkat_pendidikan
from asn_merit.merit.predikat import BAIK, is_at_least


@dataclass(frozen=True)
class MasaJabatan:
	"""A post held: its level (merit.jabatan.tingkat_jabatan) and when; sampai None = still held."""

	tingkat: int
	dari: date
	sampai: date | None = None


@dataclass(frozen=True)
class HukumanDisiplin:
	tingkat: str  # Ringan, Sedang, Berat
	dari: date
	sampai: date | None = None  # None: until further notice


@dataclass(frozen=True)
class DataPegawai:
	golongan: str | None = None
	pendidikan: str | None = None
	tanggal_lahir: date | None = None
	mulai_bekerja: date | None = None  # TMT CPNS, or date of joining
	tmt_jabatan: date | None = None  # in the current post
	riwayat_jabatan: tuple[MasaJabatan, ...] = ()  # including the current post
	predikat_per_tahun: tuple[tuple[int, str], ...] = ()  # (year, predikat)
	hukuman_disiplin: tuple[HukumanDisiplin, ...] = ()
	bukan_asn: str | None = None  # why outside the merit system (merit.status_asn); None: an ASN
	tmt_golongan: date | None = None  # in the current golongan


@dataclass(frozen=True)
class PersyaratanJabatan:
	tingkat: int
	pangkat_minimal: str | None = None
	pangkat_maksimal: str | None = None
	pendidikan_minimal: str | None = None
	min_tahun_pengalaman: int = 0
	min_tahun_jabatan_bawah: int = 0
	batas_usia: int | None = None


@dataclass(frozen=True)
class AturanKelayakan:
	"""The thresholds a regency may change (ASN Merit Settings); defaults from PP 11/2017."""

	min_tahun_di_jabatan: int = 2
	max_tahun_di_jabatan: int = 5
	predikat_minimal: str = BAIK
	tahun_predikat: int = 2


@dataclass(frozen=True)
class HasilKelayakan:
	layak: bool
	alasan: list[str]  # why not; empty when layak
	catatan: list[str] = field(default_factory=list)  # worth knowing, does not block


def cek_kelayakan(
	pegawai: DataPegawai,
	syarat: PersyaratanJabatan,
	tanggal: date,
	aturan: AturanKelayakan = AturanKelayakan(),
) -> HasilKelayakan:
	if pegawai.bukan_asn:
		return HasilKelayakan(layak=False, alasan=[pegawai.bukan_asn])
	alasan: list[str] = []
	catatan: list[str] = []
	for check in (
		_cek_pangkat,
		_cek_pendidikan,
		_cek_pengalaman,
		_cek_jabatan_bawah,
		_cek_masa_jabatan,
		_cek_predikat,
		_cek_usia,
		_cek_hukuman,
	):
		check(pegawai, syarat, tanggal, aturan, alasan, catatan)
	return HasilKelayakan(layak=not alasan, alasan=alasan, catatan=catatan)


def _cek_pangkat(pegawai, syarat, tanggal, aturan, alasan, catatan):
	if not (syarat.pangkat_minimal or syarat.pangkat_maksimal):
		return
	if not pegawai.golongan:
		alasan.append("Golongan belum diisi.")
		return
	if not is_golongan(pegawai.golongan):
		alasan.append(f"Golongan '{pegawai.golongan}' bukan golongan PNS (I/a sampai IV/e).")
		return
	golongan = get_golongan(pegawai.golongan)
	if syarat.pangkat_minimal and golongan.urutan < get_golongan(syarat.pangkat_minimal).urutan:
		alasan.append(f"Pangkat {golongan.kode} di bawah batas minimal {syarat.pangkat_minimal}.")
	if syarat.pangkat_maksimal and golongan.urutan > get_golongan(syarat.pangkat_maksimal).urutan:
		alasan.append(f"Pangkat {golongan.kode} di atas batas maksimal {syarat.pangkat_maksimal}.")


def _cek_pendidikan(pegawai, syarat, tanggal, aturan, alasan, catatan):
	if not syarat.pendidikan_minimal:
		return
	if not pegawai.pendidikan:
		alasan.append("Pendidikan terakhir belum diisi.")
	elif tingkat_pendidikan(pegawai.pendidikan) < tingkat_pendidikan(syarat.pendidikan_minimal):
		alasan.append(f"Pendidikan {pegawai.pendidikan} di bawah syarat minimal {syarat.pendidikan_minimal}.")


def _cek_pengalaman(pegawai, syarat, tanggal, aturan, alasan, catatan):
	if not syarat.min_tahun_pengalaman:
		return
	if not pegawai.mulai_bekerja:
		alasan.append("Tanggal mulai bekerja (TMT CPNS) belum diisi.")
		return
	masa = full_years(pegawai.mulai_bekerja, tanggal)
	if masa < syarat.min_tahun_pengalaman:
		alasan.append(
			f"Masa kerja {max(masa, 0)} tahun, kurang dari syarat {syarat.min_tahun_pengalaman} tahun."
		)


def _cek_jabatan_bawah(pegawai, syarat, tanggal, aturan, alasan, catatan):
	"""Years held, in all, in posts at least one level below the target."""
	if not syarat.min_tahun_jabatan_bawah:
		return
	days = sum(
		((masa.sampai or tanggal) - masa.dari).days
		for masa in pegawai.riwayat_jabatan
		if masa.tingkat >= syarat.tingkat - 1 and masa.dari <= tanggal
	)
	# Whole years of 365.25 days, so that leap days do not decide a boundary.
	tahun = int(days // 365.25)
	if tahun < syarat.min_tahun_jabatan_bawah:
		alasan.append(
			f"Pengalaman pada jabatan satu tingkat di bawah baru {tahun} tahun; "
			f"minimal {syarat.min_tahun_jabatan_bawah} tahun."
		)


def _cek_masa_jabatan(pegawai, syarat, tanggal, aturan, alasan, catatan):
	"""The rotation window of PP 11/2017 Pasal 190(3): 2 to 5 years in a post."""
	if not pegawai.tmt_jabatan:
		return
	masa = full_years(pegawai.tmt_jabatan, tanggal)
	if masa < aturan.min_tahun_di_jabatan:
		alasan.append(
			f"Baru {max(masa, 0)} tahun di jabatan sekarang (TMT {format_date(pegawai.tmt_jabatan)}); "
			f"minimal {aturan.min_tahun_di_jabatan} tahun."
		)
	elif masa > aturan.max_tahun_di_jabatan:
		catatan.append(
			f"Sudah {masa} tahun di jabatan sekarang, melewati batas {aturan.max_tahun_di_jabatan} tahun: "
			"perlu dirotasi."
		)


def _cek_predikat(pegawai, syarat, tanggal, aturan, alasan, catatan):
	if not pegawai.predikat_per_tahun:
		catatan.append("Belum ada data predikat kinerja; syarat predikat belum diperiksa.")
		return
	per_tahun = dict(pegawai.predikat_per_tahun)
	for tahun in range(tanggal.year - aturan.tahun_predikat, tanggal.year):
		predikat = per_tahun.get(tahun)
		if predikat is None:
			alasan.append(f"Predikat kinerja tahun {tahun} belum ada.")
		elif not is_at_least(predikat, aturan.predikat_minimal):
			alasan.append(f"Predikat kinerja tahun {tahun} {predikat}, di bawah {aturan.predikat_minimal}.")


def _cek_usia(pegawai, syarat, tanggal, aturan, alasan, catatan):
	if not syarat.batas_usia:
		return
	if not pegawai.tanggal_lahir:
		alasan.append("Tanggal lahir belum diisi.")
		return
	usia = full_years(pegawai.tanggal_lahir, tanggal)
	if usia > syarat.batas_usia:
		alasan.append(f"Usia {usia} tahun melewati batas {syarat.batas_usia} tahun.")


def _cek_hukuman(pegawai, syarat, tanggal, aturan, alasan, catatan):
	for hukuman in pegawai.hukuman_disiplin:
		if hukuman.dari <= tanggal and (hukuman.sampai is None or tanggal <= hukuman.sampai):
			sampai = format_date(hukuman.sampai) if hukuman.sampai else "waktu yang belum ditentukan"
			alasan.append(
				f"Sedang menjalani hukuman disiplin tingkat {hukuman.tingkat.lower()} sampai {sampai}."
			)
