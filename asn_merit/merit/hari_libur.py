"""Indonesia's national holidays and cuti bersama as data, for working-day clocks.

Every year the Minister of Religious Affairs, the Minister of Manpower and the MenPANRB set the
national holidays (hari libur nasional) and the collective leave days (cuti bersama) in a joint
decree (SKB); for ASN the cuti bersama are then fixed by a Keputusan Presiden. The years below are
shipped as defaults, each with the decree it comes from (SUMBER). A regency adds a later year, or a
date the Minister of Religious Affairs moves (Idulfitri and Iduladha follow his own decision), in
its Holiday List without a code change: pass those rows as `tambahan` and they win over the shipped
entry of the same date.

Whether cuti bersama stop statutory clocks is not settled: for ASN a cuti bersama is a kind of leave
set by Keputusan Presiden (PP 11/2017 Pasal 310 huruf f and Pasal 333), not a public holiday, yet the
offices are closed. The default here treats them as non-working days (DOMAIN Corrections);
`cuti_bersama_hari_kerja=True` counts them as working days.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

LIBUR_NASIONAL = "Libur Nasional"
CUTI_BERSAMA = "Cuti Bersama"
JENIS = (LIBUR_NASIONAL, CUTI_BERSAMA)
# A cuti bersama entry's name starts with this, so a Holiday List description keeps its kind.
AWALAN_CUTI_BERSAMA = "Cuti Bersama"


@dataclass(frozen=True)
class HariLibur:
	tanggal: date
	nama: str
	jenis: str  # LIBUR_NASIONAL or CUTI_BERSAMA


@dataclass(frozen=True)
class SumberKalender:
	"""The decree a shipped year comes from."""

	tahun: int
	dasar: str
	ditetapkan: date
	catatan: str


SUMBER = {
	2026: SumberKalender(
		tahun=2026,
		dasar=(
			"Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri Pendayagunaan Aparatur "
			"Negara dan Reformasi Birokrasi Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025 "
			"tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026"
		),
		ditetapkan=date(2025, 9, 19),
		catatan=(
			"17 hari libur nasional dan 8 hari cuti bersama. Cuti bersama ASN 2026 ditetapkan dengan "
			"Keputusan Presiden Nomor 42 Tahun 2025 (31 Desember 2025) pada tanggal yang sama."
		),
	),
	2027: SumberKalender(
		tahun=2027,
		dasar=(
			"Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri Pendayagunaan Aparatur "
			"Negara dan Reformasi Birokrasi Nomor 1205 Tahun 2026, Nomor 3 Tahun 2026, Nomor 2 Tahun 2026 "
			"tentang Hari Libur Nasional dan Cuti Bersama Tahun 2027"
		),
		ditetapkan=date(2026, 9, 15),
		catatan=(
			"18 hari libur nasional (Isra Mikraj jatuh dua kali: 1448 H dan 1449 H) dan 8 hari cuti "
			"bersama. Keputusan Presiden tentang cuti bersama ASN 2027 belum tercatat di sini; "
			"periksa tanggalnya bila terbit."
		),
	),
}

_LN, _CB = LIBUR_NASIONAL, CUTI_BERSAMA

_DATA: dict[int, tuple[HariLibur, ...]] = {
	2026: (
		HariLibur(date(2026, 1, 1), "Tahun Baru 2026 Masehi", _LN),
		HariLibur(date(2026, 1, 16), "Isra Mikraj Nabi Muhammad SAW", _LN),
		HariLibur(date(2026, 2, 16), "Cuti Bersama Tahun Baru Imlek 2577 Kongzili", _CB),
		HariLibur(date(2026, 2, 17), "Tahun Baru Imlek 2577 Kongzili", _LN),
		HariLibur(date(2026, 3, 18), "Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1948)", _CB),
		HariLibur(date(2026, 3, 19), "Hari Suci Nyepi (Tahun Baru Saka 1948)", _LN),
		HariLibur(date(2026, 3, 20), "Cuti Bersama Idulfitri 1447 H", _CB),
		HariLibur(date(2026, 3, 21), "Idulfitri 1447 H", _LN),
		HariLibur(date(2026, 3, 22), "Idulfitri 1447 H", _LN),
		HariLibur(date(2026, 3, 23), "Cuti Bersama Idulfitri 1447 H", _CB),
		HariLibur(date(2026, 3, 24), "Cuti Bersama Idulfitri 1447 H", _CB),
		HariLibur(date(2026, 4, 3), "Wafat Yesus Kristus", _LN),
		HariLibur(date(2026, 4, 5), "Kebangkitan Yesus Kristus (Paskah)", _LN),
		HariLibur(date(2026, 5, 1), "Hari Buruh Internasional", _LN),
		HariLibur(date(2026, 5, 14), "Kenaikan Yesus Kristus", _LN),
		HariLibur(date(2026, 5, 15), "Cuti Bersama Kenaikan Yesus Kristus", _CB),
		HariLibur(date(2026, 5, 27), "Iduladha 1447 H", _LN),
		HariLibur(date(2026, 5, 28), "Cuti Bersama Iduladha 1447 H", _CB),
		HariLibur(date(2026, 5, 31), "Hari Raya Waisak 2570 BE", _LN),
		HariLibur(date(2026, 6, 1), "Hari Lahir Pancasila", _LN),
		HariLibur(date(2026, 6, 16), "1 Muharam Tahun Baru Islam 1448 H", _LN),
		HariLibur(date(2026, 8, 17), "Proklamasi Kemerdekaan", _LN),
		HariLibur(date(2026, 8, 25), "Maulid Nabi Muhammad SAW", _LN),
		HariLibur(date(2026, 12, 24), "Cuti Bersama Kelahiran Yesus Kristus", _CB),
		HariLibur(date(2026, 12, 25), "Kelahiran Yesus Kristus", _LN),
	),
	2027: (
		HariLibur(date(2027, 1, 1), "Tahun Baru 2027 Masehi", _LN),
		HariLibur(date(2027, 1, 5), "Isra Mikraj Nabi Muhammad SAW (1448 H)", _LN),
		HariLibur(date(2027, 2, 5), "Cuti Bersama Tahun Baru Imlek 2578 Kongzili", _CB),
		HariLibur(date(2027, 2, 6), "Tahun Baru Imlek 2578 Kongzili", _LN),
		HariLibur(date(2027, 3, 8), "Hari Suci Nyepi (Tahun Baru Saka 1949)", _LN),
		HariLibur(date(2027, 3, 9), "Cuti Bersama Idulfitri 1448 H", _CB),
		HariLibur(date(2027, 3, 10), "Idulfitri 1448 H", _LN),
		HariLibur(date(2027, 3, 11), "Idulfitri 1448 H", _LN),
		HariLibur(date(2027, 3, 12), "Cuti Bersama Idulfitri 1448 H", _CB),
		HariLibur(date(2027, 3, 15), "Cuti Bersama Idulfitri 1448 H", _CB),
		HariLibur(date(2027, 3, 25), "Cuti Bersama Wafat Yesus Kristus", _CB),
		HariLibur(date(2027, 3, 26), "Wafat Yesus Kristus", _LN),
		HariLibur(date(2027, 3, 28), "Kebangkitan Yesus Kristus (Paskah)", _LN),
		HariLibur(date(2027, 5, 1), "Hari Buruh Internasional", _LN),
		HariLibur(date(2027, 5, 6), "Kenaikan Yesus Kristus", _LN),
		HariLibur(date(2027, 5, 17), "Iduladha 1448 H", _LN),
		HariLibur(date(2027, 5, 18), "Cuti Bersama Iduladha 1448 H", _CB),
		HariLibur(date(2027, 5, 19), "Cuti Bersama Hari Raya Waisak 2571 BE", _CB),
		HariLibur(date(2027, 5, 20), "Hari Raya Waisak 2571 BE", _LN),
		HariLibur(date(2027, 6, 1), "Hari Lahir Pancasila", _LN),
		HariLibur(date(2027, 6, 6), "1 Muharam Tahun Baru Islam 1449 H", _LN),
		HariLibur(date(2027, 8, 15), "Maulid Nabi Muhammad SAW", _LN),
		HariLibur(date(2027, 8, 17), "Proklamasi Kemerdekaan", _LN),
		HariLibur(date(2027, 12, 24), "Cuti Bersama Kelahiran Yesus Kristus", _CB),
		HariLibur(date(2027, 12, 25), "Kelahiran Yesus Kristus", _LN),
		HariLibur(date(2027, 12, 26), "Isra Mikraj Nabi Muhammad SAW (1449 H)", _LN),
	),
}

# Years shipped in full from their decree; any other year comes only from the regency's data.
TAHUN_TERSEDIA = frozenset(_DATA)


def ada_data_bawaan(tahun: int) -> bool:
	"""True when the app ships the decree's list for `tahun`."""
	return tahun in _DATA


def hari_libur(
	tahun: int,
	termasuk_cuti_bersama: bool = True,
	tambahan: Iterable[HariLibur | Mapping] = (),
) -> list[HariLibur]:
	"""The year's national holidays (and cuti bersama unless excluded), by date.

	The shipped SKB list (SUMBER) is the base; `tambahan` (e.g. the rows of the regency's Holiday
	List, see baca_baris) adds a year not shipped or replaces the entry of the same date. An
	unshipped year without `tambahan` gives an empty list: nothing is guessed.
	"""
	per_tanggal = {entry.tanggal: entry for entry in _DATA.get(tahun, ())}
	for entry in baca_baris(tambahan):
		if entry.tanggal.year == tahun:
			per_tanggal[entry.tanggal] = entry
	return [
		per_tanggal[tanggal]
		for tanggal in sorted(per_tanggal)
		if termasuk_cuti_bersama or per_tanggal[tanggal].jenis != CUTI_BERSAMA
	]


def tanggal_libur(
	tahun: int | Iterable[int],
	cuti_bersama_hari_kerja: bool = False,
	tambahan: Iterable[HariLibur | Mapping] = (),
) -> frozenset[date]:
	"""The dates to pass as `holidays` to merit.working_days for one year or several.

	By default cuti bersama are not working days (DOMAIN Corrections: not settled whether they stop
	statutory clocks; the safe reading for the citizen or employee is that they do).
	"""
	years = [tahun] if isinstance(tahun, int) else list(tahun)
	extra = baca_baris(tambahan)
	return frozenset(
		entry.tanggal
		for year in years
		for entry in hari_libur(year, termasuk_cuti_bersama=not cuti_bersama_hari_kerja, tambahan=extra)
	)


def jenis_dari_nama(nama: str) -> str:
	"""A Holiday List row has no kind of its own: 'Cuti Bersama …' is cuti bersama, the rest are
	libur nasional."""
	return CUTI_BERSAMA if nama.strip().lower().startswith(AWALAN_CUTI_BERSAMA.lower()) else LIBUR_NASIONAL


def baca_baris(rows: Iterable[HariLibur | Mapping]) -> list[HariLibur]:
	"""Entries from outside: HariLibur objects, or mappings with `tanggal` or `holiday_date` (a date,
	a datetime or an ISO text), `nama` or `description`, and an optional `jenis` (inferred from the
	name when missing). Weekly-off rows of a Holiday List (`weekly_off` set) are skipped: weekends are
	not working days anyway. Raises ValueError for a row without a date or with an unknown kind.
	"""
	entries = []
	for row in rows:
		if isinstance(row, HariLibur):
			entries.append(row)
			continue
		if row.get("weekly_off"):
			continue
		tanggal = sebagai_tanggal(row.get("tanggal") or row.get("holiday_date"))
		nama = str(row.get("nama") or row.get("description") or "").strip()
		jenis = row.get("jenis") or jenis_dari_nama(nama)
		if jenis not in JENIS:
			raise ValueError(f"Jenis hari libur '{jenis}' tidak dikenal; gunakan {' atau '.join(JENIS)}.")
		entries.append(HariLibur(tanggal, nama or jenis, jenis))
	return entries


def sebagai_tanggal(value) -> date:
	"""A date from a date, a datetime or an ISO 'YYYY-MM-DD' text."""
	if isinstance(value, datetime):
		return value.date()
	if isinstance(value, date):
		return value
	if isinstance(value, str) and value.strip():
		return date.fromisoformat(value.strip()[:10])
	raise ValueError(f"Tanggal hari libur tidak valid: {value!r}.")


def baris_holiday_list(tahun: int, termasuk_cuti_bersama: bool = True) -> list[dict]:
	"""The shipped year as rows for a Holiday List (holiday_date, description, weekly_off)."""
	return [
		{"holiday_date": entry.tanggal, "description": entry.nama, "weekly_off": 0}
		for entry in hari_libur(tahun, termasuk_cuti_bersama)
	]
