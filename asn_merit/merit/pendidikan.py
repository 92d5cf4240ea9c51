"""Education levels, their order, the rank ceiling of regular promotion each allows and the
rank a CPNS starts at.

Sources:
- Ceiling of regular rank promotion: PP 99/2000 Pasal 8 as amended by PP 12/2002 (huruf a-h).
- Starting rank of a CPNS: PP 98/2000 Pasal 11 ayat (4) as amended by PP 11/2002 (huruf a-h).
  Both PPs are listed as revoked by PP 11/2017 Pasal 362; their rules are still applied by BKN
  through the implementing rules PP 11/2017 Pasal 363 keeps (Perka BKN 12/2002 on kenaikan
  pangkat, the BKN technical rules on pengadaan PNS).

Neither rule names Ners, Sp-I or Sp-II: Pasal 8 huruf g (and Pasal 11 ayat (4) huruf g) speak of
"Ijazah Dokter, Ijazah Apoteker dan Ijazah Magister (S2) atau Ijazah lain yang setara", the
equivalence being set by the Minister of education (elucidation of Pasal 8 huruf g). Their
figures here are defaults (`SETARA_BAWAAN`) that a regency may replace, passing `setara` to
`batas_golongan_reguler` and `golongan_awal`.
"""

from collections.abc import Mapping

SARJANA_MUDA = "Sarjana Muda"
AKADEMI = "Akademi"
NERS = "Ners"
DOKTER = "Dokter"
DOKTER_GIGI = "Dokter Gigi"
APOTEKER = "Apoteker"
SP_I = "Sp-I"  # dokter spesialis / dokter gigi spesialis
SP_II = "Sp-II"  # dokter subspesialis (spesialis konsultan) / dokter gigi subspesialis

# The values an Employee's "Pendidikan Terakhir" takes. Older values first, in order; levels added
# later are appended (an Employee Select field lists these): PENDIDIKAN_MENURUT_TINGKAT is in order.
PENDIDIKAN = (
	"SD",
	"SLTP",
	"SLTP Kejuruan",
	"SLTA",
	"D-I",
	"D-II",
	"D-III",
	"S1",
	"D-IV",
	"S2",
	"S3",
	SARJANA_MUDA,
	AKADEMI,
	NERS,
	DOKTER,
	DOKTER_GIGI,
	APOTEKER,
	SP_I,
	SP_II,
)
PROFESI = (NERS, DOKTER, DOKTER_GIGI, APOTEKER)
SPESIALIS = (SP_I, SP_II)

# The level (jenjang) of each education, in whole steps: the level the rank rules put it at.
# D-III, Sarjana Muda and Akademi are one level (Pasal 8 huruf e); S1 and D-IV one (huruf f);
# Dokter, Apoteker and S2 one (huruf g). Ners is a profesi after S1 that the rules do not name:
# it stands with S1. Sp-I stands with S2 and Sp-II with S3, as the national qualification
# framework (KKNI, Perpres 8/2012 Pasal 2) puts specialist education at level 8 or 9, with
# magister (8) and doktor (9). Callers count steps of this number (one level below = -1).
_TINGKAT = {
	"SD": 1,
	"SLTP": 2,
	"SLTP Kejuruan": 3,
	"SLTA": 4,
	"D-I": 5,
	"D-II": 6,
	"D-III": 7,
	SARJANA_MUDA: 7,
	AKADEMI: 7,
	"S1": 8,
	"D-IV": 8,
	NERS: 8,
	"S2": 9,
	DOKTER: 9,
	DOKTER_GIGI: 9,
	APOTEKER: 9,
	SP_I: 9,
	"S3": 10,
	SP_II: 10,
}

# A finer order for "at least this education": a profession ranks above the degree it follows
# (Ners above S1; Sp-I above Dokter and S2), so that a post asking for Sp-I is not met by a
# Dokter. Equal numbers are equivalent. The order compares levels only, never the field of study:
# whether an S2 or a Dokter fits a post is a question of the post's qualification, not of this.
_URUTAN = {
	"SD": 10,
	"SLTP": 20,
	"SLTP Kejuruan": 30,
	"SLTA": 40,
	"D-I": 50,
	"D-II": 60,
	"D-III": 70,
	SARJANA_MUDA: 70,
	AKADEMI: 70,
	"S1": 80,
	"D-IV": 80,
	NERS: 85,
	"S2": 90,
	DOKTER: 90,
	DOKTER_GIGI: 90,
	APOTEKER: 90,
	SP_I: 95,
	"S3": 100,
	SP_II: 100,
}
PENDIDIKAN_MENURUT_TINGKAT = tuple(sorted(PENDIDIKAN, key=lambda p: (_URUTAN[p], PENDIDIKAN.index(p))))

# What the rules do not name, as defaults a regency may replace (ASN Merit Settings):
# (ceiling of regular promotion, starting rank of a CPNS).
SETARA_BAWAAN = {
	NERS: ("III/d", "III/a"),  # with S1: not named in Pasal 8 huruf g
	SP_I: ("IV/a", "III/b"),  # with S2 (KKNI level 8): "ijazah lain yang setara", Pasal 8 huruf g
	SP_II: ("IV/b", "III/c"),  # with S3 (KKNI level 9)
}

# Highest golongan reachable by regular rank promotion (PP 99/2000 Pasal 8 as amended by PP 12/2002).
BATAS_GOLONGAN_REGULER = {
	"SD": "II/a",  # huruf a
	"SLTP": "II/c",  # huruf b
	"SLTP Kejuruan": "II/d",  # huruf c
	"SLTA": "III/b",  # huruf d
	"D-I": "III/b",
	"D-II": "III/b",
	"D-III": "III/c",  # huruf e
	SARJANA_MUDA: "III/c",
	AKADEMI: "III/c",
	"S1": "III/d",  # huruf f
	"D-IV": "III/d",
	"S2": "IV/a",  # huruf g
	DOKTER: "IV/a",
	DOKTER_GIGI: "IV/a",  # an ijazah dokter (gigi)
	APOTEKER: "IV/a",
	"S3": "IV/b",  # huruf h
} | {pendidikan: batas for pendidikan, (batas, _awal) in SETARA_BAWAAN.items()}

# Golongan a CPNS is appointed in (PP 98/2000 Pasal 11 ayat (4) as amended by PP 11/2002).
GOLONGAN_AWAL = {
	"SD": "I/a",  # huruf a
	"SLTP": "I/c",  # huruf b: SLTP "atau yang setingkat"
	"SLTP Kejuruan": "I/c",
	"SLTA": "II/a",  # huruf c
	"D-I": "II/a",
	"D-II": "II/b",  # huruf d
	"D-III": "II/c",  # huruf e
	SARJANA_MUDA: "II/c",
	AKADEMI: "II/c",
	"S1": "III/a",  # huruf f
	"D-IV": "III/a",
	"S2": "III/b",  # huruf g
	DOKTER: "III/b",
	DOKTER_GIGI: "III/b",
	APOTEKER: "III/b",
	"S3": "III/c",  # huruf h
} | {pendidikan: awal for pendidikan, (_batas, awal) in SETARA_BAWAAN.items()}


def _check(pendidikan: str) -> None:
	if pendidikan not in _TINGKAT:
		raise ValueError(
			f"Pendidikan '{pendidikan}' tidak dikenal; gunakan salah satu dari {', '.join(PENDIDIKAN)}."
		)


def tingkat_pendidikan(pendidikan: str) -> int:
	"""The level (jenjang) of an education, 1 (SD) to 10 (S3, Sp-II); see _TINGKAT."""
	_check(pendidikan)
	return _TINGKAT[pendidikan]


def urutan_pendidikan(pendidikan: str) -> int:
	"""A number to compare educations by ("at least S1"): finer than `tingkat_pendidikan`, it puts
	a profession above the degree it follows (Ners above S1, Sp-I above Dokter and S2)."""
	_check(pendidikan)
	return _URUTAN[pendidikan]


def batas_golongan_reguler(pendidikan: str, setara: Mapping[str, str] | None = None) -> str:
	"""The highest golongan regular rank promotion reaches with this education (PP 99/2000
	Pasal 8 as amended by PP 12/2002). `setara` replaces the defaults for the levels Pasal 8
	does not name (Ners, Sp-I, Sp-II), e.g. {"Sp-I": "IV/b"} after an equivalence ruling."""
	_check(pendidikan)
	if setara and pendidikan in SETARA_BAWAAN and setara.get(pendidikan):
		return setara[pendidikan]
	return BATAS_GOLONGAN_REGULER[pendidikan]


def golongan_awal(pendidikan: str, setara: Mapping[str, str] | None = None) -> str:
	"""The golongan a CPNS with this education is appointed in (PP 98/2000 Pasal 11 ayat (4) as
	amended by PP 11/2002). `setara` replaces the defaults for Ners, Sp-I and Sp-II."""
	_check(pendidikan)
	if setara and pendidikan in SETARA_BAWAAN and setara.get(pendidikan):
		return setara[pendidikan]
	return GOLONGAN_AWAL[pendidikan]
