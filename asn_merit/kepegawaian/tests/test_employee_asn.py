"""ASN data on Employee: golongan as Employee Grade, rank history, data filled from the NIP."""

import frappe
from frappe.utils import getdate

from asn_merit.merit.pangkat import GOLONGAN
from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import make_employee_asn, make_nip, make_pppk


class TestEmployeeASN(ASNTestCase):
	def test_seventeen_golongan_exist_as_employee_grades(self):
		rows = frappe.get_all(
			"Employee Grade",
			filters={"urutan_golongan": (">", 0)},
			fields=["name", "pangkat", "urutan_golongan"],
			order_by="urutan_golongan",
		)
		self.assertEqual(
			[(r.name, r.pangkat, r.urutan_golongan) for r in rows],
			[(g.kode, g.pangkat, g.urutan) for g in GOLONGAN],
		)

	def test_rank_change_closes_the_old_row_and_opens_a_new_one(self):
		employee = make_employee_asn(grade="III/a", tmt_golongan="2018-04-01", status_kepegawaian="PNS")
		employee.reload()
		employee.update({"grade": "III/b", "tmt_golongan": "2022-04-01"})
		employee.riwayat_golongan[0].nomor_sk = "800/123/BKPSDM/2022"
		employee.save()
		rows = [
			(r.golongan, str(r.dari), str(r.sampai) if r.sampai else None) for r in employee.riwayat_golongan
		]
		self.assertEqual(rows, [("III/a", "2018-04-01", "2022-03-31"), ("III/b", "2022-04-01", None)])

	def test_unknown_golongan_is_refused_for_pns(self):
		frappe.get_doc({"doctype": "Employee Grade", "__newname": "Kontrak A"}).insert(
			ignore_permissions=True
		)
		with self.assertRaises(frappe.ValidationError) as caught:
			make_employee_asn(grade="Kontrak A", status_kepegawaian="PNS")
		self.assertIn("bukan golongan PNS", str(caught.exception))
		with self.assertRaises(frappe.LinkValidationError):
			make_employee_asn(grade="III/f", status_kepegawaian="PNS")

	def test_birth_date_gender_and_joining_come_from_the_nip(self):
		nip = make_nip()
		employee = make_employee_asn(nip=nip, date_of_birth=None, gender=None, date_of_joining=None)
		self.assertEqual(str(employee.date_of_birth), "1985-03-12")
		self.assertEqual(employee.gender, "Male")
		self.assertEqual(str(employee.date_of_joining), "2010-01-01")


class TestKenaikanPangkatAPI(ASNTestCase):
	def test_uses_the_employee_history_and_the_settings(self):
		from asn_merit.api.pegawai import get_kenaikan_pangkat_reguler

		employee = make_employee_asn(
			grade="III/b",
			tmt_golongan="2022-04-01",
			pendidikan_terakhir="S1",
			status_kepegawaian="PNS",
			riwayat_predikat_kinerja=[
				{"tahun": 2024, "predikat": "Baik"},
				{"tahun": 2025, "predikat": "Sangat Baik"},
			],
		)
		with self.freeze_time("2026-04-01"):
			self.assertTrue(get_kenaikan_pangkat_reguler(employee.name)["layak"])
		with self.freeze_time("2026-03-31"):
			hasil = get_kenaikan_pangkat_reguler(employee.name)
		self.assertFalse(hasil["layak"])
		self.assertIn("minimal 4 tahun", hasil["alasan"][0])

		frappe.db.set_single_value("ASN Merit Settings", "min_tahun_dalam_pangkat", 3)
		# The rollback after the test restores the row; the cached settings must go too.
		self.addCleanup(frappe.clear_document_cache, "ASN Merit Settings", "ASN Merit Settings")
		with self.freeze_time("2026-03-31"):
			self.assertTrue(get_kenaikan_pangkat_reguler(employee.name)["layak"])

	def test_incomplete_data_is_said_plainly(self):
		from asn_merit.api.pegawai import get_kenaikan_pangkat_reguler

		employee = make_employee_asn(grade="III/b")
		hasil = get_kenaikan_pangkat_reguler(employee.name)
		self.assertEqual(hasil["alasan"], ["Data belum lengkap: TMT golongan, pendidikan terakhir."])


class TestPerjanjianKerjaPPPK(ASNTestCase):
	def test_the_first_contract_becomes_the_first_row_and_a_renewal_the_next(self):
		pppk = make_pppk(mulai_perjanjian_kerja="2022-01-01", akhir_perjanjian_kerja="2026-12-31")
		self.assertEqual(_rows(pppk), [(1, "2022-01-01", "2026-12-31")])
		pppk.update({"mulai_perjanjian_kerja": "2027-01-01", "akhir_perjanjian_kerja": "2031-12-31"})
		pppk.save()
		self.assertEqual(_rows(pppk), [(1, "2022-01-01", "2026-12-31"), (2, "2027-01-01", "2031-12-31")])
		self.assertEqual(pppk.perpanjangan_perjanjian_ke, 1)

	def test_a_row_added_to_the_history_becomes_the_current_contract(self):
		pppk = make_pppk(mulai_perjanjian_kerja="2022-01-01", akhir_perjanjian_kerja="2026-12-31")
		pppk.append("riwayat_perjanjian_kerja", {"mulai": "2027-01-01", "akhir": "2029-12-31"})
		pppk.save()
		self.assertEqual(str(pppk.mulai_perjanjian_kerja), "2027-01-01")
		self.assertEqual(str(pppk.akhir_perjanjian_kerja), "2029-12-31")
		self.assertEqual(pppk.perpanjangan_perjanjian_ke, 1)

	def test_a_record_with_renewals_counted_before_the_history_keeps_its_count(self):
		pppk = make_pppk(
			mulai_perjanjian_kerja="2024-01-01",
			akhir_perjanjian_kerja="2028-12-31",
			perpanjangan_perjanjian_ke=2,
		)
		self.assertEqual(_rows(pppk), [(3, "2024-01-01", "2028-12-31")])
		self.assertEqual(pppk.perpanjangan_perjanjian_ke, 2)

	def test_a_contract_under_a_year_is_refused_and_nothing_is_saved(self):
		pppk = make_pppk(mulai_perjanjian_kerja="2022-01-01", akhir_perjanjian_kerja="2026-12-31")
		pppk.update({"mulai_perjanjian_kerja": "2027-01-01", "akhir_perjanjian_kerja": "2027-06-30"})
		with self.assertRaises(frappe.ValidationError) as caught:
			pppk.save()
		self.assertIn("paling singkat 1 tahun", str(caught.exception))
		self.assertEqual(
			frappe.get_all("Riwayat Perjanjian Kerja", filters={"parent": pppk.name}, pluck="mulai"),
			[getdate("2022-01-01")],
		)


def _rows(employee):
	return [
		(row.perjanjian_ke, str(row.mulai), str(row.akhir) if row.akhir else None)
		for row in sorted(employee.riwayat_perjanjian_kerja, key=lambda row: str(row.mulai))
	]
