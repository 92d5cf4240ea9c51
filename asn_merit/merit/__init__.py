"""Pure merit-system rules: no frappe import anywhere in this package.

Controllers gather fields, call one function here and write the result back; the
functions return results and reasons as data, so plain pytest can test every rule.
"""

from asn_merit.merit.eligibility import (
	AturanKelayakan,
	DataPegawai,
	HasilKelayakan,
	HukumanDisiplin,
	MasaJabatan,
	PersyaratanJabatan,
	cek_kelayakan,
)
from asn_merit.merit.kenaikan_pangkat import HasilKenaikanPangkat, cek_kenaikan_pangkat_reguler
from asn_merit.merit.nip import (
	NIP,
	NIPPPK,
	InvalidNIP,
	build_ni_pppk,
	build_nip,
	check_nip_against,
	jenis_nomor_induk,
	parse_ni_pppk,
	parse_nip,
	parse_nomor_induk,
)
from asn_merit.merit.pangkat import (
	ALASAN_PPPK_TANPA_PANGKAT,
	GOLONGAN_PPPK,
	alasan_golongan,
	golongan_pppk,
	is_golongan_pppk,
)
from asn_merit.merit.predikat import predikat_kinerja
from asn_merit.merit.reasons import Reason
from asn_merit.merit.status_asn import alasan_bukan_asn
from asn_merit.merit.talenta import kotak_talenta

__all__ = [
	"ALASAN_PPPK_TANPA_PANGKAT",
	"GOLONGAN_PPPK",
	"NIP",
	"NIPPPK",
	"AturanKelayakan",
	"DataPegawai",
	"HasilKelayakan",
	"HasilKenaikanPangkat",
	"HukumanDisiplin",
	"InvalidNIP",
	"MasaJabatan",
	"PersyaratanJabatan",
	"Reason",
	"alasan_bukan_asn",
	"alasan_golongan",
	"build_ni_pppk",
	"build_nip",
	"cek_kelayakan",
	"cek_kenaikan_pangkat_reguler",
	"check_nip_against",
	"golongan_pppk",
	"is_golongan_pppk",
	"jenis_nomor_induk",
	"kotak_talenta",
	"parse_ni_pppk",
	"parse_nip",
	"parse_nomor_induk",
	"predikat_kinerja",
]
