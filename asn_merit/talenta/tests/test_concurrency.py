"""Several people, or workers, at the same record at once: nothing lost, nothing mixed."""

import json
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

import frappe

from asn_merit.inputs.pegawai import bukan_asn
from asn_merit.talenta import recompute_lock
from asn_merit.talenta.recompute import recompute_all
from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import make_employee_asn, make_jabatan, make_user, public_form_data
from asn_merit.tests.http_server import SiteServer

ACCEPT = "/api/method/frappe.website.doctype.web_form.web_form.accept"
PARALLEL_SUBMISSIONS = 50


class TestTwoOfficersSaveTheSameDocument(ASNTestCase):
	def test_the_second_save_gets_frappes_conflict_error_and_changes_nothing(self):
		jabatan = make_jabatan(f"Analis Kepegawaian {uuid.uuid4().hex[:6]}", kebutuhan=2)
		first, second = (make_user(f"bkpsdm.{n}@example.com", "Petugas BKPSDM") for n in ("a", "b"))
		with self.set_user(first):
			mine = frappe.get_doc("Jabatan", jabatan.name)
		with self.set_user(second):
			theirs = frappe.get_doc("Jabatan", jabatan.name)
		with self.set_user(first):
			mine.kebutuhan = 3
			mine.save()
		with self.set_user(second), self.assertRaises(frappe.TimestampMismatchError):
			theirs.kebutuhan = 5
			theirs.save()
		self.assertEqual(frappe.db.get_value("Jabatan", jabatan.name, "kebutuhan"), 3)


class TestParallelGuestSubmissions(ASNTestCase):
	"""Citizens submitting at the same moment, each from their own address, to gunicorn."""

	def setUp(self):
		super().setUp()
		self.marker = uuid.uuid4().hex[:10]
		self.server = SiteServer(workers=2).start()
		self.addCleanup(self.server.stop)
		self.addCleanup(self.delete_stored)

	def delete_stored(self):
		frappe.db.rollback()
		for row in self.stored():
			frappe.delete_doc("Pengaduan Masyarakat", row.name, force=True, ignore_permissions=True)
		frappe.db.commit()

	def stored(self) -> list[dict]:
		frappe.db.rollback()  # see what the server committed
		return frappe.get_all(
			"Pengaduan Masyarakat",
			filters={"judul": ("like", f"%{self.marker}%")},
			fields=["name", "kode_lacak"],
		)

	def test_fifty_at_once_give_fifty_records_with_fifty_tracking_codes(self):
		forms = [
			json.dumps(public_form_data(judul=f"Antrean KTP {self.marker}-{index}"), default=str)
			for index in range(PARALLEL_SUBMISSIONS)
		]
		start = threading.Barrier(PARALLEL_SUBMISSIONS)

		def submit_together(index):
			start.wait()
			return self.server.post(
				ACCEPT,
				f"10.77.{index // 250}.{index % 250 + 1}",
				data={"web_form": "pengaduan-masyarakat", "data": forms[index]},
			)

		with ThreadPoolExecutor(PARALLEL_SUBMISSIONS) as pool:
			responses = list(pool.map(submit_together, range(PARALLEL_SUBMISSIONS)))

		self.assertEqual([r.status_code for r in responses], [200] * PARALLEL_SUBMISSIONS)
		answered = {r.json()["message"]["kode_lacak"] for r in responses}
		stored = self.stored()
		self.assertEqual(len(stored), PARALLEL_SUBMISSIONS)
		self.assertEqual({row.kode_lacak for row in stored}, answered)
		self.assertEqual(len(answered), PARALLEL_SUBMISSIONS)


class TestTwoRecomputesAtOnce(ASNTestCase):
	"""Two background workers recomputing the merit scores at the same time, each in its own
	connection and transaction, as two RQ workers would."""

	def test_both_finish_and_leave_one_consistent_set(self):
		# The workers see only committed employees: commit a few, and remove them afterwards.
		self.employees = [make_employee_asn(first_name=f"Serentak {n}").name for n in range(3)]
		frappe.db.commit()
		before = frappe.db.count("Skor Merit")
		self.addCleanup(self.restore_scores, before)
		errors, start = [], threading.Barrier(2)

		def worker():
			frappe.init(site=self.site, sites_path=self.sites_path)
			frappe.connect()
			try:
				frappe.set_user("Administrator")
				start.wait()
				recompute_all()
				frappe.db.commit()
			except Exception as error:  # reported below, with the other worker's outcome
				errors.append(repr(error))
			finally:
				frappe.destroy()

		threads = [threading.Thread(target=worker) for _ in range(2)]
		for thread in threads:
			thread.start()
		for thread in threads:
			thread.join(timeout=300)
		self.assertEqual(errors, [])

		frappe.db.rollback()
		after = self.scores()
		active = [
			row.name
			for row in frappe.get_all(
				"Employee",
				filters={"status": "Active"},
				fields=["name", "nip", "status_kepegawaian", "employment_type"],
			)
			if not bukan_asn(row)
		]
		self.assertTrue(active)
		self.assertEqual(sorted(after), sorted(active))  # one row per active employee, no duplicates
		recompute_all()
		self.assertEqual(self.scores(), after)  # the same as one recompute alone

	def setUp(self):
		super().setUp()
		self.site, self.sites_path = frappe.local.site, frappe.local.sites_path

	def scores(self) -> dict[str, tuple]:
		rows = frappe.get_all("Skor Merit", fields=["employee", "total", "kotak_talenta", "rincian"])
		return {row.employee: (row.total, row.kotak_talenta, row.rincian) for row in rows}

	def restore_scores(self, before: int):
		frappe.db.rollback()
		if not before:
			frappe.db.delete("Skor Merit")
		frappe.db.delete("Skor Merit", {"employee": ("in", self.employees)})
		for name in self.employees:
			frappe.delete_doc("Employee", name, force=True, ignore_permissions=True)
		frappe.db.commit()


class TestRecomputeLock(ASNTestCase):
	"""The lock that serialises recomputes: held until the transaction ends, by one site."""

	def setUp(self):
		super().setUp()
		self.site, self.sites_path = frappe.local.site, frappe.local.sites_path
		self.addCleanup(setattr, recompute_lock, "WAIT_SECONDS", recompute_lock.WAIT_SECONDS)
		recompute_lock.WAIT_SECONDS = 1

	def in_other_connection(self, action, end_transaction: bool = True):
		"""Run action in a connection of its own, as another worker would; its outcome.
		Without end_transaction the connection closes with the transaction open."""
		outcome = []

		def worker():
			frappe.init(site=self.site, sites_path=self.sites_path)
			frappe.connect()
			try:
				frappe.set_user("Administrator")
				outcome.append(action())
				if end_transaction:
					frappe.db.rollback()
			except Exception as error:
				outcome.append(error)
			finally:
				frappe.destroy()

		thread = threading.Thread(target=worker)
		thread.start()
		thread.join(timeout=120)
		return outcome[0]

	def test_a_second_recompute_waits_and_is_told_in_indonesian_when_the_first_outlasts_it(self):
		recompute_all()  # holds the lock: this transaction is still open
		outcome = self.in_other_connection(recompute_all)
		self.assertIsInstance(outcome, recompute_lock.RecomputeBusyError)
		self.assertIn("masih berjalan", str(outcome))

	def test_the_lock_is_released_by_rollback_and_by_commit(self):
		recompute_lock.hold_until_transaction_ends()
		frappe.db.rollback()
		self.assertIsInstance(self.in_other_connection(recompute_all), int)
		recompute_lock.hold_until_transaction_ends()
		frappe.db.commit()  # nothing written: the transaction held only the lock
		self.assertIsInstance(self.in_other_connection(recompute_all), int)

	def test_a_connection_that_ends_without_commit_leaves_no_lock(self):
		# A worker killed mid-recompute: its connection closes and the server drops the lock.
		self.in_other_connection(recompute_lock.hold_until_transaction_ends, end_transaction=False)
		recompute_lock.hold_until_transaction_ends()
		self.assertTrue(recompute_lock.held_by_this_connection(recompute_lock.lock_name()))
