"""Guards for a complaint that arrives through the public web form.

Guests post straight into the Web Form's `accept`, which inserts with permissions ignored; this
module is the security boundary the controller calls for a complaint filed by a guest or through
a web form, whatever the endpoint. Frappe ships no captcha and many regency servers cannot reach
an outside one, so the form carries an ALTCHA proof of work (PoW v1, `altcha` package) that this
server signs with its own key and checks itself, and a honeypot field that people never see and
bots fill in. A solved challenge is accepted once: its hash is kept in Redis until it expires,
so every web worker on every host refuses a replay.
"""

import time
from datetime import datetime, timedelta, timezone

import altcha

import frappe
from frappe import _
from frappe.utils.password import get_decrypted_password, get_encryption_key

from asn_merit.inputs.pengaduan_settings import get_pengaduan_settings

SETTINGS = "Pengaduan Settings"
ALGORITHM = "SHA-256"
MAX_PAYLOAD = 2000  # a widget's payload is about 400 characters
ATTACHMENT_FIELDS = ("lampiran_1", "lampiran_2")
# Filled by the form and never stored: the controller empties them before the row is written.
# token_tantangan carried the arithmetic challenge of 0.2.0; nothing fills it any more.
TRANSIENT_FIELDS = ("situs_web", "token_tantangan", "jawaban_tantangan")


def challenge_secret() -> str:
	"""The key in Pengaduan Settings (made on install; the site's encryption key if it was cleared),
	joined with the cache epoch."""
	key = get_decrypted_password(SETTINGS, SETTINGS, "kunci_tantangan", raise_exception=False)
	return f"{key or 'pengaduan-altcha:' + get_encryption_key()}:{cache_epoch()}"


def cache_epoch() -> str:
	"""A random value kept in the same Redis as the used challenges, made when missing.

	`bench build` flushes that Redis (frappe.build: `frappe.cache.flushdb()`), and with it the set
	of used challenges: a challenge solved before a deploy could then be sent once more. Signing
	with this epoch ties every challenge to the set that records its use: after a flush the epoch
	is new, so every challenge issued before it is refused (the widget fetches a fresh one)."""
	key = frappe.cache.make_key("asn-altcha-epoch")
	# One round trip: every request that signs or checks a challenge reads it.
	pipe = frappe.cache.pipeline(transaction=False)
	pipe.set(key, frappe.generate_hash(length=16), nx=True)
	pipe.get(key)
	_created, epoch = pipe.execute()
	return frappe.safe_decode(epoch)


def new_challenge() -> dict:
	"""A challenge as ALTCHA's widget and solvers take it."""
	settings = get_pengaduan_settings()
	expires = datetime.now(timezone.utc) + timedelta(minutes=settings.masa_berlaku_tantangan_menit)
	challenge = altcha.create_challenge_v1(
		algorithm=ALGORITHM,
		max_number=settings.tingkat_kesulitan_tantangan,
		hmac_key=challenge_secret(),
		expires=expires,
	)
	return {
		"algorithm": challenge.algorithm,
		"challenge": challenge.challenge,
		"maxnumber": challenge.max_number,
		"salt": challenge.salt,
		"signature": challenge.signature,
	}


def check_public_submission(doc) -> None:
	if str(doc.situs_web or "").strip():
		frappe.throw(
			_("Pengaduan tidak dapat diterima. Muat ulang halaman lalu kirim kembali pengaduan Anda."),
			title=_("Pengaduan ditolak"),
		)
	payload = verified_payload(doc.jawaban_tantangan)
	if payload is None:
		frappe.throw(
			_(
				"Verifikasi pengaman tidak berhasil atau sudah kedaluwarsa. "
				"Tunggu sampai kotak verifikasi tercentang, lalu kirim kembali."
			),
			title=_("Verifikasi pengaman"),
		)
	if not claim(payload):
		frappe.throw(
			_("Verifikasi pengaman ini sudah dipakai. Muat ulang halaman lalu kirim kembali pengaduan Anda."),
			title=_("Verifikasi pengaman"),
		)


def verified_payload(value) -> dict | None:
	"""The decoded payload when it solves a challenge this site signed and that has not expired."""
	if not isinstance(value, str) or not 0 < len(value) <= MAX_PAYLOAD:
		return None
	try:
		payload = altcha.PayloadV1.from_base64(value.strip()).to_dict()
		expires = int(altcha.extract_params_v1(payload)["expires"][0])
		verified, _error = altcha.verify_solution_v1(payload, challenge_secret(), check_expires=True)
	except Exception:
		return None
	if not verified or payload["algorithm"] != ALGORITHM:
		return None
	payload["expires"] = expires
	return payload


def claim(payload: dict) -> bool:
	"""Mark the challenge used until it expires; False when it already was (a replay)."""
	key = frappe.cache.make_key(f"asn-altcha-terpakai:{payload['challenge']}")
	ttl = max(int(payload["expires"] - time.time()) + 1, 1)
	if not frappe.cache.set(key, 1, ex=ttl, nx=True):
		return False
	# A complaint refused after this check (an invalid field) stores nothing: its solved challenge
	# may be sent again with the corrected form.
	frappe.db.after_rollback.add(lambda: frappe.cache.delete(key))
	return True


def clear_transient_fields(doc) -> None:
	for fieldname in TRANSIENT_FIELDS:
		doc.set(fieldname, None)
