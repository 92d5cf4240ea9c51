"""The 17 PNS ranks (golongan/ruang) and the eselon ranges of PP 100/2000 jo. PP 13/2002; beside
them the 17 PPPK golongan (I to XVII) of Perpres 98/2020, which are pay grades, not ranks.
"""

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Golongan:
	kode: str  # "III/b"
	pangkat: str  # "Penata Muda Tingkat I"
	urutan: int  # 1 for I/a … 17 for IV/e


GOLONGAN = tuple(
	Golongan(kode, pangkat, urutan)
	for urutan, (kode, pangkat) in enumerate(
		[
			("I/a", "Juru Muda"),
			("I/b", "Juru Muda Tingkat I"),
			("I/c", "Juru"),
			("I/d", "Juru Tingkat I"),
			("II/a", "Pengatur Muda"),
			("II/b", "Pengatur Muda Tingkat I"),
			("II/c", "Pengatur"),
			("II/d", "Pengatur Tingkat I"),
			("III/a", "Penata Muda"),
			("III/b", "Penata Muda Tingkat I"),
			("III/c", "Penata"),
			("III/d", "Penata Tingkat I"),
			("IV/a", "Pembina"),
			("IV/b", "Pembina Tingkat I"),
			("IV/c", "Pembina Utama Muda"),
			("IV/d", "Pembina Utama Madya"),
			("IV/e", "Pembina Utama"),
		],
		start=1,
	)
)
_BY_KODE = {golongan.kode: golongan for golongan in GOLONGAN}

# Lowest and highest golongan for each eselon (PP 100/2000 Lampiran, as amended).
ESELON_PANGKAT = {
	"Ia": ("IV/e", "IV/e"),
	"Ib": ("IV/d", "IV/e"),
	"IIa": ("IV/c", "IV/d"),
	"IIb": ("IV/b", "IV/c"),
	"IIIa": ("IV/a", "IV/b"),
	"IIIb": ("III/d", "IV/a"),
	"IVa": ("III/c", "III/d"),
	"IVb": ("III/b", "III/c"),
	"Va": ("III/a", "III/b"),
}


def get_golongan(kode: str) -> Golongan:
	"""The golongan for a code like "III/b"; a clear ValueError for anything else."""
	try:
		return _BY_KODE[(kode or "").strip()]
	except KeyError:
		raise ValueError(f"Golongan '{kode}' tidak dikenal; gunakan I/a sampai IV/e.")


def is_golongan(kode: str) -> bool:
	return (kode or "").strip() in _BY_KODE


def next_golongan(kode: str) -> Golongan | None:
	urutan = get_golongan(kode).urutan
	return GOLONGAN[urutan] if urutan < len(GOLONGAN) else None


def pangkat_range_for_eselon(eselon: str) -> tuple[str, str] | None:
	return ESELON_PANGKAT.get(eselon)


# PPPK golongan: pay grades I to XVII of Perpres 98/2020 on PPPK pay and allowances (its pay table,
# as amended by Perpres 11/2024) [S/C: the Perpres text was not read here; DOMAIN.md 13 and many
# HR apps agree on I-XVII]. A PPPK has no pangkat and no golongan ruang, so no kenaikan pangkat:
# PP 99/2000 (as carried by Peraturan BKN 4/2023) is for PNS, and PP 49/2018, the PPPK management
# rule, has no rank (its pay follows the PNS pay rules, Pasal 38).
GOLONGAN_PPPK = (
	"I",
	"II",
	"III",
	"IV",
	"V",
	"VI",
	"VII",
	"VIII",
	"IX",
	"X",
	"XI",
	"XII",
	"XIII",
	"XIV",
	"XV",
	"XVI",
	"XVII",
)
_URUTAN_PPPK = {kode: urutan for urutan, kode in enumerate(GOLONGAN_PPPK, start=1)}
ALASAN_PPPK_TANPA_PANGKAT = (
	"PPPK tidak memiliki pangkat/golongan ruang PNS; tidak ada kenaikan pangkat reguler "
	"(golongan PPPK I sampai XVII menurut Perpres 98/2020 adalah golongan gaji)."
)


def is_golongan_pppk(kode: str) -> bool:
	"""Whether this is a PPPK golongan code as stored: "I" to "XVII" (Perpres 98/2020)."""
	return (kode or "").strip() in _URUTAN_PPPK


def golongan_pppk(value: str | None) -> str | None:
	"""The PPPK golongan code for how spreadsheets write it ("IX", "ix", "Golongan IX", "Gol. IX");
	None for anything else, PNS golongan ruang ("III/b") included."""
	match = re.fullmatch(r"(?:gol(?:ongan)?\.?\s*)?([ivx]+)", (value or "").strip(), re.IGNORECASE)
	kode = match.group(1).upper() if match else None
	return kode if kode in _URUTAN_PPPK else None


def urutan_golongan_pppk(kode: str) -> int:
	"""1 for PPPK golongan I ... 17 for XVII; a clear ValueError for anything else."""
	try:
		return _URUTAN_PPPK[(kode or "").strip()]
	except KeyError:
		raise ValueError(f"Golongan PPPK '{kode}' tidak dikenal; gunakan I sampai XVII (Perpres 98/2020).")


def alasan_golongan(kode: str | None, status_kepegawaian: str | None) -> str | None:
	"""Why a stored golongan does not fit the status kepegawaian; None when it fits or is empty.

	PNS: a golongan ruang I/a to IV/e (PP 99/2000 Lampiran, carried by Peraturan BKN 4/2023).
	PPPK: a golongan I to XVII (Perpres 98/2020). Any other status: no rule here.
	"""
	kode = (kode or "").strip()
	if not kode:
		return None
	if status_kepegawaian == "PNS" and not is_golongan(kode):
		return f"Golongan '{kode}' bukan golongan PNS; gunakan I/a sampai IV/e."
	if status_kepegawaian == "PPPK" and not is_golongan_pppk(kode):
		if is_golongan(kode):
			return (
				f"Golongan '{kode}' adalah golongan ruang PNS; PPPK memakai golongan I sampai XVII "
				"(Perpres 98/2020) dan tidak memiliki pangkat/golongan ruang PNS."
			)
		return f"Golongan '{kode}' bukan golongan PPPK; gunakan I sampai XVII (Perpres 98/2020)."
	return None
