"""The merit score: five weighted components, each explained line by line in Bahasa Indonesia.

Every component scores 0-100 from data the app holds; the total is their weighted sum. A
component with nothing to measure scores 0 and says so, because an unmeasured ASN must not
outrank a measured one.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from asn_merit.merit.pendidikan import tingkat_pendidikan
from asn_merit.merit.predikat import BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_BAIK, SANGAT_KURANG

POIN_PREDIKAT = {SANGAT_BAIK: 100, BAIK: 80, BUTUH_PERBAIKAN: 60, KURANG: 40, SANGAT_KURANG: 20}
KOMPONEN = (
	("kinerja", "Kinerja"),
	("potensi", "Potensi"),
	("kompetensi", "Kompetensi"),
	("kualifikasi", "Kualifikasi"),
	("rekam_jejak", "Rekam Jejak"),
)


@dataclass(frozen=True)
class BobotMerit:
	"""Weights in percent; they must sum to 100."""

	kinerja: float = 30
	potensi: float = 25
	kompetensi: float = 20
	kualifikasi: float = 10
	rekam_jejak: float = 15


@dataclass(frozen=True)
class AturanRekamJejak:
	jp_wajib_per_tahun: int = 20  # PP 17/2020: at least 20 JP of development a year
	poin_per_tahun_masa_kerja: float = 2
	maks_poin_masa_kerja: float = 40
	maks_poin_pelatihan: float = 40
	poin_bersih: float = 20  # no sanction and no substantiated complaint
	pengurang_hukuman: Mapping[str, float] = field(
		default_factory=lambda: MappingProxyType({"Ringan": 10, "Sedang": 20, "Berat": 40})
	)
	pengurang_per_pengaduan_terbukti: float = 10
	tahun_predikat: int = 2  # how many latest predikat count


@dataclass(frozen=True)
class KompetensiPegawai:
	nama: str
	level_standar: int
	level_pegawai: int | None


@dataclass(frozen=True)
class DataMerit:
	employee: str
	nip: str = ""
	predikat: tuple[tuple[int, str], ...] = ()  # (year, predikat), any order
	skor_potensial: float | None = None
	tanggal_asesmen: str | None = None
	sumber_asesmen: str | None = None
	kompetensi: tuple[KompetensiPegawai, ...] = ()  # the jabatan's standard, with the ASN's level
	pendidikan: str | None = None
	pendidikan_minimal: str | None = None
	masa_kerja_tahun: float = 0
	jam_pelatihan: tuple[tuple[int, float], ...] = ()  # (year, JP) for each year considered
	hukuman_disiplin: tuple[str, ...] = ()  # tingkat of each sanction that counts
	pengaduan_terbukti: int = 0


@dataclass(frozen=True)
class KomponenSkor:
	kode: str
	nama: str
	skor: float
	bobot: float
	nilai: float
	rincian: tuple[str, ...]


@dataclass(frozen=True)
class HasilSkorMerit:
	total: float
	komponen: tuple[KomponenSkor, ...]

	def skor(self, kode: str) -> float:
		return next(komponen.skor for komponen in self.komponen if komponen.kode == kode)

	def rincian_teks(self) -> str:
		lines = []
		for k in self.komponen:
			lines.append(f"{k.nama}: {angka(k.skor)} × {angka(k.bobot, 0)}% = {angka(k.nilai)}")
			lines.extend(f"  - {line}" for line in k.rincian)
		lines.append(f"Total skor merit: {angka(self.total)}")
		return "\n".join(lines)


def validasi_bobot(bobot: BobotMerit) -> list[str]:
	problems = [
		f"Bobot {nama.lower()} tidak boleh negatif." for kode, nama in KOMPONEN if getattr(bobot, kode) < 0
	]
	total = sum(getattr(bobot, kode) for kode, _nama in KOMPONEN)
	if round(total, 6) != 100:
		problems.append(f"Jumlah bobot harus 100, sekarang {angka(total)}.")
	return problems


def hitung_skor_merit(
	data: DataMerit, bobot: BobotMerit, aturan: AturanRekamJejak = AturanRekamJejak()
) -> HasilSkorMerit:
	if problems := validasi_bobot(bobot):
		raise ValueError(" ".join(problems))
	scorers = {
		"kinerja": lambda: skor_kinerja(data, aturan.tahun_predikat),
		"potensi": lambda: skor_potensi(data),
		"kompetensi": lambda: skor_kompetensi(data),
		"kualifikasi": lambda: skor_kualifikasi(data),
		"rekam_jejak": lambda: skor_rekam_jejak(data, aturan),
	}
	komponen = []
	for kode, nama in KOMPONEN:
		skor, rincian = scorers[kode]()
		weight = getattr(bobot, kode)
		komponen.append(
			KomponenSkor(kode, nama, round(skor, 2), weight, round(skor * weight / 100, 2), tuple(rincian))
		)
	return HasilSkorMerit(round(sum(k.nilai for k in komponen), 2), tuple(komponen))


def skor_kinerja(data: DataMerit, tahun_predikat: int) -> tuple[float, list[str]]:
	latest = sorted(data.predikat, reverse=True)[:tahun_predikat]
	if not latest:
		return 0, ["Belum ada predikat kinerja."]
	lines = [f"Predikat {tahun}: {predikat} ({POIN_PREDIKAT[predikat]})" for tahun, predikat in latest]
	skor = sum(POIN_PREDIKAT[predikat] for _tahun, predikat in latest) / len(latest)
	lines.append(f"Rata-rata {len(latest)} periode terakhir: {angka(skor)}")
	return skor, lines


def skor_potensi(data: DataMerit) -> tuple[float, list[str]]:
	if data.skor_potensial is None:
		return 0, ["Belum ada hasil asesmen potensial."]
	skor = min(max(data.skor_potensial, 0), 100)
	asal = ", ".join(part for part in (data.sumber_asesmen, data.tanggal_asesmen) if part)
	return skor, [f"Hasil asesmen potensial{f' ({asal})' if asal else ''}: {angka(skor)}"]


def skor_kompetensi(data: DataMerit) -> tuple[float, list[str]]:
	if not data.kompetensi:
		return 0, ["Jabatan belum memiliki standar kompetensi; komponen ini belum dapat diukur."]
	lines, total = [], 0.0
	for k in data.kompetensi:
		level = k.level_pegawai or 0
		total += min(level / k.level_standar, 1) if k.level_standar else 1
		gap = level - k.level_standar
		status = "memenuhi" if gap >= 0 else f"kurang {-gap} level"
		shown = k.level_pegawai if k.level_pegawai is not None else "belum diukur"
		lines.append(f"{k.nama}: level {shown} dari standar {k.level_standar} ({status})")
	skor = total / len(data.kompetensi) * 100
	lines.append(f"Pemenuhan standar kompetensi: {angka(skor)}%")
	return skor, lines


def skor_kualifikasi(data: DataMerit) -> tuple[float, list[str]]:
	if not data.pendidikan_minimal:
		return 100, ["Jabatan tidak mensyaratkan pendidikan minimal."]
	if not data.pendidikan:
		return 0, [f"Pendidikan terakhir belum tercatat; syarat {data.pendidikan_minimal}."]
	selisih = tingkat_pendidikan(data.pendidikan) - tingkat_pendidikan(data.pendidikan_minimal)
	text = f"Pendidikan {data.pendidikan}, syarat {data.pendidikan_minimal}"
	if selisih >= 0:
		return 100, [f"{text}: memenuhi (100)."]
	if selisih == -1:
		return 50, [f"{text}: satu jenjang di bawah syarat (50)."]
	return 0, [f"{text}: di bawah syarat (0)."]


def skor_rekam_jejak(data: DataMerit, aturan: AturanRekamJejak) -> tuple[float, list[str]]:
	masa_kerja = min(data.masa_kerja_tahun * aturan.poin_per_tahun_masa_kerja, aturan.maks_poin_masa_kerja)
	lines = [f"Masa kerja {angka(data.masa_kerja_tahun, 1)} tahun: {angka(masa_kerja)} poin"]
	pelatihan = _poin_pelatihan(data, aturan, lines)
	pengurang = sum(aturan.pengurang_hukuman.get(tingkat, 0) for tingkat in data.hukuman_disiplin)
	pengurang += data.pengaduan_terbukti * aturan.pengurang_per_pengaduan_terbukti
	bersih = aturan.poin_bersih if not (data.hukuman_disiplin or data.pengaduan_terbukti) else 0
	if bersih:
		lines.append(f"Tanpa hukuman disiplin dan pengaduan terbukti: {angka(bersih)} poin")
	for tingkat in data.hukuman_disiplin:
		lines.append(
			f"Hukuman disiplin {tingkat.lower()}: -{angka(aturan.pengurang_hukuman.get(tingkat, 0))} poin"
		)
	if data.pengaduan_terbukti:
		lines.append(
			f"Pengaduan masyarakat terbukti ({data.pengaduan_terbukti}): "
			f"-{angka(data.pengaduan_terbukti * aturan.pengurang_per_pengaduan_terbukti)} poin"
		)
	skor = min(max(masa_kerja + pelatihan + bersih - pengurang, 0), 100)
	lines.append(f"Jumlah rekam jejak: {angka(skor)}")
	return skor, lines


def _poin_pelatihan(data: DataMerit, aturan: AturanRekamJejak, lines: list[str]) -> float:
	if not data.jam_pelatihan:
		lines.append("Belum ada data pengembangan kompetensi: 0 poin")
		return 0
	wajib = aturan.jp_wajib_per_tahun
	ratios = [min(jp / wajib, 1) if wajib else 1 for _tahun, jp in data.jam_pelatihan]
	for tahun, jp in sorted(data.jam_pelatihan):
		lines.append(f"Pengembangan kompetensi {tahun}: {angka(jp, 1)} dari {wajib} JP")
	poin = sum(ratios) / len(ratios) * aturan.maks_poin_pelatihan
	lines.append(f"Poin pengembangan kompetensi: {angka(poin)}")
	return poin


# Python's "1,234.50" to Indonesian "1.234,50" in one pass: a recompute formats ~240,000 numbers.
_TO_INDONESIAN = str.maketrans(",.", ".,")


def angka(value: float, digits: int = 2) -> str:
	"""Indonesian number format: comma for decimals, period for thousands."""
	return f"{value:,.{digits}f}".translate(_TO_INDONESIAN)
