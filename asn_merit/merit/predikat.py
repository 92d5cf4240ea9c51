"""The official predikat kinerja (PermenPANRB 6/2022): its labels, order and matrix."""

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


# The ASN core values that perilaku kerja is rated on (UU 20/2023 Pasal 3-4), in their official order.
BERAKHLAK = ("Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif", "Kolaboratif")

DI_ATAS = "Di Atas Ekspektasi"
SESUAI = "Sesuai Ekspektasi"
DI_BAWAH = "Di Bawah Ekspektasi"
RATING = (DI_ATAS, SESUAI, DI_BAWAH)

# (rating hasil kerja, rating perilaku) -> predikat. Bad behaviour dominates; Sangat Baik
# needs both axes above expectation (PermenPANRB 6/2022, matriks predikat kinerja).
_MATRIX = {
	(DI_ATAS, DI_BAWAH): KURANG,
	(DI_ATAS, SESUAI): BAIK,
	(DI_ATAS, DI_ATAS): SANGAT_BAIK,
	(SESUAI, DI_BAWAH): KURANG,
	(SESUAI, SESUAI): BAIK,
	(SESUAI, DI_ATAS): BAIK,
	(DI_BAWAH, DI_BAWAH): SANGAT_KURANG,
	(DI_BAWAH, SESUAI): BUTUH_PERBAIKAN,
	(DI_BAWAH, DI_ATAS): BUTUH_PERBAIKAN,
}


def predikat_kinerja(rating_hasil_kerja: str, rating_perilaku: str) -> str:
	"""The predikat for a work-result rating and a behaviour rating; unknown labels raise ValueError."""
	for name, rating in (("hasil kerja", rating_hasil_kerja), ("perilaku", rating_perilaku)):
		if rating not in RATING:
			raise ValueError(
				f"Rating {name} '{rating}' tidak dikenal; gunakan salah satu dari {', '.join(RATING)}."
			)
	return _MATRIX[(rating_hasil_kerja, rating_perilaku)]
