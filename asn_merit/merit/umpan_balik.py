"""360-degree behaviour input (PP 30/2019 Pasal 37-40): anonymous aggregates and the 60/40 blend.

Peers and subordinates answer a closed survey per BerAKHLAK value. Their answers are shown
only as aggregates, and only once enough raters answered that no single answer can be told
apart; the blend with the superior's rating is advice for the superior, never the predikat.
"""

from collections import Counter
from dataclasses import dataclass

from asn_merit.merit.predikat import DI_ATAS, DI_BAWAH, RATING, SESUAI

SKOR = {DI_ATAS: 3, SESUAI: 2, DI_BAWAH: 1}
MIN_PENILAI = 3
BOBOT_ATASAN = 60  # percent; the rest goes to peers and subordinates


@dataclass(frozen=True)
class AgregatNilai:
	jumlah_penilai: int
	distribusi: dict[str, int]  # rating label -> how many raters gave it
	rata_rata: float  # on the 1 (below) to 3 (above) scale


def agregat_umpan_balik(
	jawaban: list[dict[str, str]], min_penilai: int = MIN_PENILAI
) -> dict[str, AgregatNilai] | None:
	"""Per value, the aggregate of the raters' answers; None while fewer than `min_penilai` answered.

	`jawaban` holds one dict per rater: BerAKHLAK value -> rating label. Unknown labels raise.
	"""
	if min_penilai < 1:
		raise ValueError("Jumlah minimal penilai harus paling sedikit 1.")
	if len(jawaban) < min_penilai:
		return None
	per_nilai: dict[str, list[str]] = {}
	for satu in jawaban:
		for nilai, rating in satu.items():
			_cek_rating(rating)
			per_nilai.setdefault(nilai, []).append(rating)
	return {
		nilai: AgregatNilai(
			jumlah_penilai=len(ratings),
			distribusi={label: Counter(ratings)[label] for label in RATING},
			rata_rata=round(sum(SKOR[r] for r in ratings) / len(ratings), 2),
		)
		for nilai, ratings in per_nilai.items()
	}


def rating_gabungan(
	rating_atasan: str, rata_rata_lain: float | None, bobot_atasan: int = BOBOT_ATASAN
) -> str:
	"""The superior's rating blended with the others' average, as a rating label.

	Without others' input (too few raters) the superior's rating stands alone.
	"""
	_cek_rating(rating_atasan)
	if not 0 <= bobot_atasan <= 100:
		raise ValueError("Bobot atasan harus antara 0 dan 100 persen.")
	if rata_rata_lain is None:
		return rating_atasan
	skor = (SKOR[rating_atasan] * bobot_atasan + rata_rata_lain * (100 - bobot_atasan)) / 100
	if skor >= 2.5:
		return DI_ATAS
	if skor >= 1.5:
		return SESUAI
	return DI_BAWAH


def _cek_rating(rating: str) -> None:
	if rating not in SKOR:
		raise ValueError(f"Rating '{rating}' tidak dikenal; gunakan salah satu dari {', '.join(RATING)}.")
