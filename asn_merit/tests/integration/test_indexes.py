"""The composite indexes of setup/indexes.py are on a fresh install and serve the bulk reads."""

import frappe

from asn_merit.inputs.merit import ASESMEN_QUERY
from asn_merit.inputs.pegawai import RIWAYAT_QUERY
from asn_merit.setup.indexes import INDEXES, add_all_indexes, missing_indexes
from asn_merit.tests.base import ASNTestCase


def plan(query: str) -> list[dict]:
	return frappe.db.sql(f"explain {query}", as_dict=True)


class TestIndexes(ASNTestCase):
	def test_every_index_is_on_an_installed_site(self):
		self.assertEqual(missing_indexes(), [])
		add_all_indexes()  # what the patch does again on every site: nothing changes
		self.assertEqual(missing_indexes(), [])

	def test_the_histories_are_read_from_the_index_alone(self):
		rows = plan(RIWAYAT_QUERY.format(parents_r="1 = 1", parents="1 = 1"))
		histories = [
			row for row in rows if row.table in ("r", *(f"tab{t}" for t in INDEXES if "Riwayat" in t))
		]
		self.assertEqual(len(histories), 3)
		for row in histories:
			with self.subTest(table=row.table):
				self.assertEqual(row.key, "bulk_read_index")
				self.assertIn("Using index", row.Extra)

	def test_the_assessment_levels_are_read_from_the_index_alone(self):
		levels = next(row for row in plan(ASESMEN_QUERY.format(employees="1 = 1")) if row.table == "k")
		self.assertEqual(levels.key, "bulk_read_index")
		self.assertIn("Using index", levels.Extra)

	def test_the_substantiated_complaints_are_read_from_the_index_alone(self):
		query = """select name, employee, hasil_pemeriksaan, tanggal_selesai from `tabPengaduan Masyarakat`
			where hasil_pemeriksaan = 'Terbukti' and status = 'Selesai' and 1 = 1"""
		(row,) = plan(query)
		self.assertEqual(row.key, "substantiated_index")
		self.assertIn("Using index", row.Extra)
