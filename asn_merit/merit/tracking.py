"""Tracking code and secret for a citizen to follow a complaint without an account.

The code is short and readable (it is read out over the phone); the secret is long and random,
and only its hash is stored, so a leaked database row does not open the tracking page.
"""

import hashlib
import hmac
import secrets

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I look-alikes
CODE_LENGTH = 8


def make_tracking_code() -> str:
	return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def make_secret() -> str:
	return secrets.token_urlsafe(12)


def hash_secret(secret: str) -> str:
	return hashlib.sha256(secret.strip().encode()).hexdigest()


def normalise_code(code: str) -> str:
	return "".join(str(code or "").split()).upper()


def secret_matches(secret: str, stored_hash: str) -> bool:
	if not secret or not stored_hash:
		return False
	return hmac.compare_digest(hash_secret(str(secret)), stored_hash)
