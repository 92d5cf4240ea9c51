import unittest

from asn_merit.merit.client_address import client_address, parse_trusted

PROXIES = ["127.0.0.1", "10.0.0.0/8", "fd00::/8"]


class TestClientAddress(unittest.TestCase):
	def test_without_trusted_proxies_the_peer_is_the_client_whatever_the_header_says(self):
		self.assertEqual(client_address("203.0.113.7", "1.2.3.4"), "203.0.113.7")
		self.assertEqual(client_address("127.0.0.1", "1.2.3.4, 5.6.7.8"), "127.0.0.1")

	def test_an_untrusted_peer_is_the_client_even_when_others_are_trusted(self):
		self.assertEqual(client_address("203.0.113.7", "1.2.3.4", PROXIES), "203.0.113.7")

	def test_behind_a_trusted_proxy_the_rightmost_untrusted_entry_is_the_client(self):
		# The client wrote 6.6.6.6 itself; nginx appended the address it saw, 198.51.100.9.
		self.assertEqual(client_address("127.0.0.1", "6.6.6.6, 198.51.100.9", PROXIES), "198.51.100.9")

	def test_a_chain_of_trusted_proxies_is_skipped(self):
		xff = "6.6.6.6, 198.51.100.9, 10.1.2.3, 10.9.9.9"
		self.assertEqual(client_address("127.0.0.1", xff, PROXIES), "198.51.100.9")

	def test_without_a_header_behind_a_proxy_the_proxy_is_all_we_know(self):
		self.assertEqual(client_address("127.0.0.1", None, PROXIES), "127.0.0.1")
		self.assertEqual(client_address("127.0.0.1", " , ", PROXIES), "127.0.0.1")

	def test_garbage_stops_the_walk_at_the_last_trusted_hop(self):
		self.assertEqual(client_address("127.0.0.1", "1.2.3.4, bukan-ip, 10.0.0.5", PROXIES), "10.0.0.5")

	def test_ports_brackets_and_mapped_addresses_are_normalised(self):
		self.assertEqual(client_address("127.0.0.1", "198.51.100.9:5555", PROXIES), "198.51.100.9")
		self.assertEqual(client_address("127.0.0.1", "[2001:db8::1]:443", PROXIES), "2001:db8::1")
		self.assertEqual(client_address("::ffff:203.0.113.7", None, PROXIES), "203.0.113.7")
		self.assertEqual(client_address("fd00::1", "2001:db8::2", PROXIES), "2001:db8::2")

	def test_a_missing_peer_reads_as_localhost_as_frappe_assumes(self):
		self.assertEqual(client_address(None, "1.2.3.4"), "127.0.0.1")
		self.assertEqual(client_address("", "1.2.3.4", PROXIES), "1.2.3.4")

	def test_trusted_list_from_a_string_skips_bad_entries(self):
		self.assertEqual(len(parse_trusted("127.0.0.1, 10.0.0.0/8, nonsense,")), 2)
		self.assertEqual(client_address("10.2.3.4", "9.9.9.9", "10.0.0.0/8, x"), "9.9.9.9")
