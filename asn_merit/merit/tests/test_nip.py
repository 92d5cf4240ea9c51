import unittest
from datetime import date

from asn_merit.merit.nip import (
	InvalidNIP,
	JenisKelamin,
	build_nip,
	check_nip_against,
	parse_nip,
)

# Born 12 March 1985, CPNS from January 2010, male, serial 3.
VALID = "198503122010011003"


class TestParseNIP(unittest.TestCase):
	def test_valid_nip_gives_its_parts(self):
		nip = parse_nip(VALID)
		self.assertEqual(nip.nip, VALID)
		self.assertEqual(nip.tanggal_lahir, date(1985, 3, 12))
		self.assertEqual(nip.tmt_cpns, date(2010, 1, 1))
		self.assertEqual(nip.jenis_kelamin, JenisKelamin.LAKI_LAKI)
		self.assertEqual(nip.nomor_urut, 3)

	def test_female_code(self):
		self.assertEqual(parse_nip("199012312015032001").jenis_kelamin, JenisKelamin.PEREMPUAN)

	def test_spaces_between_groups_are_ignored(self):
		self.assertEqual(parse_nip("19850312 201001 1 003").nip, VALID)

	def test_leap_day_birth_is_valid(self):
		self.assertEqual(parse_nip("199602292020012001").tanggal_lahir, date(1996, 2, 29))

	def assertRejected(self, value, code):
		with self.assertRaises(InvalidNIP) as caught:
			parse_nip(value)
		self.assertEqual(caught.exception.reason.code, code)
		self.assertTrue(caught.exception.reason.message.startswith(("NIP", "Delapan", "Angka", "TMT")))
		return caught.exception.reason.message

	def test_wrong_length(self):
		message = self.assertRejected("19850312201001100", "nip_length")
		self.assertIn("18 angka", message)
		self.assertIn("17 angka", message)
		self.assertRejected(VALID + "1", "nip_length")
		self.assertRejected("", "nip_length")

	def test_letters_and_non_ascii_digits(self):
		self.assertRejected("19850312201001100A", "nip_not_digits")
		self.assertRejected("1985-03-12-2010011003", "nip_not_digits")
		# Full-width digits pass str.isdigit() but are not a NIP.
		self.assertRejected("１９８５０３１２２０１００１１００３", "nip_not_digits")

	def test_impossible_birth_dates(self):
		self.assertRejected("198502302010011003", "nip_birth_date")  # 30 February
		self.assertRejected("199702292020012001", "nip_birth_date")  # 29 Feb in a common year
		self.assertRejected("198513122010011003", "nip_birth_date")  # month 13
		self.assertRejected("198503002010011003", "nip_birth_date")  # day 0
		self.assertRejected("000103122010011003", "nip_birth_date")  # year 1

	def test_impossible_tmt(self):
		message = self.assertRejected("198503122010131003", "nip_tmt_cpns")
		self.assertIn("201013", message)
		self.assertRejected("198503122010001003", "nip_tmt_cpns")

	def test_tmt_before_birth(self):
		self.assertRejected("198503121980011003", "nip_tmt_before_birth")
		self.assertRejected("198503121985031003", "nip_tmt_before_birth")  # same month as birth

	def test_sex_digit_must_be_1_or_2(self):
		for digit in "03456789":
			message = self.assertRejected(f"19850312201001{digit}003", "nip_sex")
			self.assertIn(f"bukan {digit}", message)


class TestCheckNIPAgainst(unittest.TestCase):
	def setUp(self):
		self.nip = parse_nip(VALID)

	def test_agreeing_data_gives_no_reason(self):
		self.assertEqual(check_nip_against(self.nip, date(1985, 3, 12), JenisKelamin.LAKI_LAKI), [])

	def test_other_birth_date(self):
		reasons = check_nip_against(self.nip, date(1985, 3, 13), JenisKelamin.LAKI_LAKI)
		self.assertEqual([r.code for r in reasons], ["nip_birth_date_mismatch"])
		self.assertIn("12-03-1985", reasons[0].message)
		self.assertIn("13-03-1985", reasons[0].message)

	def test_other_sex(self):
		reasons = check_nip_against(self.nip, date(1985, 3, 12), JenisKelamin.PEREMPUAN)
		self.assertEqual([r.code for r in reasons], ["nip_sex_mismatch"])
		self.assertIn("perempuan", reasons[0].message)

	def test_sex_neither_male_nor_female_never_matches(self):
		reasons = check_nip_against(self.nip, date(1985, 3, 12), None)
		self.assertEqual([r.code for r in reasons], ["nip_sex_mismatch"])

	def test_both_wrong_gives_both_reasons(self):
		reasons = check_nip_against(self.nip, date(1990, 1, 1), JenisKelamin.PEREMPUAN)
		self.assertEqual(len(reasons), 2)


class TestBuildNIP(unittest.TestCase):
	def test_round_trip(self):
		built = build_nip(date(1985, 3, 12), date(2010, 1, 1), JenisKelamin.LAKI_LAKI, 3)
		self.assertEqual(built, VALID)
		self.assertEqual(parse_nip(built).nomor_urut, 3)

	def test_serial_out_of_range(self):
		with self.assertRaises(ValueError):
			build_nip(date(1985, 3, 12), date(2010, 1, 1), JenisKelamin.LAKI_LAKI, 1000)
