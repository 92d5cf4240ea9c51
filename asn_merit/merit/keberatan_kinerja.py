"""The appraisee's objection to an appraisal (keberatan atas hasil penilaian kinerja), PP 30/2019.

Clocks, all in calendar days ("hari") except the superior's finalisation ("hari kerja"):

- Pasal 49(2): the assessor hands the signed appraisal to the appraisee within 14 days of signing it.
- Pasal 49(3): the appraisee signs and returns it within 14 days of receiving it. Signing is an
  obligation, an acknowledgement of receipt, not acceptance of the result.
- Pasal 50: if either side has not signed after those 14 days, the assessor's superior sets and
  signs it within 7 working days.
- Pasal 59(1): the appraisee may object, with reasons, to the assessor's superior within 14 days of
  receipt; Pasal 59(4): the superior may change the result, and the ruling is final.

So the objection window runs from receipt, and signing or acknowledging (Pasal 49(3)) does not close
it. When the receipt date is not on record, the window runs from the latest day the appraisal could
have been received: the signing (penetapan) date plus the 14 handover days of Pasal 49(2). That
choice never refuses an objection the appraisee may still have been entitled to file; its cost is an
objection window that can end up to 14 days late, which the assessor avoids by recording receipt.
"""

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from asn_merit.merit.dates import format_date
from asn_merit.merit.tenggat import batas_waktu, masih_dalam_batas
from asn_merit.merit.working_days import add_working_days

HARI_PENYERAHAN = 14  # PP 30/2019 Pasal 49(2): assessor hands the appraisal over, days from signing
HARI_TANDA_TANGAN = 14  # PP 30/2019 Pasal 49(3): appraisee signs and returns, days from receipt
HARI_KERJA_PENETAPAN_ATASAN = 7  # PP 30/2019 Pasal 50: superior sets it, working days
HARI_KEBERATAN_KINERJA = 14  # PP 30/2019 Pasal 59(1): objection, days from receipt


@dataclass(frozen=True)
class JendelaKeberatanKinerja:
	mulai: date  # the receipt date the clocks run from
	batas_pengajuan: date  # last day to object (Pasal 59(1))
	batas_tanda_tangan: date  # last day to sign and return (Pasal 49(3))
	diterima_diperkirakan: bool  # receipt unknown: the latest possible receipt was assumed


def tanggal_diterima_terlambat(tanggal_penetapan: date, hari_penyerahan: int = HARI_PENYERAHAN) -> date:
	"""The latest day a signed appraisal can reach the appraisee (PP 30/2019 Pasal 49(2))."""
	return batas_waktu(tanggal_penetapan, hari_penyerahan)


def jendela_keberatan_kinerja(
	tanggal_diterima: date | None,
	tanggal_penetapan: date | None = None,
	hari_keberatan: int = HARI_KEBERATAN_KINERJA,
	hari_penyerahan: int = HARI_PENYERAHAN,
) -> JendelaKeberatanKinerja:
	"""The objection window of PP 30/2019 Pasal 59(1): 14 days from receipt of the appraisal.

	`tanggal_penetapan` is the day the assessor signed (finalised) it. Without a receipt date the
	window runs from the latest possible receipt, penetapan + 14 days (Pasal 49(2)); see the module
	docstring. ValueError when neither date is known or receipt precedes penetapan.
	"""
	if tanggal_diterima is None and tanggal_penetapan is None:
		raise ValueError("Tanggal penetapan atau tanggal diterima penilaian kinerja harus diketahui.")
	if tanggal_diterima and tanggal_penetapan and tanggal_diterima < tanggal_penetapan:
		raise ValueError(_pesan_diterima_sebelum_penetapan(tanggal_diterima, tanggal_penetapan))
	diperkirakan = tanggal_diterima is None
	mulai = tanggal_diterima or tanggal_diterima_terlambat(tanggal_penetapan, hari_penyerahan)
	return JendelaKeberatanKinerja(
		mulai=mulai,
		batas_pengajuan=batas_waktu(mulai, hari_keberatan),
		batas_tanda_tangan=batas_waktu(mulai, HARI_TANDA_TANGAN),
		diterima_diperkirakan=diperkirakan,
	)


def cek_keberatan_kinerja(
	tanggal_diterima: date | None,
	tanggal_pengajuan: date,
	sudah_menerima: bool = False,
	tanggal_penetapan: date | None = None,
	hari_keberatan: int = HARI_KEBERATAN_KINERJA,
	hari_penyerahan: int = HARI_PENYERAHAN,
) -> list[str]:
	"""Why an objection filed on `tanggal_pengajuan` cannot be accepted; empty when it can.

	PP 30/2019 Pasal 59(1): within 14 days of receipt. `sudah_menerima` (the appraisee has signed or
	acknowledged the appraisal, Pasal 49(3)) changes nothing: signing is mandatory and does not waive
	the objection. Checking that no other objection is pending is the caller's.
	"""
	if tanggal_diterima is None and tanggal_penetapan is None:
		return ["Penilaian kinerja belum ditetapkan; keberatan belum dapat diajukan."]
	if tanggal_diterima and tanggal_penetapan and tanggal_diterima < tanggal_penetapan:
		return [_pesan_diterima_sebelum_penetapan(tanggal_diterima, tanggal_penetapan)]
	paling_awal = tanggal_penetapan or tanggal_diterima
	if tanggal_pengajuan < paling_awal:
		return [
			"Keberatan tidak dapat diajukan sebelum penilaian kinerja ditetapkan "
			f"({format_date(paling_awal)})."
		]
	jendela = jendela_keberatan_kinerja(tanggal_diterima, tanggal_penetapan, hari_keberatan, hari_penyerahan)
	if masih_dalam_batas(tanggal_pengajuan, jendela.batas_pengajuan):
		return []
	batas = format_date(jendela.batas_pengajuan)
	aturan = f"keberatan diajukan paling lama {hari_keberatan} hari sejak penilaian diterima"
	if jendela.diterima_diperkirakan:
		return [
			f"Batas pengajuan keberatan ({batas}) sudah lewat: {aturan} (PP 30/2019 Pasal 59 ayat (1)). "
			"Tanggal diterima tidak tercatat, maka dipakai tanggal paling lambat penilaian diterima, "
			f"{format_date(jendela.mulai)}: tanggal penetapan ditambah {hari_penyerahan} hari penyerahan "
			"(Pasal 49 ayat (2))."
		]
	return [
		f"Batas pengajuan keberatan ({batas}) sudah lewat: {aturan} pada {format_date(jendela.mulai)} "
		"(PP 30/2019 Pasal 59 ayat (1))."
	]


def batas_penetapan_atasan(
	batas_tanda_tangan: date, holidays: Collection[date] = (), hari_kerja: int = HARI_KERJA_PENETAPAN_ATASAN
) -> date:
	"""PP 30/2019 Pasal 50: when the 14 signing days have passed unsigned, the assessor's superior
	sets and signs the appraisal within 7 working days."""
	return add_working_days(batas_tanda_tangan, hari_kerja, holidays)


def _pesan_diterima_sebelum_penetapan(tanggal_diterima: date, tanggal_penetapan: date) -> str:
	return (
		f"Tanggal penilaian diterima ({format_date(tanggal_diterima)}) tidak boleh sebelum tanggal "
		f"penetapannya ({format_date(tanggal_penetapan)})."
	)
