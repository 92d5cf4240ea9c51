"""The handling states of a Pengaduan Masyarakat and which moves between them are allowed.

Perpres 76/2013 and UU 25/2009 Pasal 42-50: received, verified, forwarded to the unit (disposisi),
answered, closed, with the "bukan kewenangan" and "tidak lengkap" branches. The complainant may reopen an answered
case once. The controller asks this module before it changes a status, so a guest-sent status
can never move a case.

An incomplete complaint ("tidak lengkap") may be closed only once the complainant's 30 days to
complete it have passed (UU 25/2009 Pasal 44(4)-(5): then the complaint is deemed withdrawn), or
when the complainant withdraws it.
"""

from datetime import date

from asn_merit.merit.dates import format_date
from asn_merit.merit.pengaduan_deadlines import HARI_KELENGKAPAN, batas_kelengkapan

DITERIMA = "Diterima"
TERVERIFIKASI = "Terverifikasi"
DIDISPOSISIKAN = "Didisposisikan"
DIJAWAB = "Dijawab"
SELESAI = "Selesai"
BUKAN_KEWENANGAN = "Bukan Kewenangan"
TIDAK_LENGKAP = "Tidak Lengkap"

STATUSES = (DITERIMA, TERVERIFIKASI, DIDISPOSISIKAN, DIJAWAB, SELESAI, BUKAN_KEWENANGAN, TIDAK_LENGKAP)
# Where the agency still owes the answer (UU 25/2009 Pasal 50): only these can be late. Answered,
# "bukan kewenangan" and incomplete complaints wait for the complainant, not for the agency.
MENUNGGU_INSTANSI = (DITERIMA, TERVERIFIKASI, DIDISPOSISIKAN)

TRANSITIONS = {
	DITERIMA: {TERVERIFIKASI, BUKAN_KEWENANGAN, TIDAK_LENGKAP},
	TIDAK_LENGKAP: {DITERIMA, SELESAI},
	TERVERIFIKASI: {DIDISPOSISIKAN},
	DIDISPOSISIKAN: {DIJAWAB},
	DIJAWAB: {SELESAI, DIDISPOSISIKAN},
	BUKAN_KEWENANGAN: {SELESAI},
	SELESAI: set(),
}

MAX_REOPENS = 1


class TransitionRefused(ValueError):
	pass


def check_transition(
	current: str,
	target: str,
	reopen_count: int = 0,
	hari_ini: date | None = None,
	tanggal_tanggapan: date | None = None,
	dicabut_pelapor: bool = False,
) -> None:
	"""Raise TransitionRefused unless `current` may move to `target`.

	Answered back to forwarded is the complainant's reopen, allowed MAX_REOPENS times. Given
	`hari_ini`, closing an incomplete complaint is also checked against the complainant's 30 days
	(cek_tutup_tidak_lengkap); the refusal's text is then the reason, in Bahasa Indonesia.
	"""
	if target not in TRANSITIONS.get(current, set()):
		raise TransitionRefused(f"{current} -> {target}")
	if is_reopen(current, target) and reopen_count >= MAX_REOPENS:
		raise TransitionRefused("reopen limit reached")
	if current == TIDAK_LENGKAP and target == SELESAI and hari_ini is not None:
		if reasons := cek_tutup_tidak_lengkap(tanggal_tanggapan, hari_ini, dicabut_pelapor):
			raise TransitionRefused(reasons[0])


def is_reopen(current: str, target: str) -> bool:
	return current == DIJAWAB and target == DIDISPOSISIKAN


def should_auto_close(status: str, silent_working_days: int, close_after: int) -> bool:
	"""An answered case whose complainant stays silent for `close_after` working days closes."""
	return status == DIJAWAB and silent_working_days >= close_after


def cek_tutup_tidak_lengkap(
	tanggal_tanggapan: date | None,
	hari_ini: date,
	dicabut_pelapor: bool = False,
	hari: int = HARI_KELENGKAPAN,
) -> list[str]:
	"""Why an incomplete complaint may not be closed on `hari_ini`; empty when it may.

	UU 25/2009 Pasal 44(4)-(5): the complainant completes the file within 30 days of receiving the
	answer that it is incomplete (`tanggal_tanggapan`); only after that last day is the complaint deemed
	withdrawn. A complainant who withdraws it (`dicabut_pelapor`) may have it closed at once.
	"""
	if dicabut_pelapor:
		return []
	if tanggal_tanggapan is None:
		return [
			"Tanggal tanggapan 'tidak lengkap' kepada pelapor belum tercatat; batas waktu melengkapi "
			"tidak dapat dihitung, pengaduan belum dapat ditutup."
		]
	batas = batas_kelengkapan(tanggal_tanggapan, hari)
	if hari_ini <= batas:
		return [
			"Pengaduan belum dapat ditutup: pelapor masih dapat melengkapi berkas sampai "
			f"{format_date(batas)} ({hari} hari sejak menerima tanggapan, UU 25/2009 Pasal 44 ayat (4)-(5))."
		]
	return []


def should_close_incomplete(status: str, hari_ini: date, tanggal_tanggapan: date | None) -> bool:
	"""An incomplete complaint not completed by its last day is deemed withdrawn (UU 25/2009 Pasal 44(5))."""
	return (
		status == TIDAK_LENGKAP
		and tanggal_tanggapan is not None
		and not cek_tutup_tidak_lengkap(tanggal_tanggapan, hari_ini)
	)
