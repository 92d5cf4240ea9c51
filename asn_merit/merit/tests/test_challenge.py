import random
import unittest

from asn_merit.merit.challenge import check_challenge, make_challenge

SECRET = "rahasia"
T0 = 1_800_000_000


def solve(question: str) -> str:
	a, b = question.split(" + ")
	return str(int(a) + int(b))


class TestChallenge(unittest.TestCase):
	def setUp(self):
		self.challenge = make_challenge(SECRET, T0, random.Random(1))
		self.answer = solve(self.challenge.question)

	def test_right_answer_in_window_passes(self):
		self.assertTrue(check_challenge(SECRET, self.challenge.token, self.answer, T0 + 30))

	def test_wrong_answer_fails(self):
		wrong = str(int(self.answer) + 1)
		self.assertFalse(check_challenge(SECRET, self.challenge.token, wrong, T0 + 30))

	def test_too_fast_fails(self):
		self.assertFalse(check_challenge(SECRET, self.challenge.token, self.answer, T0 + 1))

	def test_expired_fails(self):
		self.assertFalse(check_challenge(SECRET, self.challenge.token, self.answer, T0 + 3 * 60 * 60))

	def test_other_secret_fails(self):
		self.assertFalse(check_challenge("lain", self.challenge.token, self.answer, T0 + 30))

	def test_forged_issue_time_fails(self):
		_, signature = self.challenge.token.split(".", 1)
		forged = f"{T0 + 100}.{signature}"
		self.assertFalse(check_challenge(SECRET, forged, self.answer, T0 + 130))

	def test_garbage_input_fails_without_error(self):
		for token, answer in [("", ""), ("abc", "1"), (None, None), (self.challenge.token, "dua")]:
			with self.subTest(token=token, answer=answer):
				self.assertFalse(check_challenge(SECRET, token, answer, T0 + 30))
