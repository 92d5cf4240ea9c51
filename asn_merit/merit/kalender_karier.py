"""Career calendar (early warning): the staffing events of one employee that fall due in a window,
and which reminder step (90/60/30 days before) is due on a day.

Events and their rules:
- Kenaikan pangkat: 4 years in the current rank (PP 99/2000 Pasal 7 huruf a as amended by PP
  12/2002), proposed for the next period of Peraturan BKN 4/2023 (merit.usulan_promosi), unless the
  education ceiling (Pasal 8) is reached. Not for JF holders (angka kredit, merit.angka_kredit) nor
  PPPK (no rank), see merit.kenaikan_pangkat. For a structural post the rank rises by kenaikan
  pangkat pilihan within the post's range (Pasal 9 huruf a, 10): the same 4-year date is the
  early warning.
- Kenaikan gaji berkala (KGB): every 2 years of masa kerja golongan (PP 7/1977 Pasal 11 huruf a
  with the 2-year steps of its Lampiran II gaji pokok table, last amended by PP 15/2019 and PP
  5/2024 [S: bkpp.gorontalokota.go.id "setiap 2 (dua) tahun sekali"]); the notice is issued 2
  months before it takes effect (Pasal 12 ayat (2)). Counted from the last KGB, as the
  Employee record holds it; the first KGB after an appointment follows the table's masa kerja
  golongan and is not computed here. A PPPK's KGB is listed when the record holds a last KGB date
  (Perpres 98/2020 pay table [U: not read]).
- Pensiun: a PNS who reaches the batas usia pensiun (BUP) is honourably discharged (PP 11/2017
  Pasal 239 ayat (1)) at the end of the month the age is reached (as Pasal 283 words it) and the
  pension runs from the next month (UU 11/1969 Pasal 13 ayat (1), kept by UU 20/2023 Pasal 74):
  TMT pensiun is the first day of the month after the birth month. BKN sends the list of
  candidates at the latest 15 months before the BUP (PP 11/2017 Pasal 262 ayat (1)).
- Akhir perjanjian kerja PPPK: the contract date; it is at least 1 year, extendable on
  performance (PP 49/2018 Pasal 37 ayat (1)-(2)); a PPPK's contract also ends at the batas usia
  of the post (Pasal 54).
- Satyalancana Karya Satya X, XX, XXX Tahun: 10, 20, 30 years of loyal service as PNS counted
  from the CPNS appointment, restarted after a hukuman disiplin sedang/berat or cuti di luar
  tanggungan negara (PP 35/2010 Pasal 22, implementing UU 20/2009).
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

from asn_merit.merit.dates import format_date
from asn_merit.merit.eligibility import HukumanDisiplin
from asn_merit.merit.kenaikan_pangkat import MIN_TAHUN_DALAM_PANGKAT, jabatan_fungsional
from asn_merit.merit.pangkat import get_golongan, is_golongan, next_golongan
from asn_merit.merit.pendidikan import BATAS_GOLONGAN_REGULER
from asn_merit.merit.usulan_promosi import periode_kenaikan_pangkat_berikutnya

KENAIKAN_PANGKAT = "Kenaikan Pangkat"
KENAIKAN_GAJI_BERKALA = "Kenaikan Gaji Berkala"
PERSIAPAN_PENSIUN = "Persiapan Usul Pensiun"
PENSIUN = "Pensiun"
AKHIR_PERJANJIAN_KERJA = "Akhir Perjanjian Kerja"
SATYALANCANA_KARYA_SATYA = "Satyalancana Karya Satya"
JENIS_EVENT = (
	KENAIKAN_PANGKAT,
	KENAIKAN_GAJI_BERKALA,
	PERSIAPAN_PENSIUN,
	PENSIUN,
	AKHIR_PERJANJIAN_KERJA,
	SATYALANCANA_KARYA_SATYA,
)

# Batas usia pensiun by post (UU 20/2023 Pasal 55; PP 11/2017 Pasal 239 ayat (2); for PPPK the same
# ages as "batas usia tertentu", PP 49/2018 Pasal 54 ayat (2)). A JF whose own statute sets another
# age (PP 11/2017 Pasal 240; e.g. guru and dosen, UU 14/2005) takes it from the post: `override`.
BUP_JPT = 60
BUP_ADMINISTRASI = 58  # administrator, pengawas and pelaksana
BUP_FUNGSIONAL = {
	"Ahli Utama": 65,
	"Ahli Madya": 60,
	"Ahli Muda": 58,
	"Ahli Pertama": 58,
	"Pemula": 58,
	"Terampil": 58,
	"Mahir": 58,
	"Penyelia": 58,
}
_BUP_JENIS = {
	"JPT Utama": BUP_JPT,
	"JPT Madya": BUP_JPT,
	"JPT Pratama": BUP_JPT,
	"Administrator": BUP_ADMINISTRASI,
	"Pengawas": BUP_ADMINISTRASI,
	"Pelaksana": BUP_ADMINISTRASI,
}

TAHUN_KGB = 2  # PP 7/1977 Lampiran II: the gaji pokok steps every 2 years of masa kerja golongan
BULAN_PEMBERITAHUAN_KGB = 2  # PP 7/1977 Pasal 12 ayat (2)
BULAN_DAFTAR_PENSIUN = 15  # PP 11/2017 Pasal 262 ayat (1)
TAHUN_SATYALANCANA = {10: "X", 20: "XX", 30: "XXX"}  # PP 35/2010 Pasal 22
LANGKAH_PENGINGAT = (90, 60, 30)  # days before an event; a setting of the reminder job
BULAN_JENDELA = 12


@dataclass(frozen=True)
class DataKarier:
	"""What the calendar reads from one employee and the post held; None: not recorded."""

	tanggal_lahir: date | None = None
	tmt_cpns: date | None = None  # TMT CPNS; for a PPPK the start of the (first) contract
	tmt_golongan: date | None = None
	golongan: str | None = None  # to stop at the education ceiling of PP 99/2000 Pasal 8
	pendidikan: str | None = None
	tanggal_kgb_terakhir: date | None = None  # TMT of the last kenaikan gaji berkala
	status_kepegawaian: str = "PNS"  # "PNS" or "PPPK"
	akhir_perjanjian_kerja: date | None = None  # PPPK: last day of the current contract
	jenis_jabatan: str | None = None  # merit.jabatan.JENIS_JABATAN
	jenjang: str | None = None  # JF only, merit.jabatan.JENJANG_FUNGSIONAL
	batas_usia_pensiun: int | None = None  # the post's own BUP, when its JF statute sets one
	mulai_hitung_satyalancana: date | None = None  # see mulai_hitung_satyalancana()


@dataclass(frozen=True)
class EventKarier:
	jenis: str  # one of JENIS_EVENT
	tanggal: date
	uraian: str  # Bahasa Indonesia, shown as it is
	dasar: str  # the rule it comes from

	@property
	def kunci(self) -> str:
		"""A stable key of the event: "Kenaikan Gaji Berkala|2026-04-01"."""
		return f"{self.jenis}|{self.tanggal.isoformat()}"


@dataclass(frozen=True)
class KalenderKarier:
	event: list[EventKarier]  # by date
	catatan: list[str] = field(default_factory=list)  # data missing for an event kind


def batas_usia_pensiun(
	jenis_jabatan: str | None, jenjang: str | None = None, override: int | None = None
) -> int:
	"""The BUP of a post: `override` when the post records its own (a JF statute, PP 11/2017 Pasal
	240); else 60 for JPT, 58 for administrator, pengawas and pelaksana (UU 20/2023 Pasal 55); for
	JF 65 ahli utama, 60 ahli madya, 58 ahli muda, ahli pertama and keterampilan (PP 11/2017 Pasal
	239 ayat (2)). Unknown jenis or JF jenjang raise ValueError."""
	if override is not None:
		if isinstance(override, bool) or not isinstance(override, int) or override <= 0:
			raise ValueError(f"Batas usia pensiun '{override}' harus bilangan bulat positif.")
		return override
	if jabatan_fungsional(jenis_jabatan):
		if jenjang not in BUP_FUNGSIONAL:
			raise ValueError(
				f"Jenjang jabatan fungsional '{jenjang}' tidak dikenal untuk batas usia pensiun."
			)
		return BUP_FUNGSIONAL[jenjang]
	if jenis_jabatan not in _BUP_JENIS:
		raise ValueError(f"Jenis jabatan '{jenis_jabatan}' tidak dikenal untuk batas usia pensiun.")
	return _BUP_JENIS[jenis_jabatan]


def tanggal_mencapai_usia(tanggal_lahir: date, usia: int) -> date:
	"""The birthday on which `usia` is reached, as merit.dates.full_years counts (29 February: 1 March)."""
	return _tambah_tahun(tanggal_lahir, usia)


def tanggal_pensiun(tanggal_lahir: date, batas_usia: int) -> date:
	"""TMT pensiun: the first day of the month after the month the BUP is reached (PP 11/2017 Pasal
	239 and 283; UU 11/1969 Pasal 13 ayat (1)). Born 14 May 1968, BUP 58: 1 June 2026. Read from
	the birth month, so 29 February gives 1 March."""
	return _awal_bulan_berikutnya(date(tanggal_lahir.year + batas_usia, tanggal_lahir.month, 1))


def pensiun_sebelum(tanggal_lahir: date, batas_usia: int, tmt: date) -> bool:
	"""Whether someone reaches the BUP on or before `tmt` (a post's TMT): a candidate to flag."""
	return tanggal_mencapai_usia(tanggal_lahir, batas_usia) <= tmt


def mulai_hitung_satyalancana(tmt_cpns: date, hukuman_disiplin: tuple[HukumanDisiplin, ...] = ()) -> date:
	"""Where the Satyalancana Karya Satya service count starts: the CPNS appointment, or after the
	last hukuman disiplin sedang or berat served (PP 35/2010 Pasal 22 huruf b-c). A hukuman with no
	end yet gives no start: the count cannot begin, so TMT CPNS is returned and the caller should
	not propose. Cuti di luar tanggungan negara (huruf a) is not in the data: the caller overrides."""
	akhir = [
		hukuman.sampai
		for hukuman in hukuman_disiplin
		if hukuman.tingkat.strip().lower() in ("sedang", "berat") and hukuman.sampai
	]
	return max([tmt_cpns, *(sampai + timedelta(days=1) for sampai in akhir)])


def kalender_karier(data: DataKarier, dari: date, bulan: int = BULAN_JENDELA) -> KalenderKarier:
	"""The events of `data` from `dari` to `bulan` months later (both days included), by date.

	Events after the employee leaves (TMT pensiun; for a PPPK also the contract's end) are left
	out. Data an event needs and lacks comes back as catatan, never as an error.
	"""
	sampai = _tambah_bulan(dari, bulan)
	catatan: list[str] = []
	pppk = (data.status_kepegawaian or "").strip().upper() == "PPPK"
	event: list[EventKarier] = []

	berhenti = None
	event += _pensiun(data, catatan)
	pensiun = [item.tanggal for item in event if item.jenis == PENSIUN]
	if pensiun:
		berhenti = pensiun[0]
	if pppk:
		event += _akhir_perjanjian(data, catatan)
		if data.akhir_perjanjian_kerja:
			akhir = data.akhir_perjanjian_kerja + timedelta(days=1)
			berhenti = min(berhenti, akhir) if berhenti else akhir
	else:
		event += _kenaikan_pangkat(data, dari, catatan)
		event += _satyalancana(data, dari, sampai, catatan)
	event += _kgb(data, dari, sampai, pppk, catatan)

	event = [
		item
		for item in event
		if dari <= item.tanggal <= sampai
		and (berhenti is None or item.tanggal < berhenti or _mengakhiri(item, berhenti))
	]
	event.sort(key=lambda item: (item.tanggal, JENIS_EVENT.index(item.jenis)))
	return KalenderKarier(event=event, catatan=catatan)


def perlu_diingatkan(
	tanggal_event: date, hari_ini: date, hari: tuple[int, ...] = LANGKAH_PENGINGAT
) -> int | None:
	"""The reminder step due on `hari_ini` for an event on `tanggal_event`: the smallest of `hari`
	(days before) that has been reached, so a job that missed a day still sends it; None before the
	largest step and after the event. With (90, 60, 30): 90 to 61 days before -> 90, 60 to 31 ->
	60, 30 to 0 -> 30. Send each step once: remember kunci_pengingat()."""
	sisa = (tanggal_event - hari_ini).days
	if sisa < 0:
		return None
	tercapai = [langkah for langkah in hari if sisa <= langkah]
	return min(tercapai) if tercapai else None


def kunci_pengingat(event: EventKarier, langkah: int) -> str:
	"""The stable key of one reminder of one event: "Pensiun|2026-06-01|30". The job stores it
	with the employee and skips a key already sent, so each step goes out once."""
	return f"{event.kunci}|{langkah}"


def _mengakhiri(item: EventKarier, berhenti: date) -> bool:
	"""Whether the event is the one that ends the service on `berhenti` (the first day out)."""
	if item.jenis == PENSIUN:
		return item.tanggal == berhenti
	return item.jenis == AKHIR_PERJANJIAN_KERJA and item.tanggal + timedelta(days=1) == berhenti


def _pensiun(data: DataKarier, catatan: list[str]) -> list[EventKarier]:
	if not data.tanggal_lahir:
		catatan.append("Tanggal lahir belum diisi: tanggal pensiun tidak dapat dihitung.")
		return []
	try:
		bup = batas_usia_pensiun(data.jenis_jabatan, data.jenjang, data.batas_usia_pensiun)
	except ValueError as error:
		catatan.append(f"Batas usia pensiun tidak dapat ditentukan: {error}")
		return []
	mencapai = tanggal_mencapai_usia(data.tanggal_lahir, bup)
	tmt = tanggal_pensiun(data.tanggal_lahir, bup)
	pppk = (data.status_kepegawaian or "").strip().upper() == "PPPK"
	if pppk:
		return [
			EventKarier(
				PENSIUN,
				mencapai,
				f"Mencapai batas usia jabatan {bup} tahun pada {format_date(mencapai)}: perjanjian kerja PPPK "
				"berakhir.",
				"PP 49/2018 Pasal 54; UU 20/2023 Pasal 55",
			)
		]
	persiapan = _tambah_bulan(mencapai, -BULAN_DAFTAR_PENSIUN)
	return [
		EventKarier(
			PERSIAPAN_PENSIUN,
			persiapan,
			f"{BULAN_DAFTAR_PENSIUN} bulan sebelum mencapai batas usia pensiun {bup} tahun "
			f"({format_date(mencapai)}): daftar perorangan calon penerima pensiun dari BKN, lengkapi berkas "
			"usul pensiun.",
			"PP 11/2017 Pasal 262 ayat (1)",
		),
		EventKarier(
			PENSIUN,
			tmt,
			f"Pensiun: mencapai batas usia pensiun {bup} tahun pada {format_date(mencapai)}; TMT pensiun "
			f"{format_date(tmt)}.",
			"PP 11/2017 Pasal 239; UU 11/1969 Pasal 13 ayat (1)",
		),
	]


def _akhir_perjanjian(data: DataKarier, catatan: list[str]) -> list[EventKarier]:
	if not data.akhir_perjanjian_kerja:
		catatan.append("Tanggal akhir perjanjian kerja PPPK belum diisi.")
		return []
	return [
		EventKarier(
			AKHIR_PERJANJIAN_KERJA,
			data.akhir_perjanjian_kerja,
			f"Perjanjian kerja PPPK berakhir {format_date(data.akhir_perjanjian_kerja)}: putuskan perpanjangan "
			"berdasarkan penilaian kinerja, kesesuaian kompetensi, dan kebutuhan instansi.",
			"PP 49/2018 Pasal 37",
		)
	]


def _kenaikan_pangkat(data: DataKarier, dari: date, catatan: list[str]) -> list[EventKarier]:
	if jabatan_fungsional(data.jenis_jabatan):
		return []  # angka kredit: merit.angka_kredit
	if not data.tmt_golongan:
		catatan.append("TMT golongan belum diisi: kenaikan pangkat tidak dapat dihitung.")
		return []
	if data.golongan and is_golongan(data.golongan):
		berikutnya = next_golongan(data.golongan)
		if berikutnya is None:
			return []
		batas = BATAS_GOLONGAN_REGULER.get(data.pendidikan or "")
		if batas and berikutnya.urutan > get_golongan(batas).urutan:
			catatan.append(
				f"Golongan {data.golongan} sudah mencapai batas kenaikan pangkat reguler untuk pendidikan "
				f"{data.pendidikan}."
			)
			return []
	memenuhi = _tambah_tahun(data.tmt_golongan, MIN_TAHUN_DALAM_PANGKAT)
	# The first period on or after the day 4 years are reached, or after `dari` when that is past.
	periode = periode_kenaikan_pangkat_berikutnya(max(memenuhi, dari) - timedelta(days=1))
	golongan = f" dari {data.golongan}" if data.golongan else ""
	return [
		EventKarier(
			KENAIKAN_PANGKAT,
			periode,
			f"Kenaikan pangkat{golongan}: {MIN_TAHUN_DALAM_PANGKAT} tahun dalam pangkat terpenuhi "
			f"{format_date(memenuhi)} (TMT golongan {format_date(data.tmt_golongan)}); periode kenaikan pangkat "
			f"{format_date(periode)}.",
			"PP 99/2000 Pasal 7 jo. PP 12/2002; Peraturan BKN 4/2023",
		)
	]


def _kgb(data: DataKarier, dari: date, sampai: date, pppk: bool, catatan: list[str]) -> list[EventKarier]:
	if not data.tanggal_kgb_terakhir:
		if not pppk:
			catatan.append(
				"Tanggal kenaikan gaji berkala terakhir belum diisi: KGB berikutnya tidak dapat dihitung."
			)
		return []
	event = []
	for langkah in range(1, 100):
		berikutnya = _tambah_tahun(data.tanggal_kgb_terakhir, TAHUN_KGB * langkah)
		if berikutnya > sampai:
			break
		if berikutnya < dari:
			continue
		pemberitahuan = _tambah_bulan(berikutnya, -BULAN_PEMBERITAHUAN_KGB)
		event.append(
			EventKarier(
				KENAIKAN_GAJI_BERKALA,
				berikutnya,
				f"Kenaikan gaji berkala TMT {format_date(berikutnya)} ({TAHUN_KGB} tahun sejak KGB terakhir "
				f"{format_date(data.tanggal_kgb_terakhir)}); surat pemberitahuan paling lambat "
				f"{format_date(pemberitahuan)}.",
				"PP 7/1977 Pasal 11-12 dan Lampiran II (terakhir PP 15/2019, PP 5/2024)",
			)
		)
	return event


def _satyalancana(data: DataKarier, dari: date, sampai: date, catatan: list[str]) -> list[EventKarier]:
	mulai = data.mulai_hitung_satyalancana or data.tmt_cpns
	if not mulai:
		catatan.append("TMT CPNS belum diisi: masa kerja Satyalancana Karya Satya tidak dapat dihitung.")
		return []
	event = []
	for tahun, sebutan in TAHUN_SATYALANCANA.items():
		tanggal = _tambah_tahun(mulai, tahun)
		if dari <= tanggal <= sampai:
			event.append(
				EventKarier(
					SATYALANCANA_KARYA_SATYA,
					tanggal,
					f"Masa kerja {tahun} tahun terus-menerus sejak {format_date(mulai)}: dapat diusulkan "
					f"Satyalancana Karya Satya {sebutan} Tahun bila tidak pernah dijatuhi hukuman disiplin "
					"sedang/berat dan tidak pernah cuti di luar tanggungan negara.",
					"PP 35/2010 Pasal 22",
				)
			)
	return event


def _tambah_tahun(tanggal: date, tahun: int) -> date:
	try:
		return tanggal.replace(year=tanggal.year + tahun)
	except ValueError:  # 29 February in a common year: the day after 28 February, as full_years counts
		return date(tanggal.year + tahun, 3, 1)


def _tambah_bulan(tanggal: date, bulan: int) -> date:
	"""The same day `bulan` months later (or earlier), the month's last day when it is shorter."""
	indeks = tanggal.year * 12 + tanggal.month - 1 + bulan
	tahun, bulan_ke = divmod(indeks, 12)
	hari = min(tanggal.day, _hari_dalam_bulan(tahun, bulan_ke + 1))
	return date(tahun, bulan_ke + 1, hari)


def _hari_dalam_bulan(tahun: int, bulan: int) -> int:
	return (_awal_bulan_berikutnya(date(tahun, bulan, 1)) - timedelta(days=1)).day


def _awal_bulan_berikutnya(tanggal: date) -> date:
	return date(tanggal.year + tanggal.month // 12, tanggal.month % 12 + 1, 1)
