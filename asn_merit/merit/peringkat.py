"""Deterministic ranking of eligible candidates by merit score."""

from collections.abc import Iterable
from dataclasses import dataclass

from asn_merit.merit.skor_merit import HasilSkorMerit

ATURAN_SERI = (
	"Urutan: skor merit tertinggi; bila sama, skor kinerja lebih tinggi, lalu skor potensi lebih "
	"tinggi, lalu masa kerja lebih lama, lalu NIP terkecil."
)


@dataclass(frozen=True)
class Kandidat:
	employee: str
	nip: str
	nama: str
	skor: HasilSkorMerit
	masa_kerja_tahun: float = 0


@dataclass(frozen=True)
class PeringkatKandidat:
	peringkat: int
	kandidat: Kandidat


def urutkan_kandidat(kandidat: Iterable[Kandidat]) -> list[PeringkatKandidat]:
	"""Ranks 1..n with no shared rank; the order does not depend on the input's order."""
	ordered = sorted(kandidat, key=_kunci)
	return [PeringkatKandidat(index, item) for index, item in enumerate(ordered, start=1)]


def _kunci(item: Kandidat):
	return (
		-item.skor.total,
		-item.skor.skor("kinerja"),
		-item.skor.skor("potensi"),
		-item.masa_kerja_tahun,
		item.nip,
		item.employee,
	)
