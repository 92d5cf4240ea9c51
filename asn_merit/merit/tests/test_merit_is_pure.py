"""The rule package must stay importable and testable without Frappe."""

import ast
import unittest
from pathlib import Path

MERIT = Path(__file__).resolve().parents[1]
FORBIDDEN = {"frappe", "erpnext", "hrms"}


def imported_roots(source: str) -> set[str]:
	roots = set()
	for node in ast.walk(ast.parse(source)):
		if isinstance(node, ast.Import):
			roots.update(alias.name.split(".")[0] for alias in node.names)
		elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
			roots.add(node.module.split(".")[0])
	return roots


class TestMeritIsPure(unittest.TestCase):
	def test_merit_package_imports_no_frappe(self):
		files = sorted(MERIT.rglob("*.py"))
		self.assertTrue(files, f"no Python files under {MERIT}")
		for path in files:
			with self.subTest(file=path.name):
				self.assertFalse(imported_roots(path.read_text()) & FORBIDDEN)

	def test_detector_sees_frappe_imports(self):
		self.assertIn("frappe", imported_roots("import frappe.utils"))
		self.assertIn("frappe", imported_roots("from frappe import _"))
