"""An outside candidate's whole path over HTTP through gunicorn (issue 23 point 7).

Sign up with Frappe's website signup, set the password with the key of the emailed link, log
in, upload the documents, apply; the requirements are checked on the declared values; the panel
scores the application with an internal one and closes the stage; the candidate sees the
published score. Refused: an unverified user, a closed selection, a second application, a
wrong file type, another candidate's application (403). The server commits, so what this test
makes carries the domain below and is purged before and after."""

import re
from email import message_from_string
from email.policy import default as default_policy

import freezegun
import requests

import frappe
from frappe.installer import update_site_config
from frappe.utils import add_days, today

from asn_merit.api.seleksi_terbuka import tutup_tahap
from asn_merit.merit.seleksi_terbuka import TAHAP_MINIMAL
from asn_merit.seleksi.panel import NO_CONFLICT
from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import (
	PELAMAR_LUAR_DECLARED as DECLARED,
)
from asn_merit.tests.factories import (
	bkpsdm_unit,
	make_employee_with_user,
	make_jabatan,
	make_user,
	pdf_bytes,
)
from asn_merit.tests.http_server import serve_for_class, server_messages

DOMAIN, TAG = "luar-http.example.com", "Pelamar Luar HTTP"
LAMARAN, SELEKSI, NILAI = "Lamaran Seleksi Terbuka", "Seleksi Terbuka", "Nilai Seleksi Terbuka"
ADMINISTRASI = TAHAP_MINIMAL[0][0]
APPLY = "/api/method/asn_merit.api.pelamar_luar.ajukan_lamaran"
PASSWORD = "Lamar-Seleksi-2026!"


def as_user(user: str):
	class _As:
		def __enter__(self):
			self.previous = frappe.session.user
			frappe.set_user(user)

		def __exit__(self, *exc):
			frappe.set_user(self.previous)

	return _As()


def make_selection(tag: str, jabatan: str, panel: list[str], bkpsdm: str):
	with as_user(bkpsdm):
		doc = frappe.get_doc(
			{
				"doctype": SELEKSI,
				"judul": f"Seleksi Terbuka {tag}",
				"batas_lamaran": add_days(today(), 20),
				"rekomendasi_pengawas": "/files/rekomendasi-bkn.pdf",
				"kontak_sekretariat": "BKPSDM, Jl. Merdeka 1",
				"jabatan": [{"jabatan": jabatan}],
				"panitia": [
					{"user": u, "peran": "Ketua" if i == 0 else "Anggota"} for i, u in enumerate(panel)
				],
			}
		).insert()
		doc.dipublikasikan = 1
		doc.save()
	return doc


def build_world() -> frappe._dict:
	"""An open selection (an internal applicant in it), a closed one, a panel, signup opened."""
	settings = frappe.get_single("ASN Merit Settings")
	world = frappe._dict(
		previous_setting=(
			settings.terima_pelamar_luar,
			frappe.db.get_single_value("Website Settings", "disable_signup"),
		)
	)
	settings.terima_pelamar_luar = 0
	settings.save()
	frappe.db.set_single_value("Website Settings", "disable_signup", 1)
	settings.terima_pelamar_luar = 1
	settings.save()  # opens Frappe's website signup
	assert not frappe.db.get_single_value("Website Settings", "disable_signup")
	world.bkpsdm = make_user(f"sekretariat@{DOMAIN}", "Petugas BKPSDM")
	world.panel = [make_user(f"pansel{n}@{DOMAIN}") for n in range(1, 6)]
	world.jabatan = make_jabatan(
		f"Kepala Dinas {TAG}", jenis_jabatan="JPT Pratama", eselon="IIb", pendidikan_minimal="S2"
	).name
	closed_jabatan = make_jabatan(
		f"Kepala Badan {TAG}", jenis_jabatan="JPT Pratama", eselon="IIb", pendidikan_minimal="S2"
	).name
	world.seleksi = make_selection(TAG, world.jabatan, world.panel, world.bkpsdm).name
	with freezegun.freeze_time(add_days(today(), -40), tick=True):
		world.closed = make_selection(f"{TAG} Lama", closed_jabatan, world.panel, world.bkpsdm).name
	internal = make_employee_with_user(
		f"asn@{DOMAIN}",
		department=bkpsdm_unit(),
		status_kepegawaian="PNS",
		grade="IV/b",
		tmt_golongan="2020-01-01",
		pendidikan_terakhir="S2",
		riwayat_predikat_kinerja=[{"tahun": 2024, "predikat": "Baik"}, {"tahun": 2025, "predikat": "Baik"}],
	)
	with as_user(internal.user_id):
		world.internal = (
			frappe.get_doc(
				{
					"doctype": LAMARAN,
					"seleksi_terbuka": world.seleksi,
					"jabatan": world.jabatan,
					"employee": internal.name,
					"rekomendasi_ppk": "/files/rekomendasi-ppk.pdf",
				}
			)
			.insert()
			.name
		)
	# An account an administrator made with a password: it never proved its email address.
	world.unverified = f"belum.verifikasi@{DOMAIN}"
	user = frappe.get_doc(
		{
			"doctype": "User",
			"email": world.unverified,
			"first_name": "Belum",
			"user_type": "Website User",
			"send_welcome_email": 0,
			"new_password": PASSWORD,
		}
	)
	user.flags.ignore_password_policy = True
	user.insert(ignore_permissions=True)
	frappe.db.commit()
	return world


def purge_world(previous_setting=None) -> None:
	frappe.db.rollback()
	users = frappe.get_all("User", filters={"name": ("like", f"%@{DOMAIN}")}, pluck="name")
	employees = frappe.get_all("Employee", filters={"user_id": ("in", users or [""])}, pluck="name")
	seleksi = frappe.get_all(SELEKSI, filters={"judul": ("like", f"Seleksi Terbuka {TAG}%")}, pluck="name")
	lamaran = frappe.get_all(LAMARAN, filters={"seleksi_terbuka": ("in", seleksi or [""])}, pluck="name")
	doomed = [
		(doctype, name)
		for doctype in (NILAI, "Pernyataan Konflik Kepentingan")
		for name in frappe.get_all(doctype, filters={"lamaran": ("in", lamaran or [""])}, pluck="name")
	]
	doomed += [(LAMARAN, name) for name in lamaran] + [(SELEKSI, name) for name in seleksi]
	for doctype, name in doomed:
		for df in frappe.get_meta(doctype).get_table_fields():
			frappe.db.delete(df.options, {"parent": name, "parenttype": doctype})
		frappe.db.delete(doctype, {"name": name})
		frappe.db.delete("Version", {"ref_doctype": doctype, "docname": name})
	for name in frappe.get_all("File", filters={"owner": ("in", users or [""])}, pluck="name"):
		frappe.delete_doc("File", name, force=True, ignore_permissions=True)
	for name in employees:
		frappe.db.delete("Version", {"ref_doctype": "Employee", "docname": name})
		frappe.delete_doc("Employee", name, force=True, ignore_permissions=True)
	for name in frappe.get_all("Jabatan", filters={"nama_jabatan": ("like", f"% {TAG}")}, pluck="name"):
		designation = frappe.db.get_value("Jabatan", name, "designation")
		frappe.delete_doc("Jabatan", name, force=True, ignore_permissions=True)
		frappe.delete_doc_if_exists("Designation", designation, force=True)
	frappe.db.delete("User Permission", {"user": ("in", users or [""])})
	frappe.db.delete("Email Queue Recipient", {"recipient": ("like", f"%@{DOMAIN}")})
	for user in users:
		frappe.delete_doc("User", user, force=True, ignore_permissions=True)
	for name in frappe.get_all("Contact", filters={"email_id": ("like", f"%@{DOMAIN}")}, pluck="name"):
		frappe.delete_doc("Contact", name, force=True, ignore_permissions=True)
	if previous_setting is not None:
		settings = frappe.get_single("ASN Merit Settings")
		settings.terima_pelamar_luar = previous_setting[0]
		settings.save()
		frappe.db.set_single_value("Website Settings", "disable_signup", previous_setting[1])
	frappe.db.commit()


class Browser:
	"""One person's session cookies, with the CSRF token Frappe puts in the pages it serves."""

	def __init__(self, server):
		self.server, self.session, self.csrf = server, requests.Session(), None

	def request(self, method: str, path: str, **kwargs) -> requests.Response:
		headers = {**self.server.headers(), **kwargs.pop("headers", {})}
		if self.csrf:
			headers["X-Frappe-CSRF-Token"] = self.csrf
		return self.session.request(method, self.server.url + path, headers=headers, timeout=60, **kwargs)

	def page(self, path: str) -> requests.Response:
		response = self.request("GET", path)
		if found := re.search(r'csrf_token = "([^"]+)"', response.text):
			self.csrf = found.group(1)
		return response

	def upload(self, filename: str, content: bytes) -> requests.Response:
		return self.request(
			"POST", "/api/method/upload_file", files={"file": (filename, content)}, data={"is_private": 1}
		)

	def apply(self, seleksi: str, jabatan: str, **values) -> requests.Response:
		return self.request("POST", APPLY, data={"seleksi_terbuka": seleksi, "jabatan": jabatan, **values})


def emailed_key(email: str) -> str:
	"""The key of the link Frappe's sign-up mail carries (the mail is queued: the server is not
	in test mode)."""
	frappe.db.rollback()
	queue = frappe.get_all(
		"Email Queue Recipient", filters={"recipient": email}, pluck="parent", order_by="creation desc"
	)
	assert queue, f"no mail queued for {email}"
	raw = frappe.db.get_value("Email Queue", queue[0], "message")
	message = message_from_string(raw, policy=default_policy)
	text = " ".join(
		part.get_content()
		for part in message.walk()
		if part.get_content_type() in ("text/html", "text/plain")
	)
	return re.search(r"update-password\?key=([A-Za-z0-9]+)", text.replace("=\n", "")).group(1)


class TestPelamarLuarOverHTTP(ASNTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		purge_world()
		cls.world = build_world()
		cls.addClassCleanup(purge_world, cls.world.previous_setting)
		# No mail server here: the served site queues its mail (the test reads the sign-up link
		# from the queue) and sends none, also not the ones Frappe sends at once.
		muted = frappe.conf.get("mute_emails")
		update_site_config("mute_emails", 1)
		cls.addClassCleanup(update_site_config, "mute_emails", muted if muted is not None else "None")
		cls.server = serve_for_class(cls)

	def sign_up_and_verify(self, email: str, name: str) -> Browser:
		browser = Browser(self.server)
		response = browser.request(
			"POST",
			"/api/method/frappe.core.doctype.user.user.sign_up",
			data={"email": email, "full_name": name, "redirect_to": ""},
		)
		self.assertEqual(response.status_code, 200, server_messages(response))
		self.assertEqual(response.json()["message"][0], 1, response.text)  # "check your email"
		response = browser.request(
			"POST",
			"/api/method/frappe.core.doctype.user.user.update_password",
			data={"new_password": PASSWORD, "key": emailed_key(email)},
		)
		self.assertEqual(response.status_code, 200, server_messages(response))
		browser.page("/lamar-seleksi-terbuka?seleksi=" + self.world.seleksi)  # logged in: a CSRF token
		return browser

	def lamaran_count(self) -> int:
		frappe.db.rollback()
		return frappe.db.count(LAMARAN, {"pelamar_luar": 1})

	def test_the_outside_path(self):
		world = self.world
		# The announcement links to the apply page; a guest is sent to log in first.
		announcement = self.server.get("/" + frappe.db.get_value(SELEKSI, world.seleksi, "route"))
		self.assertIn("/lamar-seleksi-terbuka?seleksi=", announcement.text)
		guest = self.server.get(f"/lamar-seleksi-terbuka?seleksi={world.seleksi}", allow_redirects=False)
		self.assertIn(guest.status_code, (301, 302, 303))
		self.assertIn("/login", guest.headers["Location"])

		# An account that never proved its email is refused, and stores nothing.
		unverified = Browser(self.server)
		login = unverified.request(
			"POST", "/api/method/login", data={"usr": world.unverified, "pwd": PASSWORD}
		)
		self.assertEqual(login.status_code, 200, login.text)
		unverified.page(f"/lamar-seleksi-terbuka?seleksi={world.seleksi}")
		refused = unverified.apply(world.seleksi, world.jabatan, **DECLARED)
		self.assertEqual(refused.status_code, 403)
		self.assertIn("belum terverifikasi", server_messages(refused))
		self.assertEqual(self.lamaran_count(), 0)

		# Sign up, set the password from the emailed link (which logs in), upload, apply.
		candidate = self.sign_up_and_verify(f"siti@{DOMAIN}", "Siti Rahmawati")
		files = {}
		for field in ("sk_pangkat", "ijazah", "rekomendasi_ppk"):
			upload = candidate.upload(f"{field}.pdf", pdf_bytes())
			self.assertEqual(upload.status_code, 200, server_messages(upload))
			files[field] = upload.json()["message"]["file_url"]
			self.assertTrue(files[field].startswith("/private/files/"))

		# Frappe refuses a program from a website user; a text file it takes, the Lamaran does not.
		self.assertEqual(candidate.upload("ijazah.exe", b"MZ\x90\x00").status_code, 417)
		wrong = candidate.upload("ijazah.txt", b"bukan ijazah")
		self.assertEqual(wrong.status_code, 200, server_messages(wrong))
		refused = candidate.apply(
			world.seleksi,
			world.jabatan,
			**DECLARED,
			**{**files, "ijazah": wrong.json()["message"]["file_url"]},
		)
		self.assertEqual(refused.status_code, 417, refused.text)
		self.assertIn("Jenis berkas tidak diterima", server_messages(refused))
		refused = candidate.apply(world.closed, world.jabatan.replace("Dinas", "Badan"), **DECLARED, **files)
		self.assertIn(refused.status_code, (403, 417), refused.text)
		self.assertIn("tidak dibuka atau sudah ditutup", server_messages(refused))
		self.assertEqual(self.lamaran_count(), 0)

		applied = candidate.apply(world.seleksi, world.jabatan, **DECLARED, **files)
		self.assertEqual(applied.status_code, 200, server_messages(applied))
		result = applied.json()["message"]
		self.assertEqual(result["memenuhi_syarat"], 1, result["hasil_kelayakan"])
		self.assertEqual(result["status"], "Diajukan")
		name = result["name"]
		frappe.db.rollback()
		self.assertIn("Pelamar Seleksi Terbuka", frappe.get_roles(f"siti@{DOMAIN}"))
		self.assertEqual(frappe.db.get_value("User", f"siti@{DOMAIN}", "user_type"), "Website User")
		stored = frappe.get_doc(LAMARAN, name)
		self.assertEqual(
			(stored.user, stored.nip, stored.employee), (f"siti@{DOMAIN}", DECLARED["nip_pelamar_luar"], None)
		)
		for field in files:
			attached = frappe.get_all(
				"File",
				filters={
					"attached_to_doctype": LAMARAN,
					"attached_to_name": name,
					"attached_to_field": field,
				},
				pluck="is_private",
			)
			self.assertEqual(attached, [1], field)

		again = candidate.apply(world.seleksi, world.jabatan, **DECLARED, **files)
		self.assertEqual(again.status_code, 417, again.text)
		self.assertIn("sudah melamar jabatan yang sama", server_messages(again))
		self.assertEqual(self.lamaran_count(), 1)

		# An ASN of the regency cannot pass as an outside applicant to skip their Employee record.
		with as_user(f"asn@{DOMAIN}"), self.assertRaises(frappe.PermissionError):
			frappe.get_doc(
				{
					"doctype": LAMARAN,
					"seleksi_terbuka": world.seleksi,
					"jabatan": world.jabatan,
					"pelamar_luar": 1,
					"user": f"asn@{DOMAIN}",
					**DECLARED,
					"nip_pelamar_luar": "198001012005011001",
				}
			).insert()
		frappe.db.rollback()

		# The panel sees it as it sees the internal one, scores both and closes the stage.
		with self.freeze_time(add_days(today(), 21), tick=True):
			with as_user(world.panel[0]):
				self.assertEqual(
					set(frappe.get_list(LAMARAN, filters={"seleksi_terbuka": world.seleksi}, pluck="name")),
					{name, world.internal},
				)
			for member in world.panel:
				with as_user(member):
					for lamaran, nilai in ((name, 88), (world.internal, 75)):
						frappe.get_doc(
							{
								"doctype": "Pernyataan Konflik Kepentingan",
								"lamaran": lamaran,
								"pernyataan": NO_CONFLICT,
							}
						).insert()
						frappe.get_doc({"doctype": NILAI, "lamaran": lamaran, "nilai": nilai}).insert()
			with as_user(world.bkpsdm):
				tutup_tahap(world.seleksi, ADMINISTRASI)
		frappe.db.commit()
		self.assertEqual(frappe.db.get_value(LAMARAN, name, "peringkat"), 1)
		self.assertEqual(frappe.db.get_value(LAMARAN, world.internal, "peringkat"), 2)

		# The candidate sees the status and the published score, and nobody else's application.
		own = candidate.page("/lamaran-seleksi-saya")
		self.assertEqual(own.status_code, 200)
		self.assertIn(name, own.text)
		self.assertIn(ADMINISTRASI, own.text)
		self.assertIn("88", own.text)
		self.assertNotIn(world.internal, own.text)
		self.assertEqual(candidate.page(f"/lamaran-seleksi-saya?lamaran={world.internal}").status_code, 403)
		self.assertEqual(unverified.page(f"/lamaran-seleksi-saya?lamaran={name}").status_code, 403)
		self.assertEqual(
			candidate.request("GET", f"/api/resource/{LAMARAN}/{world.internal}").status_code, 403
		)
