import unittest
from datetime import date

from asn_merit.merit.nip import (
	KODE_NI_PPPK,
	NIP,
	NIPPPK,
	InvalidNIP,
	JenisKelamin,
	build_ni_pppk,
	build_nip,
	check_nip_against,
	jenis_nomor_induk,
	parse_ni_pppk,
	parse_nip,
	parse_nomor_induk,
)

# Born 12 March 1985, CPNS from January 2010, male, serial 3.
VALID = "198503122010011003"
# PPPK nomor induk: born 1 January 1990, appointed in 2021, code 21, male, serial 1.
VALID_PPPK = "199001012021211001"


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


class TestNIPPlausibility(unittest.TestCase):
	"""PP 11/2017 Pasal 23(1)(a): a CPNS applicant is at least 18; applying comes before the TMT."""

	def assertRejected(self, value, code):
		with self.assertRaises(InvalidNIP) as caught:
			parse_nip(value)
		self.assertEqual(caught.exception.reason.code, code)
		self.assertTrue(caught.exception.reason.message.startswith(("NIP", "Angka", "TMT")))
		return caught.exception.reason.message

	def test_pp_11_2017_pasal_23_1_a_under_18_at_tmt_cpns_is_refused(self):
		# Born 12 March 2000, TMT CPNS January 2018: 17 years old.
		message = self.assertRejected("200003122018011001", "nip_usia_cpns")
		self.assertIn("17 tahun", message)
		self.assertIn("01-2018", message)
		self.assertIn("18 tahun", message)
		self.assertIn("PP 11/2017 Pasal 23 ayat (1) huruf a", message)

	def test_pp_11_2017_pasal_23_1_a_eighteen_on_the_tmt_day_is_accepted(self):
		# The TMT of a first appointment is the 1st of the month; 18 on 1 January 2018.
		self.assertEqual(parse_nip("200001012018011001").tmt_cpns, date(2018, 1, 1))
		self.assertRejected("200001022018011001", "nip_usia_cpns")  # 18 only on 2 January

	def test_pp_11_2017_pasal_23_1_a_born_on_a_leap_day(self):
		self.assertEqual(parse_nip("200002292018031001").tanggal_lahir, date(2000, 2, 29))
		self.assertRejected("200002292018021001", "nip_usia_cpns")

	def test_pp_98_2000_pasal_6_b_same_floor_before_2017(self):
		# Born 1 June 1975, TMT CPNS March 1993: 17 years old.
		self.assertRejected("197506011993031001", "nip_usia_cpns")

	def test_tmt_before_birth_keeps_its_own_reason(self):
		self.assertRejected("198503121985031003", "nip_tmt_before_birth")
		self.assertRejected("198503121985041003", "nip_usia_cpns")  # a few weeks old

	def test_serial_000_is_refused_serials_start_at_001(self):
		message = self.assertRejected("198503122010011000", "nip_nomor_urut")
		self.assertIn("001", message)
		self.assertEqual(parse_nip("198503122010011001").nomor_urut, 1)
		self.assertEqual(parse_nip("198503122010011999").nomor_urut, 999)

	def test_a_pppk_number_says_what_it_is(self):
		message = self.assertRejected(VALID_PPPK, "nip_tmt_cpns")
		self.assertIn("202121", message)
		self.assertIn("kode nomor induk PPPK", message)
		# A month past 12 that is no PPPK code gets no such hint.
		self.assertNotIn("PPPK", self.assertRejected("198503122010131003", "nip_tmt_cpns"))

	def test_build_nip_refuses_serial_000(self):
		with self.assertRaises(ValueError):
			build_nip(date(1985, 3, 12), date(2010, 1, 1), JenisKelamin.LAKI_LAKI, 0)

	def test_status_kepegawaian_of_a_nip(self):
		self.assertEqual(parse_nip(VALID).status_kepegawaian, "PNS")


class TestParseNIPPPK(unittest.TestCase):
	"""PPPK nomor induk (PP 49/2018 Pasal 29(4)): birth date, year of appointment, code, sex, serial."""

	def assertRejected(self, value, code, **kwargs):
		with self.assertRaises(InvalidNIP) as caught:
			parse_ni_pppk(value, **kwargs)
		self.assertEqual(caught.exception.reason.code, code)
		self.assertTrue(caught.exception.reason.message.startswith(("Nomor", "Delapan", "Angka", "Tahun")))
		return caught.exception.reason.message

	def test_valid_number_gives_its_parts(self):
		ni = parse_ni_pppk(VALID_PPPK)
		self.assertEqual(ni, NIPPPK(VALID_PPPK, date(1990, 1, 1), 2021, "21", JenisKelamin.LAKI_LAKI, 1))
		self.assertEqual(ni.status_kepegawaian, "PPPK")
		self.assertEqual(parse_ni_pppk("19900101 2021 21 1 001"), ni)

	def test_code_24_seen_on_pppk_paruh_waktu_numbers(self):
		# The example reported for PPPK paruh waktu, 2025 [S].
		ni = parse_ni_pppk("199009132025242014")
		self.assertEqual((ni.tahun_pengangkatan, ni.kode, ni.nomor_urut), (2025, "24", 14))
		self.assertEqual(ni.jenis_kelamin, JenisKelamin.PEREMPUAN)

	def test_unknown_code_and_a_pns_nip(self):
		message = self.assertRejected("199001012021221001", "ni_pppk_kode")
		self.assertIn("21 atau 24", message)
		self.assertIn("bukan 22", message)
		self.assertIn("ini NIP PNS", self.assertRejected(VALID, "ni_pppk_kode"))
		# The BKN may add codes: the caller can pass them.
		self.assertEqual(parse_ni_pppk("199001012021221001", kode_dikenal=("21", "22")).kode, "22")

	def test_pp_49_2018_no_pppk_before_it_took_effect(self):
		message = self.assertRejected("199001012017211001", "ni_pppk_tahun")
		self.assertIn("PP 49/2018", message)
		self.assertEqual(parse_ni_pppk("199001012019211001").tahun_pengangkatan, 2019)

	def test_pp_49_2018_pasal_16_a_under_20_in_the_year_of_appointment_is_refused(self):
		# Born 2 January 2002, appointed 2021: at most 19 that year.
		message = self.assertRejected("200201022021211001", "ni_pppk_usia")
		self.assertIn("19 tahun", message)
		self.assertIn("20 tahun", message)
		self.assertIn("PP 49/2018 Pasal 16 huruf a", message)
		# Born 31 December 2001: 20 on the last day of 2021, so the number may be right.
		self.assertEqual(parse_ni_pppk("200112312021211001").tanggal_lahir, date(2001, 12, 31))

	def test_year_before_birth(self):
		self.assertRejected("202001012019211001", "ni_pppk_tahun_sebelum_lahir")

	def test_malformed_parts(self):
		self.assertRejected("19900101202121100", "nip_length")
		self.assertRejected("19900101202121100A", "nip_not_digits")
		self.assertRejected("199002302021211001", "nip_birth_date")
		self.assertIn("bukan 3", self.assertRejected("199001012021213001", "nip_sex"))
		self.assertIn("001", self.assertRejected("199001012021211000", "nip_nomor_urut"))

	def test_check_against_the_record(self):
		ni = parse_ni_pppk(VALID_PPPK)
		self.assertEqual(check_nip_against(ni, date(1990, 1, 1), JenisKelamin.LAKI_LAKI), [])
		reasons = check_nip_against(ni, date(1990, 1, 2), JenisKelamin.PEREMPUAN)
		self.assertEqual([r.code for r in reasons], ["nip_birth_date_mismatch", "nip_sex_mismatch"])

	def test_build_round_trip(self):
		built = build_ni_pppk(date(1990, 1, 1), 2021, JenisKelamin.LAKI_LAKI, 1)
		self.assertEqual(built, VALID_PPPK)
		self.assertEqual(
			build_ni_pppk(date(1990, 9, 13), 2025, JenisKelamin.PEREMPUAN, 14, kode="24"),
			"199009132025242014",
		)
		for nomor, kode in ((0, "21"), (1000, "21"), (1, "2"), (1, "2a")):
			with self.subTest(nomor=nomor, kode=kode), self.assertRaises(ValueError):
				build_ni_pppk(date(1990, 1, 1), 2021, JenisKelamin.LAKI_LAKI, nomor, kode=kode)


class TestNomorIndukEitherKind(unittest.TestCase):
	def test_kind_from_digits_13_and_14(self):
		self.assertEqual(jenis_nomor_induk(VALID), "PNS")  # 01: a month of TMT CPNS
		self.assertEqual(jenis_nomor_induk("198503122010121003"), "PNS")
		for kode in KODE_NI_PPPK:
			self.assertEqual(jenis_nomor_induk(f"19900101 2021 {kode} 1 001"), "PPPK")
		for value in ("198503122010131003", "198503122010001003", VALID[:-1], "19850312201001100A", "", None):
			with self.subTest(value=value):
				self.assertIsNone(jenis_nomor_induk(value))

	def test_without_status_the_number_decides(self):
		self.assertIsInstance(parse_nomor_induk(VALID), NIP)
		self.assertIsInstance(parse_nomor_induk(VALID_PPPK), NIPPPK)
		self.assertIsInstance(parse_nomor_induk(VALID_PPPK, "Honorer"), NIPPPK)
		# Neither kind: parse_nip's reason, as before PPPK numbers were read.
		with self.assertRaises(InvalidNIP) as caught:
			parse_nomor_induk("198503122010131003")
		self.assertEqual(caught.exception.reason.code, "nip_tmt_cpns")

	def test_with_a_status_the_number_must_match_it(self):
		self.assertIsInstance(parse_nomor_induk(VALID, "PNS"), NIP)
		self.assertIsInstance(parse_nomor_induk(VALID_PPPK, "PPPK"), NIPPPK)
		with self.assertRaises(InvalidNIP) as caught:
			parse_nomor_induk(VALID_PPPK, "PNS")
		self.assertEqual(caught.exception.reason.code, "nomor_induk_status")
		self.assertIn("adalah nomor induk PPPK, bukan NIP PNS", caught.exception.reason.message)
		with self.assertRaises(InvalidNIP) as caught:
			parse_nomor_induk(VALID, "PPPK")
		self.assertEqual(caught.exception.reason.code, "nomor_induk_status")
		self.assertIn("adalah NIP PNS, bukan nomor induk PPPK", caught.exception.reason.message)

	def test_a_wrong_number_of_the_stated_kind_keeps_its_own_reason(self):
		with self.assertRaises(InvalidNIP) as caught:
			parse_nomor_induk("200201022021211001", "PPPK")  # PP 49/2018 Pasal 16 huruf a
		self.assertEqual(caught.exception.reason.code, "ni_pppk_usia")
		with self.assertRaises(InvalidNIP) as caught:
			parse_nomor_induk("200003122018011001", "PNS")  # PP 11/2017 Pasal 23(1)(a)
		self.assertEqual(caught.exception.reason.code, "nip_usia_cpns")
