"""NIP (Nomor Induk Pegawai) of a PNS: 18 digits that encode who the person is.

Layout: birth date YYYYMMDD, TMT CPNS YYYYMM, sex (1 male, 2 female), serial of 3 digits.
"""

import enum
import re
from dataclasses import dataclass
from datetime import date

from asn_merit.merit.dates import format_date
from asn_merit.merit.reasons import Reason

NIP_LENGTH = 18
EARLIEST_YEAR = 1900  # no serving or retired PNS was born or appointed before this


class JenisKelamin(enum.Enum):
	LAKI_LAKI = "1"
	PEREMPUAN = "2"

	@property
	def label(self) -> str:
		return {"1": "laki-laki", "2": "perempuan"}[self.value]


@dataclass(frozen=True)
class NIP:
	nip: str
	tanggal_lahir: date
	tmt_cpns: date  # first day of the TMT month: the NIP holds only year and month
	jenis_kelamin: JenisKelamin
	nomor_urut: int


class InvalidNIP(ValueError):
	def __init__(self, reason: Reason):
		super().__init__(reason.message)
		self.reason = reason


def normalize_nip(value: str) -> str:
	"""Drop the spaces people type between the NIP's groups (19850312 201001 1 003)."""
	return re.sub(r"\s+", "", value or "")


def parse_nip(value: str) -> NIP:
	"""Return the parts of a NIP, or raise InvalidNIP saying what is wrong with it."""
	nip = normalize_nip(value)
	if nip and not (nip.isascii() and nip.isdigit()):
		raise InvalidNIP(Reason("nip_not_digits", "NIP hanya boleh berisi angka."))
	if len(nip) != NIP_LENGTH:
		raise InvalidNIP(
			Reason(
				"nip_length",
				f"NIP harus terdiri dari {NIP_LENGTH} angka, yang diisi {len(nip)} angka.",
			)
		)

	tanggal_lahir = _parse_date(nip[0:8])
	if tanggal_lahir is None:
		raise InvalidNIP(
			Reason(
				"nip_birth_date",
				f"Delapan angka pertama NIP ({nip[0:8]}) bukan tanggal lahir yang valid (TTTTBBHH).",
			)
		)
	tmt_cpns = _parse_date(nip[8:14] + "01")
	if tmt_cpns is None:
		raise InvalidNIP(
			Reason(
				"nip_tmt_cpns",
				f"Angka ke-9 sampai ke-14 NIP ({nip[8:14]}) bukan TMT CPNS yang valid (TTTTBB).",
			)
		)
	if tmt_cpns <= tanggal_lahir:
		raise InvalidNIP(
			Reason(
				"nip_tmt_before_birth",
				f"TMT CPNS pada NIP ({format_month(tmt_cpns)}) tidak mungkin sebelum tanggal lahir "
				f"({format_date(tanggal_lahir)}).",
			)
		)
	try:
		jenis_kelamin = JenisKelamin(nip[14])
	except ValueError:
		raise InvalidNIP(
			Reason(
				"nip_sex",
				f"Angka ke-15 NIP menandai jenis kelamin: 1 (laki-laki) atau 2 (perempuan), bukan {nip[14]}.",
			)
		)
	return NIP(nip, tanggal_lahir, tmt_cpns, jenis_kelamin, int(nip[15:]))


def check_nip_against(
	parsed: NIP, tanggal_lahir: date | None, jenis_kelamin: JenisKelamin | None
) -> list[Reason]:
	"""Where a valid NIP disagrees with the person's recorded birth date and sex.

	`jenis_kelamin` None means the recorded sex is neither male nor female, which no NIP can match.
	"""
	reasons = []
	if tanggal_lahir is not None and tanggal_lahir != parsed.tanggal_lahir:
		reasons.append(
			Reason(
				"nip_birth_date_mismatch",
				f"Tanggal lahir pada NIP ({format_date(parsed.tanggal_lahir)}) tidak sama dengan "
				f"tanggal lahir pegawai ({format_date(tanggal_lahir)}).",
			)
		)
	if jenis_kelamin != parsed.jenis_kelamin:
		recorded = jenis_kelamin.label if jenis_kelamin else "bukan laki-laki atau perempuan"
		reasons.append(
			Reason(
				"nip_sex_mismatch",
				f"Jenis kelamin pada NIP ({parsed.jenis_kelamin.label}) tidak sama dengan "
				f"jenis kelamin pegawai ({recorded}).",
			)
		)
	return reasons


def build_nip(tanggal_lahir: date, tmt_cpns: date, jenis_kelamin: JenisKelamin, nomor_urut: int) -> str:
	"""The NIP for these parts (used by factories and demo data); the inverse of parse_nip."""
	if not 0 <= nomor_urut <= 999:
		raise ValueError("nomor_urut must have at most 3 digits")
	return f"{tanggal_lahir:%Y%m%d}{tmt_cpns:%Y%m}{jenis_kelamin.value}{nomor_urut:03d}"


def format_month(value: date) -> str:
	return f"{value:%m-%Y}"


def _parse_date(digits: str) -> date | None:
	year, month, day = int(digits[0:4]), int(digits[4:6]), int(digits[6:8])
	if year < EARLIEST_YEAR:
		return None
	try:
		return date(year, month, day)
	except ValueError:
		return None
