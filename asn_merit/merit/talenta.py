"""The 9-box talent map (PermenPANRB 3/2020): kinerja against potensial, boxes numbered 1-9."""

from asn_merit.merit.predikat import BAIK, DI_ATAS, DI_BAWAH, PREDIKAT, SANGAT_BAIK, SESUAI

KINERJA_DI_ATAS, KINERJA_SESUAI, KINERJA_DI_BAWAH = DI_ATAS, SESUAI, DI_BAWAH
KINERJA = (KINERJA_DI_ATAS, KINERJA_SESUAI, KINERJA_DI_BAWAH)
POTENSIAL_RENDAH, POTENSIAL_MENENGAH, POTENSIAL_TINGGI = "Rendah", "Menengah", "Tinggi"
POTENSIAL = (POTENSIAL_RENDAH, POTENSIAL_MENENGAH, POTENSIAL_TINGGI)

# Numbered as PermenPANRB 3/2020 numbers the nine boxes.
_KOTAK = {
	(KINERJA_DI_ATAS, POTENSIAL_TINGGI): 9,
	(KINERJA_SESUAI, POTENSIAL_TINGGI): 8,
	(KINERJA_DI_ATAS, POTENSIAL_MENENGAH): 7,
	(KINERJA_DI_BAWAH, POTENSIAL_TINGGI): 6,
	(KINERJA_SESUAI, POTENSIAL_MENENGAH): 5,
	(KINERJA_DI_ATAS, POTENSIAL_RENDAH): 4,
	(KINERJA_DI_BAWAH, POTENSIAL_MENENGAH): 3,
	(KINERJA_SESUAI, POTENSIAL_RENDAH): 2,
	(KINERJA_DI_BAWAH, POTENSIAL_RENDAH): 1,
}

# Defaults for the settings: each box's label and recommended follow-up (the regulation's annex).
KOTAK_DEFAULT = {
	9: ("Bintang", "Promosi dan pertahankan; masukkan ke kelompok rencana suksesi instansi/nasional; berikan penghargaan."),
	8: ("Potensial Tinggi", "Pertahankan; masukkan ke kelompok rencana suksesi; rotasi/perluasan jabatan; bimbingan kinerja."),
	7: ("Kinerja Tinggi", "Pertahankan; masukkan ke kelompok rencana suksesi; rotasi/pengayaan jabatan; pengembangan kompetensi; tugas belajar."),
	6: ("Enigma", "Penempatan yang sesuai; bimbingan kinerja dan konseling kinerja."),
	5: ("Inti", "Penempatan yang sesuai; bimbingan kinerja; pengembangan kompetensi."),
	4: ("Profesional Andal", "Rotasi; pengembangan kompetensi."),
	3: ("Tidak Konsisten", "Bimbingan kinerja, konseling kinerja, pengembangan kompetensi, penempatan yang sesuai."),
	2: ("Efektif", "Bimbingan kinerja, pengembangan kompetensi, penempatan yang sesuai."),
	1: ("Kinerja Rendah", "Ditangani sesuai ketentuan peraturan perundang-undangan (disiplin/kinerja)."),
}  # fmt: skip

KOTAK_SUKSESI = frozenset({7, 8, 9})


def kotak_talenta(kinerja: str, potensial: str) -> int:
	"""The box 1-9 for a kinerja category and a potensial level."""
	if kinerja not in KINERJA:
		raise ValueError(f"Kinerja '{kinerja}' tidak dikenal; gunakan salah satu dari {', '.join(KINERJA)}.")
	if potensial not in POTENSIAL:
		raise ValueError(
			f"Potensial '{potensial}' tidak dikenal; gunakan salah satu dari {', '.join(POTENSIAL)}."
		)
	return _KOTAK[(kinerja, potensial)]


def tingkat_potensial(skor: float, batas_menengah: float, batas_tinggi: float) -> str:
	"""Rendah below `batas_menengah`, Tinggi from `batas_tinggi`; each cut-off belongs to the level above."""
	if skor >= batas_tinggi:
		return POTENSIAL_TINGGI
	if skor >= batas_menengah:
		return POTENSIAL_MENENGAH
	return POTENSIAL_RENDAH


def validasi_batas_potensial(batas_menengah: float, batas_tinggi: float) -> list[str]:
	problems = []
	for label, value in (("menengah", batas_menengah), ("tinggi", batas_tinggi)):
		if not 0 <= value <= 100:
			problems.append(f"Batas potensial {label} harus antara 0 dan 100.")
	if batas_menengah >= batas_tinggi:
		problems.append(
			f"Batas potensial menengah ({_angka(batas_menengah)}) harus lebih kecil dari batas tinggi ({_angka(batas_tinggi)})."
		)
	return problems


def kinerja_dari_predikat(predikat: str) -> str:
	"""Sangat Baik is above expectation, Baik as expected, anything lower below it."""
	if predikat not in PREDIKAT:
		raise ValueError(
			f"Predikat '{predikat}' tidak dikenal; gunakan salah satu dari {', '.join(PREDIKAT)}."
		)
	if predikat == SANGAT_BAIK:
		return KINERJA_DI_ATAS
	if predikat == BAIK:
		return KINERJA_SESUAI
	return KINERJA_DI_BAWAH


def masuk_kelompok_suksesi(kotak: int) -> bool:
	return kotak in KOTAK_SUKSESI


def _angka(value: float) -> str:
	return f"{value:g}".replace(".", ",")
