"""Rows of a SIASN-style spreadsheet export, read and checked before anything is stored.

Column names vary between SIASN exports and regional SIM-ASN systems: each field accepts a
few spellings, compared without case, spaces or dots.

Rows of PNS and of PPPK (UU 20/2023 Pasal 6: both are ASN) are read. The status column, when the
file has one, says which; otherwise the number in the nip column does (a PNS NIP carries a TMT
month where a PPPK nomor induk carries its code: merit.nip.jenis_nomor_induk). A PNS row needs a
golongan ruang I/a to IV/e, a PPPK row a golongan I to XVII (Perpres 98/2020).
"""

import re
from dataclasses import dataclass
from datetime import date, datetime

from asn_merit.merit.nip import InvalidNIP, jenis_nomor_induk, parse_nomor_induk
from asn_merit.merit.pangkat import alasan_golongan, golongan_pppk, is_golongan
from asn_merit.merit.pendidikan import APOTEKER, DOKTER, DOKTER_GIGI, NERS, PENDIDIKAN, SP_I, SP_II

KOLOM = {
	"nip": ("nip", "nip baru"),
	"nama": ("nama", "nama lengkap", "nama pegawai"),
	"golongan": ("golongan", "gol", "gol ruang", "golongan ruang", "pangkat golongan"),
	"tmt_golongan": ("tmt golongan", "tmt gol", "tmt pangkat"),
	"jabatan": ("jabatan", "nama jabatan"),
	"tmt_jabatan": ("tmt jabatan",),
	"unit_kerja": ("unit kerja", "unor", "nama unor", "unit organisasi", "opd"),
	"pendidikan": ("pendidikan", "pendidikan terakhir", "tingkat pendidikan"),
	"status": ("status", "status kepegawaian", "jenis pegawai"),
}
WAJIB = ("nip", "nama")
SINONIM_PENDIDIKAN = {
	"SMA": "SLTA",
	"SMK": "SLTA",
	"MA": "SLTA",
	"SMP": "SLTP",
	"D1": "D-I",
	"D2": "D-II",
	"D3": "D-III",
	"DIII": "D-III",
	"D4": "D-IV",
	"DIV": "D-IV",
	# SIASN's own names of the tingkat pendidikan (its reference list spells the level with the
	# degree), and the profesi and specialist levels as the education history writes them.
	"SLTA Kejuruan": "SLTA",
	"SLTA Keguruan": "SLTA",
	"Diploma I": "D-I",
	"Diploma II": "D-II",
	"Diploma III": "D-III",
	"Diploma III/Sarjana Muda": "D-III",
	"Diploma IV": "D-IV",
	"S-1/Sarjana": "S1",
	"Sarjana": "S1",
	"Magister": "S2",
	"S-3/Doktor": "S3",
	"Doktor": "S3",  # the doctoral degree; a physician is "Dokter"
	"Profesi Ners": NERS,
	"Profesi Dokter": DOKTER,
	"Profesi Dokter Gigi": DOKTER_GIGI,
	"Profesi Apoteker": APOTEKER,
	"Spesialis": SP_I,
	"Spesialis I": SP_I,
	"Sp1": SP_I,
	"Subspesialis": SP_II,
	"Spesialis II": SP_II,
	"Spesialis Konsultan": SP_II,
	"Sp2": SP_II,
}


def _pendidikan_key(value: str) -> str:
	return re.sub(r"[\s.-]+", "", value).upper()


_PENDIDIKAN_BY_KEY = {_pendidikan_key(p): p for p in PENDIDIKAN} | {
	_pendidikan_key(alias): p for alias, p in SINONIM_PENDIDIKAN.items()
}
STATUS = ("PNS", "PPPK")
SINONIM_STATUS = {"P3K": "PPPK"}


@dataclass(frozen=True)
class BarisSIASN:
	nip: str
	nama: str
	golongan: str | None = None
	tmt_golongan: date | None = None
	jabatan: str | None = None
	tmt_jabatan: date | None = None
	unit_kerja: str | None = None
	pendidikan: str | None = None
	status: str | None = None  # the status column as written (normalised), None without one
	# "PNS" or "PPPK": the status column, or without one the kind of number in the nip column.
	status_kepegawaian: str | None = None


def map_columns(header: list) -> tuple[dict[str, int], list[str]]:
	"""Which column holds each field, and the required fields no column holds."""
	keys = [_key(cell) for cell in header]
	columns = {}
	for field, names in KOLOM.items():
		for index, key in enumerate(keys):
			if key in names:
				columns[field] = index
				break
	missing = [field for field in WAJIB if field not in columns]
	return columns, missing


def parse_baris(values: list, columns: dict[str, int]) -> tuple[BarisSIASN | None, list[str]]:
	"""The row's data, or None and every reason it cannot be used."""
	cell = {field: _text(_raw(values, index)) for field, index in columns.items()}
	alasan = []

	status = (cell.get("status") or "").upper() or None
	status = SINONIM_STATUS.get(status, status)
	status_kepegawaian = status if status in STATUS else None

	nip = cell.get("nip") or ""
	if "nip" in columns and isinstance(_raw(values, columns["nip"]), float):
		# A spreadsheet number holds 15-16 significant digits: an 18-digit NIP loses its last ones.
		alasan.append(
			"NIP tersimpan sebagai angka sehingga digit terakhirnya bisa berubah; format kolom NIP sebagai teks."
		)
	else:
		try:
			parsed = parse_nomor_induk(nip, status_kepegawaian)
		except InvalidNIP as error:
			alasan.append(error.reason.message)
		else:
			nip = parsed.nip
			status_kepegawaian = parsed.status_kepegawaian
	if not status_kepegawaian:
		status_kepegawaian = jenis_nomor_induk(nip)
	nama = cell.get("nama")
	if not nama:
		alasan.append("Nama kosong.")

	golongan, alasan_gol = _golongan_for(cell.get("golongan"), status_kepegawaian)
	if alasan_gol:
		alasan.append(alasan_gol)
	pendidikan = _pendidikan(cell.get("pendidikan"))
	if cell.get("pendidikan") and not pendidikan:
		alasan.append(f"Pendidikan '{cell['pendidikan']}' tidak dikenal; gunakan {', '.join(PENDIDIKAN)}.")
	if status and status not in STATUS:
		alasan.append(f"Status kepegawaian '{cell['status']}' tidak dikenal; gunakan PNS atau PPPK.")

	tanggal = {}
	for field, label in (("tmt_golongan", "TMT golongan"), ("tmt_jabatan", "TMT jabatan")):
		raw = _raw(values, columns[field]) if field in columns else None
		tanggal[field] = _date(raw)
		if _text(raw) and tanggal[field] is None:
			alasan.append(f"{label} '{_text(raw)}' bukan tanggal (gunakan HH-BB-TTTT atau TTTT-BB-HH).")

	if alasan:
		return None, alasan
	return (
		BarisSIASN(
			nip=nip,
			nama=nama,
			golongan=golongan,
			tmt_golongan=tanggal["tmt_golongan"],
			jabatan=cell.get("jabatan"),
			tmt_jabatan=tanggal["tmt_jabatan"],
			unit_kerja=cell.get("unit_kerja"),
			pendidikan=pendidikan,
			status=status,
			status_kepegawaian=status_kepegawaian,
		),
		[],
	)


def _raw(values: list, index: int):
	return values[index] if index < len(values) else None


def _key(header_cell) -> str:
	return re.sub(r"[\s._/-]+", " ", str(header_cell or "")).strip().lower()


def _text(value) -> str | None:
	if value is None:
		return None
	if isinstance(value, float) and value.is_integer():
		value = int(value)  # spreadsheets turn whole numbers into floats
	text = str(value).strip()
	return text or None


def _golongan_for(value: str | None, status_kepegawaian: str | None) -> tuple[str | None, str | None]:
	"""The golongan code for the row's status, and the reason when the cell holds none.

	Without a known status (the row fails on its number anyway) either kind is taken."""
	if not value:
		return None, None
	if status_kepegawaian == "PPPK":
		kode = golongan_pppk(value)
		return kode, None if kode else alasan_golongan(_golongan(value) or value, "PPPK")
	kode = _golongan(value)
	if not kode and status_kepegawaian is None:
		kode = golongan_pppk(value)
	return kode, None if kode else f"Golongan '{value}' tidak dikenal; gunakan I/a sampai IV/e."


def _golongan(value: str | None) -> str | None:
	if not value:
		return None
	match = re.fullmatch(r"(I{1,3}|IV)\s*[/\-.]?\s*([a-eA-E])", value.strip(), re.IGNORECASE)
	if not match:
		return None
	kode = f"{match.group(1).upper()}/{match.group(2).lower()}"
	return kode if is_golongan(kode) else None


def _pendidikan(value: str | None) -> str | None:
	return _PENDIDIKAN_BY_KEY.get(_pendidikan_key(value)) if value else None


def _date(value) -> date | None:
	if isinstance(value, datetime):
		return value.date()
	if isinstance(value, date):
		return value
	text = _text(value)
	if not text:
		return None
	for fmt in ("%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y"):
		try:
			return datetime.strptime(text, fmt).date()
		except ValueError:
			continue
	return None
