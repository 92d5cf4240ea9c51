"""Per-address limits on what a guest can do: file a complaint, upload, track, respond, fetch a
challenge. Counted in Redis (one counter per action and address, a fixed window from the first
request), so every web worker on every host shares them; the address is the trustworthy one
(pengaduan.client_address). A refusal is HTTP 429 with Retry-After and says, in Bahasa
Indonesia, when to try again. Counts and window are Pengaduan Settings.
"""

import json
from datetime import timedelta
from functools import wraps

import frappe
from frappe import _
from frappe.utils import now_datetime

from asn_merit.inputs.pengaduan_settings import get_pengaduan_settings

# Action -> the Pengaduan Settings field holding its count per window.
LIMITS = {
	"pengaduan": "batas_pengaduan",
	"unggahan": "batas_unggahan",
	"lacak": "batas_lacak",
	"tanggapi": "batas_tanggapi",
	"tantangan": "batas_tantangan",
}


def check_limit(action: str) -> None:
	"""Count one request of `action` from the client's address; refuse it past the limit."""
	address = getattr(frappe.local, "request_ip", None)
	if not address or not getattr(frappe.local, "request", None):
		return
	settings = get_pengaduan_settings()
	limit, window = settings.get(LIMITS[action]), settings.jendela_batas_menit * 60
	key = frappe.cache.make_key(f"asn-batas:{action}:{address}")
	# One transaction: the counter never exists without its expiry.
	pipe = frappe.cache.pipeline(transaction=True)
	pipe.set(key, 0, ex=window, nx=True)
	pipe.incr(key)
	pipe.ttl(key)
	_created, count, ttl = pipe.execute()
	if count > limit:
		refuse(max(int(ttl), 1))


def refuse(retry_after: int) -> None:
	frappe.local.asn_retry_after = retry_after
	frappe.throw(
		retry_message(retry_after), frappe.RateLimitExceededError, title=_("Terlalu banyak permintaan")
	)


def retry_message(seconds: int) -> str:
	at = (now_datetime() + timedelta(seconds=seconds)).strftime("%H.%M")
	wait = _("{0} detik").format(seconds) if seconds < 120 else _("{0} menit").format(-(-seconds // 60))
	return _(
		"Terlalu banyak permintaan dari alamat Anda. Silakan coba lagi dalam {0} (sekitar pukul {1})."
	).format(wait, at)


def limited(action: str):
	"""Decorator for a guest endpoint, under `frappe.whitelist`: count each call of `action`."""

	def decorator(fn):
		@wraps(fn)
		def wrapper(*args, **kwargs):
			check_limit(action)
			return fn(*args, **kwargs)

		return wrapper

	return decorator


def add_retry_after(response=None, request=None) -> None:
	"""after_request: every 429 says when to come back, ours and Frappe's own (the web form's
	`accept` keeps Frappe's 10 a minute per address beside ours), in Bahasa Indonesia."""
	if response is None or response.status_code != 429:
		return
	retry_after = getattr(frappe.local, "asn_retry_after", None)
	if retry_after is None:
		retry_after = _frappe_limit_ttl() or 60
		if response.mimetype == "application/json":
			message = {"message": retry_message(retry_after), "title": _("Terlalu banyak permintaan")}
			response.set_data(
				json.dumps(
					{
						"exc_type": "RateLimitExceededError",
						"_server_messages": json.dumps([json.dumps(message)]),
					}
				)
			)
	response.headers["Retry-After"] = str(retry_after)


def _frappe_limit_ttl() -> int | None:
	"""Seconds left on the counter of Frappe's `rate_limit` that refused this request."""
	cmd, ip = frappe.form_dict.get("cmd"), getattr(frappe.local, "request_ip", None)
	if not (isinstance(cmd, str) and ip):
		return None
	identities = [ip] + [
		f"{ip}:{value}" for value in frappe.form_dict.values() if isinstance(value, str) and len(value) < 200
	]
	ttls = [frappe.cache.ttl(frappe.cache.make_key(f"rl:{cmd}:{identity}")) for identity in identities]
	return max([ttl for ttl in ttls if ttl and ttl > 0], default=None)
