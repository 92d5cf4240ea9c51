"""The 17 PNS ranks (golongan/ruang) and the eselon ranges of PP 100/2000 jo. PP 13/2002."""

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
