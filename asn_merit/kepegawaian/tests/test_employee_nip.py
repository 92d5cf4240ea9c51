"""NIP on HRMS Employee: the custom field exists and saving checks it against the person."""

import frappe

from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import make_employee_asn, make_nip


class TestEmployeeNIP(ASNTestCase):
	def assertRefused(self, employee, *fragments):
		with self.assertRaises(frappe.ValidationError) as caught:
			employee.save()
		for fragment in fragments:
			self.assertIn(fragment, str(caught.exception))
		# A failed save has already stamped a new `modified` on the in-memory document.
		employee.reload()

	def test_nip_field_is_installed_and_unique(self):
		field = frappe.get_meta("Employee").get_field("nip")
		self.assertIsNotNone(field)
		self.assertEqual(field.label, "NIP")
		self.assertTrue(field.unique)

	def test_valid_nip_is_saved_normalised(self):
		employee = make_employee_asn(nip="19850312 201001 1 101")
		self.assertEqual(frappe.db.get_value("Employee", employee.name, "nip"), "198503122010011101")

	def test_employee_without_nip_is_allowed(self):
		employee = make_employee_asn(nip="")
		self.assertIsNone(frappe.db.get_value("Employee", employee.name, "nip"))
		# Two employees without NIP do not collide on the unique index.
		make_employee_asn(nip=None, first_name="Siti", gender="Female")

	def test_malformed_nip_is_refused(self):
		employee = make_employee_asn()
		employee.nip = "19850312201001100"
		self.assertRefused(employee, "18 angka")
		employee.nip = "1985031220100110AB"
		self.assertRefused(employee, "hanya boleh berisi angka")

	def test_impossible_birth_date_in_nip_is_refused(self):
		employee = make_employee_asn()
		employee.nip = "198502302010011003"
		self.assertRefused(employee, "bukan tanggal lahir yang valid")

	def test_nip_disagreeing_with_birth_date_is_refused(self):
		employee = make_employee_asn()
		employee.date_of_birth = "1985-03-13"
		self.assertRefused(employee, "Tanggal lahir pada NIP (12-03-1985)", "(13-03-1985)")

	def test_nip_disagreeing_with_gender_is_refused(self):
		employee = make_employee_asn()
		employee.gender = "Female"
		self.assertRefused(employee, "Jenis kelamin pada NIP (laki-laki)", "(perempuan)")

	def test_female_nip_matches_female_employee(self):
		employee = make_employee_asn(first_name="Siti", gender="Female", date_of_birth="1990-12-31")
		self.assertEqual(employee.nip[14], "2")

	def test_refused_save_changes_nothing(self):
		employee = make_employee_asn()
		stored = frappe.db.get_value("Employee", employee.name, ["nip", "date_of_birth"], as_dict=True)
		employee.nip = make_nip(nomor_urut=999)[:-1] + "X"
		self.assertRefused(employee, "NIP")
		self.assertEqual(
			frappe.db.get_value("Employee", employee.name, ["nip", "date_of_birth"], as_dict=True), stored
		)

	def test_duplicate_nip_is_refused_with_a_clear_message(self):
		first = make_employee_asn()
		with self.assertRaises(frappe.ValidationError) as caught:
			make_employee_asn(nip=first.nip)
		self.assertIn("sudah terdaftar pada pegawai lain", str(caught.exception))
