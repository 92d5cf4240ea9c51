"""Calibration of employee predikat against the unit's own predikat (SE MenPANRB 3/2023).

The circular sets, for each organisation predikat, how the employees' predikat should be
spread. The app warns where a unit is outside that curve; it never blocks.
"""

from dataclasses import dataclass

from asn_merit.merit.predikat import BAIK, BUTUH_PERBAIKAN, KURANG, PREDIKAT, SANGAT_BAIK, SANGAT_KURANG

PREDIKAT_ORGANISASI = ("Istimewa", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang")


@dataclass(frozen=True)
class Batas:
	predikat: tuple[str, ...]  # the share of these employee predikat together...
	minimal: float | None = None  # ...must be at least this fraction,
	maksimal: float | None = None  # ...and at most this one
	ada: bool = False  # or, with `ada`, at least one employee must hold one of them


# SE MenPANRB 3/2023 (PermenPANRB 6/2022), rule by rule.
KURVA = {
	"Istimewa": (Batas((SANGAT_BAIK,), maksimal=0.70),),
	"Baik": (Batas((BAIK,), maksimal=0.70), Batas((BUTUH_PERBAIKAN, KURANG), ada=True)),
	"Butuh Perbaikan": (Batas((BUTUH_PERBAIKAN,), minimal=0.60), Batas((SANGAT_BAIK,), maksimal=0.10)),
	"Kurang": (
		Batas((KURANG,), minimal=0.60),
		Batas((BUTUH_PERBAIKAN,), minimal=0.10),
		Batas((SANGAT_BAIK,), maksimal=0.10),
	),
	"Sangat Kurang": (
		Batas((SANGAT_KURANG,), minimal=0.60),
		Batas((KURANG, BUTUH_PERBAIKAN), minimal=0.10),
		Batas((SANGAT_BAIK,), maksimal=0.0),
	),
}


def cek_distribusi(predikat_organisasi: str, jumlah: dict[str, int]) -> list[str]:
	"""Warnings, in Bahasa Indonesia, where the employees' predikat leave the allowed curve."""
	if predikat_organisasi not in KURVA:
		raise ValueError(
			f"Predikat organisasi '{predikat_organisasi}' tidak dikenal; gunakan {', '.join(PREDIKAT_ORGANISASI)}."
		)
	unknown = set(jumlah) - set(PREDIKAT)
	if unknown:
		raise ValueError(f"Predikat pegawai tidak dikenal: {', '.join(sorted(unknown))}.")
	total = sum(jumlah.values())
	if not total:
		return []
	peringatan = []
	for batas in KURVA[predikat_organisasi]:
		count = sum(jumlah.get(p, 0) for p in batas.predikat)
		share = count / total
		label = " dan/atau ".join(batas.predikat)
		if batas.ada and not count:
			peringatan.append(
				f"Unit berpredikat {predikat_organisasi} harus memiliki pegawai berpredikat {label}."
			)
		if batas.minimal is not None and share < batas.minimal:
			peringatan.append(
				f"{label}: {share:.0%} pegawai, kurang dari minimal {batas.minimal:.0%} untuk unit berpredikat {predikat_organisasi}."
			)
		if batas.maksimal is not None and share > batas.maksimal:
			peringatan.append(
				f"{label}: {share:.0%} pegawai, melebihi maksimal {batas.maksimal:.0%} untuk unit berpredikat {predikat_organisasi}."
			)
	return peringatan
