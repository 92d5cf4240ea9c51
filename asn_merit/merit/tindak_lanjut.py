"""What follows an annual predikat (PP 30/2019 Pasal 53-58; PermenPANRB 6/2022 follow-up stage).

- Pasal 53(1): Sangat Baik two years running may be prioritised for the talent pool (kelompok
  rencana suksesi) of the agency.
- Pasal 53(2): Baik two years running may be prioritised for further competence development.
- Pasal 56: JPT, administrasi and fungsional officials who miss their targets may get administrative
  sanctions up to dismissal, through the steps of Pasal 57-58 only:
- Pasal 57: a JPT rated Cukup, Kurang or Sangat Kurang for a year (in normal conditions, without
  force majeure, 57(2)) gets 6 months to improve, then a new competency test, then may be moved or
  placed lower.
- Pasal 58: a pejabat administrasi (administrator, pengawas, pelaksana) or pejabat fungsional rated
  Kurang or Sangat Kurang gets 6 months to improve, then a new competency test; failing the post's
  standard, a move or lower post; with none vacant, a temporary post for at most 1 year; after that,
  with still no vacancy, honourable discharge (Pasal 58(5)).

No predikat, Sangat Kurang included, dismisses by itself. PP 30/2019 names the old scale (Pasal
41(5): Sangat Baik, Baik, Cukup, Kurang, Sangat Kurang); PermenPANRB 6/2022's labels take the same
five places, so Butuh Perbaikan stands where Cukup stood and Kurang/Misconduct where Kurang stood
(PADANAN_PP_30_2019; an equivalence by position, to be confirmed by the legal officer).
"""

from dataclasses import dataclass, field

from asn_merit.merit.predikat import (
	BAIK,
	BUTUH_PERBAIKAN,
	KURANG,
	SANGAT_BAIK,
	SANGAT_KURANG,
	peringkat_predikat,
)

# PermenPANRB 6/2022 predikat -> the PP 30/2019 Pasal 41(5) predikat in the same place.
PADANAN_PP_30_2019 = {
	SANGAT_BAIK: "Sangat Baik",
	BAIK: "Baik",
	BUTUH_PERBAIKAN: "Cukup",
	KURANG: "Kurang",
	SANGAT_KURANG: "Sangat Kurang",
}

JPT = ("JPT Utama", "JPT Madya", "JPT Pratama")
# Pejabat administrasi (UU 5/2014 Pasal 14) and pejabat fungsional: merit.jabatan.JENIS_JABATAN.
ADMINISTRASI_FUNGSIONAL = ("Administrator", "Pengawas", "Pelaksana", "Fungsional")

BULAN_PERBAIKAN = 6  # PP 30/2019 Pasal 57(1), 58(1)
TAHUN_PENEMPATAN_SEMENTARA = 1  # PP 30/2019 Pasal 58(4)


@dataclass(frozen=True)
class TindakLanjut:
	kandidat_talent_pool: bool
	perlu_pengembangan: bool
	catatan: list[str]
	# Pasal 53(2): Baik two years running, priority for further competence development.
	prioritas_pengembangan_kompetensi: bool = False
	# Pasal 57(1) / 58(1): 6 months to improve, then a new competency test.
	masa_perbaikan_kinerja: bool = False
	# The note behind perlu_pengembangan, for the development to-do (also the last of `catatan`).
	catatan_pengembangan: str | None = None
	dasar: list[str] = field(default_factory=list)  # the articles applied


def tindak_lanjut_predikat(
	predikat_per_tahun: dict[int, str], tahun: int, jenis_jabatan: str | None = None
) -> TindakLanjut:
	"""The follow-up of the predikat of `tahun` (and `tahun - 1`) under PP 30/2019 Pasal 53-58.

	Sangat Baik this year and last: a talent-pool candidate (Pasal 53(1)). Baik this year and last:
	priority for further competence development (Pasal 53(2)). Butuh Perbaikan or worse this year: a
	development or coaching action is due (perlu_pengembangan, Pasal 51(4)). The 6-month improvement
	period (masa_perbaikan_kinerja) starts for a JPT at Butuh Perbaikan or worse (Pasal 57) and for
	everyone else at Kurang/Misconduct or worse (Pasal 58); `jenis_jabatan` (merit.jabatan.JENIS_JABATAN)
	tells them apart; without it only Kurang/Misconduct or worse, which both articles cover, starts it.
	"""
	sekarang, lalu = predikat_per_tahun.get(tahun), predikat_per_tahun.get(tahun - 1)
	catatan, dasar = [], []

	talent = sekarang == SANGAT_BAIK and lalu == SANGAT_BAIK
	if talent:
		catatan.append(
			f"Sangat Baik dua tahun berturut-turut ({tahun - 1} dan {tahun}): prioritas kelompok talenta."
		)
		dasar.append("PP 30/2019 Pasal 53 ayat (1)")

	prioritas = sekarang == BAIK and lalu == BAIK
	if prioritas:
		catatan.append(
			f"Baik dua tahun berturut-turut ({tahun - 1} dan {tahun}): dapat diprioritaskan untuk "
			"pengembangan kompetensi lebih lanjut."
		)
		dasar.append("PP 30/2019 Pasal 53 ayat (2)")

	pengembangan = sekarang is not None and peringkat_predikat(sekarang) <= peringkat_predikat(
		BUTUH_PERBAIKAN
	)
	perbaikan = sekarang is not None and peringkat_predikat(sekarang) <= peringkat_predikat(
		BUTUH_PERBAIKAN if jenis_jabatan in JPT else KURANG
	)
	catatan_pengembangan = None
	if pengembangan:
		catatan_pengembangan = (
			f"Predikat {sekarang} tahun {tahun}: perlu rencana pengembangan kompetensi atau pembinaan."
		)
		dasar.append("PP 30/2019 Pasal 51 ayat (4)")
		if perbaikan:
			pasal = "57" if jenis_jabatan in JPT else "58"
			catatan_pengembangan += (
				f" Diberi kesempatan {BULAN_PERBAIKAN} bulan untuk memperbaiki kinerja; bila tidak membaik, "
				f"wajib mengikuti uji kompetensi kembali (PP 30/2019 Pasal {pasal})."
			)
			dasar.append(f"PP 30/2019 Pasal {pasal}")
		catatan.append(catatan_pengembangan)
	return TindakLanjut(
		kandidat_talent_pool=talent,
		perlu_pengembangan=pengembangan,
		catatan=catatan,
		prioritas_pengembangan_kompetensi=prioritas,
		masa_perbaikan_kinerja=perbaikan,
		catatan_pengembangan=catatan_pengembangan,
		dasar=dasar,
	)


def langkah_setelah_perbaikan(
	membaik: bool,
	memenuhi_standar_kompetensi: bool | None = None,
	ada_jabatan_lowong: bool | None = None,
	jenis_jabatan: str | None = None,
) -> str:
	"""The next step after the 6 improvement months (PP 30/2019 Pasal 57 for a JPT, 58 for the rest).

	Improved: nothing further. Not improved: a new competency test (Pasal 57(3), 58(2)); below the
	post's standard: a move to a post matching the competence or a lower one (Pasal 57(4), 58(3)). Only
	Pasal 58 goes on: none vacant, a temporary post for at most 1 year (58(4)); after that year with
	still no vacancy, honourable discharge (58(5)).
	"""
	pasal = "57" if jenis_jabatan in JPT else "58"
	if membaik:
		return "Kinerja membaik: tidak ada tindak lanjut sanksi."
	if memenuhi_standar_kompetensi is None:
		ayat = "3" if pasal == "57" else "2"
		return (
			"Kinerja tidak membaik: wajib mengikuti uji kompetensi kembali "
			f"(PP 30/2019 Pasal {pasal} ayat ({ayat}))."
		)
	if memenuhi_standar_kompetensi:
		return "Memenuhi standar kompetensi jabatan: tetap pada jabatannya, lanjutkan pembinaan kinerja."
	if pasal == "57" or ada_jabatan_lowong is None or ada_jabatan_lowong:
		ayat = "4" if pasal == "57" else "3"
		return (
			"Tidak memenuhi standar kompetensi jabatan: dapat dipindahkan ke jabatan lain yang sesuai "
			"kompetensinya atau ditempatkan pada jabatan yang lebih rendah "
			f"(PP 30/2019 Pasal {pasal} ayat ({ayat}))."
		)
	return (
		f"Tidak tersedia jabatan yang sesuai atau lebih rendah yang lowong: ditempatkan sementara paling "
		f"lama {TAHUN_PENEMPATAN_SEMENTARA} tahun; bila setelah itu tetap tidak ada lowongan, diberhentikan "
		"dengan hormat (PP 30/2019 Pasal 58 ayat (4)-(5))."
	)
