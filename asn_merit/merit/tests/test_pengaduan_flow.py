import unittest
from datetime import date
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


TANGGAPAN = date(2026, 11, 16)  # the complainant receives the "tidak lengkap" answer


class TestClosingIncomplete(unittest.TestCase):
	"""UU 25/2009 Pasal 44(4)-(5): 30 days to complete, then deemed withdrawn."""

	def test_not_before_the_thirty_days_have_passed(self):
		for hari_ini in (date(2026, 11, 17), date(2026, 12, 16)):
			with self.subTest(hari_ini=hari_ini), self.assertRaises(flow.TransitionRefused) as caught:
				flow.check_transition(
					flow.TIDAK_LENGKAP, flow.SELESAI, hari_ini=hari_ini, tanggal_tanggapan=TANGGAPAN
				)
			self.assertIn("belum dapat ditutup", str(caught.exception))
			self.assertIn("16-12-2026", str(caught.exception))

	def test_closes_the_day_after(self):
		flow.check_transition(
			flow.TIDAK_LENGKAP, flow.SELESAI, hari_ini=date(2026, 12, 17), tanggal_tanggapan=TANGGAPAN
		)

	def test_unknown_answer_date_refuses(self):
		with self.assertRaises(flow.TransitionRefused) as caught:
			flow.check_transition(flow.TIDAK_LENGKAP, flow.SELESAI, hari_ini=date(2027, 1, 1))
		self.assertIn("belum tercatat", str(caught.exception))

	def test_the_complainant_may_withdraw_at_once(self):
		self.assertEqual(
			flow.cek_tutup_tidak_lengkap(TANGGAPAN, date(2026, 11, 17), dicabut_pelapor=True), []
		)
		flow.check_transition(
			flow.TIDAK_LENGKAP,
			flow.SELESAI,
			hari_ini=date(2026, 11, 17),
			tanggal_tanggapan=TANGGAPAN,
			dicabut_pelapor=True,
		)

	def test_completing_is_always_allowed(self):
		flow.check_transition(
			flow.TIDAK_LENGKAP, flow.DITERIMA, hari_ini=date(2026, 11, 17), tanggal_tanggapan=TANGGAPAN
		)

	def test_without_a_date_the_old_check_applies(self):
		flow.check_transition(flow.TIDAK_LENGKAP, flow.SELESAI)

	def test_daily_job_closes_only_lapsed_incomplete_complaints(self):
		self.assertFalse(flow.should_close_incomplete(flow.TIDAK_LENGKAP, date(2026, 12, 16), TANGGAPAN))
		self.assertTrue(flow.should_close_incomplete(flow.TIDAK_LENGKAP, date(2026, 12, 17), TANGGAPAN))
		self.assertFalse(flow.should_close_incomplete(flow.TIDAK_LENGKAP, date(2027, 1, 1), None))
		self.assertFalse(flow.should_close_incomplete(flow.DIJAWAB, date(2027, 1, 1), TANGGAPAN))
