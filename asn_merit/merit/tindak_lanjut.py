"""What follows an annual predikat (PP 30/2019 Pasal 53; PermenPANRB 6/2022 follow-up stage)."""

from dataclasses import dataclass

from asn_merit.merit.predikat import BUTUH_PERBAIKAN, SANGAT_BAIK, peringkat_predikat


@dataclass(frozen=True)
class TindakLanjut:
	kandidat_talent_pool: bool
	perlu_pengembangan: bool
	catatan: list[str]


def tindak_lanjut_predikat(predikat_per_tahun: dict[int, str], tahun: int) -> TindakLanjut:
	"""Sangat Baik this year and last: a talent-pool candidate. Butuh Perbaikan or worse this
	year: a development action is due."""
	sekarang, lalu = predikat_per_tahun.get(tahun), predikat_per_tahun.get(tahun - 1)
	catatan = []
	talent = sekarang == SANGAT_BAIK and lalu == SANGAT_BAIK
	if talent:
		catatan.append(
			f"Sangat Baik dua tahun berturut-turut ({tahun - 1} dan {tahun}): prioritas kelompok talenta."
		)
	pengembangan = sekarang is not None and peringkat_predikat(sekarang) <= peringkat_predikat(
		BUTUH_PERBAIKAN
	)
	if pengembangan:
		catatan.append(
			f"Predikat {sekarang} tahun {tahun}: perlu rencana pengembangan kompetensi atau pembinaan."
		)
	return TindakLanjut(kandidat_talent_pool=talent, perlu_pengembangan=pengembangan, catatan=catatan)
