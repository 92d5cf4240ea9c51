import unittest

from asn_merit.merit.tracking import (
	CODE_ALPHABET,
	CODE_LENGTH,
	hash_secret,
	make_secret,
	make_tracking_code,
	normalise_code,
	secret_matches,
)


class TestTracking(unittest.TestCase):
	def test_code_shape(self):
		code = make_tracking_code()
		self.assertEqual(len(code), CODE_LENGTH)
		self.assertTrue(set(code) <= set(CODE_ALPHABET))

	def test_codes_and_secrets_differ(self):
		self.assertNotEqual(make_tracking_code(), make_tracking_code())
		self.assertNotEqual(make_secret(), make_secret())

	def test_right_secret_matches(self):
		secret = make_secret()
		self.assertTrue(secret_matches(f" {secret} ", hash_secret(secret)))

	def test_wrong_or_empty_secret_does_not_match(self):
		stored = hash_secret(make_secret())
		for given in ["salah", "", None]:
			with self.subTest(given=given):
				self.assertFalse(secret_matches(given, stored))
		self.assertFalse(secret_matches("x", ""))

	def test_hash_is_not_the_secret(self):
		secret = make_secret()
		self.assertNotIn(secret, hash_secret(secret))

	def test_code_normalised(self):
		self.assertEqual(normalise_code(" ab cd 23 "), "ABCD23")
		self.assertEqual(normalise_code(None), "")
