"""Each role lands on the workspace made for its work, an ordinary ASN's sidebar holds no ERPNext
module, the home follows role changes, and what an administrator set by hand stays."""

import json

import frappe
import frappe.client
from frappe.apps import get_apps
from frappe.desk.desktop import get_desktop_page, get_workspace_sidebar_items
from frappe.desk.doctype.number_card.number_card import get_result
from frappe.utils.password import update_password

from asn_merit.constants import (
	MODULES,
	ROLE_BKPSDM,
	ROLE_EMPLOYEE,
	ROLE_INSPEKTORAT,
	ROLE_KEPALA_UNIT,
	ROLE_PANSEL,
	ROLE_PENGHUBUNG,
	ROLE_PETUGAS_PENGADUAN,
	ROLE_PPK,
	ROLE_TIM_PENILAI,
)
from asn_merit.setup.role_homes import assign_role_homes, remove_role_homes
from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import make_employee_with_user, make_user
from asn_merit.tests.http_server import serve_for_class

PROFILE = "Hanya Sistem Merit"
# Written out, not read from the code under test.
HOMES = {
	ROLE_BKPSDM: "Sistem Merit",
	ROLE_PPK: "Keputusan PPK",
	ROLE_PETUGAS_PENGADUAN: "Layanan Pengaduan",
	ROLE_INSPEKTORAT: "Layanan Pengaduan",
	ROLE_PENGHUBUNG: "Layanan Pengaduan",
	ROLE_KEPALA_UNIT: "Kepala Unit Kerja",
	ROLE_TIM_PENILAI: "Tim Penilai Kinerja",
	ROLE_PANSEL: "Panitia Seleksi",
}
ERPNEXT_WORKSPACES = {"Home", "Accounting", "CRM", "Build", "HR", "Users", "Website", "Tools"}


def home(email: str) -> tuple:
	return tuple(frappe.db.get_value("User", email, ["default_workspace", "module_profile"]))


def blocked_modules(email: str) -> set[str]:
	return set(frappe.get_all("Block Module", filters={"parent": email}, pluck="module"))


def sidebar(email: str) -> list[dict]:
	frappe.set_user(email)
	try:
		return get_workspace_sidebar_items()["pages"]
	finally:
		frappe.set_user("Administrator")


def change_roles(email: str, add=(), remove=()) -> None:
	user = frappe.get_doc("User", email)
	user.append_roles(*add)
	for role in remove:
		user.get("roles").remove(user.get("roles", {"role": role})[0])
	user.save(ignore_permissions=True)


class TestRoleHomes(ASNTestCase):
	def test_each_role_lands_on_the_workspace_made_for_its_work(self):
		for role, workspace in HOMES.items():
			with self.subTest(role=role):
				email = make_user(f"rumah.{role.lower().replace(' ', '.')}@example.com", role)
				self.assertEqual(home(email), (workspace, PROFILE))
		asn = make_employee_with_user("rumah.asn@example.com")  # ERPNext gives the Employee role
		self.assertEqual(home(asn.user_id), ("Beranda ASN", PROFILE))

	def test_an_ordinary_asn_sees_no_erpnext_module_in_the_sidebar(self):
		asn = make_employee_with_user("sidebar.asn@example.com").user_id
		pages = sidebar(asn)
		self.assertEqual([page["name"] for page in pages], ["Beranda ASN"])
		self.assertLessEqual({page["module"] for page in pages}, set(MODULES))
		# Without the module profile the same ASN gets ERPNext's and Frappe's workspaces.
		user = frappe.get_doc("User", asn)
		user.module_profile = None
		user.set("block_modules", [])
		user.save(ignore_permissions=True)
		self.assertTrue({page["name"] for page in sidebar(asn)} & ERPNEXT_WORKSPACES)

	def test_officers_see_their_own_workspaces_only(self):
		petugas = make_user("sidebar.pengaduan@example.com", ROLE_PETUGAS_PENGADUAN)
		self.assertEqual([page["name"] for page in sidebar(petugas)], ["Layanan Pengaduan"])
		ppk = make_user("sidebar.ppk@example.com", ROLE_PPK)
		self.assertEqual({page["name"] for page in sidebar(ppk)}, {"Sistem Merit", "Keputusan PPK"})

	def test_the_home_follows_role_changes(self):
		email = make_employee_with_user("berubah.peran@example.com").user_id
		self.assertEqual(home(email), ("Beranda ASN", PROFILE))
		change_roles(email, add=[ROLE_KEPALA_UNIT])
		self.assertEqual(home(email), ("Kepala Unit Kerja", PROFILE))
		change_roles(email, add=[ROLE_PPK])
		self.assertEqual(home(email), ("Keputusan PPK", PROFILE))
		change_roles(email, remove=[ROLE_PPK])
		self.assertEqual(home(email), ("Kepala Unit Kerja", PROFILE))
		self.assertIn("Accounts", blocked_modules(email))
		# Another app's role is work there: the sidebar is Frappe's again.
		change_roles(email, add=["HR User"])
		self.assertEqual(home(email), ("Kepala Unit Kerja", None))
		self.assertEqual(blocked_modules(email), set())
		change_roles(email, remove=[ROLE_KEPALA_UNIT])
		self.assertEqual(home(email), (None, None))

	def test_a_role_profile_change_moves_the_home(self):
		profile = frappe.get_doc(
			{"doctype": "Role Profile", "role_profile": "Uji Rumah Peran", "roles": [{"role": ROLE_PANSEL}]}
		).insert(ignore_permissions=True)
		email = make_user("profil.peran@example.com")
		user = frappe.get_doc("User", email)
		user.role_profile_name = profile.name
		user.save(ignore_permissions=True)
		self.assertEqual(home(email), ("Panitia Seleksi", PROFILE))
		profile.set("roles", [{"role": ROLE_TIM_PENILAI}])
		profile.save(ignore_permissions=True)  # Frappe saves each of its users (in tests, at once)
		self.assertEqual(home(email), ("Tim Penilai Kinerja", PROFILE))

	def test_what_an_administrator_set_by_hand_stays(self):
		email = make_user("tangan.admin@example.com", ROLE_PPK)
		user = frappe.get_doc("User", email)
		user.default_workspace = "HR"
		user.save(ignore_permissions=True)
		self.assertEqual(home(email)[0], "HR")
		change_roles(email, add=[ROLE_KEPALA_UNIT])
		self.assertEqual(home(email)[0], "HR")
		# Set in the same save as a role change.
		user = frappe.get_doc("User", email)
		user.default_workspace = "Payroll"
		user.append_roles(ROLE_BKPSDM)
		user.save(ignore_permissions=True)
		self.assertEqual(home(email)[0], "Payroll")
		change_roles(email, remove=[ROLE_BKPSDM])
		self.assertEqual(home(email)[0], "Payroll")

	def test_modules_blocked_by_hand_stay(self):
		email = make_user("tangan.modul@example.com", ROLE_PANSEL)
		user = frappe.get_doc("User", email)
		user.module_profile = None
		user.set("block_modules", [{"module": "Accounts"}])
		user.save(ignore_permissions=True)
		change_roles(email, add=[ROLE_PPK])
		self.assertEqual(home(email), ("Keputusan PPK", None))
		self.assertEqual(blocked_modules(email), {"Accounts"})

	def test_install_fills_only_empty_values_and_uninstall_takes_back_what_is_ours(self):
		email = make_user("pasang.tpk@example.com", ROLE_TIM_PENILAI)
		hand = make_user("pasang.tangan@example.com", ROLE_TIM_PENILAI)
		frappe.db.set_value("User", hand, "default_workspace", "HR")
		# As on a site before this release: nobody has a home yet.
		frappe.db.set_value("User", email, {"default_workspace": None, "module_profile": None})
		frappe.db.delete("Block Module", {"parent": email})

		self.assertGreaterEqual(assign_role_homes(), 1)
		self.assertEqual(home(email), ("Tim Penilai Kinerja", PROFILE))
		self.assertIn("Accounts", blocked_modules(email))
		self.assertEqual(home(hand)[0], "HR")
		self.assertEqual(assign_role_homes(), 0)  # a second run changes nothing

		remove_role_homes()
		self.assertEqual(home(email), (None, None))
		self.assertEqual(blocked_modules(email), set())
		self.assertEqual(home(hand), ("HR", None))
		self.assertFalse(frappe.db.exists("Module Profile", PROFILE))
		self.assertFalse(frappe.db.exists("User", {"default_workspace": "Beranda ASN"}))

	def test_an_asn_without_desk_access_opens_the_portal_app(self):
		frappe.db.set_value("Role", ROLE_EMPLOYEE, "desk_access", 0)
		asn = make_employee_with_user("web.asn@example.com").user_id
		self.assertEqual(
			frappe.db.get_value("User", asn, ["user_type", "default_app"]), ("Website User", "asn_merit")
		)
		frappe.set_user(asn)
		try:
			self.assertIn("asn_merit", [app["name"] for app in get_apps()])
		finally:
			frappe.set_user("Administrator")
		# Desk access again: a desk user's default app is Frappe's choice, and ours is not listed.
		role = frappe.get_doc("Role", ROLE_EMPLOYEE)
		role.desk_access = 1
		role.save(ignore_permissions=True)  # Frappe saves each user whose type changes
		self.assertEqual(
			frappe.db.get_value("User", asn, ["user_type", "default_app"]), ("System User", None)
		)
		frappe.set_user(asn)
		try:
			self.assertNotIn("asn_merit", [app["name"] for app in get_apps()])
		finally:
			frappe.set_user("Administrator")

	def test_uninstall_takes_the_portal_app_back(self):
		frappe.db.set_value("Role", ROLE_EMPLOYEE, "desk_access", 0)
		asn = make_employee_with_user("web.lepas@example.com").user_id
		self.assertEqual(frappe.db.get_value("User", asn, "default_app"), "asn_merit")
		remove_role_homes()
		self.assertEqual(frappe.db.get_value("User", asn, "default_app"), None)

	def test_the_data_asn_tab_is_the_first_of_the_employee_form(self):
		fields = frappe.get_meta("Employee").fields
		self.assertEqual((fields[0].fieldname, fields[0].fieldtype), ("asn_tab", "Tab Break"))
		tabs = [field.fieldname for field in fields if field.fieldtype == "Tab Break"]
		self.assertEqual(tabs[:2], ["asn_tab", "basic_details_tab"])  # HRMS's Overview comes next
		# Overview keeps HRMS's own fields: ours end before it.
		names = [field.fieldname for field in fields]
		self.assertLess(names.index("riwayat_jabatan"), names.index("basic_details_tab"))
		self.assertGreater(names.index("first_name"), names.index("basic_details_tab"))


class TestLoginAnswer(ASNTestCase):
	"""What Frappe's login answers, through a real server: the page the browser opens next."""

	PASSWORD = "Uji-Rumah-Peran-2026"

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.server = serve_for_class(cls)

	def login(self, email: str) -> dict:
		response = self.server.post(
			"/api/method/login", data={"usr": email, "pwd": self.PASSWORD}, client_ip="10.22.0.1"
		)
		self.assertEqual(response.status_code, 200, response.text[:500])
		return response.json()

	def keep(self, *names: tuple[str, str]) -> None:
		"""Commit what the server must read, and remove it again after the test."""
		frappe.db.commit()

		def remove():
			frappe.db.rollback()
			for doctype, name in names:
				frappe.delete_doc(doctype, name, force=True, ignore_permissions=True, ignore_missing=True)
			frappe.db.set_value("Role", ROLE_EMPLOYEE, "desk_access", 1)
			frappe.db.commit()

		self.addCleanup(remove)

	def test_an_officer_lands_on_their_workspace(self):
		email = make_user("login.ppk@example.com", ROLE_PPK)
		update_password(email, self.PASSWORD)
		self.keep(("User", email))
		self.assertEqual(self.login(email)["home_page"], "/app/keputusan-ppk")

	def test_an_asn_without_desk_access_lands_on_the_portal(self):
		# A regency that keeps ordinary ASN out of the desk takes desk access from the role.
		frappe.db.set_value("Role", ROLE_EMPLOYEE, "desk_access", 0)
		asn = make_employee_with_user("login.asn@example.com")
		update_password(asn.user_id, self.PASSWORD)
		self.assertEqual(frappe.db.get_value("User", asn.user_id, "user_type"), "Website User")
		self.keep(("Employee", asn.name), ("User", asn.user_id))
		answer = self.login(asn.user_id)
		self.assertEqual(answer["message"], "No App")
		self.assertEqual(answer["home_page"], "/asn")


ROLE_WORKSPACES = {
	"Keputusan PPK": ROLE_PPK,
	"Layanan Pengaduan": ROLE_PETUGAS_PENGADUAN,
	"Tim Penilai Kinerja": ROLE_TIM_PENILAI,
	"Panitia Seleksi": ROLE_PANSEL,
	"Kepala Unit Kerja": ROLE_KEPALA_UNIT,
	"Beranda ASN": ROLE_EMPLOYEE,
}


class TestRoleWorkspaces(ASNTestCase):
	"""What each home shows answers for the role it is made for, as the desk asks for it."""

	def test_every_link_names_an_existing_doctype_or_report(self):
		"""The desk silently drops a link it cannot resolve: a typo would just vanish."""
		for name in ROLE_WORKSPACES:
			workspace = frappe.get_doc("Workspace", name)
			targets = [(row.link_type, row.link_to) for row in workspace.links if row.type == "Link"]
			targets += [(row.type, row.link_to) for row in workspace.shortcuts if row.type != "URL"]
			targets += [("DocType", row.document_type) for row in workspace.quick_lists]
			targets += [("Number Card", row.number_card_name) for row in workspace.number_cards]
			for doctype, target in targets:
				with self.subTest(workspace=name, target=target):
					self.assertTrue(frappe.db.exists(doctype, target))

	def test_each_home_opens_for_its_role_and_every_count_answers(self):
		for name, role in ROLE_WORKSPACES.items():
			with self.subTest(workspace=name):
				if role == ROLE_EMPLOYEE:
					user = make_employee_with_user("isi.beranda@example.com").user_id
				else:
					user = make_user(f"isi.{role.lower().replace(' ', '.')}@example.com", role)
				with self.set_user(user):
					page = get_desktop_page(json.dumps({"name": name, "title": name, "public": 1}))
					shortcuts = {item["label"]: item for item in page["shortcuts"]["items"]}
					self.assertTrue(shortcuts, name)
					for item in shortcuts.values():
						if item.get("stats_filter"):
							filters = json.loads(item["stats_filter"])
							self.assertIsInstance(frappe.client.get_count(item["link_to"], filters), int)
					for item in page["quick_lists"]["items"]:
						filters = json.loads(item["quick_list_filter"] or "{}")
						frappe.get_list(item["document_type"], filters=filters, limit=4)
					for row in page["number_cards"]["items"]:
						card = frappe.get_doc("Number Card", row.number_card_name)
						if card.type == "Custom":
							value = frappe.get_attr(card.method)()["value"]
						else:
							value = get_result(card.as_dict(), card.filters_json)
						self.assertIsInstance(value, int | float, card.name)
