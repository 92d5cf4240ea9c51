"""Which deadlines a complaint carries, from its category and the day its file is complete.

Two kinds of clock run side by side:

- The statute's outer limits, in the unit the statute uses. UU 25/2009 counts complaints in "hari"
  and never says "hari kerja", so its clocks are calendar days: the provider answers within 14 days
  of receipt whether the file is complete (Pasal 44(3)), the complainant completes it within 30 days
  of receiving that answer (44(4)-(5)), the provider decides within 60 days of a complete file
  (50(1)) and delivers the decision within 14 days (50(2)); Perpres 76/2013 repeats the 60 days.
  An information request is answered within 10 working days (UU 14/2008 Pasal 22(7)).
- The SP4N-LAPOR! targets the regency sets in Pengaduan Settings (DEFAULT_DAYS, DEFAULT_UNITS):
  verification 3 working days, information 5, aspiration and complaint 14 working days. They are
  internal targets: a target later than the statute's limit is cut back to it, so a setting can
  shorten a clock but never extend the law. "Berkadar pengawasan" is the statute's own 60 days, in
  calendar days (the SP4N tooling's 60 working days would run about 84 days, past Pasal 50(1)).

Day counts come from the caller, so a regency can follow a changed regulation without a code change.
"""

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date

from asn_merit.merit.tenggat import batas_waktu
from asn_merit.merit.working_days import add_working_days

ASPIRASI = "Aspirasi"
PENGADUAN = "Pengaduan"
BERKADAR_PENGAWASAN = "Pengaduan Berkadar Pengawasan"
PERMINTAAN_INFORMASI = "Permintaan Informasi"
CATEGORIES = (ASPIRASI, PENGADUAN, BERKADAR_PENGAWASAN, PERMINTAAN_INFORMASI)
# Complaints about a public service in the sense of UU 25/2009 Pasal 40-50.
KATEGORI_PENGADUAN = (PENGADUAN, BERKADAR_PENGAWASAN)

HARI_KERJA = "Hari Kerja"
HARI_KALENDER = "Hari Kalender"
SATUAN = (HARI_KERJA, HARI_KALENDER)

# Defaults for Pengaduan Settings, not used directly by controllers: SP4N-LAPOR! targets (Perpres
# 76/2013, PermenPANRB 62/2018) and, for berkadar pengawasan, UU 25/2009 Pasal 50(1).
DEFAULT_DAYS = {
	"verifikasi": 3,
	PERMINTAAN_INFORMASI: 5,
	ASPIRASI: 14,
	PENGADUAN: 14,
	BERKADAR_PENGAWASAN: 60,
	"tutup_otomatis": 10,
}
# The unit each count of DEFAULT_DAYS is in; a key missing from the caller's units reads from here.
DEFAULT_UNITS = {
	"verifikasi": HARI_KERJA,
	PERMINTAAN_INFORMASI: HARI_KERJA,  # UU 14/2008 Pasal 22(7) counts hari kerja
	ASPIRASI: HARI_KERJA,
	PENGADUAN: HARI_KERJA,
	BERKADAR_PENGAWASAN: HARI_KALENDER,  # UU 25/2009 Pasal 50(1): 60 hari
	"tutup_otomatis": HARI_KERJA,
}

HARI_TANGGAPAN = 14  # UU 25/2009 Pasal 44(3): answer, complete or not, days from receipt
HARI_KELENGKAPAN = 30  # UU 25/2009 Pasal 44(4): complainant completes, days from receiving that answer
HARI_KEPUTUSAN = 60  # UU 25/2009 Pasal 50(1): decision, days from the complete file
HARI_PENYAMPAIAN_KEPUTUSAN = 14  # UU 25/2009 Pasal 50(2): delivery, days from the decision
HARI_KERJA_INFORMASI = 10  # UU 14/2008 Pasal 22(7): written notice, working days from the request

# The statute's limit on the resolution deadline per category: (count, unit).
BATAS_UNDANG_UNDANG = {
	PENGADUAN: (HARI_KEPUTUSAN, HARI_KALENDER),
	BERKADAR_PENGAWASAN: (HARI_KEPUTUSAN, HARI_KALENDER),
	PERMINTAAN_INFORMASI: (HARI_KERJA_INFORMASI, HARI_KERJA),
}


@dataclass(frozen=True)
class Deadlines:
	verifikasi: date
	penyelesaian: date
	# The statute's own dates, beside the targets (None where no statute sets one).
	batas_tanggapan_uu: date | None = None  # UU 25/2009 Pasal 44(3)
	batas_penyelesaian_uu: date | None = None  # UU 25/2009 Pasal 50(1); UU 14/2008 Pasal 22(7)
	target_penyelesaian: date | None = None  # the settings' target before the statute cut it back


def tambah_hari(start: date, count: int, unit: str, holidays: Collection[date] = ()) -> date:
	"""`count` days after `start` in `unit`: working days skip weekends and `holidays`."""
	if unit == HARI_KERJA:
		return add_working_days(start, count, holidays)
	if unit == HARI_KALENDER:
		return batas_waktu(start, count)
	raise ValueError(f"Satuan hari '{unit}' tidak dikenal; gunakan {' atau '.join(SATUAN)}.")


def compute_deadlines(
	category: str,
	received: date,
	days: Mapping[str, int],
	holidays: Collection[date] = (),
	units: Mapping[str, str] | None = None,
	batas_undang_undang: bool = True,
) -> Deadlines:
	"""Verification and resolution deadlines; KeyError for an unknown category.

	`received` is the day the file is complete: its receipt, or the day an incomplete file was
	completed (UU 25/2009 Pasal 50(1) runs from then). Each count is in its unit (`units`, else
	DEFAULT_UNITS). With `batas_undang_undang` (the default) a target past the statute's limit is cut
	back to it: resolution to BATAS_UNDANG_UNDANG, a complaint's verification to the 14-day answer of
	Pasal 44(3).
	"""
	target = days[category]
	unit = {**DEFAULT_UNITS, **(units or {})}
	verifikasi = tambah_hari(received, days["verifikasi"], unit["verifikasi"], holidays)
	penyelesaian = tambah_hari(received, target, unit.get(category, HARI_KERJA), holidays)
	tanggapan_uu = batas_waktu(received, HARI_TANGGAPAN) if category in KATEGORI_PENGADUAN else None
	penyelesaian_uu = None
	if category in BATAS_UNDANG_UNDANG:
		count, satuan = BATAS_UNDANG_UNDANG[category]
		penyelesaian_uu = tambah_hari(received, count, satuan, holidays)
	return Deadlines(
		verifikasi=min(verifikasi, tanggapan_uu) if batas_undang_undang and tanggapan_uu else verifikasi,
		penyelesaian=(
			min(penyelesaian, penyelesaian_uu) if batas_undang_undang and penyelesaian_uu else penyelesaian
		),
		batas_tanggapan_uu=tanggapan_uu,
		batas_penyelesaian_uu=penyelesaian_uu,
		target_penyelesaian=penyelesaian,
	)


def batas_kelengkapan(tanggal_tanggapan: date, hari: int = HARI_KELENGKAPAN) -> date:
	"""The last day the complainant may complete an incomplete file: 30 days from receiving the
	provider's answer that it is incomplete (UU 25/2009 Pasal 44(4)); after it the complaint is deemed
	withdrawn (44(5)). Pass the day the answer reached the complainant (for an answer published on the
	tracking page or sent by e-mail, that day)."""
	return batas_waktu(tanggal_tanggapan, hari)


def batas_penyampaian_keputusan(tanggal_keputusan: date) -> date:
	"""The decision reaches the complainant within 14 days of being made (UU 25/2009 Pasal 50(2))."""
	return batas_waktu(tanggal_keputusan, HARI_PENYAMPAIAN_KEPUTUSAN)
