"""The worker's snapshot of every active employee's inputs follows every kind of change: after each
one it must hold exactly what a fresh read of the site gives."""

from dataclasses import replace
from datetime import timedelta
from unittest.mock import patch

import frappe
from frappe.utils import getdate, now_datetime

from asn_merit.inputs import pegawai_snapshot
from asn_merit.inputs.pegawai import EMPLOYEE_FIELDS, load_data_pegawai
from asn_merit.inputs.pegawai_snapshot import active_pegawai, checked_pegawai, readable_pegawai
from asn_merit.inputs.settings import get_aturan_kelayakan
from asn_merit.merit.eligibility import cek_kelayakan
from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import make_employee_asn, make_jabatan


class TestPegawaiSnapshot(ASNTestCase):
	def setUp(self):
		super().setUp()
		self.jabatan = make_jabatan(
			"Analis Snapshot", jenis_jabatan="Fungsional", jenjang_fungsional="Ahli Pertama"
		)
		self.ani = make_employee_asn(first_name="Ani", grade="III/a", jabatan=self.jabatan.name)
		self.ani.append("riwayat_predikat_kinerja", {"tahun": 2024, "predikat": "Baik"})
		self.ani.save()
		self.budi = make_employee_asn(first_name="Budi", grade="III/b")
		self.age_beyond_the_lookback()
		active_pegawai()  # the snapshot each test then changes the site under

	def age_beyond_the_lookback(self):
		"""Every employee saved two days ago (inside this test's transaction): only what a test
		changes next is recent enough to be reread for its age."""
		two_days_ago = now_datetime() - timedelta(days=2)
		for table in ("Employee", *pegawai_snapshot.HISTORIES):
			frappe.db.sql(
				f"update `tab{table}` set creation = %(at)s, modified = %(at)s", {"at": two_days_ago}
			)

	def assert_matches_a_fresh_read(self):
		snapshot = active_pegawai()
		rows = frappe.get_all("Employee", filters={"status": "Active"}, fields=list(EMPLOYEE_FIELDS))
		self.assertEqual(snapshot.employees, {row["name"]: row for row in rows})
		self.assertEqual(snapshot.data, load_data_pegawai(rows))
		return snapshot

	def test_an_unchanged_site_is_not_read_again(self):
		first = active_pegawai()
		with patch.object(pegawai_snapshot, "_read_all", side_effect=AssertionError("read everything")):
			second = active_pegawai()
		self.assertIs(first, second)
		self.assert_matches_a_fresh_read()

	def test_rows_saved_moments_ago_are_read_once_not_on_every_call(self):
		# As after an import or a nightly sync: everyone stamped within the lookback.
		frappe.db.sql("update tabEmployee set modified = %s", now_datetime())
		active_pegawai()
		with patch.object(pegawai_snapshot, "_reread", side_effect=AssertionError("read again")):
			active_pegawai()
		frappe.db.set_value("Employee", self.budi.name, "grade", "IV/c")  # and a change still shows
		self.assertEqual(self.assert_matches_a_fresh_read().data[self.budi.name].golongan, "IV/c")

	def test_eligibility_kept_with_the_snapshot_follows_a_change(self):
		syarat = replace(self.jabatan.get_persyaratan(), pangkat_minimal="III/a")
		aturan, on_date = get_aturan_kelayakan(), getdate()

		def checked():
			employees, _data = readable_pegawai()
			return checked_pegawai(employees, syarat, on_date, aturan)

		before = dict(checked())
		frappe.db.set_value("Employee", self.budi.name, "grade", "II/a")
		after = checked()
		employees, data = readable_pegawai()
		fresh = {row["name"]: cek_kelayakan(data[row["name"]], syarat, on_date, aturan) for row in employees}
		self.assertEqual(after, fresh)
		self.assertNotEqual(before[self.budi.name], after[self.budi.name])

	def test_an_employee_saved_through_the_form(self):
		budi = frappe.get_doc("Employee", self.budi.name)
		budi.grade = "IV/a"
		budi.append("riwayat_hukuman_disiplin", {"tingkat": "Ringan", "dari": "2025-01-01"})
		budi.save()
		snapshot = self.assert_matches_a_fresh_read()
		self.assertEqual(snapshot.data[self.budi.name].golongan, "IV/a")
		self.assertEqual(len(snapshot.data[self.budi.name].hukuman_disiplin), 1)

	def test_a_history_row_changed_directly(self):
		# As the ruling on an objection does: set_value on the row, the Employee untouched.
		row = self.ani.riwayat_predikat_kinerja[0].name
		frappe.db.set_value("Riwayat Predikat Kinerja", row, "predikat", "Sangat Baik")
		snapshot = self.assert_matches_a_fresh_read()
		self.assertEqual(snapshot.data[self.ani.name].predikat_per_tahun, ((2024, "Sangat Baik"),))

	def test_a_history_row_deleted_directly(self):
		frappe.db.delete("Riwayat Predikat Kinerja", {"parent": self.ani.name})
		snapshot = self.assert_matches_a_fresh_read()
		self.assertEqual(snapshot.data[self.ani.name].predikat_per_tahun, ())

	def test_new_inactive_and_deleted_employees(self):
		baru = make_employee_asn(first_name="Citra")
		frappe.db.set_value("Employee", self.budi.name, "status", "Left")
		snapshot = self.assert_matches_a_fresh_read()
		self.assertIn(baru.name, snapshot.employees)
		self.assertNotIn(self.budi.name, snapshot.employees)
		frappe.delete_doc("Employee", baru.name, force=True)
		self.assertNotIn(baru.name, self.assert_matches_a_fresh_read().employees)

	def test_a_change_committed_late_is_still_seen(self):
		# Saved before the last change the snapshot saw, committed after it was taken.
		frappe.db.set_value("Employee", self.budi.name, "grade", "II/d")
		active_pegawai()
		earlier = now_datetime() - timedelta(minutes=5)
		frappe.db.set_value("Employee", self.ani.name, "grade", "IV/b", modified=earlier)
		self.assertEqual(self.assert_matches_a_fresh_read().data[self.ani.name].golongan, "IV/b")

	def test_an_employee_imported_with_an_earlier_stamp(self):
		# Newer than anything the snapshot saw, older than its lookback: found by its creation.
		citra = make_employee_asn(first_name="Citra")
		yesterday = now_datetime() - timedelta(days=1)
		frappe.db.sql(
			"update tabEmployee set creation = %(at)s, modified = %(at)s where name = %(name)s",
			{"at": yesterday, "name": citra.name},
		)
		self.assertIn(citra.name, self.assert_matches_a_fresh_read().employees)

	def test_a_jabatan_level_changed(self):
		frappe.db.set_value("Jabatan", self.jabatan.name, "jenjang_fungsional", "Ahli Muda")
		self.assert_matches_a_fresh_read()

	def test_a_new_worker_starts_from_the_copy_in_redis_and_catches_up(self):
		pegawai_snapshot.forget()
		active_pegawai()  # a full read, kept in Redis too
		frappe.db.set_value("Employee", self.budi.name, "grade", "IV/d")
		pegawai_snapshot.forget_here()  # as a worker that never read
		with patch.object(pegawai_snapshot, "_read_all", side_effect=AssertionError("read everything")):
			snapshot = active_pegawai()
		self.assertEqual(snapshot.data[self.budi.name].golongan, "IV/d")
		self.assert_matches_a_fresh_read()

	def test_forget_reads_everything_again(self):
		first = active_pegawai()
		pegawai_snapshot.forget()
		self.assertIsNot(active_pegawai(), first)
		self.assert_matches_a_fresh_read()
