"""NIP (Nomor Induk Pegawai) of a PNS and nomor induk (NI) of a PPPK: 18 digits each that encode
who the person is.

PNS NIP: birth date YYYYMMDD, TMT CPNS YYYYMM, sex (1 male, 2 female), serial of 3 digits from 001
(Peraturan Kepala BKN 22/2007 on the NIP, as amended [S]; the BKN sets the NIP when appointing a
CPNS, PP 11/2017 Pasal 33).

PPPK nomor induk (PP 49/2018 Pasal 29(4): the BKN gives it on appointment): birth date YYYYMMDD,
year of appointment YYYY, a 2-digit code, sex, serial of 3 digits from 001. The code is 21 on
most numbers; 24 is reported on numbers issued to PPPK paruh waktu in 2025 [S: news reports of
issued numbers; no BKN rule text on the layout was read]. The code is never a month, which is how
the two layouts are told apart.

Plausibility: a CPNS was at least 18 when applying (PP 11/2017 Pasal 23(1)(a); the same floor in
PP 98/2000 Pasal 6 huruf b and PP 6/1976 Pasal 3 huruf b before it), a PPPK at least 20 (PP 49/2018
Pasal 16 huruf a). Applying comes before the
appointment, so a number whose appointment date makes the person younger is refused.
"""

import enum
import re
from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from asn_merit.merit.dates import format_date, full_years
from asn_merit.merit.reasons import Reason

NIP_LENGTH = 18
EARLIEST_YEAR = 1900  # no serving or retired PNS was born or appointed before this
# PP 11/2017 Pasal 23(1)(a): "usia paling rendah 18 (delapan belas) tahun ... pada saat melamar"
# PP 98/2000 Pasal 6 huruf b (2000-2017) and PP 6/1976 Pasal 3 huruf b (1976-2000) had the same floor.
USIA_MINIMAL_CPNS = 18
# PP 49/2018 Pasal 16 huruf a: "usia paling rendah 20 (dua puluh) tahun" when applying as PPPK for a
# JF post (Pasal 2: PPPK fill JF and JPT; a regency hires them for JF). Applied to every PPPK number.
USIA_MINIMAL_PPPK = 20
# PP 49/2018 took effect on 28 November 2018 (its Pasal 102): no PPPK was appointed before that year.
TAHUN_PPPK_PERTAMA = 2018
# Codes in digits 13-14 of a PPPK nomor induk seen in numbers the BKN issued [S]; pass another set
# to the parsers should the BKN add one.
KODE_NI_PPPK = ("21", "24")


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

	status_kepegawaian: ClassVar[str] = "PNS"


@dataclass(frozen=True)
class NIPPPK:
	"""The parts of a PPPK nomor induk (SIASN and BKN letters call it "NIP" too)."""

	nip: str
	tanggal_lahir: date
	tahun_pengangkatan: int  # the number holds only the year
	kode: str  # digits 13-14, e.g. "21"
	jenis_kelamin: JenisKelamin
	nomor_urut: int

	status_kepegawaian: ClassVar[str] = "PPPK"


class InvalidNIP(ValueError):
	def __init__(self, reason: Reason):
		super().__init__(reason.message)
		self.reason = reason


def normalize_nip(value: str) -> str:
	"""Drop the spaces people type between the NIP's groups (19850312 201001 1 003)."""
	return re.sub(r"\s+", "", value or "")


def parse_nip(value: str) -> NIP:
	"""Return the parts of a PNS NIP, or raise InvalidNIP saying what is wrong with it.

	Refused besides malformed numbers: a TMT CPNS at which the person was under 18 (PP 11/2017
	Pasal 23(1)(a): at least 18 when applying, which comes before the TMT; the TMT of a first
	appointment is always the 1st of the month) and serial 000 (serials start at 001). A PPPK nomor
	induk is refused too, saying so: parse_nomor_induk reads either.
	"""
	nip = _digits(value, "NIP")
	tanggal_lahir = _birth_date(nip, "NIP")
	tmt_cpns = _parse_date(nip[8:14] + "01")
	if tmt_cpns is None:
		message = f"Angka ke-9 sampai ke-14 NIP ({nip[8:14]}) bukan TMT CPNS yang valid (TTTTBB)."
		if _is_pppk(nip, KODE_NI_PPPK):
			message += (
				f" Angka ke-13 dan ke-14 ({nip[12:14]}) adalah kode nomor induk PPPK: "
				"periksa status kepegawaiannya."
			)
		raise InvalidNIP(Reason("nip_tmt_cpns", message))
	if tmt_cpns <= tanggal_lahir:
		raise InvalidNIP(
			Reason(
				"nip_tmt_before_birth",
				f"TMT CPNS pada NIP ({format_month(tmt_cpns)}) tidak mungkin sebelum tanggal lahir "
				f"({format_date(tanggal_lahir)}).",
			)
		)
	umur = full_years(tanggal_lahir, tmt_cpns)
	if umur < USIA_MINIMAL_CPNS:
		raise InvalidNIP(
			Reason(
				"nip_usia_cpns",
				f"NIP menunjukkan umur {umur} tahun pada TMT CPNS ({format_month(tmt_cpns)}), padahal "
				f"pelamar CPNS paling rendah berumur {USIA_MINIMAL_CPNS} tahun "
				"(PP 11/2017 Pasal 23 ayat (1) huruf a).",
			)
		)
	jenis_kelamin = _jenis_kelamin(nip, "NIP")
	_check_nomor_urut(nip, "NIP")
	return NIP(nip, tanggal_lahir, tmt_cpns, jenis_kelamin, int(nip[15:]))


def check_nip_against(
	parsed: NIP | NIPPPK, tanggal_lahir: date | None, jenis_kelamin: JenisKelamin | None
) -> list[Reason]:
	"""Where a valid NIP (or PPPK nomor induk) disagrees with the person's recorded birth date and sex.

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
	"""The NIP for these parts (used by factories and demo data); the inverse of parse_nip.

	It checks only the serial (001 to 999); parse_nip the age at TMT CPNS."""
	if not 1 <= nomor_urut <= 999:
		raise ValueError("nomor_urut must be 1 to 999: serials start at 001 and have 3 digits")
	return f"{tanggal_lahir:%Y%m%d}{tmt_cpns:%Y%m}{jenis_kelamin.value}{nomor_urut:03d}"


def parse_ni_pppk(value: str, kode_dikenal: tuple[str, ...] = KODE_NI_PPPK) -> NIPPPK:
	"""Return the parts of a PPPK nomor induk, or raise InvalidNIP saying what is wrong with it.

	Layout (PP 49/2018 Pasal 29(4) gives the number; its layout is the BKN's): birth date YYYYMMDD,
	year of appointment YYYY, code (one of `kode_dikenal`), sex, serial 001-999. Refused besides
	malformed numbers: a year before PP 49/2018 (Pasal 102: in force 28 November 2018), and a year
	by whose end the person was not yet 20 (Pasal 16 huruf a: at least 20 when applying, which comes
	before the appointment). A PNS NIP is refused, saying so.
	"""
	nip = _digits(value, "Nomor induk PPPK")
	tanggal_lahir = _birth_date(nip, "nomor induk PPPK")
	kode = nip[12:14]
	if kode not in kode_dikenal:
		message = (
			f"Angka ke-13 dan ke-14 nomor induk PPPK adalah kode ({' atau '.join(kode_dikenal)}), "
			f"bukan {kode}."
		)
		if _is_pns(nip):
			message += f" Angka ke-9 sampai ke-14 ({nip[8:14]}) berbentuk TMT CPNS: ini NIP PNS."
		raise InvalidNIP(Reason("ni_pppk_kode", message))
	tahun = int(nip[8:12])
	if tahun < TAHUN_PPPK_PERTAMA:
		raise InvalidNIP(
			Reason(
				"ni_pppk_tahun",
				f"Tahun pengangkatan pada nomor induk PPPK (angka ke-9 sampai ke-12: {nip[8:12]}) tidak "
				"mungkin: PPPK baru dapat diangkat sejak PP 49/2018 berlaku (28 November 2018).",
			)
		)
	akhir_tahun = date(tahun, 12, 31)
	if akhir_tahun <= tanggal_lahir:
		raise InvalidNIP(
			Reason(
				"ni_pppk_tahun_sebelum_lahir",
				f"Tahun pengangkatan pada nomor induk PPPK ({tahun}) tidak mungkin sebelum tanggal lahir "
				f"({format_date(tanggal_lahir)}).",
			)
		)
	umur = full_years(tanggal_lahir, akhir_tahun)
	if umur < USIA_MINIMAL_PPPK:
		raise InvalidNIP(
			Reason(
				"ni_pppk_usia",
				f"Nomor induk PPPK menunjukkan umur paling tinggi {umur} tahun pada tahun pengangkatan "
				f"{tahun}, padahal pelamar PPPK paling rendah berumur {USIA_MINIMAL_PPPK} tahun "
				"(PP 49/2018 Pasal 16 huruf a).",
			)
		)
	jenis_kelamin = _jenis_kelamin(nip, "nomor induk PPPK")
	_check_nomor_urut(nip, "nomor induk PPPK")
	return NIPPPK(nip, tanggal_lahir, tahun, kode, jenis_kelamin, int(nip[15:]))


def build_ni_pppk(
	tanggal_lahir: date,
	tahun_pengangkatan: int,
	jenis_kelamin: JenisKelamin,
	nomor_urut: int,
	kode: str = KODE_NI_PPPK[0],
) -> str:
	"""The PPPK nomor induk for these parts (for factories and demo data); the inverse of parse_ni_pppk.

	It checks only the code's and serial's form; parse_ni_pppk the rest."""
	if not 1 <= nomor_urut <= 999:
		raise ValueError("nomor_urut must be 1 to 999: serials start at 001 and have 3 digits")
	if not (len(kode) == 2 and kode.isascii() and kode.isdigit()):
		raise ValueError("kode must be 2 digits, e.g. '21'")
	return f"{tanggal_lahir:%Y%m%d}{tahun_pengangkatan:04d}{kode}{jenis_kelamin.value}{nomor_urut:03d}"


def jenis_nomor_induk(value: str, kode_dikenal: tuple[str, ...] = KODE_NI_PPPK) -> str | None:
	"""Which layout an 18-digit number follows: "PNS", "PPPK", or None for neither (or not 18 digits).

	Judged from digits 13-14 alone: a month (01-12) makes the digits 9-14 a TMT CPNS (PNS); a PPPK
	code (21, 24) is never a month. It does not check the rest: parse_nomor_induk does.
	"""
	nip = normalize_nip(value)
	if len(nip) != NIP_LENGTH or not (nip.isascii() and nip.isdigit()):
		return None
	if _is_pns(nip):
		return "PNS"
	if _is_pppk(nip, kode_dikenal):
		return "PPPK"
	return None


def parse_nomor_induk(
	value: str, status_kepegawaian: str | None = None, kode_dikenal: tuple[str, ...] = KODE_NI_PPPK
) -> NIP | NIPPPK:
	"""A PNS NIP or a PPPK nomor induk, parsed; or InvalidNIP saying what is wrong.

	With status_kepegawaian "PNS" or "PPPK" the number must be of that kind; when it is a valid
	number of the other kind the reason says so (code "nomor_induk_status"). Without a status (or
	any other status) the kind comes from jenis_nomor_induk; a number of neither kind gets parse_nip's
	reason, as before PPPK numbers were read.
	"""
	if status_kepegawaian == "PNS":
		return _parse_as(value, parse_nip, lambda v: parse_ni_pppk(v, kode_dikenal), "PNS", "PPPK")
	if status_kepegawaian == "PPPK":
		return _parse_as(value, lambda v: parse_ni_pppk(v, kode_dikenal), parse_nip, "PPPK", "PNS")
	if jenis_nomor_induk(value, kode_dikenal) == "PPPK":
		return parse_ni_pppk(value, kode_dikenal)
	return parse_nip(value)


def format_month(value: date) -> str:
	return f"{value:%m-%Y}"


_NAMA_NOMOR = {"PNS": "NIP PNS", "PPPK": "nomor induk PPPK"}


def _parse_as(value, parse, parse_other, status: str, other: str):
	try:
		return parse(value)
	except InvalidNIP as error:
		try:
			parse_other(value)
		except InvalidNIP:
			raise error
		raise InvalidNIP(
			Reason(
				"nomor_induk_status",
				f"Nomor {normalize_nip(value)} adalah {_NAMA_NOMOR[other]}, bukan {_NAMA_NOMOR[status]}; "
				f"periksa nomornya atau status kepegawaian (tercatat {status}).",
			)
		)


def _digits(value: str, label: str) -> str:
	nip = normalize_nip(value)
	if nip and not (nip.isascii() and nip.isdigit()):
		raise InvalidNIP(Reason("nip_not_digits", f"{label} hanya boleh berisi angka."))
	if len(nip) != NIP_LENGTH:
		raise InvalidNIP(
			Reason(
				"nip_length",
				f"{label} harus terdiri dari {NIP_LENGTH} angka, yang diisi {len(nip)} angka.",
			)
		)
	return nip


def _birth_date(nip: str, label: str) -> date:
	tanggal_lahir = _parse_date(nip[0:8])
	if tanggal_lahir is None:
		raise InvalidNIP(
			Reason(
				"nip_birth_date",
				f"Delapan angka pertama {label} ({nip[0:8]}) bukan tanggal lahir yang valid (TTTTBBHH).",
			)
		)
	return tanggal_lahir


def _jenis_kelamin(nip: str, label: str) -> JenisKelamin:
	try:
		return JenisKelamin(nip[14])
	except ValueError:
		raise InvalidNIP(
			Reason(
				"nip_sex",
				f"Angka ke-15 {label} menandai jenis kelamin: 1 (laki-laki) atau 2 (perempuan), "
				f"bukan {nip[14]}.",
			)
		)


def _check_nomor_urut(nip: str, label: str) -> None:
	if nip[15:] == "000":
		raise InvalidNIP(
			Reason(
				"nip_nomor_urut",
				f"Angka ke-16 sampai ke-18 {label} adalah nomor urut, yang dimulai dari 001; 000 tidak "
				"pernah diberikan.",
			)
		)


def _is_pns(nip: str) -> bool:
	return "01" <= nip[12:14] <= "12"


def _is_pppk(nip: str, kode_dikenal: tuple[str, ...]) -> bool:
	return nip[12:14] in kode_dikenal and not _is_pns(nip)


def _parse_date(digits: str) -> date | None:
	year, month, day = int(digits[0:4]), int(digits[4:6]), int(digits[6:8])
	if year < EARLIEST_YEAR:
		return None
	try:
		return date(year, month, day)
	except ValueError:
		return None
