"""What an Employee record lacks for the merit system to treat it as an ASN.

Install onto a regency's existing HR data meets records without NIP, status or golongan; each
missing item decides a rule somewhere (eligibility, rank promotion, scores), so the BKPSDM
needs the list per person to complete it, by hand or through Impor Data ASN.
"""

from collections.abc import Mapping

from asn_merit.merit.pangkat import is_golongan
from asn_merit.merit.status_asn import alasan_bukan_asn

# Employee field -> what the BKPSDM calls it; every ASN needs each of these.
WAJIB = {
	"status_kepegawaian": "Status kepegawaian (PNS/PPPK)",
	"nip": "NIP",
	"grade": "Golongan",
	"tmt_golongan": "TMT golongan",
	"pendidikan_terakhir": "Pendidikan terakhir",
	"jabatan": "Jabatan",
	"tmt_jabatan": "TMT jabatan",
	"date_of_birth": "Tanggal lahir",
}


def kekurangan_data_asn(pegawai: Mapping) -> list[str]:
	"""The items missing from one Employee's fields (WAJIB's keys and employment_type). Someone
	outside the merit system lacks only what would bring them in, should they be ASN."""
	if alasan_bukan_asn(
		pegawai.get("status_kepegawaian"), pegawai.get("nip"), pegawai.get("employment_type")
	):
		if pegawai.get("employment_type") in ("Intern", "Apprentice"):
			return []
		return [WAJIB["status_kepegawaian"], WAJIB["nip"]]
	kurang = [label for field, label in WAJIB.items() if not pegawai.get(field)]
	grade = pegawai.get("grade")
	if grade and pegawai.get("status_kepegawaian") == "PNS" and not is_golongan(grade):
		kurang.append(f"Golongan PNS (tercatat '{grade}')")
	return kurang
