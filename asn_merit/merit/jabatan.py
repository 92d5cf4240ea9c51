"""Kinds of jabatan and the level each stands at, to compare posts across JPT, JA and JF.

After the 2021 simplification JF posts replaced eselon posts at the same level: ahli madya
stands with administrator, ahli muda with pengawas (PermenPANRB 17/2021).
"""

JENIS_JABATAN = (
	"JPT Utama",
	"JPT Madya",
	"JPT Pratama",
	"Administrator",
	"Pengawas",
	"Fungsional",
	"Pelaksana",
)
JENJANG_FUNGSIONAL = (
	"Ahli Pertama",
	"Ahli Muda",
	"Ahli Madya",
	"Ahli Utama",
	"Pemula",
	"Terampil",
	"Mahir",
	"Penyelia",
)
ESELON = ("Ia", "Ib", "IIa", "IIb", "IIIa", "IIIb", "IVa", "IVb", "Va")

_TINGKAT_JENIS = {
	"Pelaksana": 1,
	"Pengawas": 3,
	"Administrator": 4,
	"JPT Pratama": 5,
	"JPT Madya": 6,
	"JPT Utama": 7,
}
_TINGKAT_FUNGSIONAL = {
	"Pemula": 1,
	"Terampil": 1,
	"Mahir": 2,
	"Penyelia": 2,
	"Ahli Pertama": 2,
	"Ahli Muda": 3,
	"Ahli Madya": 4,
	"Ahli Utama": 5,
}


def tingkat_jabatan(jenis: str, jenjang: str | None = None) -> int:
	"""1 (pelaksana) to 7 (JPT utama); JF by its jenjang."""
	if jenis == "Fungsional":
		if jenjang not in _TINGKAT_FUNGSIONAL:
			raise ValueError(f"Jenjang jabatan fungsional '{jenjang}' tidak dikenal.")
		return _TINGKAT_FUNGSIONAL[jenjang]
	if jenis not in _TINGKAT_JENIS:
		raise ValueError(f"Jenis jabatan '{jenis}' tidak dikenal.")
	return _TINGKAT_JENIS[jenis]
