import frappe

from asn_merit.api.jabatan import get_kelayakan_pegawai
from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import make_employee_asn, make_jabatan, make_user


class TestJabatan(ASNTestCase):
	def setUp(self):
		super().setUp()
		self.kepala = make_jabatan("Kepala BKPSDM", jenis_jabatan="JPT Pratama", eselon="IIb")
		self.sekretaris = make_jabatan(
			"Sekretaris BKPSDM",
			jenis_jabatan="Administrator",
			eselon="IIIa",
			parent_jabatan=self.kepala.name,
			kebutuhan=2,
			pendidikan_minimal="S1",
		)

	def test_structure_is_a_tree(self):
		self.kepala.reload()
		self.sekretaris.reload()
		self.assertLess(self.kepala.lft, self.sekretaris.lft)
		self.assertGreater(self.kepala.rgt, self.sekretaris.rgt)
		self.assertEqual(
			frappe.db.get_value("Jabatan", self.sekretaris.name, "parent_jabatan"), self.kepala.name
		)
		self.assertTrue(self.kepala.is_group)

	def test_a_jabatan_with_subordinates_becomes_a_group(self):
		self.assertFalse(self.sekretaris.is_group)
		make_jabatan("Kepala Subbagian Umum", jenis_jabatan="Pengawas", parent_jabatan=self.sekretaris.name)
		self.assertEqual(frappe.db.get_value("Jabatan", self.sekretaris.name, "is_group"), 1)

	def test_pangkat_range_and_age_limit_default_from_rules(self):
		self.assertEqual((self.kepala.pangkat_minimal, self.kepala.pangkat_maksimal), ("IV/b", "IV/c"))
		self.assertEqual(
			(self.sekretaris.pangkat_minimal, self.sekretaris.pangkat_maksimal), ("IV/a", "IV/b")
		)
		self.assertEqual(self.kepala.batas_usia, 56)
		self.assertFalse(self.sekretaris.batas_usia)

	def test_each_jabatan_gets_its_own_designation(self):
		self.assertEqual(self.sekretaris.designation, "Sekretaris BKPSDM")
		self.assertTrue(frappe.db.exists("Designation", "Sekretaris BKPSDM"))
		with self.assertRaises(frappe.ValidationError) as caught:
			make_jabatan("Sekretaris Lain", designation=self.sekretaris.designation)
		self.assertIn("sudah dipakai oleh jabatan Sekretaris BKPSDM", str(caught.exception))
		self.assertFalse(frappe.db.exists("Jabatan", "Sekretaris Lain"))

	def test_upside_down_pangkat_range_is_refused_and_changes_nothing(self):
		self.sekretaris.pangkat_minimal, self.sekretaris.pangkat_maksimal = "IV/c", "III/c"
		with self.assertRaises(frappe.ValidationError) as caught:
			self.sekretaris.save()
		self.assertIn("pangkat minimal IV/c lebih tinggi dari pangkat maksimal III/c", str(caught.exception))
		stored = frappe.db.get_value("Jabatan", self.sekretaris.name, ["pangkat_minimal", "pangkat_maksimal"])
		self.assertEqual(stored, ("IV/a", "IV/b"))

	def test_fungsional_needs_jenjang(self):
		with self.assertRaises(frappe.ValidationError):
			make_jabatan("Analis SDM Aparatur", jenis_jabatan="Fungsional")
		analis = make_jabatan(
			"Analis SDM Aparatur", jenis_jabatan="Fungsional", jenjang_fungsional="Ahli Muda"
		)
		self.assertEqual(analis.jenjang_fungsional, "Ahli Muda")

	def test_bezetting_and_gap_are_counted_from_employees(self):
		self.assertEqual((self.sekretaris.bezetting, self.sekretaris.selisih), (0, 2))
		make_employee_asn(jabatan=self.sekretaris.name, tmt_jabatan="2022-01-01")
		make_employee_asn(jabatan=self.sekretaris.name, first_name="Andi")
		make_employee_asn(
			jabatan=self.sekretaris.name, first_name="Citra", status="Left", relieving_date="2024-01-01"
		)
		doc = frappe.get_doc("Jabatan", self.sekretaris.name)
		self.assertEqual((doc.bezetting, doc.selisih), (2, 0))
		self.assertEqual(doc.as_dict()["bezetting"], 2)

	def test_employee_follows_its_jabatan(self):
		employee = make_employee_asn(jabatan=self.sekretaris.name, tmt_jabatan="2022-01-01")
		self.assertEqual(employee.designation, "Sekretaris BKPSDM")
		self.assertEqual(employee.department, self.sekretaris.unit_kerja)
		self.assertEqual(
			[(row.jabatan, str(row.dari)) for row in employee.riwayat_jabatan],
			[(self.sekretaris.name, "2022-01-01")],
		)


class TestKelayakanPegawai(ASNTestCase):
	def setUp(self):
		super().setUp()
		self.jabatan = make_jabatan(
			"Kepala Bidang Mutasi",
			jenis_jabatan="Administrator",
			eselon="IIIa",
			pendidikan_minimal="S1",
			min_tahun_pengalaman=5,
		)
		self.officer = make_user("officer.bkpsdm@example.com", "Petugas BKPSDM", "HR User")
		common = {"pendidikan_terakhir": "S1", "status_kepegawaian": "PNS", "tmt_golongan": "2020-01-01"}
		self.layak = make_employee_asn(first_name="Layak", grade="IV/a", **common)
		self.rendah = make_employee_asn(first_name="Rendah", grade="III/b", **common)
		self.dihukum = make_employee_asn(
			first_name="Dihukum",
			grade="IV/a",
			riwayat_hukuman_disiplin=[{"tingkat": "Sedang", "dari": "2026-01-01", "sampai": "2026-12-31"}],
			**common,
		)

	def kelayakan(self):
		with self.set_user(self.officer), self.freeze_time("2026-07-01"):
			return {row["employee"]: row for row in get_kelayakan_pegawai(self.jabatan.name)}

	def test_every_employee_with_reasons(self):
		rows = self.kelayakan()
		self.assertTrue(rows[self.layak.name]["layak"], rows[self.layak.name]["alasan"])
		self.assertEqual(rows[self.rendah.name]["alasan"], ["Pangkat III/b di bawah batas minimal IV/a."])
		self.assertFalse(rows[self.dihukum.name]["layak"])
		self.assertIn("hukuman disiplin tingkat sedang", rows[self.dihukum.name]["alasan"][0])

	def test_holders_are_not_candidates(self):
		holder = make_employee_asn(first_name="Pemangku", jabatan=self.jabatan.name)
		self.assertNotIn(holder.name, self.kelayakan())

	def test_a_user_without_employee_access_is_refused(self):
		outsider = make_user("warga@example.com", "Blogger")
		with self.set_user(outsider), self.assertRaises(frappe.PermissionError):
			get_kelayakan_pegawai(self.jabatan.name)

	def test_bad_date_is_a_clear_message(self):
		with self.set_user(self.officer), self.assertRaises(frappe.ValidationError) as caught:
			get_kelayakan_pegawai(self.jabatan.name, "31-31-2026")
		self.assertIn("tidak valid", str(caught.exception))
