"""Calendar-day deadlines: rules that count in "hari", not "hari kerja".

PP 30/2019 says "hari kerja" where it means working days (Pasal 50) and plain "hari" elsewhere, so
its 14 days to hand over, sign and return, or object to an appraisal (Pasal 49(2)-(3), 59(1)) are
calendar days; so are UU 25/2009's complaint clocks (Pasal 44(3)-(4), 50(1)-(2)), which never say
"hari kerja". Working days are in merit.working_days.
"""

from datetime import date, timedelta


def batas_waktu(mulai: date, hari: int) -> date:
	"""The last day to act: `hari` calendar days after `mulai`."""
	if hari < 0:
		raise ValueError("Jumlah hari tidak boleh negatif.")
	return mulai + timedelta(days=hari)


def masih_dalam_batas(tanggal: date, batas: date) -> bool:
	"""True through the whole last day."""
	return tanggal <= batas
