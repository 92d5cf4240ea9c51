"""Competency standards of the demo's jabatan and the levels its assessments find.

Every jabatan carries the eight managerial competencies and the socio-cultural one named by
PermenPANRB 38/2017 (Standar Kompetensi Jabatan ASN), at a level that rises with the post (the
ladder below is the demo's, not a figure from the regulation). An assessment measures all nine;
what it finds follows the level of the post the ASN holds, moved up or down by potential.

Levels, and who among the not yet assessed sat BKN's CACT, are drawn from a random source of
each person's own (seeded by the NIP): the demo's shared source is not drawn from here, so the
records made after the assessments (complaints, selection, proposals) stay as they were for a
seed.
"""

import random
from datetime import date, timedelta

MANAJERIAL = (
	"Integritas",
	"Kerja Sama",
	"Komunikasi",
	"Orientasi pada Hasil",
	"Pelayanan Publik",
	"Pengembangan Diri dan Orang Lain",
	"Mengelola Perubahan",
	"Pengambilan Keputusan",
)
SOSIAL_KULTURAL = ("Perekat Bangsa",)
LEVEL_JENIS = {"JPT Utama": 5, "JPT Madya": 5, "JPT Pratama": 4, "Administrator": 3, "Pengawas": 2}
LEVEL_JENJANG = {"Ahli Utama": 4, "Ahli Madya": 3, "Ahli Muda": 2, "Penyelia": 2}
MAX_LEVEL = 5  # Hasil Asesmen and Jabatan accept levels 1 to 5
SHARE_CACT = 0.7  # of the ASN no assessment centre saw, those who sat BKN's CACT
POTENSIAL_TENGAH = 70  # a potential score that finds the level of the post held
POTENSIAL_PER_LEVEL = 12  # each 12 points above or below moves the level found by one


def level_standar(template) -> int:
	"""The level a post requires: structural by type, functional by jenjang, else 1."""
	return LEVEL_JENIS.get(template.jenis) or LEVEL_JENJANG.get(template.jenjang) or 1


def standar_kompetensi(template) -> list[dict]:
	level = level_standar(template)
	return [
		*({"jenis_kompetensi": "Manajerial", "kompetensi": nama, "level": level} for nama in MANAJERIAL),
		*(
			{"jenis_kompetensi": "Sosial Kultural", "kompetensi": nama, "level": min(level, 3)}
			for nama in SOSIAL_KULTURAL
		),
	]


def own_random(pegawai, purpose: str) -> random.Random:
	return random.Random(f"{purpose}:{pegawai.nip}")


def sat_cact(pegawai) -> bool:
	return own_random(pegawai, "cact").random() < SHARE_CACT


def cact_row(pegawai, name: str, today: date) -> dict:
	rng = own_random(pegawai, "cact-hasil")
	return {
		"name": name,
		"employee": pegawai.name,
		"employee_name": pegawai.employee_name,
		"tanggal_asesmen": today - timedelta(days=rng.randint(30, 700)),
		"sumber": "CACT BKN",
		"lembaga": "Badan Kepegawaian Negara",
		"skor_potensial": round(rng.triangular(40, 92, 68), 1),
		"docstatus": 1,
	}


def levels_found(pegawai, skor_potensial: float) -> list[dict]:
	"""The nine competencies as an assessment finds them in this ASN (submitted child rows)."""
	rng = own_random(pegawai, "kompetensi")
	base = level_standar(pegawai.template) + (skor_potensial - POTENSIAL_TENGAH) / POTENSIAL_PER_LEVEL
	return [
		{
			"jenis_kompetensi": row["jenis_kompetensi"],
			"kompetensi": row["kompetensi"],
			"level": min(max(round(base + rng.gauss(0, 0.6)), 1), MAX_LEVEL),
			"docstatus": 1,
		}
		for row in standar_kompetensi(pegawai.template)
	]
