"""The merit score: five weighted components, each explained line by line in Bahasa Indonesia.

Every component scores 0-100 from data the app holds; the total is their weighted sum. A
component with nothing to measure (no predikat, no assessment, a jabatan without a competency
standard, no recorded education) is "belum diukur", with its reason; what that does to the
total is the caller's choice (`BelumDiukur`): its weight goes to the measured components in
proportion, or it counts 0 and the score is marked incomplete. Callers that do not choose get
the behaviour from before the choice existed: it counts 0, unmarked in the explanation.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from types import MappingProxyType

from asn_merit.merit.pendidikan import tingkat_pendidikan
from asn_merit.merit.predikat import BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_BAIK, SANGAT_KURANG

POIN_PREDIKAT = {SANGAT_BAIK: 100, BAIK: 80, BUTUH_PERBAIKAN: 60, KURANG: 40, SANGAT_KURANG: 20}
KOMPONEN = (
	("kinerja", "Kinerja"),
	("potensi", "Potensi"),
	("kompetensi", "Kompetensi"),
	("kualifikasi", "Kualifikasi"),
	("rekam_jejak", "Rekam Jejak"),
)


class BelumDiukur(StrEnum):
	"""What a component with nothing to measure does to the total (values as the settings store them)."""

	NOL = "Nol"  # counts 0 with its full weight, shown as a 0 like any other (the old behaviour)
	BAGI_ULANG = "Bagi Ulang Bobot"  # its weight goes to the measured components in proportion
	TANDAI = "Tandai Tidak Lengkap"  # counts 0 with its full weight; the score is marked incomplete


@dataclass(frozen=True)
class BobotMerit:
	"""Weights in percent; they must sum to 100."""

	kinerja: float = 30
	potensi: float = 25
	kompetensi: float = 20
	kualifikasi: float = 10
	rekam_jejak: float = 15


@dataclass(frozen=True)
class AturanRekamJejak:
	jp_wajib_per_tahun: int = 20  # PP 17/2020: at least 20 JP of development a year
	poin_per_tahun_masa_kerja: float = 2
	maks_poin_masa_kerja: float = 40
	maks_poin_pelatihan: float = 40
	poin_bersih: float = 20  # no sanction and no substantiated complaint
	pengurang_hukuman: Mapping[str, float] = field(
		default_factory=lambda: MappingProxyType({"Ringan": 10, "Sedang": 20, "Berat": 40})
	)
	pengurang_per_pengaduan_terbukti: float = 10
	tahun_predikat: int = 2  # how many latest predikat count
	# Penghargaan on record add to the track record only when the regency gives them a weight:
	# 0 by default, so scores of the time before rewards were recorded do not change.
	poin_per_penghargaan: float = 0
	maks_poin_penghargaan: float = 20


@dataclass(frozen=True)
class KompetensiPegawai:
	nama: str
	level_standar: int
	level_pegawai: int | None


@dataclass(frozen=True)
class DataMerit:
	employee: str
	nip: str = ""
	predikat: tuple[tuple[int, str], ...] = ()  # (year, predikat), any order
	skor_potensial: float | None = None
	tanggal_asesmen: str | None = None
	sumber_asesmen: str | None = None
	kompetensi: tuple[KompetensiPegawai, ...] = ()  # the jabatan's standard, with the ASN's level
	pendidikan: str | None = None
	pendidikan_minimal: str | None = None
	masa_kerja_tahun: float = 0
	jam_pelatihan: tuple[tuple[int, float], ...] = ()  # (year, JP) for each year considered
	hukuman_disiplin: tuple[str, ...] = ()  # tingkat of each sanction that counts
	pengaduan_terbukti: int = 0
	penghargaan: tuple[tuple[int | None, str], ...] = ()  # (year, jenis) of each reward on record


@dataclass(frozen=True)
class KomponenSkor:
	"""`bobot` is the weight applied (skor * bobot / 100 = nilai): the configured weight, or
	after redistribution the share the component received; `bobot_awal` is the configured one.
	An unmeasured component scores 0 and carries the reason in `alasan_belum_diukur`."""

	kode: str
	nama: str
	skor: float
	bobot: float
	nilai: float
	rincian: tuple[str, ...]
	diukur: bool = True
	alasan_belum_diukur: str | None = None
	bobot_awal: float | None = None

	@property
	def dihitung(self) -> bool:
		"""Unmeasured with a weight that matters: a component weighted 0 is not part of the score."""
		return not self.diukur and (self.bobot if self.bobot_awal is None else self.bobot_awal) > 0


@dataclass(frozen=True)
class HasilSkorMerit:
	total: float
	komponen: tuple[KomponenSkor, ...]
	perlakuan_belum_diukur: BelumDiukur = BelumDiukur.NOL

	def skor(self, kode: str) -> float:
		return next(komponen.skor for komponen in self.komponen if komponen.kode == kode)

	@property
	def belum_diukur(self) -> tuple[str, ...]:
		"""Codes of the weighted components with nothing to measure, in KOMPONEN order."""
		return tuple(k.kode for k in self.komponen if k.dihitung)

	@property
	def terukur(self) -> bool:
		"""Whether any weighted component was measured at all."""
		return any(
			k.diukur and (k.bobot if k.bobot_awal is None else k.bobot_awal) > 0 for k in self.komponen
		)

	@property
	def tidak_lengkap(self) -> bool:
		"""The total stands on less than the full weight: an unmeasured component counted 0, or
		nothing was measured to carry its weight. A redistributed total is complete."""
		if not self.belum_diukur:
			return False
		return self.perlakuan_belum_diukur != BelumDiukur.BAGI_ULANG or not self.terukur

	def nama_belum_diukur(self) -> str:
		"""'Potensi, Kompetensi': for a column or a stored field."""
		return ", ".join(k.nama for k in self.komponen if k.dihitung)

	def rincian_teks(self) -> str:
		if self.perlakuan_belum_diukur == BelumDiukur.NOL or not self.belum_diukur:
			lines = []
			for k in self.komponen:
				lines.append(f"{k.nama}: {angka(k.skor)} × {angka(k.bobot, 0)}% = {angka(k.nilai)}")
				lines.extend(f"  - {line}" for line in k.rincian)
			lines.append(f"Total skor merit: {angka(self.total)}")
			return "\n".join(lines)
		return _rincian_belum_diukur(self)


def validasi_bobot(bobot: BobotMerit) -> list[str]:
	problems = [
		f"Bobot {nama.lower()} tidak boleh negatif." for kode, nama in KOMPONEN if getattr(bobot, kode) < 0
	]
	total = sum(getattr(bobot, kode) for kode, _nama in KOMPONEN)
	if round(total, 6) != 100:
		problems.append(f"Jumlah bobot harus 100, sekarang {angka(total)}.")
	return problems


def hitung_skor_merit(
	data: DataMerit,
	bobot: BobotMerit,
	aturan: AturanRekamJejak = AturanRekamJejak(),
	perlakuan_belum_diukur: BelumDiukur | str = BelumDiukur.NOL,
) -> HasilSkorMerit:
	"""The score; `perlakuan_belum_diukur` says what an unmeasured component does to the total
	(see BelumDiukur; a string is read as its value). The default keeps the numbers and the
	explanation of the time before the choice existed."""
	if problems := validasi_bobot(bobot):
		raise ValueError(" ".join(problems))
	perlakuan = perlakuan_belum_diukur_dari(perlakuan_belum_diukur)
	scorers = {
		"kinerja": lambda: skor_kinerja(data, aturan.tahun_predikat),
		"potensi": lambda: skor_potensi(data),
		"kompetensi": lambda: skor_kompetensi(data),
		"kualifikasi": lambda: skor_kualifikasi(data),
		"rekam_jejak": lambda: skor_rekam_jejak(data, aturan),
	}
	alasan = alasan_belum_diukur(data)
	weights = {kode: getattr(bobot, kode) for kode, _nama in KOMPONEN}
	applied = _bobot_diterapkan(weights, alasan, perlakuan)
	komponen = []
	for kode, nama in KOMPONEN:
		skor, rincian = scorers[kode]()
		weight, awal, reason = applied[kode], weights[kode], alasan.get(kode)
		if reason is not None and perlakuan is not BelumDiukur.NOL and awal > 0:
			rincian = _rincian_komponen_belum_diukur(kode, data, perlakuan, awal)
		komponen.append(
			KomponenSkor(
				kode,
				nama,
				round(skor, 2),
				weight,
				round(skor * weight / 100, 2),
				tuple(rincian),
				reason is None,
				reason,
				awal,
			)
		)
	return HasilSkorMerit(round(sum(k.nilai for k in komponen), 2), tuple(komponen), perlakuan)


def perlakuan_belum_diukur_dari(value: BelumDiukur | str) -> BelumDiukur:
	if isinstance(value, BelumDiukur):
		return value
	try:
		return BelumDiukur(value)
	except ValueError:
		pilihan = ", ".join(f"'{item.value}'" for item in BelumDiukur)
		raise ValueError(
			f"Perlakuan komponen yang belum diukur '{value}' tidak dikenal; pilih salah satu dari {pilihan}."
		) from None


def alasan_belum_diukur(data: DataMerit) -> dict[str, str]:
	"""Why each component with nothing to measure is unmeasured, by code. The track record is
	always measured: years of service and a clean record are facts even without training data;
	a jabatan with no minimum education measures qualification as met."""
	alasan = {}
	if not data.predikat:
		alasan["kinerja"] = "belum ada predikat kinerja"
	if data.skor_potensial is None:
		alasan["potensi"] = "belum ada hasil asesmen potensial"
	if not data.kompetensi:
		alasan["kompetensi"] = "jabatan belum memiliki standar kompetensi"
	elif all(k.level_pegawai is None for k in data.kompetensi):
		alasan["kompetensi"] = (
			f"hasil asesmen {data.tanggal_asesmen} tidak memuat kompetensi yang distandarkan jabatan"
			if data.tanggal_asesmen
			else "belum ada hasil asesmen kompetensi"
		)
	if data.pendidikan_minimal and not data.pendidikan:
		alasan["kualifikasi"] = "pendidikan terakhir belum tercatat"
	return alasan


def _bobot_diterapkan(weights: dict, alasan: Mapping[str, str], perlakuan: BelumDiukur) -> dict:
	"""Each component's applied weight. Redistributed: the measured components share 100 in
	proportion to their weights, the unmeasured get 0; when nothing weighted is measured, all 0."""
	if perlakuan is not BelumDiukur.BAGI_ULANG or not any(weights[kode] for kode in alasan):
		return weights
	measured = sum(weight for kode, weight in weights.items() if kode not in alasan)
	return {
		kode: 0.0 if kode in alasan or not measured else weight * 100 / measured
		for kode, weight in weights.items()
	}


def _rincian_belum_diukur(hasil: HasilSkorMerit) -> str:
	"""The explanation when a weighted component is unmeasured: it says "belum diukur" with the
	reason and what happened to its weight, never a bare 0."""
	bagi_ulang = hasil.perlakuan_belum_diukur == BelumDiukur.BAGI_ULANG
	lines = []
	for k in hasil.komponen:
		awal = k.bobot if k.bobot_awal is None else k.bobot_awal
		if k.dihitung:
			head = f"{k.nama}: belum diukur ({k.alasan_belum_diukur})"
			lines.append(head if bagi_ulang else f"{head} × {angka(awal, 0)}% = {angka(k.nilai)}")
			lines.extend(f"  - {line}" for line in k.rincian)
			continue
		if bagi_ulang and k.bobot != awal:
			lines.append(
				f"{k.nama}: {angka(k.skor)} × {angka(k.bobot)}% (bobot {angka(awal, 0)}% setelah dibagi ulang)"
				f" = {angka(k.nilai)}"
			)
		else:
			lines.append(f"{k.nama}: {angka(k.skor)} × {angka(k.bobot, 0)}% = {angka(k.nilai)}")
		lines.extend(f"  - {line}" for line in k.rincian)
	nama = ", ".join(k.nama.lower() for k in hasil.komponen if k.dihitung)
	if not hasil.terukur:
		lines.append("Tidak ada komponen berbobot yang terukur: skor merit belum dapat dihitung.")
	elif bagi_ulang:
		unmeasured = sum(k.bobot_awal or 0 for k in hasil.komponen if k.dihitung)
		lines.append(
			f"Bobot komponen yang belum diukur ({angka(unmeasured, 0)}%) dibagi ulang secara proporsional "
			f"ke komponen yang terukur ({angka(100 - unmeasured, 0)}%)."
		)
	total = f"Total skor merit: {angka(hasil.total)}"
	lines.append(f"{total} (tidak lengkap: {nama} belum diukur)" if hasil.tidak_lengkap else total)
	return "\n".join(lines)


def _rincian_komponen_belum_diukur(kode: str, data: DataMerit, perlakuan: BelumDiukur, bobot: float):
	"""The lines under an unmeasured component: what awaits a measure, and what its weight did."""
	lines = []
	if kode == "kompetensi" and data.kompetensi:
		standar = ", ".join(f"{k.nama} level {k.level_standar}" for k in data.kompetensi)
		lines.append(f"Standar kompetensi jabatan: {standar}.")
	if perlakuan == BelumDiukur.BAGI_ULANG:
		lines.append(f"Bobot {angka(bobot, 0)}% dibagi ulang ke komponen yang terukur.")
	else:
		lines.append("Dihitung 0; skor merit ditandai tidak lengkap.")
	return lines


def skor_kinerja(data: DataMerit, tahun_predikat: int) -> tuple[float, list[str]]:
	latest = sorted(data.predikat, reverse=True)[:tahun_predikat]
	if not latest:
		return 0, ["Belum ada predikat kinerja."]
	lines = [f"Predikat {tahun}: {predikat} ({POIN_PREDIKAT[predikat]})" for tahun, predikat in latest]
	skor = sum(POIN_PREDIKAT[predikat] for _tahun, predikat in latest) / len(latest)
	lines.append(f"Rata-rata {len(latest)} periode terakhir: {angka(skor)}")
	return skor, lines


def skor_potensi(data: DataMerit) -> tuple[float, list[str]]:
	if data.skor_potensial is None:
		return 0, ["Belum ada hasil asesmen potensial."]
	skor = min(max(data.skor_potensial, 0), 100)
	asal = ", ".join(part for part in (data.sumber_asesmen, data.tanggal_asesmen) if part)
	return skor, [f"Hasil asesmen potensial{f' ({asal})' if asal else ''}: {angka(skor)}"]


def skor_kompetensi(data: DataMerit) -> tuple[float, list[str]]:
	if not data.kompetensi:
		return 0, ["Jabatan belum memiliki standar kompetensi; komponen ini belum dapat diukur."]
	lines, total = [], 0.0
	for k in data.kompetensi:
		level = k.level_pegawai or 0
		total += min(level / k.level_standar, 1) if k.level_standar else 1
		gap = level - k.level_standar
		status = "memenuhi" if gap >= 0 else f"kurang {-gap} level"
		shown = k.level_pegawai if k.level_pegawai is not None else "belum diukur"
		lines.append(f"{k.nama}: level {shown} dari standar {k.level_standar} ({status})")
	skor = total / len(data.kompetensi) * 100
	lines.append(f"Pemenuhan standar kompetensi: {angka(skor)}%")
	return skor, lines


def skor_kualifikasi(data: DataMerit) -> tuple[float, list[str]]:
	if not data.pendidikan_minimal:
		return 100, ["Jabatan tidak mensyaratkan pendidikan minimal."]
	if not data.pendidikan:
		return 0, [f"Pendidikan terakhir belum tercatat; syarat {data.pendidikan_minimal}."]
	selisih = tingkat_pendidikan(data.pendidikan) - tingkat_pendidikan(data.pendidikan_minimal)
	text = f"Pendidikan {data.pendidikan}, syarat {data.pendidikan_minimal}"
	if selisih >= 0:
		return 100, [f"{text}: memenuhi (100)."]
	if selisih == -1:
		return 50, [f"{text}: satu jenjang di bawah syarat (50)."]
	return 0, [f"{text}: di bawah syarat (0)."]


def skor_rekam_jejak(data: DataMerit, aturan: AturanRekamJejak) -> tuple[float, list[str]]:
	masa_kerja = min(data.masa_kerja_tahun * aturan.poin_per_tahun_masa_kerja, aturan.maks_poin_masa_kerja)
	lines = [f"Masa kerja {angka(data.masa_kerja_tahun, 1)} tahun: {angka(masa_kerja)} poin"]
	pelatihan = _poin_pelatihan(data, aturan, lines)
	pelatihan += _poin_penghargaan(data, aturan, lines)
	pengurang = sum(aturan.pengurang_hukuman.get(tingkat, 0) for tingkat in data.hukuman_disiplin)
	pengurang += data.pengaduan_terbukti * aturan.pengurang_per_pengaduan_terbukti
	bersih = aturan.poin_bersih if not (data.hukuman_disiplin or data.pengaduan_terbukti) else 0
	if bersih:
		lines.append(f"Tanpa hukuman disiplin dan pengaduan terbukti: {angka(bersih)} poin")
	for tingkat in data.hukuman_disiplin:
		lines.append(
			f"Hukuman disiplin {tingkat.lower()}: -{angka(aturan.pengurang_hukuman.get(tingkat, 0))} poin"
		)
	if data.pengaduan_terbukti:
		lines.append(
			f"Pengaduan masyarakat terbukti ({data.pengaduan_terbukti}): "
			f"-{angka(data.pengaduan_terbukti * aturan.pengurang_per_pengaduan_terbukti)} poin"
		)
	skor = min(max(masa_kerja + pelatihan + bersih - pengurang, 0), 100)
	lines.append(f"Jumlah rekam jejak: {angka(skor)}")
	return skor, lines


def _poin_pelatihan(data: DataMerit, aturan: AturanRekamJejak, lines: list[str]) -> float:
	if not data.jam_pelatihan:
		lines.append("Belum ada data pengembangan kompetensi: 0 poin")
		return 0
	wajib = aturan.jp_wajib_per_tahun
	ratios = [min(jp / wajib, 1) if wajib else 1 for _tahun, jp in data.jam_pelatihan]
	for tahun, jp in sorted(data.jam_pelatihan):
		lines.append(f"Pengembangan kompetensi {tahun}: {angka(jp, 1)} dari {wajib} JP")
	poin = sum(ratios) / len(ratios) * aturan.maks_poin_pelatihan
	lines.append(f"Poin pengembangan kompetensi: {angka(poin)}")
	return poin


def _poin_penghargaan(data: DataMerit, aturan: AturanRekamJejak, lines: list[str]) -> float:
	"""Points for rewards on record, each explained; nothing (no line either) at weight 0."""
	if aturan.poin_per_penghargaan <= 0 or not data.penghargaan:
		return 0
	for tahun, jenis in sorted(data.penghargaan, key=lambda item: (item[0] or 0, item[1])):
		lines.append(
			f"Penghargaan {jenis}{f' ({tahun})' if tahun else ''}: {angka(aturan.poin_per_penghargaan)} poin"
		)
	poin = min(len(data.penghargaan) * aturan.poin_per_penghargaan, aturan.maks_poin_penghargaan)
	if poin < len(data.penghargaan) * aturan.poin_per_penghargaan:
		lines.append(f"Poin penghargaan dibatasi {angka(aturan.maks_poin_penghargaan)}")
	return poin


# Python's "1,234.50" to Indonesian "1.234,50" in one pass: a recompute formats ~260,000 numbers,
# most of them the same few hundred scores, weights and points, so the results are kept too.
_TO_INDONESIAN = str.maketrans(",.", ".,")


@lru_cache(maxsize=4096)
def angka(value: float, digits: int = 2) -> str:
	"""Indonesian number format: comma for decimals, period for thousands."""
	return f"{value:,.{digits}f}".translate(_TO_INDONESIAN)
