from datetime import date

import frappe
from frappe.desk.query_report import run
from frappe.model.workflow import WorkflowTransitionError, apply_workflow
from frappe.utils import add_days, add_years, getdate, today

from asn_merit.merit.usulan_promosi import periode_kenaikan_pangkat_berikutnya
from asn_merit.promosi.batch import make_rank_promotion_proposals
from asn_merit.promosi.effect import submit_due_promotions
from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import (
	bkpsdm_unit,
	make_employee_asn,
	make_employee_with_user,
	make_jabatan,
	make_nip,
	make_user,
	pdf_bytes,
)

THIS_YEAR = getdate(today()).year
REKOMENDASI = "Direkomendasikan: memenuhi syarat dan peringkat merit terbaik."
BAIK_DUA_TAHUN = [{"tahun": THIS_YEAR - 2, "predikat": "Baik"}, {"tahun": THIS_YEAR - 1, "predikat": "Baik"}]
SANGAT_BAIK_DUA_TAHUN = [
	{"tahun": THIS_YEAR - 2, "predikat": "Sangat Baik"},
	{"tahun": THIS_YEAR - 1, "predikat": "Sangat Baik"},
]


def make_pns(first_name: str, years_in_rank: int, **fields):
	"""A PNS in III/a with two years of Baik, `years_in_rank` years after their last promotion."""
	values = {
		"status_kepegawaian": "PNS",
		"grade": "III/a",
		"tmt_golongan": add_years(today(), -years_in_rank),
		"pendidikan_terakhir": "S1",
		"riwayat_predikat_kinerja": BAIK_DUA_TAHUN,
		"department": bkpsdm_unit(),
	}
	return make_employee_asn(first_name=first_name, **{**values, **fields})


def designation(name: str) -> str:
	if not frappe.db.exists("Designation", name):
		frappe.get_doc({"doctype": "Designation", "designation_name": name}).insert()
	return name


class UsulanTestCase(ASNTestCase):
	def setUp(self):
		super().setUp()
		self.unit = bkpsdm_unit()
		make_employee_with_user("kepala.unit@example.com", department=self.unit, date_of_birth="1975-05-05")
		self.kepala = make_user("kepala.unit@example.com", "Kepala Unit Kerja")
		self.bkpsdm = make_user("verifikator@example.com", "Petugas BKPSDM", "HR User")
		self.tpk = make_user("tim.penilai@example.com", "Tim Penilai Kinerja")
		self.ppk = make_user("bupati@example.com", "Pejabat Pembina Kepegawaian")
		self.jabatan = make_jabatan(
			"Kepala Bidang Mutasi",
			jenis_jabatan="Administrator",
			eselon="IIIa",
			pendidikan_minimal="S1",
			designation=designation("Kepala Bidang"),
		)
		common = {
			"department": self.unit,
			"status_kepegawaian": "PNS",
			"grade": "IV/a",
			"tmt_golongan": "2020-01-01",
			"pendidikan_terakhir": "S1",
		}
		self.andi = make_employee_asn(
			first_name="Andi", riwayat_predikat_kinerja=SANGAT_BAIK_DUA_TAHUN, **common
		)
		self.bunga = make_employee_with_user(
			"bunga.asn@example.com",
			riwayat_predikat_kinerja=BAIK_DUA_TAHUN,
			nip=make_nip(tmt_cpns=date(2012, 1, 1)),
			**common,
		)

	def propose(self, employee, **fields):
		values = {
			"doctype": "Usulan Promosi",
			"employee": employee,
			"jenis": "Promosi Jabatan",
			"jabatan_tujuan": self.jabatan.name,
		}
		values.update({"dasar": "Peringkat Merit", "tmt": add_days(today(), -1), **fields})
		with self.set_user(self.kepala):
			return frappe.get_doc(values).insert()

	def act(self, user, doc, action, **fields):
		with self.set_user(user):
			if fields:
				current = frappe.get_doc("Usulan Promosi", doc.name)
				current.update(fields)
				current.save()
			return apply_workflow(frappe.get_doc("Usulan Promosi", doc.name).as_dict(), action)

	def approve_up_to_ppk(self, doc, **ppk_fields):
		self.act(self.kepala, doc, "Ajukan")
		self.act(self.bkpsdm, doc, "Verifikasi")
		self.act(self.tpk, doc, "Pertimbangkan", rekomendasi_tim_penilai=REKOMENDASI)
		return self.act(self.ppk, doc, "Setujui", **ppk_fields)


class TestWorkflow(UsulanTestCase):
	def test_the_whole_path_as_each_role_ends_in_an_hrms_promotion_and_history(self):
		doc = self.propose(self.andi.name)
		self.approve_up_to_ppk(doc)
		done = self.act(self.bkpsdm, doc, "Tetapkan", nomor_sk="800/123/BKPSDM/2026", tanggal_sk=today())
		self.assertEqual((done.workflow_state, done.docstatus), ("Ditetapkan", 1))
		self.assertEqual(done.peringkat_merit, 1)
		promotion = frappe.get_doc("Employee Promotion", done.employee_promotion)
		self.assertEqual(promotion.docstatus, 1)
		employee = frappe.get_doc("Employee", self.andi.name)
		self.assertEqual((employee.jabatan, employee.designation), (self.jabatan.name, "Kepala Bidang"))
		self.assertEqual(employee.riwayat_jabatan[-1].jabatan, self.jabatan.name)
		self.assertTrue(done.batas_keberatan)
		comments = frappe.get_all(
			"Comment", filters={"reference_name": doc.name, "comment_type": "Workflow"}, pluck="content"
		)
		self.assertEqual(len(comments), 5)

	def test_each_step_is_refused_to_every_other_role(self):
		doc = self.propose(self.andi.name)
		steps = [
			("Ajukan", self.kepala),
			("Verifikasi", self.bkpsdm),
			("Pertimbangkan", self.tpk),
			("Setujui", self.ppk),
		]
		for action, allowed in steps:
			for user in {self.kepala, self.bkpsdm, self.tpk, self.ppk} - {allowed}:
				with self.subTest(action=action, user=user), self.assertRaises(WorkflowTransitionError):
					self.act(user, doc, action)
			fields = {"rekomendasi_tim_penilai": REKOMENDASI} if action == "Pertimbangkan" else {}
			self.act(allowed, doc, action, **fields)

	def test_nobody_approves_their_own_proposal(self):
		both = make_user("kepala.merangkap@example.com", "Kepala Unit Kerja", "Petugas BKPSDM")
		with self.set_user(both):
			doc = frappe.get_doc(
				{
					"doctype": "Usulan Promosi",
					"employee": self.andi.name,
					"jenis": "Promosi Jabatan",
					"jabatan_tujuan": self.jabatan.name,
					"tmt": today(),
				}
			).insert()
		self.act(both, doc, "Ajukan")
		with self.assertRaises(frappe.ValidationError) as caught:
			self.act(both, doc, "Verifikasi")
		self.assertIn("Self approval", str(caught.exception))

	def test_the_proposed_asn_cannot_move_their_own_proposal(self):
		frappe.get_doc("User", "bunga.asn@example.com").add_roles("Petugas BKPSDM")
		doc = self.propose(self.bunga.name, alasan_penyimpangan="")
		self.act(self.kepala, doc, "Ajukan")
		with self.assertRaises(frappe.PermissionError):
			self.act("bunga.asn@example.com", doc, "Verifikasi")

	def test_returning_and_rejecting_need_a_written_reason(self):
		doc = self.propose(self.andi.name)
		self.act(self.kepala, doc, "Ajukan")
		self.assertRaises(frappe.ValidationError, self.act, self.bkpsdm, doc, "Kembalikan")
		returned = self.act(self.bkpsdm, doc, "Kembalikan", catatan_pengembalian="Lengkapi SKP dua tahun.")
		self.assertEqual(returned.workflow_state, "Dikembalikan")
		self.act(self.kepala, doc, "Ajukan")
		self.assertRaises(frappe.ValidationError, self.act, self.bkpsdm, doc, "Tolak")
		self.assertEqual(
			self.act(self.bkpsdm, doc, "Tolak", alasan_penolakan="Formasi tidak tersedia.").workflow_state,
			"Ditolak",
		)


class TestWhoSeesWhat(UsulanTestCase):
	def test_a_head_of_unit_sees_and_proposes_only_for_their_own_unit(self):
		doc = self.propose(self.andi.name)
		other_unit = frappe.db.get_value(
			"Department", {"department_name": "Dinas Kependudukan dan Pencatatan Sipil"}
		)
		make_employee_with_user(
			"kepala.dukcapil@example.com", department=other_unit, date_of_birth="1976-06-06"
		)
		make_user("kepala.dukcapil@example.com", "Kepala Unit Kerja")
		with self.set_user("kepala.dukcapil@example.com"):
			self.assertEqual(frappe.get_list("Usulan Promosi", pluck="name"), [])
			self.assertFalse(frappe.has_permission("Usulan Promosi", "read", doc.name))
			with self.assertRaises(frappe.PermissionError):
				frappe.get_doc(
					{
						"doctype": "Usulan Promosi",
						"employee": self.bunga.name,
						"jenis": "Promosi Jabatan",
						"jabatan_tujuan": self.jabatan.name,
						"tmt": today(),
					}
				).insert()
		with self.set_user(self.kepala):
			self.assertEqual(frappe.get_list("Usulan Promosi", pluck="name"), [doc.name])
		for reviewer in (self.bkpsdm, self.tpk, self.ppk):
			with self.set_user(reviewer):
				self.assertIn(doc.name, frappe.get_list("Usulan Promosi", pluck="name"))

	def test_the_sk_draft_prints(self):
		doc = self.propose(self.andi.name)
		with self.set_user(self.bkpsdm):
			html = frappe.get_print("Usulan Promosi", doc.name, print_format="SK Usulan Promosi")
		self.assertIn("KONSEP", html)
		self.assertIn("PENGANGKATAN DALAM JABATAN", html)
		self.assertIn(self.andi.employee_name, html)


class TestGuards(UsulanTestCase):
	def test_an_ineligible_asn_cannot_be_proposed(self):
		rendah = make_employee_asn(
			first_name="Rendah",
			department=self.unit,
			status_kepegawaian="PNS",
			grade="III/b",
			tmt_golongan="2020-01-01",
			pendidikan_terakhir="S1",
		)
		doc = self.propose(rendah.name)
		with self.assertRaises(frappe.ValidationError) as caught:
			self.act(self.kepala, doc, "Ajukan")
		self.assertIn("Pangkat III/b di bawah batas minimal", str(caught.exception))

	def test_choosing_below_the_best_ranked_needs_a_justification_kept_on_record(self):
		doc = self.propose(self.bunga.name)
		with self.assertRaises(frappe.ValidationError) as caught:
			self.approve_up_to_ppk(doc)
		self.assertIn("bukan kandidat peringkat 1", str(caught.exception))
		approved = self.act(
			self.ppk, doc, "Setujui", alasan_penyimpangan="Andi sedang tugas belajar sampai 2027."
		)
		self.assertEqual(
			(approved.workflow_state, approved.kandidat_terbaik), ("Disetujui PPK", self.andi.name)
		)
		self.assertEqual(approved.peringkat_merit, 2)
		with self.set_user(self.bkpsdm):
			later = frappe.get_doc("Usulan Promosi", doc.name)
			later.alasan_penyimpangan = "Diubah kemudian."
			self.assertRaises(frappe.ValidationError, later.save)
		with self.set_user(self.tpk):
			audit = run("Audit Penyimpangan Merit")["result"]
		self.assertIn(
			(doc.name, "Peringkat 2", "Andi sedang tugas belajar sampai 2027."),
			{(row["reference_name"], row["dasar"], row["alasan"]) for row in audit},
		)

	def test_an_election_period_needs_the_ministers_consent(self):
		settings = frappe.get_doc("ASN Merit Settings")
		settings.masa_pilkada_mulai, settings.masa_pilkada_selesai = (
			add_days(today(), -30),
			add_days(today(), 30),
		)
		settings.save()
		doc = self.propose(self.andi.name)
		self.approve_up_to_ppk(doc)
		with self.assertRaises(frappe.ValidationError) as caught:
			self.act(self.bkpsdm, doc, "Tetapkan", nomor_sk="800/1/2026", tanggal_sk=today())
		self.assertIn("persetujuan tertulis Mendagri", str(caught.exception))
		file_url = (
			frappe.get_doc(
				{"doctype": "File", "file_name": "persetujuan.pdf", "content": pdf_bytes(), "is_private": 1}
			)
			.insert()
			.file_url
		)
		self.assertEqual(
			self.act(self.bkpsdm, doc, "Tetapkan", persetujuan_mendagri=file_url).workflow_state, "Ditetapkan"
		)

	def test_rotation_needs_two_to_five_years_in_post(self):
		lama = make_jabatan("Kepala Subbagian Umum", jenis_jabatan="Pengawas", eselon="IVa")
		baru = make_employee_asn(
			first_name="Baru",
			department=self.unit,
			jabatan=lama.name,
			tmt_jabatan=add_days(today(), -200),
			status_kepegawaian="PNS",
			grade="III/d",
			tmt_golongan="2020-01-01",
			pendidikan_terakhir="S1",
		)
		tujuan = make_jabatan("Kepala Subbagian Keuangan", jenis_jabatan="Pengawas", eselon="IVa")
		doc = self.propose(baru.name, jenis="Rotasi", jabatan_tujuan=tujuan.name)
		with self.assertRaises(frappe.ValidationError) as caught:
			self.act(self.kepala, doc, "Ajukan")
		self.assertIn("rotasi paling cepat setelah 2 tahun", str(caught.exception))


class TestEffectOnTheTMT(UsulanTestCase):
	def decree(self, doc):
		self.approve_up_to_ppk(doc)
		return self.act(self.bkpsdm, doc, "Tetapkan", nomor_sk="800/9/2026", tanggal_sk=today())

	def test_a_future_tmt_waits_for_the_daily_job_which_is_idempotent(self):
		doc = self.decree(self.propose(self.andi.name, tmt=add_days(today(), 10)))
		promotion = doc.employee_promotion
		self.assertEqual(frappe.db.get_value("Employee Promotion", promotion, "docstatus"), 0)
		self.assertEqual(submit_due_promotions(), [])
		self.assertNotEqual(frappe.db.get_value("Employee", self.andi.name, "jabatan"), self.jabatan.name)
		frappe.db.set_value("Employee Promotion", promotion, "promotion_date", today())
		self.assertEqual(submit_due_promotions(), [promotion])
		self.assertEqual(submit_due_promotions(), [])
		employee = frappe.get_doc("Employee", self.andi.name)
		self.assertEqual(employee.jabatan, self.jabatan.name)
		self.assertEqual(
			len([row for row in employee.riwayat_jabatan if row.jabatan == self.jabatan.name]), 1
		)

	def test_a_rank_promotion_changes_the_grade_and_the_rank_history(self):
		asn = make_pns("Citra", years_in_rank=5)
		doc = self.decree(
			self.propose(
				asn.name,
				jenis="Kenaikan Pangkat Reguler",
				jabatan_tujuan=None,
				golongan_tujuan="III/b",
				dasar="Kenaikan Pangkat Periodik",
			)
		)
		employee = frappe.get_doc("Employee", asn.name)
		self.assertEqual(employee.grade, "III/b")
		self.assertEqual([row.golongan for row in employee.riwayat_golongan][-2:], ["III/a", "III/b"])
		self.assertTrue(employee.riwayat_golongan[-2].sampai)
		self.assertEqual(doc.docstatus, 1)

	def test_an_objection_is_accepted_within_14_working_days_only(self):
		doc = self.decree(self.propose(self.andi.name))
		with self.set_user(self.bkpsdm):
			late = frappe.get_doc("Usulan Promosi", doc.name)
			late.tanggal_keberatan, late.alasan_keberatan = (
				add_days(late.batas_keberatan, 1),
				"Saya lebih layak.",
			)
			with self.assertRaises(frappe.ValidationError) as caught:
				late.save()
			self.assertIn("tidak dapat diterima", str(caught.exception))
			ok = frappe.get_doc("Usulan Promosi", doc.name)
			ok.tanggal_keberatan, ok.alasan_keberatan = today(), "Saya lebih layak."
			ok.save()
		self.assertTrue(frappe.db.get_value("Usulan Promosi", doc.name, "batas_keputusan_keberatan"))


class TestBatch(UsulanTestCase):
	def test_hr_lists_everyone_eligible_for_the_next_period_once(self):
		# Baik in the two calendar years before the period's TMT, as the workflow checks it too.
		periode = periode_kenaikan_pangkat_berikutnya(getdate(today()))
		baik = [
			{"tahun": periode.year - 2, "predikat": "Baik"},
			{"tahun": periode.year - 1, "predikat": "Baik"},
		]
		eligible = make_pns("Dewi", years_in_rank=5, riwayat_predikat_kinerja=baik)
		too_soon = make_pns("Eko", years_in_rank=1, riwayat_predikat_kinerja=baik)
		with self.set_user(self.bkpsdm):
			first = make_rank_promotion_proposals()
			second = make_rank_promotion_proposals()
		created = frappe.get_all(
			"Usulan Promosi",
			filters={"name": ("in", first["dibuat"])},
			fields=["employee", "golongan_tujuan", "tmt"],
		)
		self.assertIn(
			{"employee": eligible.name, "golongan_tujuan": "III/b", "tmt": getdate(first["periode"])}, created
		)
		self.assertNotIn(too_soon.name, [row["employee"] for row in created])
		self.assertEqual(second["dibuat"], [])
