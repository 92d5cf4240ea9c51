"""Kinds of jabatan and the level each stands at, to compare posts across JPT, JA and JF.

After the 2021 simplification JF posts replaced eselon posts at the same level: ahli madya
stands with administrator, ahli muda with pengawas (PermenPANRB 17/2021).
"""

from dataclasses import dataclass

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


# Jabatan struktural in the sense of PP 100/2000 (eselon posts), today's jabatan manajerial.
JENIS_STRUKTURAL = ("JPT Utama", "JPT Madya", "JPT Pratama", "Administrator", "Pengawas")


def jabatan_struktural(jenis: str | None = None, eselon: str | None = None) -> bool:
	"""Whether a post is structural (PP 100/2000 Pasal 1; UU 5/2014 Pasal 131): it has an eselon,
	or it is a JPT, administrator or pengawas post. Unknown (both None) is False."""
	return bool(eselon) or jenis in JENIS_STRUKTURAL


@dataclass(frozen=True)
class JabatanBawah:
	"""Which posts held count toward the experience a post asks for below it.

	A post counts when its level (`tingkat_jabatan`) is at least `tingkat_minimal`, or when it is
	a JF of one of `jenjang_lain` (JF ahli utama, which stands at JPT pratama's level, counts
	toward JPT utama).
	"""

	tingkat_minimal: int
	uraian: str  # Bahasa Indonesia, for the reason: "jabatan pengawas/JF ahli muda atau lebih tinggi"
	pasal: str
	jenjang_lain: tuple[str, ...] = ()

	def menghitung(self, tingkat: int, jenjang: str | None = None) -> bool:
		return tingkat >= self.tingkat_minimal or (jenjang is not None and jenjang in self.jenjang_lain)


# By the level of the post applied for, the posts whose time counts (and higher ones):
_JABATAN_BAWAH = {
	# Pengawas: "pengalaman dalam Jabatan pelaksana paling singkat 4 tahun atau JF yang setingkat
	# dengan Jabatan pelaksana" (PP 11/2017 Pasal 54 ayat (3) huruf d, as amended by PP 17/2020).
	3: JabatanBawah(
		1, "jabatan pelaksana/JF setingkat atau lebih tinggi", "PP 11/2017 Pasal 54 ayat (3) huruf d"
	),
	# Administrator: pengawas or a JF of the pengawas level, i.e. of the same kelas jabatan
	# (PP 11/2017 Pasal 54 ayat (1) huruf d and its elucidation); JF ahli muda (PermenPANRB 17/2021).
	4: JabatanBawah(
		3, "jabatan pengawas/JF ahli muda atau lebih tinggi", "PP 11/2017 Pasal 54 ayat (1) huruf d"
	),
	# JPT: "sedang atau pernah menduduki" (PP 11/2017 Pasal 107), and for eselon posts "pernah
	# dan/atau masih didudukinya" (PP 13/2002 Pasal 7A): time at the level, in any post of it.
	5: JabatanBawah(
		4,
		"jabatan administrator/JF ahli madya atau lebih tinggi",
		"PP 11/2017 Pasal 107 huruf c angka 4",
	),
	6: JabatanBawah(5, "JPT pratama/JF ahli utama atau lebih tinggi", "PP 11/2017 Pasal 107 huruf b angka 4"),
	7: JabatanBawah(
		6,
		"JPT madya/JF ahli utama atau lebih tinggi",
		"PP 11/2017 Pasal 107 huruf a angka 4",
		jenjang_lain=("Ahli Utama",),
	),
}


def jabatan_bawah(tingkat: int, jenis: str | None = None) -> JabatanBawah:
	"""The posts whose time counts toward a post's "pengalaman pada jabatan di bawahnya".

	JPT, administrator and pengawas posts follow the rules cited in _JABATAN_BAWAH; without
	`jenis`, a level is read as the managerial post of that level (3: pengawas). Other posts
	(JF, pelaksana) count one level below and higher, as before.
	"""
	if jenis not in (None, *JENIS_STRUKTURAL) or tingkat not in _JABATAN_BAWAH:
		return JabatanBawah(
			tingkat - 1, "jabatan satu tingkat di bawah atau lebih tinggi", "persyaratan jabatan"
		)
	return _JABATAN_BAWAH[tingkat]
