"""Pure merit-system rules: no frappe import anywhere in this package.

Controllers gather fields, call one function here and write the result back; the
functions return results and reasons as data, so plain pytest can test every rule.
"""

from asn_merit.merit.angka_kredit import (
	AturanAngkaKredit,
	HasilKenaikanFungsional,
	angka_kredit_tahunan,
	jumlah_angka_kredit,
	kenaikan_fungsional,
	tambahan_angka_kredit_ijazah,
)
from asn_merit.merit.eligibility import (
	AturanKelayakan,
	DataPegawai,
	HasilKelayakan,
	HukumanDisiplin,
	MasaJabatan,
	PersyaratanJabatan,
	cek_kelayakan,
)
from asn_merit.merit.hari_libur import HariLibur, hari_libur, tanggal_libur
from asn_merit.merit.kalender_karier import (
	DataKarier,
	EventKarier,
	KalenderKarier,
	batas_usia_pensiun,
	kalender_karier,
	kunci_pengingat,
	pensiun_sebelum,
	perlu_diingatkan,
	tanggal_pensiun,
)
from asn_merit.merit.keberatan_kinerja import (
	JendelaKeberatanKinerja,
	cek_keberatan_kinerja,
	jendela_keberatan_kinerja,
)
from asn_merit.merit.kenaikan_pangkat import (
	HasilKenaikanPangkat,
	alasan_jalur_reguler,
	cek_kenaikan_pangkat_reguler,
	kenaikan_pangkat_reguler_pegawai,
)
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
from asn_merit.merit.pendidikan import batas_golongan_reguler, golongan_awal
from asn_merit.merit.pengaduan_deadlines import batas_kelengkapan, compute_deadlines
from asn_merit.merit.pengaduan_flow import cek_tutup_tidak_lengkap
from asn_merit.merit.predikat import predikat_kinerja
from asn_merit.merit.reasons import Reason
from asn_merit.merit.status_asn import alasan_bukan_asn
from asn_merit.merit.talenta import kotak_talenta
from asn_merit.merit.tindak_lanjut import TindakLanjut, tindak_lanjut_predikat

__all__ = [
	"ALASAN_PPPK_TANPA_PANGKAT",
	"GOLONGAN_PPPK",
	"NIP",
	"NIPPPK",
	"AturanAngkaKredit",
	"AturanKelayakan",
	"DataKarier",
	"DataPegawai",
	"EventKarier",
	"HariLibur",
	"HasilKelayakan",
	"HasilKenaikanFungsional",
	"HasilKenaikanPangkat",
	"HukumanDisiplin",
	"InvalidNIP",
	"JendelaKeberatanKinerja",
	"KalenderKarier",
	"MasaJabatan",
	"PersyaratanJabatan",
	"Reason",
	"TindakLanjut",
	"alasan_bukan_asn",
	"alasan_golongan",
	"alasan_jalur_reguler",
	"angka_kredit_tahunan",
	"batas_golongan_reguler",
	"batas_kelengkapan",
	"batas_usia_pensiun",
	"build_ni_pppk",
	"build_nip",
	"cek_keberatan_kinerja",
	"cek_kelayakan",
	"cek_kenaikan_pangkat_reguler",
	"cek_tutup_tidak_lengkap",
	"check_nip_against",
	"compute_deadlines",
	"golongan_awal",
	"golongan_pppk",
	"hari_libur",
	"is_golongan_pppk",
	"jendela_keberatan_kinerja",
	"jenis_nomor_induk",
	"jumlah_angka_kredit",
	"kalender_karier",
	"kenaikan_fungsional",
	"kenaikan_pangkat_reguler_pegawai",
	"kotak_talenta",
	"kunci_pengingat",
	"parse_ni_pppk",
	"parse_nip",
	"parse_nomor_induk",
	"pensiun_sebelum",
	"perlu_diingatkan",
	"predikat_kinerja",
	"tambahan_angka_kredit_ijazah",
	"tanggal_libur",
	"tanggal_pensiun",
	"tindak_lanjut_predikat",
]
