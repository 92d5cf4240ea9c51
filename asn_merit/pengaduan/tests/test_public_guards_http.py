"""The public form's guards over HTTP with two gunicorn workers: ALTCHA from get_tantangan solved
by the altcha package's own solver (factories.solved_challenge), a solution accepted once
whichever worker answers, the client's address behind and without a trusted proxy, and
per-address limits with Retry-After."""

import json
import random
from concurrent.futures import ThreadPoolExecutor

import altcha

import frappe

from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import pdf_bytes, public_form_data, set_pengaduan_settings, solved_challenge
from asn_merit.tests.http_server import ServedComplaints, clear_limits, serve_for_class, server_messages

DOCTYPE = "Pengaduan Masyarakat"
ACCEPT = "/api/method/frappe.website.doctype.web_form.web_form.accept"
TANTANGAN = "/api/method/asn_merit.api.pengaduan.get_tantangan"
LACAK = "/api/method/asn_merit.api.pengaduan.lacak"
UPLOAD = "/api/method/upload_file"


def random_address() -> str:
	return f"198.51.{random.randint(0, 255)}.{random.randint(1, 254)}"


class GuardTestCase(ServedComplaints, ASNTestCase):
	trusted_proxies: tuple[str, ...] = ("127.0.0.1",)

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.server = serve_for_class(cls, workers=2, trusted_proxies=cls.trusted_proxies)

	def setUp(self):
		super().setUp()
		self.mark_what_the_server_stores()
		self.ip = random_address()
		clear_limits(self.ip, "127.0.0.1")
		self.addCleanup(clear_limits, "127.0.0.1")

	def submit(self, payload: str, ip: str | None = None):
		return self.send(self.form(payload), ip)

	def form(self, payload: str) -> dict:
		data = public_form_data(judul=f"Antrean KTP {self.marker}", jawaban_tantangan=payload)
		return {"web_form": "pengaduan-masyarakat", "data": json.dumps(data, default=str)}

	def send(self, form: dict, ip: str | None = None):
		"""Only HTTP: safe in another thread."""
		return self.server.post(ACCEPT, ip or self.ip, data=form)

	def send_together(self, form: dict, times: int) -> list:
		with ThreadPoolExecutor(times) as pool:
			return list(pool.map(lambda _n: self.send(form), range(times)))

	def challenge(self, ip: str | None = None, headers: dict | None = None):
		return self.server.get(TANTANGAN, ip or self.ip, headers=headers)


class TestAltchaOverHTTP(GuardTestCase):
	def test_a_challenge_from_the_endpoint_is_what_altcha_clients_take(self):
		response = self.challenge()
		self.assertEqual(response.status_code, 200, response.text[:300])
		self.assertEqual(response.headers["Cache-Control"], "no-store")
		challenge = response.json()
		self.assertEqual(set(challenge), {"algorithm", "challenge", "maxnumber", "salt", "signature"})
		self.assertEqual(challenge["algorithm"], "SHA-256")
		self.assertEqual(challenge["maxnumber"], 100_000)
		self.assertIn("expires=", challenge["salt"])

	def test_a_solved_challenge_files_one_complaint_and_its_replays_store_nothing(self):
		payload = solved_challenge(self.challenge().json())
		filed = self.submit(payload)
		self.assertEqual(filed.status_code, 200, filed.text[:500])
		self.assertEqual(self.stored(), [filed.json()["message"]["name"]])
		# Sent together, the replays are answered by both workers.
		replays = self.send_together(self.form(payload), 4)
		for replay in replays:
			self.assertEqual(replay.status_code, 417, replay.text[:300])
			self.assertIn("Verifikasi pengaman ini sudah dipakai", server_messages(replay))
		self.assertEqual(len(self.stored()), 1)

	def test_the_same_solution_sent_at_once_to_both_workers_is_accepted_once(self):
		payload = solved_challenge(self.challenge().json())
		statuses = sorted(response.status_code for response in self.send_together(self.form(payload), 4))
		self.assertEqual(statuses, [200, 417, 417, 417])
		self.assertEqual(len(self.stored()), 1)

	def test_a_challenge_issued_before_the_cache_was_flushed_is_refused(self):
		# `bench build` flushes the Redis that records used challenges; one solved before a deploy
		# must not become sendable once more.
		payload = solved_challenge(self.challenge().json())
		frappe.cache.delete(frappe.cache.make_key("asn-altcha-epoch"))  # what flushdb does to it
		response = self.submit(payload)
		self.assertEqual(response.status_code, 417, response.text[:300])
		self.assertIn("Verifikasi pengaman tidak berhasil", server_messages(response))
		self.assertEqual(self.stored(), [])
		# A challenge issued after the flush is taken.
		self.assertEqual(self.submit(solved_challenge(self.challenge().json())).status_code, 200)

	def test_a_payload_for_a_challenge_signed_elsewhere_is_refused(self):
		forged = altcha.create_challenge_v1(max_number=1000, hmac_key="kunci-orang-lain")
		challenge = {**forged.to_dict(), "maxnumber": forged.max_number}
		response = self.submit(solved_challenge(challenge))
		self.assertEqual(response.status_code, 417)
		self.assertIn("Verifikasi pengaman tidak berhasil", server_messages(response))
		self.assertEqual(self.stored(), [])


class TestLimitsBehindATrustedProxy(GuardTestCase):
	def test_the_rightmost_untrusted_forwarded_address_is_the_client(self):
		set_pengaduan_settings(self, batas_tantangan=3)
		clear_limits("198.51.100.7", "198.51.100.8")
		self.addCleanup(clear_limits, "198.51.100.7", "198.51.100.8")
		# The left entries are the client's own writing: changing them changes nothing.
		for n in range(3):
			self.assertEqual(self.challenge(f"6.6.6.{n}, 198.51.100.7").status_code, 200)
		self.assertEqual(self.challenge("6.6.6.99, 198.51.100.7").status_code, 429)
		self.assertEqual(self.challenge("198.51.100.7, 127.0.0.1").status_code, 429)  # a chain of proxies
		self.assertEqual(self.challenge("198.51.100.8").status_code, 200)

	def test_a_burst_gets_429_with_retry_after_while_the_next_address_is_served(self):
		set_pengaduan_settings(self, batas_lacak=4, jendela_batas_menit=5)
		answers = [
			self.server.post(LACAK, self.ip, data={"kode": f"TEBAK{n}", "rahasia": "x"}) for n in range(5)
		]
		self.assertEqual([answer.status_code for answer in answers], [417] * 4 + [429])
		refused = answers[-1]
		self.assertTrue(0 < int(refused.headers["Retry-After"]) <= 5 * 60)
		self.assertIn(
			"Terlalu banyak permintaan dari alamat Anda. Silakan coba lagi dalam", server_messages(refused)
		)
		other = random_address()
		clear_limits(other)
		self.assertEqual(
			self.server.post(LACAK, other, data={"kode": "TEBAK", "rahasia": "x"}).status_code, 417
		)

	def test_guest_uploads_count_toward_the_address_limit(self):
		set_pengaduan_settings(self, batas_unggahan=2)

		def upload(ip, n):
			return self.server.post(UPLOAD, ip, files={"file": (f"ktp-{self.marker}-{n}.pdf", pdf_bytes())})

		self.assertEqual([upload(self.ip, n).status_code for n in range(3)], [200, 200, 429])
		other = random_address()
		clear_limits(other)
		self.assertEqual(upload(other, 3).status_code, 200)


class TestLimitsWithoutATrustedProxy(GuardTestCase):
	trusted_proxies = ()

	def test_a_forged_forwarded_for_changes_nothing(self):
		set_pengaduan_settings(self, batas_tantangan=3)
		statuses = [self.challenge(random_address()).status_code for _n in range(4)]
		self.assertEqual(statuses, [200, 200, 200, 429])
