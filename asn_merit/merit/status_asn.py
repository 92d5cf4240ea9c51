"""Who is inside the merit system: ASN, that is PNS and PPPK (UU 20/2023 Pasal 6), and nobody
else a regency employs (tenaga honorer, contract staff outside PPPK, interns).

A regency's HR data holds all of them. Someone outside is left out of scores, rankings and
eligibility with the reason stated, never treated as an ASN with missing data.
"""

STATUS_ASN = ("PNS", "PPPK")
# HRMS employment types that are never an ASN appointment.
JENIS_BUKAN_ASN = {"Intern": "magang", "Apprentice": "magang"}


def alasan_bukan_asn(
	status_kepegawaian: str | None, nip: str | None, jenis_pegawai: str | None
) -> str | None:
	"""Why this person is outside the merit system; None for an ASN.

	The status kepegawaian decides when it is set. Records from before it existed (or imported
	without it) count as ASN when they carry a NIP, which only PNS and PPPK are given, and are
	not interns: the BKN gives a PNS a NIP (PP 11/2017 Pasal 33) and a PPPK a nomor induk PPPK
	(PP 49/2018 Pasal 29(4)), both 18 digits and kept in the same field. Whether the number is
	valid, and of which kind (merit.nip.parse_nomor_induk), is checked where it is entered, not here.
	"""
	if status_kepegawaian in STATUS_ASN:
		return None
	if status_kepegawaian:
		return f"Bukan ASN: status kepegawaian {status_kepegawaian}."
	if jenis_pegawai in JENIS_BUKAN_ASN:
		return f"Bukan ASN: pegawai {JENIS_BUKAN_ASN[jenis_pegawai]} ({jenis_pegawai})."
	if not (nip or "").strip():
		return "Bukan ASN: status kepegawaian (PNS/PPPK) dan NIP belum diisi."
	return None
