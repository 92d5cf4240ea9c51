"""Whether a person meets a jabatan's requirements on a date, with every reason.

The caller gathers the person's data and the jabatan's requirements; this module only decides.
"""

from dataclasses import dataclass, field
from datetime import date

from asn_merit.merit.dates import format_date, format_lama, full_years, lama, masa_periode
from asn_merit.merit.jabatan import jabatan_bawah, jabatan_struktural
from asn_merit.merit.pangkat import ALASAN_PPPK_TANPA_PANGKAT, get_golongan, is_golongan, is_golongan_pppk
from asn_merit.merit.pendidikan import urutan_pendidikan
from asn_merit.merit.predikat import BAIK, is_at_least


@dataclass(frozen=True)
class MasaJabatan:
	"""A post held: its level (merit.jabatan.tingkat_jabatan) and when.

	`sampai` is the last day held (the Employee history closes a row on the day before the next
	TMT); None = still held. `jenis` and `jenjang` (merit.jabatan.JENIS_JABATAN,
	JENJANG_FUNGSIONAL) are optional: without them a JF ahli utama cannot be told from a JPT
	pratama, both at level 5, and its years do not count toward JPT utama.
	"""

	tingkat: int
	dari: date
	sampai: date | None = None
	jenis: str | None = None
	jenjang: str | None = None


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
	# The post's kind, JF jenjang and eselon (merit.jabatan): which lower posts count toward
	# min_tahun_jabatan_bawah, and whether one rank below pangkat_minimal is allowed.
	jenis: str | None = None
	jenjang: str | None = None
	eselon: str | None = None


@dataclass(frozen=True)
class AturanKelayakan:
	"""The thresholds a regency may change (ASN Merit Settings); defaults from PP 11/2017.

	min_tahun_di_jabatan and max_tahun_di_jabatan are the rotation window of PP 11/2017
	Pasal 190 ayat (3): the minimum is for rotation only (merit.usulan_promosi.cek_jendela_rotasi)
	and never blocks a promotion; past the maximum `cek_kelayakan` adds a note.
	"""

	min_tahun_di_jabatan: int = 2
	max_tahun_di_jabatan: int = 5
	predikat_minimal: str = BAIK
	tahun_predikat: int = 2
	# PP 100/2000 Pasal 5 huruf b: a structural post may go to a PNS one rank below its lowest.
	pangkat_satu_tingkat_di_bawah: bool = True


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
	"""Whether `pegawai` meets the requirements of a post on `tanggal`, with every reason.

	Appointment requirements of PP 11/2017 Pasal 54 (JA) and 107 (JPT) and PP 100/2000 Pasal 5
	(eselon posts); the time in the current post is not one of them (see `_cek_masa_jabatan`).
	"""
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
	"""The post's rank range. A structural post may be given to a PNS one rank below its lowest
	rank (PP 100/2000 Pasal 5 huruf b, carried by Perka BKN 13/2002), whose rank is then raised
	one step (PP 99/2000 Pasal 12 as amended by PP 12/2002): noted, not blocking."""
	if not (syarat.pangkat_minimal or syarat.pangkat_maksimal):
		return
	if not pegawai.golongan:
		alasan.append("Golongan belum diisi.")
		return
	if is_golongan_pppk(pegawai.golongan):
		alasan.append(
			f"Jabatan ini mensyaratkan pangkat PNS; {ALASAN_PPPK_TANPA_PANGKAT} (UU 20/2023 Pasal 34)"
		)
		return
	if not is_golongan(pegawai.golongan):
		alasan.append(f"Golongan '{pegawai.golongan}' bukan golongan PNS (I/a sampai IV/e).")
		return
	golongan = get_golongan(pegawai.golongan)
	if syarat.pangkat_minimal and golongan.urutan < get_golongan(syarat.pangkat_minimal).urutan:
		minimal = get_golongan(syarat.pangkat_minimal)
		if (
			aturan.pangkat_satu_tingkat_di_bawah
			and golongan.urutan == minimal.urutan - 1
			and jabatan_struktural(syarat.jenis, syarat.eselon)
		):
			catatan.append(
				f"Pangkat {golongan.kode} satu tingkat di bawah batas minimal {minimal.kode}: dapat diangkat "
				"(PP 100/2000 Pasal 5 huruf b); pangkatnya dapat dinaikkan ke "
				f"{minimal.kode} setelah 1 tahun dalam pangkat dan 1 tahun dalam jabatan "
				"(PP 99/2000 Pasal 12 sebagaimana diubah PP 12/2002)."
			)
		else:
			alasan.append(f"Pangkat {golongan.kode} di bawah batas minimal {syarat.pangkat_minimal}.")
	if syarat.pangkat_maksimal and golongan.urutan > get_golongan(syarat.pangkat_maksimal).urutan:
		alasan.append(f"Pangkat {golongan.kode} di atas batas maksimal {syarat.pangkat_maksimal}.")


def _cek_pendidikan(pegawai, syarat, tanggal, aturan, alasan, catatan):
	"""Minimum education (PP 11/2017 Pasal 54, 107), by merit.pendidikan.urutan_pendidikan."""
	if not syarat.pendidikan_minimal:
		return
	if not pegawai.pendidikan:
		alasan.append("Pendidikan terakhir belum diisi.")
	elif urutan_pendidikan(pegawai.pendidikan) < urutan_pendidikan(syarat.pendidikan_minimal):
		alasan.append(f"Pendidikan {pegawai.pendidikan} di bawah syarat minimal {syarat.pendidikan_minimal}.")


def _cek_pengalaman(pegawai, syarat, tanggal, aturan, alasan, catatan):
	"""Cumulative experience, e.g. 5 years for JPT pratama (PP 11/2017 Pasal 107 huruf c angka 3),
	read as the service since TMT CPNS, in days."""
	if not syarat.min_tahun_pengalaman:
		return
	if not pegawai.mulai_bekerja:
		alasan.append("Tanggal mulai bekerja (TMT CPNS) belum diisi.")
		return
	tahun, hari = lama(pegawai.mulai_bekerja, tanggal)
	if tahun < syarat.min_tahun_pengalaman:
		alasan.append(
			f"Masa kerja {format_lama(tahun, hari)}, kurang dari syarat {syarat.min_tahun_pengalaman} tahun."
		)


def _cek_jabatan_bawah(pegawai, syarat, tanggal, aturan, alasan, catatan):
	"""Time at the levels below the post that its rule names, summed over every period held there
	(or higher), overlaps once, in days: pengawas counts pelaksana (PP 11/2017 Pasal 54 ayat (3)
	huruf d as amended by PP 17/2020), JPT counts "sedang atau pernah" (Pasal 107) and "pernah
	dan/atau masih" (PP 13/2002 Pasal 7A), JF ahli utama counts toward JPT utama (merit.jabatan)."""
	if not syarat.min_tahun_jabatan_bawah:
		return
	bawah = jabatan_bawah(syarat.tingkat, syarat.jenis)
	minimal = syarat.min_tahun_jabatan_bawah
	if not pegawai.riwayat_jabatan:
		alasan.append(
			f"Riwayat jabatan belum diisi; pengalaman pada {bawah.uraian} (minimal {minimal} tahun) "
			"belum dapat dihitung."
		)
		return
	tahun, hari = masa_periode(
		(
			(masa.dari, masa.sampai)
			for masa in pegawai.riwayat_jabatan
			if bawah.menghitung(masa.tingkat, masa.jenjang)
		),
		tanggal,
	)
	if tahun < minimal:
		alasan.append(
			f"Pengalaman pada {bawah.uraian} baru {format_lama(tahun, hari)}; minimal {minimal} tahun."
		)


def _cek_masa_jabatan(pegawai, syarat, tanggal, aturan, alasan, catatan):
	"""PP 11/2017 Pasal 190 ayat (3) bounds rotation (mutasi) to 2-5 years in a post. Its minimum
	is a rotation rule only and does not bear on promotion (merit.usulan_promosi.cek_jendela_rotasi
	applies it to a rotation); past the maximum, counted in days, the post is overdue: a note."""
	if not pegawai.tmt_jabatan:
		return
	tahun, hari = lama(pegawai.tmt_jabatan, tanggal)
	if (tahun, hari) > (aturan.max_tahun_di_jabatan, 0):
		catatan.append(
			f"Sudah {format_lama(tahun, hari)} di jabatan sekarang (TMT {format_date(pegawai.tmt_jabatan)}), "
			f"melewati batas {aturan.max_tahun_di_jabatan} tahun: perlu dirotasi."
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
