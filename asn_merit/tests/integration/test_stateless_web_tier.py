"""A second web host serves the same site: two gunicorn masters (two workers each) behind Debian's
nginx, round robin, as a regency adds a host behind its proxy. Everything a guest request needs
(the set of used challenges, the per-address counters) is in Redis or MariaDB, so what one master
counted or recorded holds on the other. Each test checks that both masters answered, from nginx's
`X-Upstream` header; none depends on timing. Without nginx the tests fail (scripts/bench-setup
installs it)."""

import json
import random

from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import public_form_data, set_pengaduan_settings, solved_challenge
from asn_merit.tests.http_server import ServedComplaints, clear_limits, server_messages
from asn_merit.tests.nginx_front import UPSTREAM_HEADER, WebTier

ACCEPT = "/api/method/frappe.website.doctype.web_form.web_form.accept"
TANTANGAN = "/api/method/asn_merit.api.pengaduan.get_tantangan"


class TestTwoMastersBehindNginx(ServedComplaints, ASNTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.tier = WebTier(masters=2, workers=2).start()
		cls.addClassCleanup(cls.tier.stop)
		cls.front = cls.tier.front
		cls.both = {cls.front.upstream(master) for master in cls.tier.masters}

	def setUp(self):
		super().setUp()
		self.mark_what_the_server_stores()
		self.ip = f"192.0.2.{random.randint(1, 254)}"
		clear_limits(self.ip)
		self.addCleanup(clear_limits, self.ip)

	def submit(self, payload: str):
		data = public_form_data(judul=f"Antrean KTP {self.marker}", jawaban_tantangan=payload)
		return self.front.post(
			ACCEPT, self.ip, data={"web_form": "pengaduan-masyarakat", "data": json.dumps(data, default=str)}
		)

	def test_the_masters_are_two_and_nginx_sends_requests_to_both(self):
		self.assertEqual(len(self.both), 2)
		answers = [self.front.get("/api/method/ping", self.ip) for _n in range(4)]
		self.assertEqual({answer.status_code for answer in answers}, {200})
		self.assertEqual({answer.headers[UPSTREAM_HEADER] for answer in answers}, self.both)

	def test_a_complaint_is_stored_once_and_its_challenge_is_refused_on_either_master(self):
		challenge = self.front.get(TANTANGAN, self.ip)
		self.assertEqual(challenge.status_code, 200, challenge.text[:300])
		payload = solved_challenge(challenge.json())
		filed = self.submit(payload)
		self.assertEqual(filed.status_code, 200, filed.text[:500])
		self.assertEqual(self.stored(), [filed.json()["message"]["name"]])
		replays = [self.submit(payload) for _n in range(4)]
		for replay in replays:
			self.assertEqual(replay.status_code, 417, replay.text[:300])
			self.assertIn("Verifikasi pengaman ini sudah dipakai", server_messages(replay))
		self.assertEqual({replay.headers[UPSTREAM_HEADER] for replay in replays}, self.both)
		self.assertEqual(self.stored(), [filed.json()["message"]["name"]])

	def test_the_per_address_limit_counts_across_both_masters(self):
		set_pengaduan_settings(self, batas_tantangan=3)
		answers = [self.front.get(TANTANGAN, self.ip) for _n in range(6)]
		# Counted per master, each would serve three.
		self.assertEqual([answer.status_code for answer in answers], [200] * 3 + [429] * 3)
		self.assertEqual({answer.headers[UPSTREAM_HEADER] for answer in answers[:3]}, self.both)
		self.assertEqual({answer.headers[UPSTREAM_HEADER] for answer in answers[3:]}, self.both)
		self.assertIn("Retry-After", answers[-1].headers)
		# Another citizen behind the same proxy keeps their own count.
		other = f"192.0.2.{(int(self.ip.rsplit('.', 1)[1]) % 254) + 1}"
		clear_limits(other)
		self.addCleanup(clear_limits, other)
		self.assertEqual(self.front.get(TANTANGAN, other).status_code, 200)
