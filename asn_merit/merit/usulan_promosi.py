"""Guards of a promotion proposal (Usulan Promosi): rotation window, ranking, election period,
objection window and rank-promotion periods. Reasons come back in Bahasa Indonesia."""

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from asn_merit.merit.dates import format_date, format_lama, lama
from asn_merit.merit.working_days import add_working_days

PROMOSI_JABATAN = "Promosi Jabatan"
KP_REGULER = "Kenaikan Pangkat Reguler"
KP_PILIHAN = "Kenaikan Pangkat Pilihan"
ROTASI = "Rotasi"
JENIS = (PROMOSI_JABATAN, KP_REGULER, KP_PILIHAN, ROTASI)
MENGUBAH_JABATAN = {PROMOSI_JABATAN, ROTASI}
MENGUBAH_PANGKAT = {KP_REGULER, KP_PILIHAN}

# Peraturan BKN 4/2023: rank promotions are proposed for these dates (month, day) from 2024.
PERIODE_KENAIKAN_PANGKAT = ((2, 1), (4, 1), (6, 1), (8, 1), (10, 1), (12, 1))

HARI_KERJA_KEBERATAN = 14  # PP 79/2021 Pasal 4(2): filing window, working days from receipt of the decision
HARI_KERJA_KEPUTUSAN = 21  # PP 79/2021 Pasal 5(1): the PPK decides within 21 working days of receiving it


def cek_jendela_rotasi(tmt_jabatan: date | None, tanggal: date, min_tahun: int, max_tahun: int) -> list[str]:
	"""Rotation needs at least 2 and at most 5 years in the current post (PP 11/2017 Pasal 190
	ayat (3)), counted in days from the TMT: exactly 2 years is enough, 5 years and 1 day is past
	the maximum. This window bounds rotation only, never a promotion (merit.eligibility)."""
	if not tmt_jabatan:
		return ["TMT jabatan saat ini belum tercatat; masa jabatan tidak dapat dihitung."]
	if tmt_jabatan > tanggal:
		return [
			f"TMT jabatan saat ini ({format_date(tmt_jabatan)}) sesudah tanggal rotasi ({format_date(tanggal)})."
		]
	tahun, hari = lama(tmt_jabatan, tanggal)
	if tahun < min_tahun:
		return [
			f"Baru {format_lama(tahun, hari)} di jabatan sekarang; rotasi paling cepat setelah {min_tahun} tahun."
		]
	if (tahun, hari) > (max_tahun, 0):
		return [
			f"Sudah {format_lama(tahun, hari)} di jabatan sekarang, melewati batas {max_tahun} tahun; "
			"rotasi seharusnya sudah dilakukan, catat alasannya."
		]
	return []


def perlu_alasan_penyimpangan(peringkat: int | None) -> bool:
	"""Anyone but the best-ranked eligible candidate needs a written reason on record."""
	return peringkat != 1


def dalam_masa_pilkada(tanggal: date, mulai: date | None, selesai: date | None) -> bool:
	"""UU 10/2016 Pasal 71(2) and 162(3): replacing officials needs the Home Affairs Minister."""
	return bool(mulai and selesai and mulai <= tanggal <= selesai)


@dataclass(frozen=True)
class JendelaKeberatan:
	batas_pengajuan: date
	batas_keputusan: date | None


def jendela_keberatan(
	tanggal_sk: date,
	holidays: Collection[date] = (),
	tanggal_keberatan: date | None = None,
	tanggal_diterima: date | None = None,
) -> JendelaKeberatan:
	"""PP 79/2021: keberatan within 14 working days from the day the employee received the decision
	(Pasal 4(2)); the PPK decides within 21 working days of receiving the keberatan (Pasal 5(1)),
	counted here from `tanggal_keberatan`, the filing date.

	Without `tanggal_diterima` the window runs from `tanggal_sk`, the earliest possible receipt (the
	meaning this function had before): callers should record and pass the receipt date.
	"""
	batas_pengajuan = add_working_days(tanggal_diterima or tanggal_sk, HARI_KERJA_KEBERATAN, holidays)
	batas_keputusan = (
		add_working_days(tanggal_keberatan, HARI_KERJA_KEPUTUSAN, holidays) if tanggal_keberatan else None
	)
	return JendelaKeberatan(batas_pengajuan, batas_keputusan)


def cek_pengajuan_keberatan(
	tanggal_keberatan: date, tanggal_sk: date | None, batas: date | None, tanggal_diterima: date | None = None
) -> list[str]:
	"""PP 79/2021 Pasal 4(2)-(3): a keberatan after `batas` (jendela_keberatan, from receipt) is ruled
	"tidak dapat diterima"."""
	if not tanggal_sk or not batas:
		return ["Keberatan hanya dapat diajukan atas keputusan yang sudah ditetapkan."]
	if tanggal_diterima and tanggal_diterima < tanggal_sk:
		return ["Tanggal SK diterima tidak boleh sebelum tanggal SK."]
	if tanggal_keberatan < tanggal_sk:
		return ["Tanggal keberatan tidak boleh sebelum tanggal SK."]
	if tanggal_keberatan > batas:
		return [
			f"Keberatan tidak dapat diterima: batas pengajuan {HARI_KERJA_KEBERATAN} hari kerja sejak "
			f"keputusan diterima berakhir {format_date(batas)} (PP 79/2021 Pasal 4 ayat (2))."
		]
	return []


def periode_kenaikan_pangkat_berikutnya(tanggal: date) -> date:
	"""The first rank-promotion period date after `tanggal`."""
	for year in (tanggal.year, tanggal.year + 1):
		for month, day in PERIODE_KENAIKAN_PANGKAT:
			periode = date(year, month, day)
			if periode > tanggal:
				return periode
	raise AssertionError("unreachable: every year has periods")
