"""The demo regency: what it makes, that its bulk-written rows are ones our controllers accept,
and that the same seed gives the same regency."""

import frappe
from frappe.desk.query_report import run

from asn_merit.constants import MODULES
from asn_merit.demo.activity import STEPS
from asn_merit.demo.catalogue import UNITS
from asn_merit.demo.regency import make_demo_regency
from asn_merit.merit.nip import parse_nomor_induk
from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import make_employee_with_user, make_pengaduan, make_user

SIZE = {"pegawai": 120, "jabatan": 60, "pengaduan": 60}


def demo_employees() -> list[dict]:
	company = frappe.defaults.get_global_default("company")
	abbr = frappe.db.get_value("Company", company, "abbr")
	return frappe.get_all(
		"Employee",
		filters={"department": ("in", [f"{unit} - {abbr}" for unit in UNITS])},
		fields=["name", "nip", "date_of_birth", "jabatan"],
	)


# A BKPSDM officer works in HRMS as an HR User too: our role adds to it, it does not replace it.
WORKS_WITH = {"Petugas BKPSDM": ("HR User",)}


# Filters a report cannot run without, taken from the demo regency.
def report_filters(report: str, seleksi: str) -> dict:
	jabatan = frappe.db.get_value("Jabatan", {"jenis_jabatan": "JPT Pratama"})
	unit = frappe.db.get_value("Jabatan", jabatan, "unit_kerja")
	return {
		"Peringkat Merit Jabatan": {"jabatan": jabatan},
		"Hasil Seleksi Terbuka": {"seleksi_terbuka": seleksi},
		"Kalibrasi Predikat Kinerja": {"unit_kerja": unit, "tahun": frappe.utils.getdate().year - 1},
	}.get(report, {})


class TestDemoRegency(ASNTestCase):
	"""One demo regency for the class (it takes most of a minute to make): each test works inside
	a savepoint, the class's rollback removes the regency."""

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		cls.report = make_demo_regency(**SIZE)
		cls.employees = demo_employees()

	def setUp(self):
		super(ASNTestCase, self).setUp()  # not ASNTestCase's full rollback: the regency stays
		frappe.set_user("Administrator")
		frappe.db.savepoint("demo_test")
		self.addCleanup(frappe.db.rollback, save_point="demo_test")
		self.addCleanup(setattr, frappe.flags, "mute_emails", frappe.flags.mute_emails)
		frappe.flags.mute_emails = True

	def test_every_role_has_a_desk_user_and_every_unit_a_penghubung(self):
		from asn_merit.constants import ROLE_PENGHUBUNG, ROLE_PPK
		from asn_merit.demo.officers import OFFICERS

		for email, (_label, roles) in OFFICERS.items():
			self.assertTrue(set(roles) <= set(frappe.get_roles(email)), email)
		self.assertIn(ROLE_PPK, frappe.get_roles("ppk.demo@kabupaten-contoh.go.id"))
		kepala = frappe.db.get_value("Employee", {"user_id": "kepala.unit.demo@kabupaten-contoh.go.id"})
		self.assertTrue(frappe.db.exists("Penilaian Kinerja", {"pejabat_penilai": kepala}))
		rows = frappe.get_single("Pengaduan Settings").penghubung
		demo_units = set(
			frappe.get_all(
				"Employee", filters={"name": ("in", [row.name for row in self.employees])}, pluck="department"
			)
		)
		self.assertLessEqual(demo_units, {row.unit_kerja for row in rows})
		self.assertTrue(all(ROLE_PENGHUBUNG in frappe.get_roles(row.user) for row in rows))

	def test_promotions_carry_their_merit_rank_and_one_recorded_deviation(self):
		made = self.report["promosi_jabatan"][0]
		rows = frappe.get_all(
			"Usulan Promosi",
			filters={"name": ("in", list(made) or [""])},
			fields=["peringkat_merit", "alasan_penyimpangan", "workflow_state", "rekomendasi_tim_penilai"],
			order_by="peringkat_merit",
		)
		self.assertEqual([row.peringkat_merit for row in rows], [1, 2])
		self.assertEqual({row.workflow_state for row in rows}, {"Disetujui PPK"})
		self.assertTrue(all(row.rekomendasi_tim_penilai for row in rows))
		self.assertEqual([bool(row.alasan_penyimpangan) for row in rows], [False, True])

	def test_the_demo_asn_logs_in_as_an_asn(self):
		from asn_merit.demo.portal_users import USERS

		email = USERS["PNS"]
		self.assertIn("Employee", frappe.get_roles(email))  # ERPNext keeps it: the Employee is linked
		self.assertEqual(frappe.db.get_value("User", email, "default_workspace"), "Beranda ASN")

	def test_last_years_plans_and_rewards_are_on_record_the_demo_asns_among_them(self):
		from asn_merit.demo.portal_users import USERS

		made = self.report["pengembangan"][0]
		self.assertGreater(made["rencana"], 0)
		self.assertGreater(made["penghargaan"], 0)
		self.assertEqual(frappe.db.count("Penghargaan"), made["penghargaan"])
		tahun = frappe.utils.getdate().year - 1
		pns = frappe.db.get_value("Employee", {"user_id": USERS["PNS"]})
		self.assertTrue(
			frappe.db.exists("Rencana Pengembangan Kompetensi", {"employee": pns, "tahun": tahun})
		)

	def test_it_makes_the_regency_asked_for(self):
		counts = {key: value[0] for key, value in self.report.items()}
		self.assertEqual(
			{key: counts[key] for key in ("jabatan", "pegawai", "pengaduan", "penilaian_kinerja")},
			{"jabatan": 60, "pegawai": 120, "pengaduan": 60, "penilaian_kinerja": 240},
		)
		self.assertEqual(len(self.employees), 120)
		self.assertEqual(len({row.nip for row in self.employees}), 120)
		for row in self.employees:
			self.assertEqual(parse_nomor_induk(row.nip).tanggal_lahir, row.date_of_birth)
		# The workforce of a regency: PPPK beside PNS, doctors among the professions.
		self.assertTrue(
			frappe.db.exists("Employee", {"status_kepegawaian": "PPPK", "grade": ("in", ("V", "VII", "IX"))})
		)
		self.assertTrue(frappe.db.exists("Employee", {"pendidikan_terakhir": "Dokter"}))
		self.assertGreater(counts["penetapan_angka_kredit"], 0)  # JF holders with angka kredit
		states = frappe.get_all(
			"Usulan Promosi",
			filters={"name": ("in", list(counts["usulan_promosi"].values()))},
			pluck="workflow_state",
		)
		self.assertEqual(sorted(states), sorted(STEPS))
		self.assertEqual(
			frappe.db.get_value("Seleksi Terbuka", counts["seleksi_terbuka"], "status"), "Pengumuman"
		)
		self.assertGreater(
			frappe.db.count("Lamaran Seleksi Terbuka", {"seleksi_terbuka": counts["seleksi_terbuka"]}), 0
		)
		self.assertEqual(counts["skor_merit"], frappe.db.count("Employee", {"status": "Active"}))

	def test_bulk_written_records_pass_their_controllers(self):
		for row in self.employees[:5]:
			frappe.get_doc("Employee", row.name).save()
		for name in frappe.get_all("Pengaduan Masyarakat", limit=5, order_by="creation desc", pluck="name"):
			frappe.get_doc("Pengaduan Masyarakat", name).save()
		make_pengaduan()  # a new record after the bulk ones takes a free name from the same counter
		appraisal = frappe.get_doc("Penilaian Kinerja", {"employee": self.employees[0].name})
		self.assertEqual(
			(appraisal.docstatus, len(appraisal.hasil_kerja), len(appraisal.perilaku)), (1, 2, 7)
		)
		jabatan = frappe.get_doc("Jabatan", self.employees[0].jabatan)
		self.assertGreaterEqual(jabatan.bezetting, 1)

	def test_a_second_run_on_the_same_site_is_refused(self):
		with self.assertRaises(frappe.ValidationError) as caught:
			make_demo_regency(**SIZE)
		self.assertIn("sudah ada", str(caught.exception))

	def test_every_report_opens_for_each_of_its_roles_and_is_refused_to_a_plain_asn(self):
		seleksi = self.report["seleksi_terbuka"][0]
		asn = make_employee_with_user("laporan.asn@example.com").user_id
		reports = frappe.get_all("Report", filters={"module": ("in", MODULES)}, pluck="name")
		self.assertGreaterEqual(len(reports), 8)
		for report in reports:
			filters = report_filters(report, seleksi)
			for role in frappe.get_all(
				"Has Role", filters={"parent": report, "parenttype": "Report"}, pluck="role"
			):
				user = make_user(f"{frappe.scrub(role)}@laporan.example.com", role, *WORKS_WITH.get(role, ()))
				with self.set_user(user):
					result = run(report, filters=filters)
				self.assertIn("result", result, f"{report} as {role}")
			with self.set_user(asn), self.assertRaises(frappe.PermissionError, msg=report):
				run(report, filters=filters)


class TestDemoSeed(ASNTestCase):
	def test_the_same_seed_gives_the_same_regency(self):
		frappe.set_user("Administrator")
		small = {"pegawai": 40, "jabatan": 30, "pengaduan": 5}
		make_demo_regency(**small)
		first = sorted(row.nip for row in demo_employees())
		frappe.db.rollback()
		make_demo_regency(**small)
		self.assertEqual(sorted(row.nip for row in demo_employees()), first)
