import unittest
from datetime import date

from asn_merit.merit.siasn import map_columns, parse_baris

HEADER = ["NIP", "Nama", "Gol. Ruang", "TMT Golongan", "Jabatan", "Unit Kerja", "Pendidikan", "Status"]
COLUMNS, _ = map_columns(HEADER)


def row(**changes):
	values = {
		"nip": "198503122010011003",
		"nama": "Budi Santoso, S.Kom",
		"golongan": "III/b",
		"tmt": "01-04-2020",
		"jabatan": "Pranata Komputer",
		"unit": "Diskominfo",
		"pendidikan": "S1",
		"status": "PNS",
	}
	values.update(changes)
	return list(values.values())


class TestSIASNRows(unittest.TestCase):
	def test_header_spellings(self):
		columns, missing = map_columns(["nip baru", "NAMA LENGKAP", "golongan_ruang", "unor"])
		self.assertEqual(missing, [])
		self.assertEqual(columns, {"nip": 0, "nama": 1, "golongan": 2, "unit_kerja": 3})
		self.assertEqual(map_columns(["Nama"])[1], ["nip"])

	def test_a_good_row(self):
		baris, alasan = parse_baris(row(), COLUMNS)
		self.assertEqual(alasan, [])
		self.assertEqual(baris.golongan, "III/b")
		self.assertEqual(baris.tmt_golongan, date(2020, 4, 1))
		self.assertEqual(baris.unit_kerja, "Diskominfo")

	def test_spreadsheet_variants_are_normalised(self):
		baris, _ = parse_baris(
			row(golongan="iii-b", pendidikan="D3", tmt="2020-04-01", status="pns"), COLUMNS
		)
		self.assertEqual((baris.golongan, baris.pendidikan, baris.status), ("III/b", "D-III", "PNS"))
		baris, _ = parse_baris(row(nip=198503122010011003, tmt=date(2020, 4, 1)), COLUMNS)
		self.assertEqual(baris.nip, "198503122010011003")
		self.assertEqual(baris.tmt_golongan, date(2020, 4, 1))

	def test_siasn_tingkat_pendidikan_names_and_profesi_levels(self):
		expected = {
			"S-1/Sarjana": "S1",
			"Diploma III/Sarjana Muda": "D-III",
			"S-3/Doktor": "S3",
			"Profesi Dokter": "Dokter",
			"profesi dokter gigi": "Dokter Gigi",
			"Profesi Ners": "Ners",
			"Profesi Apoteker": "Apoteker",
			"Sp.1": "Sp-I",
			"Spesialis Konsultan": "Sp-II",
			"Dokter": "Dokter",
			"Sarjana Muda": "Sarjana Muda",
		}
		for written, level in expected.items():
			with self.subTest(written):
				baris, alasan = parse_baris(row(pendidikan=written), COLUMNS)
				self.assertEqual((baris.pendidikan, alasan), (level, []))

	def test_a_nip_stored_as_a_spreadsheet_number_is_refused(self):
		# 198503122010011003 as a float is 198503122010011008: the NIP of someone else.
		baris, alasan = parse_baris(row(nip=198503122010011003.0), COLUMNS)
		self.assertIsNone(baris)
		self.assertIn("format kolom NIP sebagai teks", alasan[0])

	def test_every_problem_of_a_row_is_reported(self):
		baris, alasan = parse_baris(
			row(
				nip="19850312201001100",
				nama="",
				golongan="III/f",
				pendidikan="SMA+",
				tmt="31-02-2020",
				status="Honorer",
			),
			COLUMNS,
		)
		self.assertIsNone(baris)
		self.assertEqual(len(alasan), 6, alasan)
		self.assertIn("Golongan 'III/f' tidak dikenal; gunakan I/a sampai IV/e.", alasan)
		self.assertIn("TMT golongan '31-02-2020' bukan tanggal (gunakan HH-BB-TTTT atau TTTT-BB-HH).", alasan)

	def test_short_rows_leave_fields_empty(self):
		baris, alasan = parse_baris(["198503122010011003", "Budi"], COLUMNS)
		self.assertEqual(alasan, [])
		self.assertIsNone(baris.golongan)


NI_PPPK = "199001012021211001"  # born 1 January 1990, appointed 2021, code 21, male, serial 1


def row_pppk(**changes):
	return row(**{"nip": NI_PPPK, "golongan": "IX", "status": "PPPK", **changes})


class TestSIASNRowsOfPPPK(unittest.TestCase):
	"""PPPK are ASN (UU 20/2023 Pasal 6) with a nomor induk PPPK (PP 49/2018 Pasal 29(4)) and a
	golongan I to XVII (Perpres 98/2020)."""

	def test_a_pppk_row(self):
		baris, alasan = parse_baris(row_pppk(), COLUMNS)
		self.assertEqual(alasan, [])
		self.assertEqual(baris.nip, NI_PPPK)
		self.assertEqual((baris.golongan, baris.status, baris.status_kepegawaian), ("IX", "PPPK", "PPPK"))

	def test_perpres_98_2020_golongan_spellings(self):
		for written in ("IX", "ix", "Golongan IX", "Gol. IX"):
			with self.subTest(written=written):
				baris, alasan = parse_baris(row_pppk(golongan=written), COLUMNS)
				self.assertEqual(alasan, [])
				self.assertEqual(baris.golongan, "IX")
		baris, _ = parse_baris(row_pppk(golongan="XVII", nip="19900101 2021 21 1 001"), COLUMNS)
		self.assertEqual((baris.golongan, baris.nip), ("XVII", NI_PPPK))

	def test_without_a_status_column_the_number_decides(self):
		columns, _ = map_columns(HEADER[:-1])
		baris, alasan = parse_baris(row_pppk()[:-1], columns)
		self.assertEqual(alasan, [])
		self.assertEqual((baris.status, baris.status_kepegawaian, baris.golongan), (None, "PPPK", "IX"))
		baris, alasan = parse_baris(row()[:-1], columns)
		self.assertEqual(alasan, [])
		self.assertEqual((baris.status, baris.status_kepegawaian, baris.golongan), (None, "PNS", "III/b"))

	def test_pns_rows_carry_their_status(self):
		baris, _ = parse_baris(row(), COLUMNS)
		self.assertEqual((baris.status, baris.status_kepegawaian), ("PNS", "PNS"))
		baris, _ = parse_baris(row_pppk(status="p3k"), COLUMNS)
		self.assertEqual((baris.status, baris.status_kepegawaian), ("PPPK", "PPPK"))

	def test_a_pns_golongan_ruang_on_a_pppk_row_is_refused(self):
		baris, alasan = parse_baris(row_pppk(golongan="iii-b"), COLUMNS)
		self.assertIsNone(baris)
		self.assertEqual(len(alasan), 1, alasan)
		self.assertIn("Golongan 'III/b' adalah golongan ruang PNS", alasan[0])
		_, alasan = parse_baris(row_pppk(golongan="XVIII"), COLUMNS)
		self.assertEqual(
			alasan, ["Golongan 'XVIII' bukan golongan PPPK; gunakan I sampai XVII (Perpres 98/2020)."]
		)

	def test_a_pppk_golongan_on_a_pns_row_is_refused_as_before(self):
		_, alasan = parse_baris(row(golongan="IX"), COLUMNS)
		self.assertEqual(alasan, ["Golongan 'IX' tidak dikenal; gunakan I/a sampai IV/e."])
		columns, _ = map_columns(HEADER[:-1])
		_, alasan = parse_baris(row(golongan="Golongan IX")[:-1], columns)
		self.assertEqual(alasan, ["Golongan 'Golongan IX' tidak dikenal; gunakan I/a sampai IV/e."])

	def test_status_and_number_must_agree(self):
		_, alasan = parse_baris(row(nip=NI_PPPK, golongan="IX"), COLUMNS)  # status PNS
		self.assertEqual(len(alasan), 2, alasan)
		self.assertIn("adalah nomor induk PPPK, bukan NIP PNS", alasan[0])
		_, alasan = parse_baris(row_pppk(nip="198503122010011003"), COLUMNS)
		self.assertEqual(len(alasan), 1, alasan)
		self.assertIn("adalah NIP PNS, bukan nomor induk PPPK", alasan[0])

	def test_pp_49_2018_pasal_16_a_implausible_pppk_number_is_refused(self):
		# Born 2 January 2002, appointed 2021: not yet 20 in that year.
		_, alasan = parse_baris(row_pppk(nip="200201022021211001"), COLUMNS)
		self.assertEqual(len(alasan), 1, alasan)
		self.assertIn("PP 49/2018 Pasal 16 huruf a", alasan[0])


class TestSIASNRowsPlausibleNIP(unittest.TestCase):
	def test_pp_11_2017_pasal_23_1_a_cpns_under_18_is_refused(self):
		_, alasan = parse_baris(row(nip="200003122018011001"), COLUMNS)
		self.assertEqual(len(alasan), 1, alasan)
		self.assertIn("PP 11/2017 Pasal 23 ayat (1) huruf a", alasan[0])

	def test_serial_000_is_refused(self):
		_, alasan = parse_baris(row(nip="198503122010011000"), COLUMNS)
		self.assertEqual(len(alasan), 1, alasan)
		self.assertIn("nomor urut", alasan[0])
