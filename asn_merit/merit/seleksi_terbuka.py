"""Rules of an open selection for a high-leadership post (Seleksi Terbuka JPT, PP 11/2017
Pasal 113-127): the panel, the announcement window, the stages and their weights, a stage's
score, the ranking published after every stage, the three names sent to the PPK and the PPK's
choice. Reasons come back in Bahasa Indonesia."""

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from statistics import fmean

from asn_merit.merit.dates import format_date

PANSEL_MINIMAL, PANSEL_MAKSIMAL = 5, 9  # Pasal 114(7): odd, 5 to 9 members
HARI_PENGUMUMAN_MINIMAL = 15  # Pasal 117: calendar days before the application deadline
JUMLAH_CALON_KE_PPK = 3  # Pasal 121(3): the three best per vacancy

# Pasal 120(5)-(7): the minimum stages. Their weights and pass marks are not in the statute
# (PermenPANRB 15/2019's annex could not be verified), so these are editable defaults.
TAHAP_MINIMAL = (
	("Administrasi dan Rekam Jejak", 15, 60),
	("Kompetensi", 40, 65),
	("Wawancara Akhir", 30, 65),
	("Kesehatan dan Psikologi", 15, 60),
)

ATURAN_SERI = (
	"Urutan: yang lulus tahap di atas yang tidak lulus; lalu nilai akumulasi tertinggi; bila sama, "
	"nilai tahap terakhir lebih tinggi, lalu tahap-tahap sebelumnya dari yang terakhir; lalu "
	"pelamar yang lebih dahulu mendaftar."
)


@dataclass(frozen=True)
class Tahap:
	nama: str
	bobot: float  # percent of the final result
	nilai_lulus: float  # 0-100; a stage score below it ends the applicant's selection


@dataclass(frozen=True)
class NilaiAnggota:
	anggota: str
	nilai: float


@dataclass(frozen=True)
class Pelamar:
	lamaran: str  # sortable in order of application (naming series)
	nama: str
	nilai_tahap: dict[str, float] = field(default_factory=dict)  # closed stage -> its score


@dataclass(frozen=True)
class HasilTahap:
	peringkat: int
	pelamar: Pelamar
	nilai: float | None  # this stage's score; None when no member's score counted
	akumulasi: float  # weighted over the stages closed so far
	lulus: bool


def cek_jumlah_pansel(jumlah: int) -> list[str]:
	if jumlah < PANSEL_MINIMAL or jumlah > PANSEL_MAKSIMAL or jumlah % 2 == 0:
		return [
			f"Panitia seleksi harus berjumlah ganjil, {PANSEL_MINIMAL} sampai {PANSEL_MAKSIMAL} "
			f"orang (PP 11/2017 Pasal 114); sekarang {jumlah} orang."
		]
	return []


def cek_jadwal_pengumuman(
	tanggal_pengumuman: date, batas_lamaran: date, minimal: int = HARI_PENGUMUMAN_MINIMAL
) -> list[str]:
	"""The announcement must be public at least `minimal` calendar days before the deadline."""
	selisih = (batas_lamaran - tanggal_pengumuman).days
	if selisih < minimal:
		return [
			f"Pengumuman tanggal {format_date(tanggal_pengumuman)} hanya {max(selisih, 0)} hari "
			f"sebelum batas lamaran {format_date(batas_lamaran)}; paling sedikit {minimal} hari "
			"kalender (PP 11/2017 Pasal 117)."
		]
	return []


def cek_tahap(tahap: Sequence[Tahap]) -> list[str]:
	alasan = [f"Tahap minimal belum ada: {nama}." for nama, *_ in TAHAP_MINIMAL if nama not in _nama(tahap)]
	if len(set(_nama(tahap))) != len(tahap):
		alasan.append("Nama tahap tidak boleh berulang.")
	for item in tahap:
		if item.bobot < 0 or not 0 <= item.nilai_lulus <= 100:
			alasan.append(f"Tahap {item.nama}: bobot tidak boleh negatif dan nilai lulus antara 0 dan 100.")
	total = sum(item.bobot for item in tahap)
	if round(total, 2) != 100:
		alasan.append(f"Jumlah bobot tahap harus 100; sekarang {total:g}.")
	return alasan


def cek_nilai(nilai: float) -> list[str]:
	return [] if 0 <= nilai <= 100 else [f"Nilai harus antara 0 dan 100; sekarang {nilai:g}."]


def nilai_tahap(nilai: Iterable[NilaiAnggota], mundur: Collection[str] = ()) -> float | None:
	"""The mean of the members' scores; a member who recused does not count."""
	dihitung = [item.nilai for item in nilai if item.anggota not in mundur]
	return round(fmean(dihitung), 2) if dihitung else None


def nilai_akumulasi(nilai_per_tahap: dict[str, float], tahap: Sequence[Tahap]) -> float:
	"""Weighted mean over the stages scored so far; after the last stage, the final result."""
	dinilai = [item for item in tahap if item.nama in nilai_per_tahap]
	bobot = sum(item.bobot for item in dinilai)
	if not bobot:
		return 0.0
	return round(sum(item.bobot * nilai_per_tahap[item.nama] for item in dinilai) / bobot, 2)


def peringkat_tahap(pelamar: Iterable[Pelamar], tahap: Sequence[Tahap], ditutup: str) -> list[HasilTahap]:
	"""The ranking published when stage `ditutup` closes, for the applicants who sat it."""
	urutan = _nama(tahap)
	sampai = urutan[: urutan.index(ditutup) + 1]
	nilai_lulus = next(item.nilai_lulus for item in tahap if item.nama == ditutup)
	hasil = []
	for item in pelamar:
		nilai = item.nilai_tahap.get(ditutup)
		sejauh = {nama: item.nilai_tahap[nama] for nama in sampai if nama in item.nilai_tahap}
		lulus = nilai is not None and nilai >= nilai_lulus
		hasil.append(HasilTahap(0, item, nilai, nilai_akumulasi(sejauh, tahap), lulus))
	hasil.sort(key=lambda row: _kunci(row, sampai))
	return [HasilTahap(i, row.pelamar, row.nilai, row.akumulasi, row.lulus) for i, row in enumerate(hasil, 1)]


def _kunci(row: HasilTahap, sampai: Sequence[str]):
	terbalik = tuple(-row.pelamar.nilai_tahap.get(nama, -1) for nama in reversed(sampai))
	return (not row.lulus, -row.akumulasi, *terbalik, row.pelamar.lamaran)


def tiga_terbaik(hasil_akhir: Sequence[HasilTahap]) -> list[HasilTahap]:
	"""The best three who passed the last stage, in rank order."""
	return [row for row in hasil_akhir if row.lulus][:JUMLAH_CALON_KE_PPK]


def cek_pilihan_ppk(peringkat: int | None, alasan: str | None) -> list[str]:
	"""The PPK picks one of the three; anyone but the first needs a written reason."""
	if not peringkat or peringkat > JUMLAH_CALON_KE_PPK:
		return [f"Pilihan harus salah satu dari {JUMLAH_CALON_KE_PPK} calon terbaik yang diusulkan panitia."]
	if peringkat > 1 and not (alasan or "").strip():
		return [
			f"Calon yang dipilih berperingkat {peringkat}, bukan peringkat 1: tuliskan alasan "
			"pemilihan; alasan itu tersimpan dan tampil di laporan audit."
		]
	return []


def _nama(tahap: Sequence[Tahap]) -> list[str]:
	return [item.nama for item in tahap]
