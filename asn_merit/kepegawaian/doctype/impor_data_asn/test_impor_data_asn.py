import frappe

from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.bootstrap import TEST_COMPANY
from asn_merit.tests.factories import make_employee_asn, make_jabatan, make_user

CSV = """NIP,Nama,Golongan,TMT Golongan,Jabatan,TMT Jabatan,Unit Kerja,Pendidikan,Status
197001012000031001,Impor Satu,IV/a,01-04-2020,Kepala Seksi Impor,04-01-2021,,S1,PNS
198002292005012002,Impor Dua,III/c,2019-10-01,,,,D3,PNS
198002302005012003,Tanggal Salah,III/c,2019-10-01,,,,S1,PNS
198103032006041004,Golongan Salah,III/f,2019-10-01,,,,S1,PNS
198103032006041005,Jabatan Asing,III/c,2019-10-01,Jabatan Tidak Ada,,,S1,PNS
,,,,,,,,
{existing_nip},Sudah Ada,III/d,2024-04-01,,,,S2,PNS
"""


class TestImporDataASN(ASNTestCase):
	def setUp(self):
		super().setUp()
		self.jabatan = make_jabatan("Kepala Seksi Impor", jenis_jabatan="Pengawas", eselon="IVa")
		self.existing = make_employee_asn(grade="III/c", tmt_golongan="2020-04-01", status_kepegawaian="PNS")
		self.officer = make_user("importer.bkpsdm@example.com", "Petugas BKPSDM", "HR Manager")

	def run_import(self, content: str, file_name: str = "siasn.csv"):
		with self.set_user(self.officer):
			file = frappe.get_doc(
				{"doctype": "File", "file_name": file_name, "content": content, "is_private": 1}
			).insert()
			doc = frappe.get_doc(
				{"doctype": "Impor Data ASN", "file": file.file_url, "company": TEST_COMPANY}
			)
			doc.insert()
			doc.proses()
		return doc

	def test_good_rows_land_and_bad_rows_fail_with_their_row_and_reason(self):
		doc = self.run_import(CSV.format(existing_nip=self.existing.nip))
		results = {row.baris: row for row in doc.hasil}
		self.assertEqual(sorted(results), [2, 3, 4, 5, 6, 8])
		self.assertEqual([results[i].status for i in (2, 3, 8)], ["Berhasil"] * 3)
		self.assertIn("bukan tanggal lahir yang valid", results[4].pesan)
		self.assertIn("Golongan 'III/f' tidak dikenal", results[5].pesan)
		self.assertIn("Jabatan 'Jabatan Tidak Ada' belum ada", results[6].pesan)
		self.assertEqual(
			(doc.status, doc.ringkasan), ("Sebagian Berhasil", "3 baris berhasil, 3 baris gagal.")
		)

		first = frappe.get_doc("Employee", results[2].employee)
		self.assertEqual(
			(first.nip, first.first_name, str(first.date_of_birth)),
			("197001012000031001", "Impor Satu", "1970-01-01"),
		)
		self.assertEqual(
			(first.designation, first.department), (self.jabatan.designation, self.jabatan.unit_kerja)
		)
		self.assertEqual(frappe.db.get_value("Employee", results[3].employee, "pendidikan_terakhir"), "D-III")
		for nip in ("198002302005012003", "198103032006041004", "198103032006041005"):
			self.assertFalse(frappe.db.exists("Employee", {"nip": nip}))

	def test_an_existing_nip_is_updated_not_duplicated(self):
		doc = self.run_import(CSV.format(existing_nip=self.existing.nip))
		updated = frappe.get_doc("Employee", self.existing.name)
		self.assertEqual(doc.hasil[-1].employee, self.existing.name)
		self.assertEqual((updated.grade, updated.pendidikan_terakhir), ("III/d", "S2"))
		self.assertEqual([row.golongan for row in updated.riwayat_golongan], ["III/c", "III/d"])
		self.assertEqual(frappe.db.count("Employee", {"nip": self.existing.nip}), 1)

	def test_a_file_without_the_required_columns_is_refused(self):
		with self.assertRaises(frappe.ValidationError) as caught:
			self.run_import("Nama,Golongan\nBudi,III/a\n")
		self.assertIn("Kolom wajib tidak ditemukan di baris judul: NIP", str(caught.exception))

	def test_other_file_types_are_refused(self):
		with self.assertRaises(frappe.ValidationError) as caught:
			self.run_import("NIP,Nama\n", file_name="siasn.txt")
		self.assertIn("CSV atau XLSX", str(caught.exception))
