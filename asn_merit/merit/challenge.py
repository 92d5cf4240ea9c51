"""A server-signed arithmetic challenge for the public complaint form.

Frappe ships no captcha and many regency servers cannot reach an outside one, so the form asks
a small sum. The server signs the expected answer and the issue time with its secret; the
browser sends the token back with the answer. Nothing is stored: a valid token within its time
window and a right answer are enough. Stdlib only, the caller supplies the secret and the clock.
"""

import hashlib
import hmac
import random
from dataclasses import dataclass

MIN_SECONDS = 3  # a human needs a moment to fill the form
MAX_SECONDS = 2 * 60 * 60


@dataclass(frozen=True)
class Challenge:
	question: str
	token: str


def _sign(secret: str, answer: int, issued_at: int) -> str:
	message = f"{answer}:{issued_at}".encode()
	return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def make_challenge(secret: str, now: int, rng: random.Random | None = None) -> Challenge:
	rng = rng or random.SystemRandom()
	a, b = rng.randint(1, 9), rng.randint(1, 9)
	return Challenge(question=f"{a} + {b}", token=f"{now}.{_sign(secret, a + b, now)}")


def check_challenge(
	secret: str, token: str, answer: str, now: int, min_seconds=MIN_SECONDS, max_seconds=MAX_SECONDS
) -> bool:
	"""True when the token is ours, is neither too fresh nor too old, and the answer is right."""
	try:
		issued_text, signature = str(token).split(".", 1)
		issued_at = int(issued_text)
		given = int(str(answer).strip())
	except (TypeError, ValueError):
		return False
	if not min_seconds <= now - issued_at <= max_seconds:
		return False
	return hmac.compare_digest(signature, _sign(secret, given, issued_at))
