"""Which deadlines a complaint carries, in working days, from its category and received date.

Day counts come from the caller (Pengaduan Settings, defaulting to the SP4N-LAPOR!
values), so a regency can follow a changed regulation without a code change.
"""

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date

from asn_merit.merit.working_days import add_working_days

ASPIRASI = "Aspirasi"
PENGADUAN = "Pengaduan"
BERKADAR_PENGAWASAN = "Pengaduan Berkadar Pengawasan"
PERMINTAAN_INFORMASI = "Permintaan Informasi"
CATEGORIES = (ASPIRASI, PENGADUAN, BERKADAR_PENGAWASAN, PERMINTAAN_INFORMASI)

# SP4N-LAPOR! targets (Perpres 76/2013, PermenPANRB 62/2018); defaults for the settings, not used directly by controllers.
DEFAULT_DAYS = {
	"verifikasi": 3,
	PERMINTAAN_INFORMASI: 5,
	ASPIRASI: 14,
	PENGADUAN: 14,
	BERKADAR_PENGAWASAN: 60,
	"tutup_otomatis": 10,
}


@dataclass(frozen=True)
class Deadlines:
	verifikasi: date
	penyelesaian: date


def compute_deadlines(
	category: str, received: date, days: Mapping[str, int], holidays: Collection[date] = ()
) -> Deadlines:
	"""Verification and resolution deadlines; KeyError for an unknown category."""
	return Deadlines(
		verifikasi=add_working_days(received, days["verifikasi"], holidays),
		penyelesaian=add_working_days(received, days[category], holidays),
	)
