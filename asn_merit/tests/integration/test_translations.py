"""Our Indonesian terms win over the stock ones for the HRMS labels ASN users meet."""

import csv
import re
from pathlib import Path

import frappe
from frappe.translate import get_full_dict

from asn_merit.tests.base import ASNTestCase


class TestIndonesianTerms(ASNTestCase):
	def test_asn_terms_replace_stock_translations(self):
		translations = get_full_dict("id")
		self.assertEqual(translations.get("Designation"), "Jabatan")  # stock: "Penunjukan"
		self.assertEqual(translations.get("Employee Grade"), "Golongan")  # stock: "Kelas Karyawan"
		self.assertEqual(translations.get("No."), "No.")  # stock: "Newton"
		self.assertEqual(translations.get("Employee"), "Pegawai")
		self.assertEqual(translations.get("Company"), "Instansi")

	def test_frappe_messages_a_citizen_meets_on_the_public_form_are_indonesian(self):
		translations = get_full_dict("id")
		self.assertEqual(translations.get("Submit another response"), "Kirim pengaduan lain")
		rate_limited = "You hit the rate limit because of too many requests. Please try after sometime."
		self.assertIn("Terlalu banyak permintaan", translations.get(rate_limited))


class TestOneLanguage(ASNTestCase):
	"""Our own names, Frappe's form messages and the HRMS labels an officer meets read in Indonesian."""

	def test_our_settings_and_frappe_form_messages(self):
		translations = get_full_dict("id")
		self.assertEqual(translations.get("ASN Merit Settings"), "Pengaturan ASN Merit")
		self.assertEqual(translations.get("Pengaduan Settings"), "Pengaturan Pengaduan")
		self.assertIn("alur persetujuan", translations.get("This form is not editable due to a Workflow."))
		self.assertEqual(translations.get("Add Row"), "Tambah Baris")  # stock: "Menambahkan Baris"
		self.assertEqual(translations.get("New {0}"), "{0} Baru")
		self.assertEqual(translations.get("Employee Exit"), "Pemberhentian")  # stock: "Keluarnya Karyawan"
		self.assertEqual(translations.get("Employee Separation"), "Pemberhentian Pegawai")
		self.assertEqual(translations.get("Leaves"), "Cuti")  # stock: "Daun-daun"

	def test_a_final_appraisal_is_final_not_sent(self):
		self.assertEqual(frappe._("Submitted", lang="id", context="Penilaian Kinerja"), "Final")
		self.assertEqual(
			frappe._("Submitted", lang="id", context="Keberatan Penilaian Kinerja"), "Diputuskan"
		)
		# Another DocType keeps Frappe's own word.
		self.assertEqual(
			frappe._("Submitted", lang="id", context="Leave Application"), frappe._("Submitted", lang="id")
		)

	def test_employee_status_reads_as_in_the_civil_service(self):
		self.assertEqual(frappe._("Left", lang="id", context="Employee"), "Keluar")  # stock: "Waktu tersisa"
		self.assertEqual(frappe._("Suspended", lang="id", context="Employee"), "Diberhentikan Sementara")

	def test_every_string_we_translate_is_one_frappe_shows(self):
		"""A source string nobody passes to the translator is a dead line (a typo, a renamed label)."""
		path = Path(frappe.get_app_path("asn_merit", "translations", "id.csv"))
		ours = {row[0] for row in csv.reader(path.open(encoding="utf-8")) if row}
		names = set(frappe.get_all("Workspace", pluck="name")) | set(frappe.get_all("DocType", pluck="name"))
		unknown = ours - frappe_source_strings() - names
		self.assertEqual(unknown - found_in_source_files(unknown), set())


def frappe_source_strings() -> set[str]:
	"""Strings Frappe, ERPNext and HRMS pass to the translator: Frappe's catalogue of messages and
	the source column of the three apps' translation files."""
	sources = set()
	catalogue = Path(frappe.get_app_path("frappe", "locale", "main.pot")).read_text(encoding="utf-8")
	for match in re.finditer(r'^msgid "(.*)"$', catalogue, re.MULTILINE):
		sources.add(match.group(1).replace('\\"', '"'))
	for app in ("frappe", "erpnext", "hrms"):
		path = Path(frappe.get_app_path(app, "translations", "id.csv"))
		if path.exists():
			sources.update(row[0] for row in csv.reader(path.open(encoding="utf-8")) if row)
	return sources


def found_in_source_files(strings: set[str]) -> set[str]:
	"""Those of `strings` written in the three apps' code (the catalogue lags behind the code)."""
	found, skipped = set(), {"node_modules", "dist", "locale", "translations", "tests"}
	for app in ("frappe", "erpnext", "hrms"):
		for file in Path(frappe.get_app_path(app)).rglob("*"):
			if file.suffix not in {".py", ".js", ".json", ".html", ".vue"} or skipped & set(file.parts):
				continue
			text = file.read_text(encoding="utf-8", errors="ignore")
			found.update(string for string in strings - found if string in text)
			if found == strings:
				return found
	return found
