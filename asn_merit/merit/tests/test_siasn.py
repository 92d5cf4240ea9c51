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
