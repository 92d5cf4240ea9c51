"""The base class of our site tests: one import to change when Frappe renames it (v16)."""

try:
	from frappe.tests import IntegrationTestCase as ASNTestCase  # Frappe v16
except ImportError:
	from frappe.tests.utils import FrappeTestCase as ASNTestCase  # Frappe v15

__all__ = ["ASNTestCase"]
