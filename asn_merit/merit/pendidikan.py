"""Education levels, their order, and the rank ceiling each allows (PP 99/2000 Pasal 8)."""

# In order; S1 and D-IV are the same level.
PENDIDIKAN = ("SD", "SLTP", "SLTP Kejuruan", "SLTA", "D-I", "D-II", "D-III", "S1", "D-IV", "S2", "S3")
_TINGKAT = {
	"SD": 1,
	"SLTP": 2,
	"SLTP Kejuruan": 3,
	"SLTA": 4,
	"D-I": 5,
	"D-II": 6,
	"D-III": 7,
	"S1": 8,
	"D-IV": 8,
	"S2": 9,
	"S3": 10,
}

# Highest golongan reachable by regular rank promotion for each education level.
BATAS_GOLONGAN_REGULER = {
	"SD": "II/a",
	"SLTP": "II/c",
	"SLTP Kejuruan": "II/d",
	"SLTA": "III/b",
	"D-I": "III/b",
	"D-II": "III/b",
	"D-III": "III/c",
	"S1": "III/d",
	"D-IV": "III/d",
	"S2": "IV/a",
	"S3": "IV/b",
}


def tingkat_pendidikan(pendidikan: str) -> int:
	try:
		return _TINGKAT[pendidikan]
	except KeyError:
		raise ValueError(
			f"Pendidikan '{pendidikan}' tidak dikenal; gunakan salah satu dari {', '.join(PENDIDIKAN)}."
		)
