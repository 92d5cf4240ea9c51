"""The handling states of a Pengaduan Masyarakat and which moves between them are allowed.

Perpres 76/2013 and UU 25/2009 Pasal 42-50: received, verified, forwarded to the unit (disposisi), answered, closed,
with the "bukan kewenangan" and "tidak lengkap" branches. The complainant may reopen an answered
case once. The controller asks this module before it changes a status, so a guest-sent status
can never move a case.
"""

DITERIMA = "Diterima"
TERVERIFIKASI = "Terverifikasi"
DIDISPOSISIKAN = "Didisposisikan"
DIJAWAB = "Dijawab"
SELESAI = "Selesai"
BUKAN_KEWENANGAN = "Bukan Kewenangan"
TIDAK_LENGKAP = "Tidak Lengkap"

STATUSES = (DITERIMA, TERVERIFIKASI, DIDISPOSISIKAN, DIJAWAB, SELESAI, BUKAN_KEWENANGAN, TIDAK_LENGKAP)

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


def check_transition(current: str, target: str, reopen_count: int = 0) -> None:
	"""Raise TransitionRefused unless `current` may move to `target`.

	Answered back to forwarded is the complainant's reopen, allowed MAX_REOPENS times.
	"""
	if target not in TRANSITIONS.get(current, set()):
		raise TransitionRefused(f"{current} -> {target}")
	if is_reopen(current, target) and reopen_count >= MAX_REOPENS:
		raise TransitionRefused("reopen limit reached")


def is_reopen(current: str, target: str) -> bool:
	return current == DIJAWAB and target == DIDISPOSISIKAN


def should_auto_close(status: str, silent_working_days: int, close_after: int) -> bool:
	"""An answered case whose complainant stays silent for `close_after` working days closes."""
	return status == DIJAWAB and silent_working_days >= close_after
