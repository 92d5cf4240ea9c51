"""CI-sized fuzz run of the public endpoints (1,000 payloads; `scripts/fuzz` runs 10,000 or more).

No payload may get a server error or a traceback, a refusal answers in Bahasa Indonesia, and the
database holds afterwards exactly the complaints and files the server said it accepted, each of
them within the rules. Failures list the payloads that broke a rule.
"""

import os

from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.http_server import SiteServer

from .run import desk_sample_size, fuzz, open_in_desk, remove, report


class TestPublicEndpointsUnderHostileInput(ASNTestCase):
	def test_generated_payloads_get_no_server_error_and_store_nothing_refused(self):
		server = SiteServer(workers=2, statics=True).start()
		self.addCleanup(server.stop)
		tally, problems, made = fuzz(server)
		self.addCleanup(remove, made)
		print("\n" + report(tally, problems, os.environ.get("FUZZ_REPORT")))
		findings = tally.grouped_findings()
		print("\n".join(findings[:60]))
		opened, scripts = open_in_desk(server, tally, desk_sample_size())
		print(
			f"stored-script check: {len(opened)} views of accepted hostile complaints, {len(scripts)} problems"
		)
		if problems or findings or scripts:
			self.fail("\n".join(["database:", *problems, "answers:", *findings, "desk:", *scripts]))
		self.assertGreater(len(tally.accepted.get("web_form.accept", [])), 0, "no payload was accepted")
