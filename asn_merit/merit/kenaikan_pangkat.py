"""Regular rank promotion (kenaikan pangkat reguler, PP 99/2000 Pasal 7-8 as amended by PP 12/2002)."""

from dataclasses import dataclass
from datetime import date

from asn_merit.merit.dates import format_date, full_years
from asn_merit.merit.eligibility import AturanKelayakan, DataPegawai, HasilKelayakan
from asn_merit.merit.pangkat import get_golongan, is_golongan, next_golongan
from asn_merit.merit.pendidikan import BATAS_GOLONGAN_REGULER, tingkat_pendidikan
from asn_merit.merit.predikat import BAIK, is_at_least, peringkat_predikat

MIN_TAHUN_DALAM_PANGKAT = 4
TAHUN_PREDIKAT = 2
# Steps that also need the ujian dinas (PP 12/2002 amending Pasal 32), with degree exemptions.
UJIAN_DINAS = {"II/d": "tingkat I", "III/d": "tingkat II"}


@dataclass(frozen=True)
class HasilKenaikanPangkat(HasilKelayakan):
	"""The eligibility answer (layak, alasan, catatan) and the rank it leads to."""

	golongan_berikutnya: str | None = None


def cek_kenaikan_pangkat_reguler(
	golongan: str,
	tmt_golongan: date,
	tanggal: date,
	predikat_dua_tahun: list[str],
	pendidikan: str,
	min_tahun: int = MIN_TAHUN_DALAM_PANGKAT,
	predikat_minimal: str = BAIK,
) -> HasilKenaikanPangkat:
	"""Whether a PNS may rise one rank on `tanggal` by regular promotion, and why not.

	Unknown golongan, pendidikan or predikat labels raise ValueError with a clear message.
	"""
	sekarang = get_golongan(golongan)
	tingkat_pendidikan(pendidikan)
	for predikat in predikat_dua_tahun:
		peringkat_predikat(predikat)

	alasan = []
	berikutnya = next_golongan(sekarang.kode)
	if berikutnya is None:
		alasan.append(f"Golongan {sekarang.kode} adalah golongan tertinggi.")
	else:
		batas = get_golongan(BATAS_GOLONGAN_REGULER[pendidikan])
		if berikutnya.urutan > batas.urutan:
			alasan.append(
				f"Golongan {sekarang.kode} sudah mencapai batas kenaikan pangkat reguler "
				f"untuk pendidikan {pendidikan} ({batas.kode})."
			)

	masa = full_years(tmt_golongan, tanggal)
	if masa < min_tahun:
		alasan.append(
			f"Masa dalam pangkat {sekarang.kode} baru {max(masa, 0)} tahun (TMT {format_date(tmt_golongan)}); "
			f"minimal {min_tahun} tahun."
		)

	if len(predikat_dua_tahun) < TAHUN_PREDIKAT:
		alasan.append(f"Predikat kinerja {TAHUN_PREDIKAT} tahun terakhir belum lengkap.")
	for predikat in predikat_dua_tahun[:TAHUN_PREDIKAT]:
		if not is_at_least(predikat, predikat_minimal):
			alasan.append(f"Predikat kinerja {predikat} di bawah syarat minimal {predikat_minimal}.")

	catatan = []
	if berikutnya is not None and sekarang.kode in UJIAN_DINAS:
		catatan.append(
			f"Kenaikan ke {berikutnya.kode} memerlukan lulus ujian dinas {UJIAN_DINAS[sekarang.kode]} "
			"(kecuali dibebaskan karena ijazah)."
		)
	return HasilKenaikanPangkat(
		layak=not alasan,
		alasan=alasan,
		golongan_berikutnya=berikutnya.kode if berikutnya else None,
		catatan=catatan,
	)


def kenaikan_pangkat_reguler_pegawai(
	pegawai: DataPegawai,
	tanggal: date,
	aturan: AturanKelayakan | None = None,
	min_tahun: int = MIN_TAHUN_DALAM_PANGKAT,
	*,
	jenis_jabatan: str | None = None,
	status_kepegawaian: str | None = None,
) -> HasilKenaikanPangkat:
	"""Regular rank promotion from the same employee data and rules as jabatan eligibility.

	The predikat are those of the `aturan.tahun_predikat` calendar years before `tanggal`, at
	least `aturan.predikat_minimal`; data the rules cannot use is a reason, never an error.

	`status_kepegawaian` "PPPK" and a `jenis_jabatan` of a jabatan fungsional (merit.jabatan:
	"Fungsional") each close the regular path with its reason (alasan_jalur_reguler); None, as
	before, checks the rules alone.
	"""
	aturan = aturan or AturanKelayakan()
	tidak_layak = _alasan_status(pegawai, jenis_jabatan, status_kepegawaian) or _alasan_data(pegawai)
	if tidak_layak:
		return HasilKenaikanPangkat(layak=False, alasan=tidak_layak)
	per_tahun = dict(pegawai.predikat_per_tahun)
	tahun = range(tanggal.year - aturan.tahun_predikat, tanggal.year)
	return cek_kenaikan_pangkat_reguler(
		pegawai.golongan,
		pegawai.tmt_golongan,
		tanggal,
		[per_tahun[year] for year in tahun if year in per_tahun],
		pegawai.pendidikan,
		min_tahun=min_tahun,
		predikat_minimal=aturan.predikat_minimal,
	)


# Who leaves the regular path. A JF holder rises by angka kredit: PP 99/2000 Pasal 9 huruf a (as
# amended by PP 12/2002) puts JF holders under kenaikan pangkat pilihan and Pasal 13 ties it to the
# angka kredit; today PermenPANRB 1/2023 Pasal 39 and Peraturan BKN 3/2023 (merit.angka_kredit). PP
# 99/2000 and PP 12/2002 live on through Perka BKN 12/2002 and Peraturan BKN 4/2023 (DOMAIN.md 13).
ALASAN_JABATAN_FUNGSIONAL = (
	"Pemegang jabatan fungsional naik pangkat melalui angka kredit (PermenPANRB 1/2023), "
	"bukan kenaikan pangkat reguler."
)
# A PPPK has no pangkat/golongan ruang: its golongan I-XVII are pay grades (Perpres 98/2020), and
# kenaikan pangkat (PP 99/2000, carried by Peraturan BKN 4/2023) is for PNS only.
ALASAN_PPPK = (
	"PPPK tidak mendapat kenaikan pangkat reguler: golongan PPPK I sampai XVII (Perpres 98/2020) "
	"adalah golongan gaji, bukan pangkat/golongan ruang PNS."
)
_JENIS_FUNGSIONAL = {"fungsional", "jabatan fungsional", "jf"}


def jabatan_fungsional(jenis_jabatan: str | None) -> bool:
	"""Whether a jenis jabatan is a jabatan fungsional ("Fungsional" in merit.jabatan.JENIS_JABATAN;
	"Jabatan Fungsional" and "JF" as imported data may write it)."""
	return (jenis_jabatan or "").strip().lower() in _JENIS_FUNGSIONAL


def alasan_jalur_reguler(
	jenis_jabatan: str | None = None, status_kepegawaian: str | None = None
) -> str | None:
	"""Why someone is outside regular rank promotion by status or post; None when the rules apply.

	PPPK: no rank (Perpres 98/2020). JF holder: angka kredit instead (PP 99/2000 Pasal 9 huruf a as
	amended by PP 12/2002, Pasal 13; PermenPANRB 1/2023 Pasal 39).
	"""
	if (status_kepegawaian or "").strip().upper() == "PPPK":
		return ALASAN_PPPK
	if jabatan_fungsional(jenis_jabatan):
		return ALASAN_JABATAN_FUNGSIONAL
	return None


def _alasan_status(
	pegawai: DataPegawai, jenis_jabatan: str | None, status_kepegawaian: str | None
) -> list[str]:
	if pegawai.bukan_asn:
		return [pegawai.bukan_asn]
	alasan = alasan_jalur_reguler(jenis_jabatan, status_kepegawaian)
	return [alasan] if alasan else []


def _alasan_data(pegawai: DataPegawai) -> list[str]:
	if pegawai.bukan_asn:
		return [pegawai.bukan_asn]
	kosong = [
		label
		for label, value in (
			("golongan", pegawai.golongan),
			("TMT golongan", pegawai.tmt_golongan),
			("pendidikan terakhir", pegawai.pendidikan),
		)
		if not value
	]
	if kosong:
		return [f"Data belum lengkap: {', '.join(kosong)}."]
	if not is_golongan(pegawai.golongan):
		return [f"{pegawai.golongan} bukan golongan PNS."]
	if pegawai.pendidikan not in BATAS_GOLONGAN_REGULER:
		return [f"Pendidikan {pegawai.pendidikan} tidak dikenal aturan kenaikan pangkat reguler."]
	return []
