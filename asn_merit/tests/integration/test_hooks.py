"""Every dotted path our hooks and patches name must resolve, or the site breaks at run time."""

import ast
import importlib

import frappe
from frappe.modules.patch_handler import get_patches_from_app

from asn_merit import hooks
from asn_merit.tests.base import ASNTestCase


def dotted_paths(value):
	if isinstance(value, str):
		if value.startswith("asn_merit."):
			yield value
	elif isinstance(value, dict):
		for item in value.values():
			yield from dotted_paths(item)
	elif isinstance(value, list | tuple):
		for item in value:
			yield from dotted_paths(item)


class TestHooks(ASNTestCase):
	def test_every_hook_path_resolves(self):
		paths = [
			path
			for name in dir(hooks)
			if not name.startswith("__")
			for path in dotted_paths(getattr(hooks, name))
		]
		self.assertIn("asn_merit.overrides.employee.validate", paths)
		for path in paths:
			with self.subTest(path=path):
				self.assertTrue(callable(frappe.get_attr(path)))

	def test_every_patch_resolves(self):
		patches = get_patches_from_app("asn_merit")
		self.assertTrue(patches)
		for patch in patches:
			with self.subTest(patch=patch):
				if patch.startswith("execute:"):
					for module, name in imported_names(patch.removeprefix("execute:")):
						self.assertTrue(callable(getattr(importlib.import_module(module), name)))
				else:
					self.assertTrue(callable(frappe.get_attr(patch.split()[0] + ".execute")))


def imported_names(code: str):
	"""(module, name) for each `from module import name` in an `execute:` patch line."""
	for node in ast.walk(ast.parse(code)):
		if isinstance(node, ast.ImportFrom):
			for alias in node.names:
				yield node.module, alias.name


class TestBootstrapStandsAsideForOtherApps(ASNTestCase):
	"""Frappe runs our before_tests before another app's tests when given a module or DocType."""

	def test_it_acts_for_our_tests_only(self):
		from asn_merit.tests.bootstrap import running_our_tests

		ours = [
			["run-tests", "--app", "asn_merit"],
			["run-tests", "--module", "asn_merit.tests.integration.test_hooks"],
			["run-tests", "--doctype", "Jabatan"],
			["run-tests", "--module-def", "Pengaduan"],
		]
		theirs = [
			["run-tests", "--app", "hrms"],
			["run-tests", "--module", "hrms.hr.doctype.employee_promotion.test_employee_promotion"],
			["run-tests", "--doctype", "Employee Promotion"],
			["run-tests", "--doctype", "No Such DocType"],
			["run-tests", "--module-def", "HR"],
		]
		for argv in ours:
			self.assertTrue(running_our_tests(["bench_helper", "frappe", "--site", "x", *argv]), argv)
		for argv in theirs:
			self.assertFalse(running_our_tests(["bench_helper", "frappe", "--site", "x", *argv]), argv)
