"""What a competency development plan (Rencana Pengembangan Kompetensi) holds for one ASN and year.

- PP 30/2019 Pasal 51(4), 53, 57-58: the follow-up of the annual predikat (tindak_lanjut.py says
  which); Butuh Perbaikan or worse: pembinaan and training; Baik two years running: priority for
  further competence development (Pasal 53(2)); Sangat Baik: a note for the talent pool (two years
  running: priority for it, Pasal 53(1)).
- PP 11/2017 Pasal 203(4): every PNS has the right to at least 20 jam pelajaran (JP) of competence
  development a year (a setting, jp_wajib_per_tahun, with 20 as default).
- PP 49/2018 Pasal 40(1): a PPPK's competence development is at most 24 JP per year of the
  contract (JPT utama and madya tertentu excepted, ayat (2)): a cap, not a right to a minimum, so
  a PPPK is neither short of the PNS's 20 JP nor counted in the 20 JP coverage.
- A competency below the jabatan's standard level calls for one development action per competency
  (PP 11/2017 Pasal 203(1)-(3): development follows the gap between the ASN's competence and the
  post's standard).
"""

from dataclasses import dataclass

from asn_merit.merit.predikat import BAIK, SANGAT_BAIK
from asn_merit.merit.tindak_lanjut import tindak_lanjut_predikat

JP_WAJIB_PER_TAHUN = 20  # PP 11/2017 Pasal 203 ayat (4)
JP_PALING_LAMA_PPPK = 24  # PP 49/2018 Pasal 40 ayat (1)

# Kinds of action (the Select options of Rencana Pengembangan Kompetensi Aksi.jenis).
PEMBINAAN = "Pembinaan Kinerja"
PELATIHAN = "Pelatihan"
PENGEMBANGAN_PRIORITAS = "Pengembangan Prioritas"
CATATAN_TALENTA = "Catatan Kelompok Talenta"
PENUTUPAN_KESENJANGAN = "Penutupan Kesenjangan Kompetensi"
JENIS_AKSI = (PEMBINAAN, PELATIHAN, PENGEMBANGAN_PRIORITAS, CATATAN_TALENTA, PENUTUPAN_KESENJANGAN)

# Statuses of an action (Select options; the controller moves them).
DIRENCANAKAN = "Direncanakan"
DINOMINASIKAN = "Dinominasikan"
SELESAI = "Selesai"
DIBATALKAN = "Dibatalkan"
STATUS_AKSI = (DIRENCANAKAN, DINOMINASIKAN, SELESAI, DIBATALKAN)

# JP proposed for a training action; the officer may change it on the plan.
JP_PELATIHAN = 20
JP_PER_LEVEL_KESENJANGAN = 10  # per level missing, for the gap's training


@dataclass(frozen=True)
class AksiPengembangan:
	jenis: str  # one of JENIS_AKSI
	uraian: str
	target_jp: float = 0
	kompetensi: str | None = None
	dasar: str | None = None  # the article applied


@dataclass(frozen=True)
class KesenjanganKompetensi:
	"""A competency of the jabatan's standard with the ASN's assessed level (None: not assessed)."""

	jenis_kompetensi: str
	kompetensi: str
	level_standar: int
	level_pegawai: int | None


def aksi_dari_predikat(
	predikat_per_tahun: dict[int, str], tahun: int, jenis_jabatan: str | None = None
) -> list[AksiPengembangan]:
	"""The actions the predikat of `tahun` (with `tahun - 1`) calls for; none for a year without one."""
	sekarang = predikat_per_tahun.get(tahun)
	if sekarang is None:
		return []
	hasil = tindak_lanjut_predikat(predikat_per_tahun, tahun, jenis_jabatan)
	aksi = []
	if hasil.perlu_pengembangan:
		pasal = "PP 30/2019 Pasal 51 ayat (4)"
		if hasil.masa_perbaikan_kinerja:
			pasal += ", Pasal 57" if "Pasal 57" in " ".join(hasil.dasar) else ", Pasal 58"
		aksi.append(
			AksiPengembangan(
				PEMBINAAN,
				f"Pembinaan kinerja oleh atasan langsung atas predikat {sekarang} tahun {tahun}: "
				"sepakati target perbaikan dan pantau setiap triwulan."
				+ (
					" Masa perbaikan kinerja 6 bulan, lalu uji kompetensi kembali bila tidak membaik."
					if hasil.masa_perbaikan_kinerja
					else ""
				),
				0,
				dasar=pasal,
			)
		)
		aksi.append(
			AksiPengembangan(
				PELATIHAN,
				f"Pelatihan untuk memperbaiki hasil kerja (predikat {sekarang} tahun {tahun}).",
				JP_PELATIHAN,
				dasar="PP 30/2019 Pasal 51 ayat (4)",
			)
		)
	if hasil.prioritas_pengembangan_kompetensi:
		aksi.append(
			AksiPengembangan(
				PENGEMBANGAN_PRIORITAS,
				f"Predikat {BAIK} tahun {tahun - 1} dan {tahun}: prioritas pengembangan kompetensi lebih "
				"lanjut (pelatihan, seminar, kursus atau tugas belajar).",
				JP_PELATIHAN,
				dasar="PP 30/2019 Pasal 53 ayat (2)",
			)
		)
	if sekarang == SANGAT_BAIK:
		uraian = f"Predikat {SANGAT_BAIK} tahun {tahun}: catat untuk kelompok talenta (talent pool)."
		if hasil.kandidat_talent_pool:
			uraian = (
				f"Predikat {SANGAT_BAIK} tahun {tahun - 1} dan {tahun}: diprioritaskan masuk kelompok "
				"rencana suksesi (talent pool)."
			)
		aksi.append(AksiPengembangan(CATATAN_TALENTA, uraian, 0, dasar="PP 30/2019 Pasal 53 ayat (1)"))
	return aksi


def aksi_dari_kesenjangan(kesenjangan: list[KesenjanganKompetensi]) -> list[AksiPengembangan]:
	"""One action per competency assessed below the jabatan's standard level; a competency not
	assessed yet gives none (there is no gap to close before it is measured)."""
	aksi = []
	for k in kesenjangan:
		if k.level_pegawai is None or k.level_pegawai >= k.level_standar:
			continue
		kurang = k.level_standar - k.level_pegawai
		aksi.append(
			AksiPengembangan(
				PENUTUPAN_KESENJANGAN,
				f"Kompetensi {k.jenis_kompetensi.lower()} {k.kompetensi}: level {k.level_pegawai} dari "
				f"standar jabatan {k.level_standar} (kurang {kurang} level).",
				JP_PER_LEVEL_KESENJANGAN * kurang,
				kompetensi=k.kompetensi,
				dasar="PP 11/2017 Pasal 203",
			)
		)
	return aksi


def rencana_selesai(aksi: list[tuple[float, str]]) -> bool:
	"""Whether a plan's development is done: every action with JP to reach (target_jp, status) is
	Selesai or Dibatalkan, and at least one was. Coaching and notes (0 JP) do not hold it open."""
	dengan_jp = [status for target_jp, status in aksi if (target_jp or 0) > 0]
	return (
		bool(dengan_jp)
		and all(status in (SELESAI, DIBATALKAN) for status in dengan_jp)
		and SELESAI in dengan_jp
	)


@dataclass(frozen=True)
class CapaianJP:
	jp: float
	target: float

	@property
	def terpenuhi(self) -> bool:
		return self.jp >= self.target

	@property
	def kekurangan(self) -> float:
		return max(self.target - self.jp, 0)

	@property
	def persen(self) -> float:
		return min(self.jp / self.target * 100, 100) if self.target else 100


def capaian_jp(jp_per_pelatihan: list[float], target: float = JP_WAJIB_PER_TAHUN) -> CapaianJP:
	"""JP of the year (the sum of each completed training's JP) against the target."""
	return CapaianJP(round(sum(max(jp, 0) for jp in jp_per_pelatihan), 2), target)


def berhak_jp_minimal(status_kepegawaian: str | None) -> bool:
	"""Whether the yearly minimum of JP is the ASN's right (PP 11/2017 Pasal 203(4)): a PNS's.
	A PPPK's development is capped instead (PP 49/2018 Pasal 40(1)); staff outside the ASN have
	neither."""
	return (status_kepegawaian or "").strip().upper() == "PNS"


def melebihi_batas_pppk(status_kepegawaian: str | None, jp_direncanakan: float) -> bool:
	"""Whether a year's plan of `jp_direncanakan` JP goes past a PPPK's cap (PP 49/2018 Pasal
	40(1)); never for a PNS, whose 20 JP is a minimum, or for staff outside the ASN."""
	return (status_kepegawaian or "").strip().upper() == "PPPK" and jp_direncanakan > JP_PALING_LAMA_PPPK


def cakupan_jp(jp_per_pegawai: dict[str, float], target: float = JP_WAJIB_PER_TAHUN) -> tuple[int, int]:
	"""(how many reached the target, how many there are): the unit's 20 JP coverage, over the PNS
	only (`berhak_jp_minimal`)."""
	return sum(1 for jp in jp_per_pegawai.values() if jp >= target), len(jp_per_pegawai)
