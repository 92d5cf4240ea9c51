"""Every journey, for `bench run-tests --module asn_merit.tests.journeys.all` (scripts/test)."""

from asn_merit.tests.journeys.journey_asn import TestASN
from asn_merit.tests.journeys.journey_beranda import TestBerandaPeran
from asn_merit.tests.journeys.journey_bkpsdm import TestPetugasBKPSDM
from asn_merit.tests.journeys.journey_pengaduan import (
	TestInspektorat,
	TestPenghubungPengaduan,
	TestPetugasPengaduan,
)
from asn_merit.tests.journeys.journey_penilai import TestPejabatPenilai
from asn_merit.tests.journeys.journey_portal import TestLamarSeleksiDariPortal, TestPortalASNOnAPhone
from asn_merit.tests.journeys.journey_promosi import (
	TestKepalaUnitKerja,
	TestPejabatPembinaKepegawaian,
	TestTimPenilaiKinerja,
)
from asn_merit.tests.journeys.journey_seleksi import TestPanitiaSeleksi, TestPelamarInstansiLain

__all__ = [
	"TestASN",
	"TestBerandaPeran",
	"TestInspektorat",
	"TestKepalaUnitKerja",
	"TestLamarSeleksiDariPortal",
	"TestPanitiaSeleksi",
	"TestPejabatPembinaKepegawaian",
	"TestPejabatPenilai",
	"TestPelamarInstansiLain",
	"TestPenghubungPengaduan",
	"TestPetugasBKPSDM",
	"TestPetugasPengaduan",
	"TestPortalASNOnAPhone",
	"TestTimPenilaiKinerja",
]
