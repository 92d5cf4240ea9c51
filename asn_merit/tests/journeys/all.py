"""Every journey, for `bench run-tests --module asn_merit.tests.journeys.all` (scripts/test)."""

from asn_merit.tests.journeys.journey_bkpsdm import TestPetugasBKPSDM
from asn_merit.tests.journeys.journey_promosi import TestPejabatPembinaKepegawaian, TestTimPenilaiKinerja

__all__ = ["TestPejabatPembinaKepegawaian", "TestPetugasBKPSDM", "TestTimPenilaiKinerja"]
