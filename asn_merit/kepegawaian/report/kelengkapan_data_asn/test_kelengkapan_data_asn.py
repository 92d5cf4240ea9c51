import frappe

from asn_merit.kepegawaian.report.kelengkapan_data_asn.kelengkapan_data_asn import execute
from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import bkpsdm_unit, make_employee_asn, make_jabatan, make_user


class TestKelengkapanDataASN(ASNTestCase):
	"""A regency's data as install finds it: complete ASN, ASN with gaps, honorary staff."""

	def setUp(self):
		super().setUp()
		self.unit = bkpsdm_unit()
		jabatan = make_jabatan(f"Pengadministrasi Umum {frappe.generate_hash(length=5)}")
		complete = {
			"department": self.unit,
			"status_kepegawaian": "PNS",
			"grade": "III/a",
			"tmt_golongan": "2020-04-01",
			"pendidikan_terakhir": "S1",
			"jabatan": jabatan.name,
			"tmt_jabatan": "2021-01-04",
		}
		self.lengkap = make_employee_asn(first_name="Lengkap", **complete)
		self.kurang = make_employee_asn(
			first_name="Kurang", **{**complete, "tmt_jabatan": None, "pendidikan_terakhir": None}
		)
		frappe.get_doc({"doctype": "Employee Grade", "__newname": "Honorer B"}).insert(
			ignore_if_duplicate=True
		)
		self.honorer = make_employee_asn(
			first_name="Honorer", nip=None, grade="Honorer B", department=self.unit
		)
		self.officer = make_user("kelengkapan.bkpsdm@example.com", "Petugas BKPSDM", "HR User")

	def rows(self, **filters) -> dict[str, dict]:
		with self.set_user(self.officer):
			_columns, data, message = execute({"unit_kerja": self.unit, **filters})
		self.message = message
		return {row["employee"]: row for row in data}

	def test_lists_who_lacks_what_and_leaves_out_the_complete(self):
		rows = self.rows(hanya_belum_lengkap=1)
		self.assertNotIn(self.lengkap.name, rows)
		self.assertEqual(rows[self.kurang.name]["kekurangan"], "Pendidikan terakhir, TMT jabatan")
		self.assertEqual(rows[self.kurang.name]["sistem_merit"], "ASN")
		honorer = rows[self.honorer.name]
		self.assertEqual(honorer["kekurangan"], "Status kepegawaian (PNS/PPPK), NIP")
		self.assertEqual(
			honorer["sistem_merit"], "Bukan ASN: status kepegawaian (PNS/PPPK) dan NIP belum diisi."
		)
		self.assertIn("belum lengkap datanya", self.message)

	def test_without_the_filter_everyone_active_is_listed(self):
		rows = self.rows()
		self.assertEqual(rows[self.lengkap.name]["jumlah_kurang"], 0)
		self.assertIn(self.kurang.name, rows)
