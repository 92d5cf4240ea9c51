import frappe
from frappe.utils.password import get_decrypted_password

from asn_merit.tests.base import ASNTestCase

SETTINGS = "Pengaduan Settings"


class TestPublicFormSettings(ASNTestCase):
	def test_difficulty_expiry_and_limits_outside_their_range_are_refused(self):
		for fieldname, value, message in (
			(
				"tingkat_kesulitan_tantangan",
				10,
				"Tingkat kesulitan tantangan harus antara 1.000 dan 10.000.000",
			),
			("masa_berlaku_tantangan_menit", 0, "Masa berlaku tantangan harus antara 1 dan 1440 menit"),
			("batas_lacak", 0, "paling sedikit 1"),
		):
			settings = frappe.get_doc(SETTINGS)
			settings.set(fieldname, value)
			with self.assertRaises(frappe.ValidationError) as caught:
				settings.save()
			self.assertIn(message, str(caught.exception))

	def test_a_cleared_signing_key_is_made_anew_on_save(self):
		before = get_decrypted_password(SETTINGS, SETTINGS, "kunci_tantangan")
		self.assertGreaterEqual(len(before), 48)
		settings = frappe.get_doc(SETTINGS)
		settings.kunci_tantangan = ""
		settings.save()
		after = get_decrypted_password(SETTINGS, SETTINGS, "kunci_tantangan")
		self.assertGreaterEqual(len(after), 48)
		self.assertNotEqual(after, before)
