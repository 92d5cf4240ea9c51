"""The client's address, the one key of every per-address limit (ours and Frappe's).

Frappe sets `frappe.local.request_ip` from the left-most X-Forwarded-For entry whenever the
header is present (frappe.auth.HTTPRequest.set_request_ip): a value the client writes itself, so
a guest could pick a new address for every request and never meet a limit. `set_request_ip` runs
as our first `before_request` hook, after Frappe's HTTPRequest and before any endpoint, and puts
the trustworthy address there instead (merit.client_address: the peer, or behind the proxies
named in site config `asn_trusted_proxies` the right-most X-Forwarded-For entry that is not one
of them). Setting it there, rather than computing it in each of our limits, makes Frappe's own
limits agree: `frappe.rate_limiter.rate_limit` on the web form's `accept`, the login attempt
tracker and the user's allowed IPs all read `frappe.local.request_ip`. docs/deploy.md gives
the nginx lines that go with it.
"""

import frappe

from asn_merit.merit.client_address import client_address

TRUSTED_PROXIES_KEY = "asn_trusted_proxies"


def get_client_address() -> str | None:
	"""The address of the client of the current request; None outside a request."""
	request = getattr(frappe.local, "request", None)
	if request is None:
		return None
	return client_address(
		request.environ.get("REMOTE_ADDR"),
		request.headers.get("X-Forwarded-For"),
		frappe.conf.get(TRUSTED_PROXIES_KEY),
	)


def set_request_ip() -> None:
	if address := get_client_address():
		frappe.local.request_ip = address
