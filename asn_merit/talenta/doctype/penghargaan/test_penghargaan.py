"""Penghargaan on a real site: who qualifies (the pure rule fed from Employee), what is recorded,
who reads it, and its weight in the merit score's explanation (0 by default)."""

from datetime import date

import frappe
from frappe.utils import getdate

from asn_merit.api.pengembangan import usulan_penghargaan
from asn_merit.inputs.merit import load_data_merit
from asn_merit.inputs.pegawai import EMPLOYEE_FIELDS
from asn_merit.inputs.settings import get_aturan_rekam_jejak, get_bobot_merit
from asn_merit.merit.penghargaan import KINERJA_SANGAT_BAIK, SATYALANCANA
from asn_merit.merit.skor_merit import hitung_skor_merit
from asn_merit.patches.v0_2 import set_poin_penghargaan
from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import make_employee_with_user, make_nip, make_user


def make_penghargaan(employee: str, jenis: str, tahun: int = 2025, **fields):
	values = {
		"doctype": "Penghargaan",
		"employee": employee,
		"jenis": jenis,
		"tahun": tahun,
		"tanggal": f"{tahun}-08-17",
		"nomor_keputusan": f"800/{frappe.generate_hash(length=4)}/BKPSDM/{tahun}",
		"dasar": "Usulan BKPSDM.",
	}
	values.update(fields)
	return frappe.get_doc(values).insert()


def set_poin(value: float) -> None:
	settings = frappe.get_doc("ASN Merit Settings")
	settings.poin_penghargaan = value
	settings.save()


class TestPenghargaan(ASNTestCase):
	def setUp(self):
		super().setUp()
		self.officer = make_user("bkpsdm.pgh@example.com", "Petugas BKPSDM")
		self.ani = make_employee_with_user(
			"ani.pgh@example.com",
			status_kepegawaian="PNS",
			date_of_birth="1985-03-12",
			nip=make_nip(date(1985, 3, 12), tmt_cpns=date(2010, 1, 1)),
			riwayat_predikat_kinerja=[
				{"tahun": 2024, "predikat": "Sangat Baik"},
				{"tahun": 2025, "predikat": "Sangat Baik"},
			],
		)
		self.budi = make_employee_with_user("budi.pgh@example.com", status_kepegawaian="PNS")
		self.addCleanup(frappe.clear_document_cache, "ASN Merit Settings", "ASN Merit Settings")

	def test_the_rule_proposes_who_qualifies_with_the_basis(self):
		with self.set_user(self.officer):
			usulan = usulan_penghargaan(self.ani.name, 2025)
		self.assertEqual([u["jenis"] for u in usulan], [KINERJA_SANGAT_BAIK, SATYALANCANA[10]])
		self.assertIn("Pasal 53", usulan[0]["dasar"])
		self.assertIn("15 tahun", usulan[1]["dasar"])  # TMT CPNS 2010 from the NIP
		make_penghargaan(self.ani.name, KINERJA_SANGAT_BAIK, dasar=usulan[0]["dasar"])
		with self.set_user(self.officer):
			self.assertEqual(
				[u["jenis"] for u in usulan_penghargaan(self.ani.name, 2025)], [SATYALANCANA[10]]
			)
		with self.set_user("ani.pgh@example.com"), self.assertRaises(frappe.PermissionError):
			usulan_penghargaan(self.ani.name, 2025)

	def test_one_reward_of_a_kind_a_year_and_an_asn_reads_only_their_own(self):
		name = make_penghargaan(self.ani.name, KINERJA_SANGAT_BAIK).name
		with self.assertRaises(frappe.DuplicateEntryError):
			make_penghargaan(self.ani.name, KINERJA_SANGAT_BAIK)
		with self.set_user("ani.pgh@example.com"):
			self.assertTrue(frappe.has_permission("Penghargaan", "read", doc=name))
			self.assertFalse(frappe.has_permission("Penghargaan", "write", doc=name))
		with self.set_user("budi.pgh@example.com"):
			self.assertFalse(frappe.has_permission("Penghargaan", "read", doc=name))
			self.assertEqual(frappe.get_list("Penghargaan", pluck="name"), [])

	def explanation(self) -> str:
		employee = frappe.get_all("Employee", filters={"name": self.ani.name}, fields=EMPLOYEE_FIELDS)
		data = load_data_merit(employee, getdate("2025-12-31"), 2)[self.ani.name]
		return hitung_skor_merit(data, get_bobot_merit(), get_aturan_rekam_jejak()).rincian_teks()

	def test_the_weight_shows_in_the_merit_explanation_only_when_set(self):
		make_penghargaan(self.ani.name, SATYALANCANA[10])
		self.assertEqual(get_aturan_rekam_jejak().poin_per_penghargaan, 0)
		before = self.explanation()
		self.assertNotIn("Penghargaan", before)
		set_poin(5)
		after = self.explanation()
		self.assertIn(f"Penghargaan {SATYALANCANA[10]} (2025): 5,00 poin", after)
		self.assertNotEqual(before, after)

	def test_the_patch_stores_zero_and_keeps_a_regencys_value(self):
		modified = frappe.db.get_value("ASN Merit Settings", None, "modified")
		frappe.db.delete("Singles", {"doctype": "ASN Merit Settings", "field": "poin_penghargaan"})
		set_poin_penghargaan.execute()
		self.assertEqual(frappe.db.get_single_value("ASN Merit Settings", "poin_penghargaan"), 0)
		self.assertTrue(set_poin_penghargaan.stored())
		self.assertEqual(frappe.db.get_value("ASN Merit Settings", None, "modified"), modified)
		frappe.db.set_single_value("ASN Merit Settings", "poin_penghargaan", 4)
		set_poin_penghargaan.execute()
		self.assertEqual(frappe.db.get_single_value("ASN Merit Settings", "poin_penghargaan"), 4)
