"""Angka kredit of jabatan fungsional (JF) holders since PermenPANRB 1/2023 on Jabatan Fungsional:
the annual predikat kinerja is converted into angka kredit (AK), and rank (kenaikan pangkat) and
level (kenaikan jenjang) promotions open once the cumulative AK reaches the figures of its annex.
Peraturan BKN 3/2023 (Angka Kredit, Kenaikan Pangkat dan Jenjang JF) is the technical guideline.

Evidence, as DOMAIN.md tags it:
- Percentages per predikat and pro-rata by period: PermenPANRB 1/2023 Pasal 37 ayat (1) and (4)
  [S: the article text as quoted by naikpangkat.com and by BKN's news of 27 January 2023; the
  regulation itself was not read].
- Koefisien per jenjang and cumulative AK per jenjang: the annex (Lampiran) of PermenPANRB 1/2023
  [S: BKN Direktorat Jabatan ASN slides "Kebijakan Teknis Peraturan BKN 3/2023" and "Penyesuaian AK
  Konvensional ke Integrasi" (2023), table "AK kebutuhan kenaikan pangkat/jabatan model konversi";
  KemenPANRB's launch briefing as reported by radarpalembang.disway.id, 27 January 2023]. The
  keahlian figures and the keterampilan cumulative figures agree across those sources; the
  keterampilan koefisien (Pemula 3.75, Terampil 5, Mahir 12.5, Penyelia 25) were seen only in
  public code and training quizzes [C]. The annex's own page was not read, nor its number, so every
  figure sits in AturanAngkaKredit where a regency can override it.
"""

from dataclasses import dataclass, field
from datetime import date

from asn_merit.merit.dates import format_date, full_years
from asn_merit.merit.eligibility import HasilKelayakan
from asn_merit.merit.jabatan import JENJANG_FUNGSIONAL
from asn_merit.merit.pangkat import get_golongan, next_golongan
from asn_merit.merit.predikat import BAIK, BUTUH_PERBAIKAN, KURANG, PREDIKAT, SANGAT_BAIK, SANGAT_KURANG

# Koefisien angka kredit tahunan: the AK a year of predikat "Baik" earns in each jenjang
# (PermenPANRB 1/2023 Lampiran; Peraturan BKN 3/2023 Pasal 1 angka 9 calls it the yearly minimum
# target). Four years of "Baik" fill each rank's cumulative figure below.
KOEFISIEN_TAHUNAN = {
	"Pemula": 3.75,
	"Terampil": 5.0,
	"Mahir": 12.5,
	"Penyelia": 25.0,
	"Ahli Pertama": 12.5,
	"Ahli Muda": 25.0,
	"Ahli Madya": 37.5,
	"Ahli Utama": 50.0,
}

# Share of the koefisien for each predikat (PermenPANRB 1/2023 Pasal 37 ayat (1) huruf a-e). The
# regulation says "cukup/butuh perbaikan" and "kurang"; merit.predikat spells the PermenPANRB 6/2022
# labels, which are the ones stored.
PERSENTASE_PREDIKAT = {
	SANGAT_BAIK: 1.5,
	BAIK: 1.0,
	BUTUH_PERBAIKAN: 0.75,
	KURANG: 0.5,
	SANGAT_KURANG: 0.25,
}
_ALIAS_PREDIKAT = {
	"cukup": BUTUH_PERBAIKAN,
	"cukup/butuh perbaikan": BUTUH_PERBAIKAN,
	"kurang": KURANG,
	"misconduct": KURANG,
}

# Golongan ruang of each jenjang, lowest first (PermenPANRB 1/2023 Lampiran; the same ranges as
# the BKN table cited above).
GOLONGAN_JENJANG = {
	"Pemula": ("II/a",),
	"Terampil": ("II/b", "II/c", "II/d"),
	"Mahir": ("III/a", "III/b"),
	"Penyelia": ("III/c", "III/d"),
	"Ahli Pertama": ("III/a", "III/b"),
	"Ahli Muda": ("III/c", "III/d"),
	"Ahli Madya": ("IV/a", "IV/b", "IV/c"),
	"Ahli Utama": ("IV/d", "IV/e"),
}

# Angka kredit kumulatif for one rank step inside the jenjang (kenaikan pangkat) and for the move to
# the next jenjang (kenaikan jenjang), PermenPANRB 1/2023 Lampiran. The jenjang figure is the sum of
# the steps over the jenjang's ranks (e.g. ahli madya IV/a, IV/b, IV/c: 3 x 150 = 450).
AK_KENAIKAN_PANGKAT = {
	"Pemula": 15.0,
	"Terampil": 20.0,
	"Mahir": 50.0,
	"Penyelia": 100.0,
	"Ahli Pertama": 50.0,
	"Ahli Muda": 100.0,
	"Ahli Madya": 150.0,
	"Ahli Utama": 200.0,
}
AK_KENAIKAN_JENJANG = {
	"Pemula": 15.0,
	"Terampil": 60.0,
	"Mahir": 100.0,
	"Ahli Pertama": 100.0,
	"Ahli Muda": 200.0,
	"Ahli Madya": 450.0,
}
JENJANG_BERIKUTNYA = {
	"Pemula": "Terampil",
	"Terampil": "Mahir",
	"Mahir": "Penyelia",
	"Ahli Pertama": "Ahli Muda",
	"Ahli Muda": "Ahli Madya",
	"Ahli Madya": "Ahli Utama",
}

# A higher formal degree adds 25% of the jenjang's kenaikan pangkat figure, once, for a predikat of
# at least "Baik" (PermenPANRB 1/2023 Pasal 37 ayat (2)-(3)).
TAMBAHAN_IJAZAH = 0.25

# PP 99/2000 Pasal 13 huruf a (carried by Perka BKN 12/2002, DOMAIN.md 13): a JF holder rises a
# rank after at least 2 years in it. Whether BKN still applies it beside the AK of PermenPANRB
# 1/2023 was not confirmed [S: a 2025 Kemenkeu summary still lists it]: a setting, 0 switches it off.
MIN_TAHUN_DALAM_PANGKAT_JF = 2

_EPSILON = 1e-9  # AK are sums of fractions: compare with a tolerance


@dataclass(frozen=True)
class AturanAngkaKredit:
	"""The AK figures, PermenPANRB 1/2023 by default; a regency may override any of them (ASN Merit
	Settings) when BKN or the JF's instansi pembina publishes other ones."""

	koefisien: dict[str, float] = field(default_factory=lambda: dict(KOEFISIEN_TAHUNAN))
	persentase: dict[str, float] = field(default_factory=lambda: dict(PERSENTASE_PREDIKAT))
	ak_kenaikan_pangkat: dict[str, float] = field(default_factory=lambda: dict(AK_KENAIKAN_PANGKAT))
	ak_kenaikan_jenjang: dict[str, float] = field(default_factory=lambda: dict(AK_KENAIKAN_JENJANG))
	min_tahun_dalam_pangkat: int = MIN_TAHUN_DALAM_PANGKAT_JF


@dataclass(frozen=True)
class HasilKenaikanFungsional(HasilKelayakan):
	"""Whether the cumulative AK opens a kenaikan pangkat and/or a kenaikan jenjang.

	`layak` is True when at least one of them is open; `alasan` says why each closed one is closed.
	The kekurangan are the AK still missing (0 when reached); the minimal are the cumulative AK the
	step needs, counted in the jenjang as the Penetapan Angka Kredit counts them.
	"""

	layak_pangkat: bool = False
	layak_jenjang: bool = False
	golongan_berikutnya: str | None = None
	jenjang_berikutnya: str | None = None
	ak_minimal_pangkat: float | None = None
	ak_minimal_jenjang: float | None = None
	kekurangan_pangkat: float | None = None
	kekurangan_jenjang: float | None = None


def cek_jenjang(jenjang: str) -> str:
	"""The jenjang as merit.jabatan.JENJANG_FUNGSIONAL spells it; a clear ValueError otherwise."""
	if jenjang not in JENJANG_FUNGSIONAL:
		raise ValueError(
			f"Jenjang jabatan fungsional '{jenjang}' tidak dikenal; gunakan salah satu dari "
			f"{', '.join(JENJANG_FUNGSIONAL)}."
		)
	return jenjang


def label_predikat(predikat: str) -> str:
	"""The stored predikat label (merit.predikat) for a label as PermenPANRB 1/2023 Pasal 37 writes
	it ("Cukup", "Cukup/Butuh Perbaikan", "Kurang"); a clear ValueError for anything else."""
	if predikat in PREDIKAT:
		return predikat
	label = _ALIAS_PREDIKAT.get((predikat or "").strip().lower())
	if label is None:
		raise ValueError(
			f"Predikat '{predikat}' tidak dikenal; gunakan salah satu dari {', '.join(PREDIKAT)}."
		)
	return label


def angka_kredit_tahunan(
	jenjang: str, predikat: str, bulan: int = 12, aturan: AturanAngkaKredit | None = None
) -> float:
	"""The AK a predikat earns in a jenjang: koefisien x percentage (PermenPANRB 1/2023 Pasal 37
	ayat (1)), pro rata bulan/12 for a period shorter than a year (Pasal 37 ayat (4)).

	Not rounded: BKN's example, 2 months of "Baik" as ahli pertama, is 2/12 x 100% x 12.5 = 2.08
	on the form (Peraturan BKN 3/2023 technical slides); round only for display.
	"""
	aturan = aturan or AturanAngkaKredit()
	cek_jenjang(jenjang)
	predikat = label_predikat(predikat)
	if isinstance(bulan, bool) or not isinstance(bulan, int) or not 0 <= bulan <= 12:
		raise ValueError(f"Jumlah bulan penilaian '{bulan}' harus bilangan bulat 0 sampai 12.")
	return aturan.koefisien[jenjang] * aturan.persentase[predikat] * bulan / 12


def jumlah_angka_kredit(
	konversi: list[tuple[str, str, int]] | tuple[tuple[str, str, int], ...],
	aturan: AturanAngkaKredit | None = None,
) -> float:
	"""The sum of the conversions (jenjang, predikat, bulan) of several periods
	(PermenPANRB 1/2023 Pasal 37; the "akumulasi angka kredit" of Peraturan BKN 3/2023)."""
	return sum(
		angka_kredit_tahunan(jenjang, predikat, bulan, aturan) for jenjang, predikat, bulan in konversi
	)


def tambahan_angka_kredit_ijazah(
	jenjang: str, predikat: str, aturan: AturanAngkaKredit | None = None
) -> float:
	"""The one-off AK for a higher formal degree: 25% of the jenjang's kenaikan pangkat figure, only
	with a predikat of at least "Baik" (PermenPANRB 1/2023 Pasal 37 ayat (2)-(3)); 0 otherwise."""
	aturan = aturan or AturanAngkaKredit()
	cek_jenjang(jenjang)
	if aturan.persentase[label_predikat(predikat)] < aturan.persentase[BAIK]:
		return 0.0
	return aturan.ak_kenaikan_pangkat[jenjang] * TAMBAHAN_IJAZAH


def kenaikan_fungsional(
	jenjang: str,
	golongan: str,
	ak_kumulatif: float,
	aturan: AturanAngkaKredit | None = None,
	*,
	tmt_golongan: date | None = None,
	tanggal: date | None = None,
	predikat_terakhir: str | None = None,
	tersedia_lowongan: bool | None = None,
) -> HasilKenaikanFungsional:
	"""Whether a JF holder's cumulative AK opens a kenaikan pangkat and/or a kenaikan jenjang, the
	next golongan and jenjang, and the AK still missing (PermenPANRB 1/2023 Pasal 30, 39 and
	Lampiran; Peraturan BKN 3/2023).

	`ak_kumulatif` is the "jumlah angka kredit kumulatif" of the latest Penetapan Angka Kredit: all
	AK in the current jenjang, AK dasar of a starting rank above the jenjang's lowest included
	(Peraturan BKN 3/2023 Lampiran, contoh PAK). A rank inside the jenjang opens at the step figure
	times its place in the jenjang (ahli madya: IV/a->IV/b at 150, IV/b->IV/c at 300), so AK beyond
	a step carry to the next one in the same jenjang, as Pasal 39 allows.

	At the jenjang's top rank the next rank comes with the kenaikan jenjang, proposed first and with
	the same AK; without a vacancy in the higher jenjang the rank may still rise one step.
	Kenaikan jenjang also needs a passed uji kompetensi, a vacancy (kebutuhan) and a predikat of at
	least "Baik" in the last year: `predikat_terakhir` and `tersedia_lowongan`, when given, are
	checked; otherwise they come back as catatan.

	Unknown jenjang, golongan or predikat labels raise ValueError.
	"""
	aturan = aturan or AturanAngkaKredit()
	cek_jenjang(jenjang)
	sekarang = get_golongan(golongan)
	if predikat_terakhir is not None:
		predikat_terakhir = label_predikat(predikat_terakhir)
	ak = float(ak_kumulatif or 0)

	alasan: list[str] = []
	catatan: list[str] = []
	rentang = GOLONGAN_JENJANG[jenjang]
	jenjang_berikutnya = JENJANG_BERIKUTNYA.get(jenjang)

	# Kenaikan pangkat.
	layak_pangkat = False
	ak_minimal_pangkat = kekurangan_pangkat = None
	berikutnya = next_golongan(sekarang.kode)
	golongan_berikutnya = berikutnya.kode if berikutnya else None
	urutan_dalam = {kode: index for index, kode in enumerate(rentang)}
	if sekarang.kode not in urutan_dalam:
		golongan_berikutnya = None
		tertinggi = get_golongan(rentang[-1])
		if sekarang.urutan == tertinggi.urutan + 1:
			alasan.append(
				f"Golongan {sekarang.kode} sudah satu tingkat di atas pangkat tertinggi jenjang {jenjang} "
				f"({rentang[-1]}); kenaikan pangkat berikutnya melalui kenaikan jenjang."
			)
		else:
			alasan.append(
				f"Golongan {sekarang.kode} di luar rentang pangkat jenjang {jenjang} "
				f"({rentang[0]} sampai {rentang[-1]}); periksa data pangkat dan jabatan."
			)
	elif berikutnya is None:
		alasan.append(f"Golongan {sekarang.kode} adalah golongan tertinggi.")
	elif urutan_dalam[sekarang.kode] == len(rentang) - 1 and jenjang_berikutnya is None:
		golongan_berikutnya = None
		alasan.append(
			f"Golongan {sekarang.kode} adalah pangkat tertinggi jenjang {jenjang}; tidak ada angka kredit "
			"kumulatif kenaikan pangkat berikutnya dalam jenjang ini."
		)
	else:
		ak_minimal_pangkat = aturan.ak_kenaikan_pangkat[jenjang] * (urutan_dalam[sekarang.kode] + 1)
		kekurangan_pangkat = _kekurangan(ak, ak_minimal_pangkat)
		layak_pangkat = not kekurangan_pangkat
		if kekurangan_pangkat:
			alasan.append(
				f"Angka kredit kumulatif {_angka(ak)} belum mencapai {_angka(ak_minimal_pangkat)} untuk "
				f"kenaikan pangkat ke {golongan_berikutnya}; kurang {_angka(kekurangan_pangkat)}."
			)
		masa = _cek_masa_dalam_pangkat(sekarang.kode, tmt_golongan, tanggal, aturan, alasan, catatan)
		layak_pangkat = layak_pangkat and masa
		if urutan_dalam[sekarang.kode] == len(rentang) - 1:
			catatan.append(
				f"Kenaikan ke {golongan_berikutnya} adalah pangkat jenjang {jenjang_berikutnya}: usulkan kenaikan "
				"jenjang lebih dahulu, lalu kenaikan pangkat dengan angka kredit yang sama; bila belum "
				"tersedia lowongan jenjang, pangkat dapat dinaikkan satu tingkat dengan tetap pada jenjang "
				f"{jenjang} (PermenPANRB 1/2023)."
			)

	# Kenaikan jenjang.
	layak_jenjang = False
	ak_minimal_jenjang = kekurangan_jenjang = None
	if jenjang_berikutnya is None:
		alasan.append(f"Jenjang {jenjang} adalah jenjang tertinggi dalam kategorinya.")
	else:
		ak_minimal_jenjang = aturan.ak_kenaikan_jenjang[jenjang]
		kekurangan_jenjang = _kekurangan(ak, ak_minimal_jenjang)
		layak_jenjang = not kekurangan_jenjang
		if kekurangan_jenjang:
			alasan.append(
				f"Angka kredit kumulatif {_angka(ak)} belum mencapai {_angka(ak_minimal_jenjang)} untuk "
				f"kenaikan jenjang ke {jenjang_berikutnya}; kurang {_angka(kekurangan_jenjang)}."
			)
		if predikat_terakhir is None:
			catatan.append(
				f"Kenaikan jenjang memerlukan predikat kinerja paling rendah {BAIK} 1 tahun terakhir."
			)
		elif aturan.persentase[predikat_terakhir] < aturan.persentase[BAIK]:
			layak_jenjang = False
			alasan.append(
				f"Predikat kinerja tahun terakhir {predikat_terakhir}; kenaikan jenjang memerlukan paling "
				f"rendah {BAIK}."
			)
		if tersedia_lowongan is None:
			catatan.append(
				f"Kenaikan jenjang memerlukan tersedianya kebutuhan (lowongan) jenjang {jenjang_berikutnya}."
			)
		elif not tersedia_lowongan:
			layak_jenjang = False
			alasan.append(f"Belum tersedia kebutuhan (lowongan) jenjang {jenjang_berikutnya}.")
		catatan.append("Kenaikan jenjang memerlukan lulus uji kompetensi.")

	return HasilKenaikanFungsional(
		layak=layak_pangkat or layak_jenjang,
		alasan=alasan,
		catatan=catatan,
		layak_pangkat=layak_pangkat,
		layak_jenjang=layak_jenjang,
		golongan_berikutnya=golongan_berikutnya,
		jenjang_berikutnya=jenjang_berikutnya,
		ak_minimal_pangkat=ak_minimal_pangkat,
		ak_minimal_jenjang=ak_minimal_jenjang,
		kekurangan_pangkat=kekurangan_pangkat,
		kekurangan_jenjang=kekurangan_jenjang,
	)


def _cek_masa_dalam_pangkat(kode, tmt_golongan, tanggal, aturan, alasan, catatan) -> bool:
	"""PP 99/2000 Pasal 13 huruf a: at least `aturan.min_tahun_dalam_pangkat` years in the rank."""
	if not aturan.min_tahun_dalam_pangkat:
		return True
	if not (tmt_golongan and tanggal):
		catatan.append(
			f"Masa dalam pangkat paling singkat {aturan.min_tahun_dalam_pangkat} tahun belum diperiksa "
			"(TMT golongan atau tanggal tidak diberikan)."
		)
		return True
	masa = full_years(tmt_golongan, tanggal)
	if masa >= aturan.min_tahun_dalam_pangkat:
		return True
	alasan.append(
		f"Masa dalam pangkat {kode} baru {max(masa, 0)} tahun (TMT {format_date(tmt_golongan)}); "
		f"minimal {aturan.min_tahun_dalam_pangkat} tahun."
	)
	return False


def _kekurangan(ak: float, minimal: float) -> float:
	kurang = minimal - ak
	return 0.0 if kurang <= _EPSILON else kurang


def _angka(value: float) -> str:
	"""An AK figure as written on the PAK: up to three decimals, decimal comma ("12,5", "2,083")."""
	text = f"{value:.3f}".rstrip("0").rstrip(".")
	return text.replace(".", ",")
