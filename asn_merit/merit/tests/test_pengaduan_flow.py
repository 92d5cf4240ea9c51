import unittest
from itertools import pairwise

from asn_merit.merit import pengaduan_flow as flow


class TestTransitions(unittest.TestCase):
	def test_main_path_is_allowed(self):
		path = [flow.DITERIMA, flow.TERVERIFIKASI, flow.DIDISPOSISIKAN, flow.DIJAWAB, flow.SELESAI]
		for current, target in pairwise(path):
			with self.subTest(current=current, target=target):
				flow.check_transition(current, target)

	def test_skipping_verification_is_refused(self):
		with self.assertRaises(flow.TransitionRefused):
			flow.check_transition(flow.DITERIMA, flow.DIDISPOSISIKAN)

	def test_closed_is_final(self):
		for target in flow.STATUSES:
			with self.subTest(target=target), self.assertRaises(flow.TransitionRefused):
				flow.check_transition(flow.SELESAI, target)

	def test_unknown_status_is_refused(self):
		with self.assertRaises(flow.TransitionRefused):
			flow.check_transition("Hacked", flow.SELESAI)

	def test_branches_from_received(self):
		flow.check_transition(flow.DITERIMA, flow.BUKAN_KEWENANGAN)
		flow.check_transition(flow.DITERIMA, flow.TIDAK_LENGKAP)


class TestReopenOnce(unittest.TestCase):
	def test_first_reopen_allowed(self):
		flow.check_transition(flow.DIJAWAB, flow.DIDISPOSISIKAN, reopen_count=0)

	def test_second_reopen_refused(self):
		with self.assertRaises(flow.TransitionRefused):
			flow.check_transition(flow.DIJAWAB, flow.DIDISPOSISIKAN, reopen_count=1)

	def test_closing_after_reopen_still_allowed(self):
		flow.check_transition(flow.DIJAWAB, flow.SELESAI, reopen_count=1)


class TestAutoClose(unittest.TestCase):
	def test_answered_and_silent_long_enough_closes(self):
		self.assertTrue(flow.should_auto_close(flow.DIJAWAB, 10, 10))

	def test_answered_but_not_long_enough_stays(self):
		self.assertFalse(flow.should_auto_close(flow.DIJAWAB, 9, 10))

	def test_other_status_never_auto_closes(self):
		self.assertFalse(flow.should_auto_close(flow.DIDISPOSISIKAN, 30, 10))
