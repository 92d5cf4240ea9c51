"""A PPPK's perjanjian kerja (employment contract) and its renewals, as a history.

- The contract runs at least one year and may be extended as needed and on the basis of the
  performance appraisal (PP 49/2018 Pasal 37 ayat (1)); extension rests on achieved performance,
  competence, the agency's need and the PPK's approval (Pasal 37 ayat (2)), which are decisions
  for people and are not checked here.
- The contract ends at the latest when the PPPK reaches the batas usia of the post (Pasal 54),
  which the career calendar (merit.kalender_karier) reports.

A regency keeps every contract as a row: the first (perjanjian ke-1) and each renewal after it.
Rows must not overlap and each must end after it starts; a contract shorter than a year is
refused with the article.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from asn_merit.merit.dates import anniversary, format_date
from asn_merit.merit.reasons import Reason

MASA_MINIMAL_TAHUN = 1  # PP 49/2018 Pasal 37 ayat (1)


@dataclass(frozen=True)
class PerjanjianKerja:
	mulai: date
	akhir: date | None  # None while the end date is not yet known
	ke: int | None = None  # 1 for the first contract; None: counted from the rows before it


def periksa_riwayat(riwayat: list[PerjanjianKerja]) -> list[Reason]:
	"""Reasons the contract history cannot stand, in the order of the contracts; [] when it can."""
	reasons: list[Reason] = []
	ordered = sorted(riwayat, key=lambda row: row.mulai)
	for position, row in enumerate(ordered, start=1):
		reasons += _periksa_satu(row.ke or position, row)
	for position, (earlier, later) in enumerate(pairwise(ordered), start=2):
		ke = later.ke or position
		if earlier.akhir is None or later.mulai <= earlier.akhir:
			reasons.append(
				Reason(
					"perjanjian_tumpang_tindih",
					f"Perjanjian kerja ke-{ke} mulai {format_date(later.mulai)}, sebelum perjanjian "
					f"sebelumnya berakhir ({_akhir(earlier)}).",
				)
			)
	return reasons


def _periksa_satu(ke: int, row: PerjanjianKerja) -> list[Reason]:
	if row.akhir is None:
		return []
	if row.akhir < row.mulai:
		return [
			Reason(
				"perjanjian_akhir_sebelum_mulai",
				f"Perjanjian kerja ke-{ke} berakhir ({format_date(row.akhir)}) sebelum mulai "
				f"({format_date(row.mulai)}).",
			)
		]
	if row.akhir < anniversary(row.mulai, MASA_MINIMAL_TAHUN) - timedelta(days=1):
		return [
			Reason(
				"perjanjian_kurang_setahun",
				f"Perjanjian kerja ke-{ke} ({format_date(row.mulai)} s.d. {format_date(row.akhir)}) "
				"kurang dari 1 tahun; masa perjanjian kerja PPPK paling singkat 1 tahun "
				"(PP 49/2018 Pasal 37 ayat (1)).",
			)
		]
	return []


def perjanjian_terakhir(riwayat: list[PerjanjianKerja]) -> tuple[int, PerjanjianKerja] | None:
	"""The latest contract and its number (1 for the first contract, 2 for the first renewal): its
	own number when the row carries one (a history that starts at a renewal), else its position."""
	if not riwayat:
		return None
	ordered = sorted(riwayat, key=lambda row: row.mulai)
	return ordered[-1].ke or len(ordered), ordered[-1]


def _akhir(row: PerjanjianKerja) -> str:
	return format_date(row.akhir) if row.akhir else "tanpa tanggal akhir"
