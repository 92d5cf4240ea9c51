"""Audit trail of the merit decisions on a real site, and the REST API refusing locked ones.

Every decision (the predikat a pejabat penilai's rating gives, a calibration, a selection score,
a promotion workflow step, a complaint status) must leave a Frappe Version naming the field, the
old and the new value, who changed it (Version.owner) and when (Version.creation).

Frappe writes no Version while tests run (`Document._save`: `ignore_version =
frappe.flags.in_test`), so the decisions here are made `versioned()`, as production makes them.
The last class serves the site with gunicorn and tries, as real users with API keys, to rewrite a
final appraisal and a closed stage over REST; the server runs outside tests and keeps Versions.
"""

import json
from contextlib import contextmanager
from unittest.mock import patch

import freezegun

import frappe
from frappe.model.document import Document
from frappe.model.workflow import apply_workflow
from frappe.utils import add_days, now_datetime, today

from asn_merit.api.seleksi_terbuka import tutup_tahap
from asn_merit.merit.seleksi_terbuka import TAHAP_MINIMAL
from asn_merit.seleksi.panel import NO_CONFLICT
from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import (
	bkpsdm_unit,
	make_employee_asn,
	make_employee_with_user,
	make_jabatan,
	make_pengaduan,
	make_penilaian_kinerja,
	make_user,
)
from asn_merit.tests.http_server import serve_for_class, server_messages

ATAS, SESUAI, BAWAH = "Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi"
PK, NILAI, LAMARAN, SELEKSI = (
	"Penilaian Kinerja",
	"Nilai Seleksi Terbuka",
	"Lamaran Seleksi Terbuka",
	"Seleksi Terbuka",
)
ADMINISTRASI = TAHAP_MINIMAL[0][0]
# Freezegun takes naive times as UTC: 03:00 UTC is mid-morning in Asia/Jakarta, the same day.
ANNOUNCED, SELECTION = "2026-07-01 03:00", "2026-07-21 03:00"
DEADLINE = "2026-07-20"
BAIK = [{"tahun": 2024, "predikat": "Baik"}, {"tahun": 2025, "predikat": "Baik"}]


@contextmanager
def versioned():
	"""Saves keep their Version, as outside tests; nothing else about the test run changes."""
	save = Document._save

	def save_with_version(doc, ignore_permissions=None, ignore_version=None):
		return save(doc, ignore_permissions, bool(ignore_version))

	with patch.object(Document, "_save", save_with_version):
		yield


@contextmanager
def as_user(user: str):
	previous = frappe.session.user
	frappe.set_user(user)
	try:
		yield
	finally:
		frappe.set_user(previous)


def field_changes(doctype: str, name: str, fieldname: str) -> list[frappe._dict]:
	"""Every Version's [field, old, new] for `fieldname`, oldest first, with who and when."""
	versions = frappe.get_all(
		"Version",
		filters={"ref_doctype": doctype, "docname": name},
		fields=["owner", "creation", "data"],
		order_by="creation asc",
	)
	return [
		frappe._dict(owner=v.owner, creation=v.creation, old=old, new=new)
		for v in versions
		for field, old, new in json.loads(v.data).get("changed", [])
		if field == fieldname
	]


def shown(doctype: str, fieldname: str, value):
	"""A value as Version records it: formatted for display, as `get_formatted` does."""
	return frappe.format_value(value, frappe.get_meta(doctype).get_field(fieldname)) if value else value


def rate(doc, hasil: str, perilaku: str) -> None:
	doc.rating_hasil_kerja, doc.rating_perilaku = hasil, perilaku
	for row in doc.perilaku:
		row.rating_atasan = perilaku


# Builders shared by the in-process tests (rolled back) and the REST test (committed, then purged).
def appraisal_people(domain: str) -> frappe._dict:
	"""An appraisee, their pejabat penilai and that one's superior, each a user; a BKPSDM officer."""
	kepala = make_employee_with_user(f"kepala@{domain}", date_of_birth="1975-01-01")
	atasan = make_employee_with_user(f"atasan@{domain}", date_of_birth="1980-01-01", reports_to=kepala.name)
	pegawai = make_employee_with_user(
		f"pegawai@{domain}", date_of_birth="1990-01-01", gender="Female", reports_to=atasan.name
	)
	hr = make_user(f"hr@{domain}", "Petugas BKPSDM")
	with as_user(hr):
		appraisal = make_penilaian_kinerja(pegawai.name).name
	return frappe._dict(atasan=atasan.user_id, pegawai=pegawai.user_id, hr=hr, appraisal=appraisal)


def rate_as(user: str, appraisal: str, hasil: str, perilaku: str, submit=False, **fields):
	with as_user(user), versioned():
		doc = frappe.get_doc(PK, appraisal)
		rate(doc, hasil, perilaku)
		doc.update(fields)
		return doc.submit() if submit else doc.save()


def open_selection(domain: str, tag: str) -> frappe._dict:
	"""A published selection for one JPT Pratama post, a panel of five and one eligible applicant."""
	bkpsdm = make_user(f"sekretariat@{domain}", "Petugas BKPSDM")
	panel = [make_user(f"pansel{n}@{domain}") for n in range(1, 6)]
	jabatan = make_jabatan(
		f"Kepala Dinas {tag}", jenis_jabatan="JPT Pratama", eselon="IIb", pendidikan_minimal="S2"
	).name
	with freezegun.freeze_time(ANNOUNCED, tick=True):
		with as_user(bkpsdm):
			seleksi = frappe.get_doc(
				{
					"doctype": SELEKSI,
					"judul": f"Seleksi Terbuka {tag}",
					"batas_lamaran": DEADLINE,
					"rekomendasi_pengawas": "/files/rekomendasi-bkn.pdf",
					"kontak_sekretariat": "BKPSDM, Jl. Merdeka 1",
					"jabatan": [{"jabatan": jabatan}],
					"panitia": [
						{"user": user, "peran": "Ketua" if i == 0 else "Anggota"}
						for i, user in enumerate(panel)
					],
				}
			).insert()
			seleksi.dipublikasikan = 1
			seleksi.save()
		pelamar = make_employee_with_user(
			f"pelamar@{domain}",
			department=bkpsdm_unit(),
			status_kepegawaian="PNS",
			grade="IV/b",
			tmt_golongan="2020-01-01",
			pendidikan_terakhir="S2",
			riwayat_predikat_kinerja=BAIK,
		)
		with as_user(pelamar.user_id):
			lamaran = frappe.get_doc(
				{
					"doctype": LAMARAN,
					"seleksi_terbuka": seleksi.name,
					"jabatan": jabatan,
					"employee": pelamar.name,
					"rekomendasi_ppk": "/files/rekomendasi-ppk.pdf",
				}
			).insert()
	return frappe._dict(bkpsdm=bkpsdm, panel=panel, seleksi=seleksi.name, lamaran=lamaran.name)


def score_everyone(selection: frappe._dict, nilai: float = 80) -> dict[str, str]:
	"""After the deadline: every member declares no conflict and scores; returns member -> score."""
	scores = {}
	for member in selection.panel:
		with as_user(member):
			frappe.get_doc(
				{
					"doctype": "Pernyataan Konflik Kepentingan",
					"lamaran": selection.lamaran,
					"pernyataan": NO_CONFLICT,
				}
			).insert()
			scores[member] = (
				frappe.get_doc({"doctype": NILAI, "lamaran": selection.lamaran, "nilai": nilai}).insert().name
			)
	return scores


class TestPenilaianKinerjaTrail(ASNTestCase):
	def setUp(self):
		super().setUp()
		self.people = appraisal_people("audit.example.com")

	def test_the_raters_predikat_and_a_calibration_are_versioned_with_who_and_when(self):
		name, atasan, hr = self.people.appraisal, self.people.atasan, self.people.hr
		start = now_datetime()
		rate_as(atasan, name, ATAS, ATAS)
		rated = now_datetime()
		reason = "Sebaran unit melebihi 70% Sangat Baik."
		rate_as(hr, name, ATAS, SESUAI, alasan_kalibrasi=reason)
		end = now_datetime()

		predikat = field_changes(PK, name, "predikat")
		self.assertEqual(
			[(c.owner, c.old, c.new) for c in predikat],
			[(atasan, None, "Sangat Baik"), (hr, "Sangat Baik", "Baik")],
		)
		self.assertTrue(start <= predikat[0].creation <= rated <= predikat[1].creation <= end)
		self.assertEqual(
			[(c.owner, c.old, c.new) for c in field_changes(PK, name, "rating_perilaku")],
			[
				(atasan, "", shown(PK, "rating_perilaku", ATAS)),  # an unrated Select is stored empty
				(hr, ATAS, shown(PK, "rating_perilaku", SESUAI)),
			],
		)
		(row,) = frappe.get_doc(PK, name).riwayat_kalibrasi
		self.assertEqual(
			(row.predikat_lama, row.predikat_baru, row.alasan, row.oleh), ("Sangat Baik", "Baik", reason, hr)
		)
		self.assertTrue(rated <= row.tanggal <= end)
		# The calibration row is in the same Version as the change it explains.
		calibration = frappe.get_all(
			"Version", filters={"ref_doctype": PK, "docname": name, "owner": hr}, pluck="data"
		)
		(added,) = [a for data in calibration for a in json.loads(data)["added"]]
		self.assertEqual((added[0], added[1]["alasan"], added[1]["oleh"]), ("riwayat_kalibrasi", reason, hr))

	def test_cancel_and_amend_into_another_predikat_needs_a_reason_and_leaves_a_trail(self):
		name, hr = self.people.appraisal, self.people.hr
		rate_as(self.people.atasan, name, BAWAH, SESUAI, submit=True)
		with as_user(hr), versioned():
			frappe.get_doc(PK, name).cancel()
		self.assertEqual(
			[(c.owner, c.old, c.new) for c in field_changes(PK, name, "docstatus")][-1], (hr, 1, 2)
		)

		def amend(**fields):
			amended = frappe.copy_doc(frappe.get_doc(PK, name))
			amended.update({"amended_from": name, "docstatus": 0, **fields})
			rate(amended, SESUAI, SESUAI)
			return amended.insert()

		with as_user(hr), versioned():
			with self.assertRaises(frappe.ValidationError) as caught:
				amend()
			self.assertIn("dari Butuh Perbaikan menjadi Baik dalam kalibrasi", str(caught.exception))
			amended = amend(alasan_kalibrasi="Realisasi triwulan IV belum dihitung.")
		self.assertEqual(
			[(c.owner, c.old, c.new) for c in field_changes(PK, amended.name, "predikat")],
			[(hr, "Butuh Perbaikan", "Baik")],
		)
		self.assertEqual(
			[(r.predikat_lama, r.predikat_baru, r.oleh) for r in amended.riwayat_kalibrasi],
			[("Butuh Perbaikan", "Baik", hr)],
		)


class TestSeleksiTerbukaTrail(ASNTestCase):
	def test_a_score_change_is_versioned_and_closing_the_stage_locks_it(self):
		selection = open_selection("audit.example.com", "Audit")
		member = selection.panel[1]
		with freezegun.freeze_time(SELECTION, tick=True):
			scores = score_everyone(selection, nilai=70)
			with as_user(member), versioned():
				doc = frappe.get_doc(NILAI, scores[member])
				doc.nilai = 75
				doc.save()
			with as_user(selection.bkpsdm):
				tutup_tahap(selection.seleksi, ADMINISTRASI)
			with as_user(member):
				doc = frappe.get_doc(NILAI, scores[member])
				doc.nilai = 95
				with self.assertRaises(frappe.ValidationError) as caught:
					doc.save()
		self.assertIn("sudah ditutup; nilainya terkunci", str(caught.exception))
		self.assertEqual(frappe.db.get_value(NILAI, scores[member], ["nilai", "terkunci"]), (75, 1))
		self.assertEqual(
			[(c.owner, c.old, c.new) for c in field_changes(NILAI, scores[member], "nilai")],
			[(member, shown(NILAI, "nilai", 70), shown(NILAI, "nilai", 75))],
		)
		# Closing is a db write, not a save: its trail is the comment and the stage's closing time.
		closed = frappe.get_all(
			"Comment",
			filters={
				"reference_doctype": SELEKSI,
				"reference_name": selection.seleksi,
				"comment_type": "Info",
			},
			fields=["owner", "content"],
		)
		self.assertTrue(
			any(c.owner == selection.bkpsdm and f"Tahap {ADMINISTRASI} ditutup" in c.content for c in closed)
		)
		self.assertTrue(frappe.get_doc(SELEKSI, selection.seleksi).tahap[0].ditutup_pada)


class TestUsulanPromosiTrail(ASNTestCase):
	def setUp(self):
		super().setUp()
		unit = bkpsdm_unit()
		make_employee_with_user("kepala.audit@example.com", department=unit, date_of_birth="1975-05-05")
		self.kepala = make_user("kepala.audit@example.com", "Kepala Unit Kerja")
		self.bkpsdm = make_user("verifikator.audit@example.com", "Petugas BKPSDM", "HR User")
		self.tpk = make_user("tim.penilai.audit@example.com", "Tim Penilai Kinerja")
		self.ppk = make_user("bupati.audit@example.com", "Pejabat Pembina Kepegawaian")
		self.jabatan = make_jabatan(
			"Kepala Bidang Audit", jenis_jabatan="Administrator", eselon="IIIa", pendidikan_minimal="S1"
		).name
		self.employee = make_employee_asn(
			first_name="Andi",
			department=unit,
			status_kepegawaian="PNS",
			grade="IV/a",
			tmt_golongan="2020-01-01",
			pendidikan_terakhir="S1",
			riwayat_predikat_kinerja=[
				{"tahun": int(today()[:4]) - 2, "predikat": "Sangat Baik"},
				{"tahun": int(today()[:4]) - 1, "predikat": "Sangat Baik"},
			],
		).name

	def test_each_workflow_transition_is_versioned_and_commented_with_the_acting_user(self):
		with as_user(self.kepala):
			doc = frappe.get_doc(
				{
					"doctype": "Usulan Promosi",
					"employee": self.employee,
					"jenis": "Promosi Jabatan",
					"jabatan_tujuan": self.jabatan,
					"dasar": "Peringkat Merit",
					"tmt": add_days(today(), -1),
				}
			).insert()
		steps = [
			("Ajukan", self.kepala, "Diajukan"),
			("Verifikasi", self.bkpsdm, "Diverifikasi BKPSDM"),
			("Pertimbangkan", self.tpk, "Dipertimbangkan Tim Penilai Kinerja"),
			("Setujui", self.ppk, "Disetujui PPK"),
			("Tetapkan", self.bkpsdm, "Ditetapkan"),
		]
		written_before = {
			"Pertimbangkan": {
				"rekomendasi_tim_penilai": "Direkomendasikan: peringkat 1 dan memenuhi syarat."
			},
			"Tetapkan": {"nomor_sk": "800/77/BKPSDM/2026", "tanggal_sk": today()},
		}
		start = now_datetime()
		for action, user, _state in steps:
			with as_user(user), versioned():
				if action in written_before:
					current = frappe.get_doc("Usulan Promosi", doc.name)
					current.update(written_before[action])
					current.save()
				apply_workflow(frappe.get_doc("Usulan Promosi", doc.name).as_dict(), action)
		end = now_datetime()

		transitions = field_changes("Usulan Promosi", doc.name, "workflow_state")
		states = ["Draft"] + [state for _action, _user, state in steps]
		self.assertEqual(
			[(c.owner, c.old, c.new) for c in transitions],
			[(user, states[i], state) for i, (_action, user, state) in enumerate(steps)],
		)
		self.assertTrue(all(start <= c.creation <= end for c in transitions))
		self.assertEqual(
			[(c.owner, c.old, c.new) for c in field_changes("Usulan Promosi", doc.name, "docstatus")],
			[(self.bkpsdm, 0, 1)],
		)
		comments = frappe.get_all(
			"Comment",
			filters={
				"reference_doctype": "Usulan Promosi",
				"reference_name": doc.name,
				"comment_type": "Workflow",
			},
			fields=["owner", "comment_email", "content"],
			order_by="creation asc",
		)
		self.assertEqual(
			[(c.owner, c.comment_email, c.content) for c in comments],
			[(user, user, state) for _action, user, state in steps],
		)


class TestPengaduanTrail(ASNTestCase):
	def test_every_status_change_is_versioned_with_the_officer_or_the_complainant(self):
		from asn_merit.api.pengaduan import tanggapi

		petugas = make_user("petugas.audit@example.com", "Petugas Pengaduan")
		penghubung = make_user("penghubung.audit@example.com", "Penghubung Pengaduan")
		settings = frappe.get_doc("Pengaduan Settings")
		settings.set("penghubung", [{"unit_kerja": bkpsdm_unit(), "user": penghubung}])
		settings.save()
		with as_user(petugas):
			doc = make_pengaduan()
		steps = [
			(petugas, "Terverifikasi", {}),
			(petugas, "Didisposisikan", {}),
			(penghubung, "Dijawab", {"jawaban_publik": "Berkas Anda sudah diproses."}),
		]
		for user, status, fields in steps:
			with as_user(user), versioned():
				current = frappe.get_doc("Pengaduan Masyarakat", doc.name)
				current.update({"status": status, **fields})
				current.save()
		with as_user("Guest"), versioned():
			tanggapi(doc.kode_lacak, doc.rahasia_pelacakan, "terima")
		self.assertEqual(
			[(c.owner, c.old, c.new) for c in field_changes("Pengaduan Masyarakat", doc.name, "status")],
			[
				(petugas, "Diterima", "Terverifikasi"),
				(petugas, "Terverifikasi", "Didisposisikan"),
				(penghubung, "Didisposisikan", "Dijawab"),
				("Guest", "Dijawab", "Selesai"),
			],
		)


HTTP_DOMAIN, HTTP_TAG = "audit-http.example.com", "Audit HTTP"


def build_committed_world() -> frappe._dict:
	"""A final appraisal (Butuh Perbaikan) and a selection whose first stage is closed."""
	world = appraisal_people(HTTP_DOMAIN)
	rate_as(world.atasan, world.appraisal, BAWAH, SESUAI, submit=True)
	world.officer = make_user(f"petugas@{HTTP_DOMAIN}", "Petugas BKPSDM", "System Manager")
	selection = open_selection(HTTP_DOMAIN, HTTP_TAG)
	with freezegun.freeze_time(SELECTION, tick=True):
		world.scores = score_everyone(selection)
		with as_user(selection.bkpsdm):
			tutup_tahap(selection.seleksi, ADMINISTRASI)
	world.update(selection)
	frappe.db.commit()
	return world


def purge_committed_world() -> None:
	"""Delete what build_committed_world committed, found by its markers (also after a crash)."""
	frappe.db.rollback()
	users = frappe.get_all("User", filters={"name": ("like", f"%@{HTTP_DOMAIN}")}, pluck="name")
	employees = frappe.get_all("Employee", filters={"user_id": ("in", users or [""])}, pluck="name")
	seleksi = frappe.get_all(SELEKSI, filters={"judul": f"Seleksi Terbuka {HTTP_TAG}"}, pluck="name")
	lamaran = frappe.get_all(LAMARAN, filters={"seleksi_terbuka": ("in", seleksi or [""])}, pluck="name")
	doomed = [
		(doctype, name)
		for doctype in (NILAI, "Pernyataan Konflik Kepentingan")
		for name in frappe.get_all(doctype, filters={"lamaran": ("in", lamaran or [""])}, pluck="name")
	]
	doomed += [(LAMARAN, name) for name in lamaran] + [(SELEKSI, name) for name in seleksi]
	doomed += [
		(PK, name)
		for name in frappe.get_all(PK, filters={"employee": ("in", employees or [""])}, pluck="name")
	]
	for doctype, name in doomed:  # locked or submitted: their controllers refuse a delete
		for df in frappe.get_meta(doctype).get_table_fields():
			frappe.db.delete(df.options, {"parent": name, "parenttype": doctype})
		frappe.db.delete(doctype, {"name": name})
		frappe.db.delete("Version", {"ref_doctype": doctype, "docname": name})
		frappe.db.delete("Comment", {"reference_doctype": doctype, "reference_name": name})
	frappe.db.delete("ToDo", {"reference_type": "Employee", "reference_name": ("in", employees or [""])})
	for name in employees:
		frappe.db.delete("Version", {"ref_doctype": "Employee", "docname": name})
		frappe.delete_doc("Employee", name, force=True, ignore_permissions=True)
	for name in frappe.get_all("Jabatan", filters={"nama_jabatan": f"Kepala Dinas {HTTP_TAG}"}, pluck="name"):
		designation = frappe.db.get_value("Jabatan", name, "designation")
		frappe.delete_doc("Jabatan", name, force=True, ignore_permissions=True)
		frappe.delete_doc_if_exists("Designation", designation, force=True)
	frappe.db.delete("User Permission", {"user": ("in", users or [""])})
	for user in users:
		frappe.delete_doc("User", user, force=True, ignore_permissions=True)
	# A user's Contact outlives the user.
	for name in frappe.get_all("Contact", filters={"email_id": ("like", f"%@{HTTP_DOMAIN}")}, pluck="name"):
		frappe.delete_doc("Contact", name, force=True, ignore_permissions=True)
	frappe.db.commit()


def api_token(user: str) -> dict:
	doc = frappe.get_doc("User", user)
	secret = frappe.generate_hash(length=15)
	doc.api_key = doc.api_key or frappe.generate_hash(length=15)
	doc.api_secret = secret
	doc.save(ignore_permissions=True)
	return {"Authorization": f"token {doc.api_key}:{secret}"}


class TestLockedDecisionsOverREST(ASNTestCase):
	"""Real users with API keys try to rewrite a final appraisal and a closed stage."""

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		purge_committed_world()
		cls.addClassCleanup(purge_committed_world)
		cls.world = build_committed_world()
		cls.tokens = {
			user: api_token(user) for user in (cls.world.officer, cls.world.pegawai, cls.world.panel[1])
		}
		frappe.db.commit()
		cls.server = serve_for_class(cls)

	def put(self, user: str, doctype: str, name: str, values: dict):
		return self.server.request(
			"PUT", f"/api/resource/{doctype}/{name}", headers=self.tokens[user], json=values
		)

	def set_value(self, user: str, doctype: str, name: str, fieldname: str, value):
		return self.server.post(
			"/api/method/frappe.client.set_value",
			headers=self.tokens[user],
			data={"doctype": doctype, "name": name, "fieldname": fieldname, "value": value},
		)

	def assert_unchanged(self, doctype: str, name: str, attempts: list):
		"""Each attempt refused with a 4xx and a message; the record and its Versions as before."""
		before, versions = snapshot(doctype, name)
		for label, attempt in attempts:
			with self.subTest(label):
				response = attempt()
				self.assertTrue(
					400 <= response.status_code < 500, (response.status_code, response.text[:300])
				)
				self.assertTrue(server_messages(response).strip(), response.text[:300])
		self.assertEqual(snapshot(doctype, name), (before, versions))

	def test_a_final_appraisal_cannot_be_rewritten_over_rest(self):
		name = self.world.appraisal
		row = frappe.get_doc(PK, name).hasil_kerja[0]
		changed_row = {**row.as_dict(convert_dates_to_str=True), "realisasi": "200 usulan"}
		for user in (self.world.officer, self.world.pegawai):
			attempts = [
				(f"PUT {field} as {user}", lambda f=field, v=value, u=user: self.put(u, PK, name, {f: v}))
				for field, value in (
					("rating_hasil_kerja", ATAS),
					("rating_perilaku", ATAS),
					("predikat", "Sangat Baik"),
					("predikat_setelah_keberatan", "Sangat Baik"),
					("diterima_pegawai_pada", "2026-01-01 08:00:00"),
					("hasil_kerja", [changed_row]),
					("docstatus", 0),
				)
			]
			attempts += [
				(
					f"set_value {field} as {user}",
					lambda f=field, v=value, u=user: self.set_value(u, PK, name, f, v),
				)
				for field, value in (
					("rating_hasil_kerja", ATAS),
					("predikat", "Sangat Baik"),
					("predikat_setelah_keberatan", "Sangat Baik"),
				)
			]
			attempts.append(
				(
					f"set_value realisasi as {user}",
					lambda u=user: self.set_value(
						u, "Penilaian Kinerja RHK", row.name, "realisasi", "200 usulan"
					),
				)
			)
			self.assert_unchanged(PK, name, attempts)

	def test_a_score_of_a_closed_stage_cannot_be_changed_over_rest(self):
		member = self.world.panel[1]
		name = self.world.scores[member]
		attempts = []
		for user in (member, self.world.officer):
			attempts += [
				(f"PUT nilai as {user}", lambda u=user: self.put(u, NILAI, name, {"nilai": 100})),
				(
					f"PUT unlock as {user}",
					lambda u=user: self.put(u, NILAI, name, {"terkunci": 0, "nilai": 100}),
				),
				(f"set_value as {user}", lambda u=user: self.set_value(u, NILAI, name, "nilai", 100)),
				(
					f"DELETE as {user}",
					lambda u=user: self.server.request(
						"DELETE", f"/api/resource/{NILAI}/{name}", headers=self.tokens[u]
					),
				),
			]
		self.assert_unchanged(NILAI, name, attempts)

	def test_the_published_result_of_a_closed_stage_cannot_be_changed_over_rest(self):
		officer, lamaran = self.world.officer, self.world.lamaran
		forged = {"status": "Tiga Terbaik", "peringkat": 1, "nilai_akumulasi": 100}
		self.assert_unchanged(
			LAMARAN,
			lamaran,
			[
				("PUT result", lambda: self.put(officer, LAMARAN, lamaran, forged)),
				(
					"set_value status",
					lambda: self.set_value(officer, LAMARAN, lamaran, "status", "Tidak Lulus"),
				),
			],
		)
		seleksi = frappe.get_doc(SELEKSI, self.world.seleksi)
		reopened = [
			{**row.as_dict(convert_dates_to_str=True), "status": "Belum Ditutup", "ditutup_pada": None}
			for row in seleksi.tahap
		]
		self.assert_unchanged(
			SELEKSI,
			seleksi.name,
			[
				("PUT reopen stage", lambda: self.put(officer, SELEKSI, seleksi.name, {"tahap": reopened})),
				(
					"set_value status",
					lambda: self.set_value(officer, SELEKSI, seleksi.name, "status", "Usulan ke PPK"),
				),
			],
		)


def snapshot(doctype: str, name: str) -> tuple[dict, int]:
	"""The record as committed (children included) and how many Versions it has."""
	frappe.db.rollback()
	doc = frappe.get_doc(doctype, name).as_dict(convert_dates_to_str=True)
	return doc, frappe.db.count("Version", {"ref_doctype": doctype, "docname": name})
