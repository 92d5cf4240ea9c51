"""Calendar-day deadlines (PP 30/2019 Pasal 59: 14 days to accept or object to an appraisal)."""

from datetime import date, timedelta


def batas_waktu(mulai: date, hari: int) -> date:
	"""The last day to act: `hari` calendar days after `mulai`."""
	if hari < 0:
		raise ValueError("Jumlah hari tidak boleh negatif.")
	return mulai + timedelta(days=hari)


def masih_dalam_batas(tanggal: date, batas: date) -> bool:
	"""True through the whole last day."""
	return tanggal <= batas
