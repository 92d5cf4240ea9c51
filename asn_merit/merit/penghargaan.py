"""Who qualifies for which reward (Penghargaan): a proposal with its basis, never a decision.

- Sangat Baik two years running: PP 30/2019 Pasal 53(1) names it the performance that earns
  priority; the regency recognises it with a reward (retensi talenta, PermenPANRB 3/2020).
- Talent pool (kelompok rencana suksesi): recognition is part of retaining talent (retensi
  talenta, PermenPANRB 3/2020).
- Satyalancana Karya Satya X, XX, XXX Tahun: 10, 20, 30 years of loyal service as PNS, counted
  from the CPNS appointment and restarted after a hukuman disiplin sedang or berat (PP 35/2010
  Pasal 22, implementing UU 20/2009): kalender_karier.mulai_hitung_satyalancana.
"""

from dataclasses import dataclass
from datetime import date

from asn_merit.merit.eligibility import HukumanDisiplin
from asn_merit.merit.kalender_karier import TAHUN_SATYALANCANA, mulai_hitung_satyalancana
from asn_merit.merit.predikat import SANGAT_BAIK

KINERJA_SANGAT_BAIK = "Kinerja Sangat Baik Dua Tahun Berturut-turut"
KELOMPOK_TALENTA = "Anggota Kelompok Talenta"
LAINNYA = "Lainnya"
SATYALANCANA = {
	tahun: f"Satyalancana Karya Satya {angka} Tahun" for tahun, angka in TAHUN_SATYALANCANA.items()
}
JENIS_PENGHARGAAN = (KINERJA_SANGAT_BAIK, KELOMPOK_TALENTA, *SATYALANCANA.values(), LAINNYA)


@dataclass(frozen=True)
class DataPenghargaan:
	predikat_per_tahun: dict[int, str]
	kandidat_talent_pool: bool = False
	status_kepegawaian: str | None = None  # PNS / PPPK
	tmt_cpns: date | None = None
	hukuman_disiplin: tuple[HukumanDisiplin, ...] = ()
	# (jenis, tahun) of rewards already on record
	sudah_diterima: tuple[tuple[str, int | None], ...] = ()


@dataclass(frozen=True)
class UsulanPenghargaan:
	jenis: str
	tahun: int
	dasar: str  # the basis, in Bahasa Indonesia, for the `dasar` field


def usulan_penghargaan(data: DataPenghargaan, tahun: int, pada: date) -> list[UsulanPenghargaan]:
	"""The rewards `data` qualifies for in `tahun`, measured on `pada`, that are not on record yet."""
	diterima = set(data.sudah_diterima)
	jenis_diterima = {jenis for jenis, _tahun in data.sudah_diterima}
	usulan = []
	lalu, sekarang = data.predikat_per_tahun.get(tahun - 1), data.predikat_per_tahun.get(tahun)
	if lalu == SANGAT_BAIK and sekarang == SANGAT_BAIK and (KINERJA_SANGAT_BAIK, tahun) not in diterima:
		usulan.append(
			UsulanPenghargaan(
				KINERJA_SANGAT_BAIK,
				tahun,
				f"Predikat kinerja {SANGAT_BAIK} tahun {tahun - 1} dan {tahun} (PP 30/2019 Pasal 53 ayat (1)).",
			)
		)
	if data.kandidat_talent_pool and (KELOMPOK_TALENTA, tahun) not in diterima:
		usulan.append(
			UsulanPenghargaan(
				KELOMPOK_TALENTA,
				tahun,
				f"Masuk kelompok rencana suksesi (talent pool) tahun {tahun}: retensi talenta "
				"(PermenPANRB 3/2020).",
			)
		)
	if satya := _satyalancana(data, pada, jenis_diterima):
		usulan.append(UsulanPenghargaan(satya[0], tahun, satya[1]))
	return usulan


def _satyalancana(data: DataPenghargaan, pada: date, jenis_diterima: set[str]) -> tuple[str, str] | None:
	"""The highest class reached on `pada` that neither it nor a higher one is on record (PNS only)."""
	if (data.status_kepegawaian or "").strip().upper() != "PNS" or not data.tmt_cpns:
		return None
	if any(
		h.tingkat.strip().lower() in ("sedang", "berat") and (h.sampai is None or h.sampai >= pada)
		for h in data.hukuman_disiplin
	):
		return None  # a hukuman sedang/berat still running: the count restarts after it
	mulai = mulai_hitung_satyalancana(data.tmt_cpns, data.hukuman_disiplin)
	masa = _tahun_penuh(mulai, pada)
	tercapai = [tahun for tahun in sorted(SATYALANCANA) if masa >= tahun]
	if not tercapai:
		return None
	kelas = tercapai[-1]
	if any(SATYALANCANA[t] in jenis_diterima for t in SATYALANCANA if t >= kelas):
		return None
	return (
		SATYALANCANA[kelas],
		f"Masa kerja {masa} tahun sebagai PNS dihitung sejak {mulai.strftime('%d-%m-%Y')} "
		f"(PP 35/2010 Pasal 22).",
	)


def _tahun_penuh(dari: date, sampai: date) -> int:
	tahun = sampai.year - dari.year
	if (sampai.month, sampai.day) < (dari.month, dari.day):
		tahun -= 1
	return max(tahun, 0)
