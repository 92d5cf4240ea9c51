"""Which address a request comes from, when some of the hops in front of us are our own proxies.

The peer of the TCP connection is the only address nobody can forge. A reverse proxy we run
(nginx of `bench setup production`, a load balancer) is the peer of every request, so it appends
the address it saw to X-Forwarded-For; everything to the left of that entry was written by
whoever sent the request and proves nothing. So: the peer, unless the peer is a trusted proxy;
then walk X-Forwarded-For from the right, skipping trusted proxies, and take the first address
that is not one. An entry that is not an address stops the walk (a trusted proxy never writes
one): the last trusted hop seen is the answer then, as it is when every entry is trusted.
Stdlib only; the caller supplies the trusted list (site config `asn_trusted_proxies`).
"""

import ipaddress
from collections.abc import Iterable

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Address = ipaddress.IPv4Address | ipaddress.IPv6Address
UNKNOWN_PEER = "127.0.0.1"  # what Frappe itself assumes when a request has no peer (a socket)


def parse_trusted(entries: Iterable | str | None) -> tuple[Network, ...]:
	"""Addresses and CIDR ranges, from a list or a comma-separated string; bad entries are skipped."""
	if isinstance(entries, str):
		entries = entries.split(",")
	networks = []
	for entry in entries or ():
		try:
			networks.append(ipaddress.ip_network(str(entry).strip(), strict=False))
		except ValueError:
			continue
	return tuple(networks)


def parse_address(value: str | None) -> Address | None:
	"""An address as a proxy writes it: bare, bracketed IPv6, or IPv4 with a port."""
	text = str(value or "").strip()
	if text.startswith("[") and "]" in text:
		text = text[1 : text.index("]")]
	elif text.count(":") == 1:
		text = text.split(":", 1)[0]
	try:
		address = ipaddress.ip_address(text)
	except ValueError:
		return None
	if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
		return address.ipv4_mapped
	return address


def is_trusted(address: Address, trusted: tuple[Network, ...]) -> bool:
	return any(address.version == network.version and address in network for network in trusted)


def client_address(
	peer: str | None, forwarded_for: str | None, trusted: Iterable[str] | str | None = ()
) -> str:
	"""The client's address as text, e.g. `client_address("127.0.0.1", "6.6.6.6, 1.2.3.4", ["127.0.0.1"])`
	is "1.2.3.4" (6.6.6.6 was written by the client itself)."""
	networks = parse_trusted(trusted)
	hop = parse_address(peer) or ipaddress.ip_address(UNKNOWN_PEER)
	if not is_trusted(hop, networks):
		return str(hop)
	for entry in reversed(str(forwarded_for or "").split(",")):
		if not entry.strip():
			continue
		address = parse_address(entry)
		if address is None:
			break
		hop = address
		if not is_trusted(hop, networks):
			break
	return str(hop)
