"""An applicant from another instansi, read from what they declare, for `cek_kelayakan`.

An ASN of the regency is checked against their Employee record; a candidate from another
instansi (PP 11/2017 Pasal 115: a JPT open selection is open to PNS of other agencies) has no
record here, so the same requirements are checked on the values they declare with their
documents (SK pangkat, ijazah, rekomendasi PPK). Birth date and TMT CPNS come from the NIP, as
for an Employee (merit.nip). Only the current post is declared: time at lower levels counts
from its TMT, and disciplinary sanctions are left to the panel's administrative check.
"""

from dataclasses import dataclass
from datetime import date

from asn_merit.merit.eligibility import DataPegawai, MasaJabatan
from asn_merit.merit.jabatan import tingkat_jabatan
from asn_merit.merit.nip import parse_nomor_induk


@dataclass(frozen=True)
class DataPelamarLuar:
	nip: str
	golongan: str | None = None
	tmt_golongan: date | None = None
	pendidikan: str | None = None
	jenis_jabatan: str | None = None
	jenjang_jabatan: str | None = None
	tmt_jabatan: date | None = None
	predikat_per_tahun: tuple[tuple[int, str], ...] = ()


def data_pegawai_pelamar_luar(data: DataPelamarLuar) -> DataPegawai:
	"""The declared values as the DataPegawai `cek_kelayakan` reads; InvalidNIP (with its reason)
	for a NIP that cannot be a civil servant's, ValueError for an unknown jenis/jenjang."""
	nomor = parse_nomor_induk(data.nip)
	mulai_bekerja = getattr(nomor, "tmt_cpns", None) or date(nomor.tahun_pengangkatan, 1, 1)
	riwayat = ()
	if data.jenis_jabatan and data.tmt_jabatan:
		tingkat = tingkat_jabatan(data.jenis_jabatan, data.jenjang_jabatan)
		riwayat = (MasaJabatan(tingkat, data.tmt_jabatan, None, data.jenis_jabatan, data.jenjang_jabatan),)
	return DataPegawai(
		golongan=data.golongan,
		pendidikan=data.pendidikan,
		tanggal_lahir=nomor.tanggal_lahir,
		mulai_bekerja=mulai_bekerja,
		tmt_jabatan=data.tmt_jabatan,
		riwayat_jabatan=riwayat,
		predikat_per_tahun=tuple(data.predikat_per_tahun),
		tmt_golongan=data.tmt_golongan,
	)
