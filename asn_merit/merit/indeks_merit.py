"""The merit-system self-assessment (penilaian mandiri, KASN 9/2019): eight aspects with their
maximum points (400 in all), the total, the 0-1 index and the category (Peraturan KASN 9/2019).

The aspect maxima and the lower category bands come from a single public source and are not
verified; they are kept here as the one place to change. A suggested score from evidence is a
fraction of the aspect's maximum; the officer may change it.
"""

from dataclasses import dataclass

ASPEK = (
	("Perencanaan Kebutuhan", 24),
	("Pengadaan", 24),
	("Pengembangan Karier", 80),
	("Promosi dan Mutasi", 40),
	("Manajemen Kinerja", 80),
	("Penggajian, Penghargaan dan Disiplin", 60),
	("Perlindungan dan Pelayanan", 16),
	("Sistem Informasi", 76),
)
SKOR_MAKSIMAL = sum(maksimal for _aspek, maksimal in ASPEK)
# (lowest total, category), highest first; below the lowest band there is no category.
KATEGORI = ((325, "IV - Sangat Baik"), (250, "III - Baik"), (175, "II - Kurang"), (100, "I - Buruk"))
TANPA_KATEGORI = "Di bawah Kategori I"


@dataclass(frozen=True)
class HasilIndeks:
	total: float
	indeks: float  # total / 400, to 3 decimals
	kategori: str


def skor_saran(maksimal: float, pemenuhan: float | None) -> float | None:
	"""`pemenuhan` is how far the evidence meets the aspect, 0 to 1; None when there is none."""
	if pemenuhan is None:
		return None
	return round(maksimal * min(max(pemenuhan, 0.0), 1.0), 1)


def cek_skor(aspek: str, skor: float, maksimal: float) -> list[str]:
	if not 0 <= skor <= maksimal:
		return [f"Skor aspek {aspek} harus antara 0 dan {maksimal:g}; sekarang {skor:g}."]
	return []


def hitung_indeks(skor: list[float]) -> HasilIndeks:
	total = round(sum(skor), 1)
	kategori = next((label for batas, label in KATEGORI if total >= batas), TANPA_KATEGORI)
	return HasilIndeks(total, round(total / SKOR_MAKSIMAL, 3), kategori)
