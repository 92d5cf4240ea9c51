"""The official predikat kinerja labels (PermenPANRB 6/2022) and their order."""

SANGAT_BAIK = "Sangat Baik"
BAIK = "Baik"
BUTUH_PERBAIKAN = "Butuh Perbaikan"
KURANG = "Kurang/Misconduct"
SANGAT_KURANG = "Sangat Kurang"

# Best first.
PREDIKAT = (SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG)
_PERINGKAT = {label: len(PREDIKAT) - index for index, label in enumerate(PREDIKAT)}


def peringkat_predikat(predikat: str) -> int:
	"""5 for Sangat Baik down to 1 for Sangat Kurang."""
	try:
		return _PERINGKAT[predikat]
	except KeyError:
		raise ValueError(
			f"Predikat '{predikat}' tidak dikenal; gunakan salah satu dari {', '.join(PREDIKAT)}."
		)


def is_at_least(predikat: str, minimum: str) -> bool:
	return peringkat_predikat(predikat) >= peringkat_predikat(minimum)
