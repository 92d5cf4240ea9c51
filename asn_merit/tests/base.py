"""The base class of our site tests: one import to change when Frappe renames it (v16)."""

import frappe

try:
	from frappe.tests import IntegrationTestCase as _FrappeTestCase  # Frappe v16
except ImportError:
	from frappe.tests.utils import FrappeTestCase as _FrappeTestCase  # Frappe v15


class ASNTestCase(_FrappeTestCase):
	"""Each test starts from what before_tests left: its own records are rolled back after it.

	Frappe's base class rolls back only once per class, so a `setUp` that inserts records
	would collide with itself on the second test.
	"""

	def setUp(self):
		super().setUp()
		self.addCleanup(frappe.db.rollback)
		# In tests Frappe "sends" queued mail at once, and sending commits the transaction.
		self.addCleanup(setattr, frappe.flags, "mute_emails", frappe.flags.mute_emails)
		frappe.flags.mute_emails = True


__all__ = ["ASNTestCase"]
