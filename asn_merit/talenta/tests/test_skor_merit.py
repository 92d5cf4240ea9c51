"""Merit scores, the talent map, the candidate ranking and the succession pool on a real site."""

import json
from datetime import date
from unittest.mock import patch
from urllib.parse import parse_qsl, urlsplit

import frappe
from frappe.desk.query_report import run
from frappe.utils import add_days, today

from asn_merit.api.merit import get_peringkat_kandidat, hitung_ulang_skor_merit
from asn_merit.inputs import pegawai
from asn_merit.inputs.merit import load_data_merit
from asn_merit.inputs.settings import get_perlakuan_belum_diukur
from asn_merit.merit.skor_merit import BelumDiukur
from asn_merit.patches.v0_2 import set_perlakuan_belum_diukur
from asn_merit.talenta import recompute, recompute_run
from asn_merit.talenta.recompute import recompute_all
from asn_merit.talenta.report.peta_talenta.peta_talenta import execute as peta_talenta
from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.bootstrap import TEST_COMPANY
from asn_merit.tests.factories import (
	make_employee_asn,
	make_employee_with_user,
	make_jabatan,
	make_nip,
	make_pengaduan,
	make_user,
)

THIS_YEAR = int(today()[:4])
STANDAR = [
	{"jenis_kompetensi": "Manajerial", "kompetensi": "Integritas", "level": 3},
	{"jenis_kompetensi": "Teknis", "kompetensi": "Manajemen SDM", "level": 4},
]


def predikat(*labels):
	"""Predikat for the last len(labels) years, oldest first."""
	start = THIS_YEAR - len(labels)
	return [{"tahun": start + index, "predikat": label} for index, label in enumerate(labels)]


def count_active_asn() -> int:
	employees = frappe.get_all(
		"Employee", filters={"status": "Active"}, fields=["nip", "status_kepegawaian", "employment_type"]
	)
	return sum(1 for employee in employees if not pegawai.bukan_asn(employee))


def make_asesmen(employee: str, skor: float, integritas: int, sdm: int):
	doc = frappe.get_doc(
		{
			"doctype": "Hasil Asesmen",
			"employee": employee,
			"tanggal_asesmen": add_days(today(), -100),
			"sumber": "Assessment Center",
			"skor_potensial": skor,
			"kompetensi": [
				{"jenis_kompetensi": "Manajerial", "kompetensi": "Integritas", "level": integritas},
				{"jenis_kompetensi": "Teknis", "kompetensi": "manajemen sdm ", "level": sdm},
			],
		}
	).insert()
	doc.submit()
	return doc


def make_training(employees_hours: dict[str, float], year: int):
	event = frappe.get_doc(
		{
			"doctype": "Training Event",
			"event_name": f"Diklat Manajemen SDM {year} {frappe.generate_hash(length=5)}",
			"event_status": "Completed",
			"type": "Workshop",
			"location": "BPSDM Provinsi",
			"start_time": f"{year}-03-02 08:00:00",
			"end_time": f"{year}-03-05 16:00:00",
			"introduction": "Pelatihan teknis.",
			"employees": [{"employee": employee} for employee in employees_hours],
		}
	).insert()
	event.submit()
	result = frappe.get_doc(
		{
			"doctype": "Training Result",
			"training_event": event.name,
			"employees": [
				{"employee": employee, "hours": hours} for employee, hours in employees_hours.items()
			],
		}
	).insert()
	result.submit()


class MeritTestCase(ASNTestCase):
	def setUp(self):
		super().setUp()
		self.officer = make_user("officer.merit@example.com", "Petugas BKPSDM", "HR User")
		self.jabatan = make_jabatan(
			"Kepala Bidang Pengembangan Pegawai",
			jenis_jabatan="Administrator",
			eselon="IIIa",
			pendidikan_minimal="S1",
			jabatan_kritis=1,
			standar_kompetensi=STANDAR,
		)
		common = {"status_kepegawaian": "PNS", "tmt_golongan": "2020-01-01", "grade": "IV/a"}
		self.andi = make_employee_asn(
			first_name="Andi",
			date_of_birth="1975-03-12",  # a CPNS at 24 (PP 11/2017 Pasal 23: at least 18)
			nip=make_nip(date(1975, 3, 12), tmt_cpns=date(2000, 1, 1)),  # 25+ years of service: the cap
			pendidikan_terakhir="S1",
			riwayat_predikat_kinerja=predikat("Sangat Baik", "Sangat Baik"),
			**common,
		)
		self.bunga = make_employee_asn(
			first_name="Bunga",
			pendidikan_terakhir="S1",
			riwayat_predikat_kinerja=predikat("Baik", "Baik"),
			**common,
		)
		self.bayu = make_employee_asn(
			first_name="Bayu",
			pendidikan_terakhir="S1",
			riwayat_predikat_kinerja=predikat("Baik", "Baik"),
			**common,
		)
		self.rendah = make_employee_asn(
			first_name="Rendah",
			pendidikan_terakhir="S1",
			status_kepegawaian="PNS",
			grade="III/b",
			tmt_golongan="2020-01-01",
		)
		make_asesmen(self.andi.name, 85, 3, 4)
		make_asesmen(self.bunga.name, 70, 3, 2)
		make_asesmen(self.bayu.name, 70, 3, 2)
		make_training({self.andi.name: 30, self.bunga.name: 7.5, self.bayu.name: 7.5}, THIS_YEAR - 1)
		make_training({self.andi.name: 15}, THIS_YEAR - 2)

	def ranking(self):
		with self.set_user(self.officer):
			return get_peringkat_kandidat(self.jabatan.name)


class TestCandidateRanking(MeritTestCase):
	def test_eligible_candidates_are_ranked_with_their_breakdown(self):
		result = self.ranking()
		ranked = [row["employee"] for row in result["layak"]]
		self.assertEqual(ranked[0], self.andi.name)
		top = result["layak"][0]
		# kinerja 100; potensi 85; kompetensi 100; kualifikasi 100;
		# rekam jejak: masa kerja capped 40 + training 40 (20 and 40 JP, both >= 20) + clean 20 = 100.
		self.assertEqual([k["skor"] for k in top["komponen"]], [100, 85, 100, 100, 100])
		self.assertEqual(top["total"], 96.25)
		self.assertIn("Pengembangan kompetensi", " ".join(top["komponen"][4]["rincian"]))
		self.assertEqual(top["peringkat"], 1)

	def test_the_ranking_report_shows_the_same_order_and_the_reasons(self):
		with self.set_user(self.officer):
			result = run("Peringkat Merit Jabatan", filters={"jabatan": self.jabatan.name})
		rows = result["result"]
		self.assertEqual(
			(rows[0]["employee"], rows[0]["peringkat"], rows[0]["total"]), (self.andi.name, 1, 96.25)
		)
		rendah = next(row for row in rows if row["employee"] == self.rendah.name)
		self.assertIsNone(rendah.get("peringkat"))
		self.assertIn("Pangkat III/b", rendah["keterangan"])

	def test_ties_are_broken_by_the_stated_rule(self):
		result = self.ranking()
		bunga, bayu = (
			next(r for r in result["layak"] if r["employee"] == e.name) for e in (self.bunga, self.bayu)
		)
		self.assertEqual(bunga["total"], bayu["total"])
		first = min((self.bunga, self.bayu), key=lambda e: e.nip)
		self.assertEqual(
			next(
				row["employee"]
				for row in result["layak"]
				if row["employee"] in (self.bunga.name, self.bayu.name)
			),
			first.name,
		)
		self.assertIn("NIP terkecil", result["aturan_seri"])
		self.assertEqual(self.ranking(), result)

	def test_the_ineligible_are_listed_with_their_reasons(self):
		result = self.ranking()
		refused = {row["employee"]: row["alasan"] for row in result["tidak_layak"]}
		self.assertIn("Pangkat III/b di bawah batas minimal", refused[self.rendah.name][0])
		self.assertNotIn(self.rendah.name, [row["employee"] for row in result["layak"]])

	def test_a_substantiated_complaint_lowers_the_track_record(self):
		before = next(r for r in self.ranking()["layak"] if r["employee"] == self.bayu.name)
		complaint = make_pengaduan()
		frappe.db.set_value(
			"Pengaduan Masyarakat",
			complaint.name,
			{
				"status": "Selesai",
				"employee": self.bayu.name,
				"hasil_pemeriksaan": "Terbukti",
				"tanggal_selesai": today(),
			},
		)
		after = next(r for r in self.ranking()["layak"] if r["employee"] == self.bayu.name)
		self.assertEqual(
			after["komponen"][4]["skor"], before["komponen"][4]["skor"] - 30
		)  # no clean bonus, -10
		self.assertIn("Pengaduan masyarakat terbukti (1): -10,00 poin", after["komponen"][4]["rincian"])

	def test_a_head_of_unit_ranks_only_the_employees_of_their_unit(self):
		kepala = make_user("kepala.bidang.merit@example.com", "HR User")
		here, elsewhere = frappe.get_all(
			"Department", {"is_group": 0, "company": ("is", "set")}, pluck="name", limit=2
		)
		for name in frappe.get_all("Employee", {"status": "Active"}, pluck="name"):
			frappe.db.set_value("Employee", name, "department", here)
		frappe.db.set_value("Employee", self.bayu.name, "department", elsewhere)
		frappe.get_doc(
			{
				"doctype": "User Permission",
				"user": kepala,
				"allow": "Department",
				"for_value": elsewhere,
				"apply_to_all_doctypes": 0,
				"applicable_for": "Employee",
			}
		).insert(ignore_permissions=True)
		with self.set_user(kepala):
			result = get_peringkat_kandidat(self.jabatan.name)
		seen = {row["employee"] for row in result["layak"] + result["tidak_layak"]}
		self.assertIn(self.bayu.name, seen)
		self.assertNotIn(self.andi.name, seen)
		self.assertEqual({row["unit_kerja"] for row in result["layak"] + result["tidak_layak"]}, {elsewhere})
		everyone = self.ranking()
		self.assertIn(self.andi.name, {row["employee"] for row in everyone["layak"]})

	def test_an_unknown_jabatan_and_an_outsider_are_refused(self):
		with self.set_user(self.officer), self.assertRaises(frappe.DoesNotExistError):
			get_peringkat_kandidat("Tidak Ada")
		with (
			self.set_user(make_user("warga.merit@example.com", "Blogger")),
			self.assertRaises(frappe.PermissionError),
		):
			get_peringkat_kandidat(self.jabatan.name)


class TestRecomputeAndTalentMap(MeritTestCase):
	def test_a_large_set_of_employees_is_read_the_same_way(self):
		"""Past IN_LIST_LIMIT employees the loader reads all rows and keeps the wanted ones."""
		employees = frappe.get_all("Employee", fields=list(pegawai.EMPLOYEE_FIELDS))
		wanted = [row for row in employees if row.name != self.bunga.name]
		as_list = pegawai.load_data_pegawai(wanted)
		with patch.object(pegawai, "IN_LIST_LIMIT", 0):
			as_scan = pegawai.load_data_pegawai(wanted)
		self.assertEqual(as_list, as_scan)
		self.assertNotIn(self.bunga.name, as_scan)
		self.assertEqual(as_scan[self.andi.name].predikat_per_tahun[-1][1], "Sangat Baik")

	def test_a_chunk_of_units_reads_only_its_units_and_the_same_inputs(self):
		"""Past IN_LIST_LIMIT a recompute chunk reads its units' rows, not the whole site's."""
		unit = self.andi.department or recompute_run.NO_UNIT
		employees = recompute_run.chunk_employees([unit])
		on_date = date(THIS_YEAR, 6, 30)
		as_list = load_data_merit(employees, on_date, 3)
		with patch.object(pegawai, "IN_LIST_LIMIT", 0):
			by_unit = load_data_merit(employees, on_date, 3, units=(unit,))
			elsewhere = load_data_merit(employees, on_date, 3, units=("Unit Lain",))
		self.assertEqual(as_list, by_unit)
		andi = by_unit[self.andi.name]
		self.assertEqual((andi.skor_potensial, andi.predikat[-1][1]), (85, "Sangat Baik"))
		self.assertGreater(sum(jam for _year, jam in andi.jam_pelatihan), 0)
		# Rows of employees outside the named units are not read at all.
		self.assertEqual(
			(elsewhere[self.andi.name].skor_potensial, elsewhere[self.andi.name].predikat), (None, ())
		)
		self.assertEqual(sum(jam for _year, jam in elsewhere[self.andi.name].jam_pelatihan), 0)

	def test_recompute_stores_rows_the_controller_would_load(self):
		recompute_all()
		doc = frappe.get_doc("Skor Merit", self.andi.name)
		self.assertEqual((doc.employee, doc.kotak_talenta, doc.label_kotak), (self.andi.name, 9, "Bintang"))
		self.assertIn("Kinerja", doc.rincian)
		self.assertGreater(doc.total, 0)

	def test_recompute_stores_every_active_employee_with_box_and_breakdown(self):
		count = recompute_all()
		self.assertEqual(count, count_active_asn())
		self.assertEqual(frappe.db.count("Skor Merit"), count)
		andi = frappe.get_doc("Skor Merit", self.andi.name)
		self.assertEqual(
			(andi.kategori_kinerja, andi.kategori_potensial, andi.kotak_talenta),
			("Di Atas Ekspektasi", "Tinggi", 9),
		)
		self.assertEqual(andi.label_kotak, "Bintang")
		self.assertIn("Total skor merit", andi.rincian)
		bunga = frappe.get_doc("Skor Merit", self.bunga.name)
		self.assertEqual(bunga.kotak_talenta, 5)  # Baik, potential 70: as expected / medium
		self.assertEqual(frappe.db.get_value("Skor Merit", self.rendah.name, "kotak_talenta"), 0)

	def test_staff_outside_the_merit_system_get_no_score_and_are_ranked_nowhere(self):
		"""A regency's honorary and contract staff (no NIP, a grade of its own) and interns."""
		frappe.get_doc({"doctype": "Employee Grade", "__newname": "Honorer A"}).insert(
			ignore_if_duplicate=True
		)
		outside = [
			make_employee_asn(first_name="Honorer", nip=None, grade="Honorer A", employment_type="Contract"),
			make_employee_asn(first_name="Magang", employment_type="Intern"),
		]
		recompute_all()
		self.assertFalse(frappe.db.exists("Skor Merit", {"employee": ("in", [e.name for e in outside])}))
		jabatan = make_jabatan(f"Penata Kepegawaian {frappe.generate_hash(length=5)}", pangkat_minimal="II/a")
		with self.set_user(self.officer):
			hasil = get_peringkat_kandidat(jabatan.name)
		reasons = {row["employee"]: row["alasan"] for row in hasil["tidak_layak"]}
		self.assertEqual(
			reasons[outside[0].name], ["Bukan ASN: status kepegawaian (PNS/PPPK) dan NIP belum diisi."]
		)
		self.assertEqual(reasons[outside[1].name], ["Bukan ASN: pegawai magang (Intern)."])

	def test_recompute_twice_gives_the_same_result(self):
		recompute_all()
		first = frappe.get_all(
			"Skor Merit", fields=["employee", "total", "kotak_talenta"], order_by="employee"
		)
		recompute_all()
		self.assertEqual(
			frappe.get_all("Skor Merit", fields=["employee", "total", "kotak_talenta"], order_by="employee"),
			first,
		)

	def test_the_talent_map_counts_and_names_people_per_box(self):
		recompute_all()
		with self.set_user(self.officer):
			_columns, data, grid = peta_talenta({"unit_kerja": self.andi.department})
		boxes = {row["kotak"]: row for row in data}
		self.assertEqual(boxes[9]["jumlah"], 1)
		self.assertIn("Andi", boxes[9]["pegawai"])
		self.assertEqual(boxes[5]["jumlah"], 2)
		self.assertIn("Bintang", grid)
		self.assertEqual([row["kotak"] for row in data[:9]], list(range(9, 0, -1)))

	def test_an_asn_sees_only_their_own_score_and_its_breakdown(self):
		asn = make_employee_with_user("asn.merit@example.com", grade="III/a")
		recompute_all()
		with self.set_user("asn.merit@example.com"):
			self.assertEqual(frappe.get_list("Skor Merit", pluck="employee"), [asn.name])
			self.assertIn("Total skor merit", frappe.get_doc("Skor Merit", asn.name).rincian)
			self.assertRaises(
				frappe.PermissionError, frappe.get_doc("Skor Merit", self.andi.name).check_permission
			)

	def test_hr_queues_the_recompute(self):
		with self.set_user(self.officer):
			self.assertIn("sedang berjalan", hitung_ulang_skor_merit())

	def test_the_queued_job_reports_progress_and_finishes(self):
		"""What the worker runs: at 1,000 ASN and beyond it publishes progress (found when a
		killed-worker run at 10,000 ASN showed every queued recompute failing there)."""
		active = count_active_asn()
		with self.set_user(self.officer), patch.object(recompute, "PROGRESS_EVERY", 1):
			self.assertEqual(recompute_all(show_progress=True), active)

	def test_only_hr_may_start_the_recompute(self):
		with (
			self.set_user(make_user("pegawai.merit@example.com", "Employee")),
			self.assertRaises(frappe.PermissionError),
		):
			hitung_ulang_skor_merit()


class TestSuccessionPool(MeritTestCase):
	def make_pool(self, *employees):
		return frappe.get_doc(
			{
				"doctype": "Kelompok Rencana Suksesi",
				"tahun": THIS_YEAR,
				"jabatan": self.jabatan.name,
				"anggota": [{"employee": employee} for employee in employees],
			}
		)

	def test_a_box_nine_eligible_asn_joins_and_the_decision_is_recorded(self):
		recompute_all()
		with self.set_user(self.officer):
			pool = self.make_pool(self.andi.name).insert()
			pool.submit()
		self.assertEqual((pool.ditetapkan_oleh, pool.anggota[0].kotak_talenta), (self.officer, 9))
		self.assertTrue(pool.tanggal_penetapan)

	def test_a_box_five_asn_is_refused_with_the_reason(self):
		recompute_all()
		with self.assertRaises(frappe.ValidationError) as caught:
			self.make_pool(self.bunga.name).insert()
		self.assertIn("hanya kotak 7, 8 dan 9", str(caught.exception))

	def test_one_pool_per_jabatan_per_year_and_only_for_critical_jabatan(self):
		recompute_all()
		self.make_pool(self.andi.name).insert()
		self.assertRaises(frappe.ValidationError, self.make_pool(self.andi.name).insert)
		biasa = make_jabatan("Analis Kepegawaian", jabatan_kritis=0)
		pool = self.make_pool(self.andi.name)
		pool.jabatan = biasa.name
		self.assertRaises(frappe.ValidationError, pool.insert)


class TestMeritSettings(ASNTestCase):
	def test_weights_must_be_non_negative_and_sum_to_100(self):
		settings = frappe.get_doc("ASN Merit Settings")
		settings.bobot_kinerja = 50
		with self.assertRaises(frappe.ValidationError) as caught:
			settings.save()
		self.assertIn("Jumlah bobot harus 100, sekarang 120,00", str(caught.exception))
		settings.reload()
		settings.bobot_kinerja, settings.bobot_potensi = -5, 60
		self.assertRaises(frappe.ValidationError, settings.save)

	def test_cut_offs_must_be_ordered(self):
		settings = frappe.get_doc("ASN Merit Settings")
		settings.batas_potensial_menengah, settings.batas_potensial_tinggi = 80, 60
		self.assertRaises(frappe.ValidationError, settings.save)

	def test_box_labels_can_be_changed_and_all_nine_stay(self):
		settings = frappe.get_doc("ASN Merit Settings")
		settings.save()
		self.assertEqual([row.kotak for row in settings.kotak_talenta], list(range(1, 10)))
		settings.kotak_talenta[8].label = "Talenta Utama"
		settings.save()
		from asn_merit.inputs.settings import get_kotak_talenta

		self.assertEqual(get_kotak_talenta()[9][0], "Talenta Utama")


def list_filters(url: str) -> list:
	"""The filters Frappe's list view takes from a link's query string (a JSON pair is an
	operator and a value), as list_view.js parse_filters_from_route_options reads them."""
	filters = []
	for field, value in parse_qsl(urlsplit(url).query):
		if value.startswith("[") and value.endswith("]"):
			operator, operand = json.loads(value)
			filters.append([field, operator, operand])
		else:
			filters.append([field, "=", value])
	return filters


def set_perlakuan(value: str) -> None:
	settings = frappe.get_doc("ASN Merit Settings")
	settings.perlakuan_belum_diukur = value
	settings.save()


class TestUnmeasuredComponents(MeritTestCase):
	"""A component with nothing to measure says "belum diukur": redistributed by default, or
	kept at 0 and marked incomplete by the regency's setting."""

	def setUp(self):
		super().setUp()
		self.unit = (
			frappe.get_doc(
				{"doctype": "Department", "department_name": "Bidang Uji Talenta", "company": TEST_COMPANY}
			)
			.insert()
			.name
		)
		common = {"status_kepegawaian": "PNS", "tmt_golongan": "2020-01-01", "grade": "IV/a"}
		# Eligible for self.jabatan like Bunga, but never assessed: no potential, no competency.
		self.citra = make_employee_asn(
			first_name="Citra",
			pendidikan_terakhir="S1",
			department=self.unit,
			riwayat_predikat_kinerja=predikat("Baik", "Baik"),
			**common,
		)
		analis = make_jabatan(
			f"Analis SDM Aparatur {frappe.generate_hash(length=5)}",
			unit_kerja=self.unit,
			kebutuhan=2,
			standar_kompetensi=STANDAR,
		)
		# Holds a jabatan with a competency standard and is assessed on it: everything measured.
		self.dewi = make_employee_asn(
			first_name="Dewi",
			pendidikan_terakhir="S1",
			jabatan=analis.name,
			riwayat_predikat_kinerja=predikat("Baik", "Baik"),
			**common,
		)
		make_asesmen(self.dewi.name, 75, 3, 4)

	def row(self, result: dict, employee) -> dict:
		return next(row for row in result["layak"] if row["employee"] == employee.name)

	def test_by_default_an_unmeasured_weight_goes_to_the_measured_in_proportion(self):
		citra = self.row(self.ranking(), self.citra)
		self.assertEqual(
			(citra["belum_diukur"], citra["skor_tidak_lengkap"]), (["potensi", "kompetensi"], False)
		)
		komponen = {k["kode"]: k for k in citra["komponen"]}
		self.assertEqual(
			(
				komponen["potensi"]["diukur"],
				komponen["potensi"]["alasan_belum_diukur"],
				komponen["potensi"]["bobot"],
			),
			(False, "belum ada hasil asesmen potensial", 0),
		)
		self.assertEqual(komponen["kompetensi"]["alasan_belum_diukur"], "belum ada hasil asesmen kompetensi")
		# Measured weights 30 + 10 + 15 = 55 carry the whole score.
		self.assertAlmostEqual(komponen["kinerja"]["bobot"], 30 * 100 / 55)
		expected = (80 * 30 + 100 * 10 + komponen["rekam_jejak"]["skor"] * 15) / 55
		self.assertAlmostEqual(citra["total"], expected, delta=0.02)
		self.assertIn("Bobot 25% dibagi ulang ke komponen yang terukur.", komponen["potensi"]["rincian"])
		andi = self.row(self.ranking(), self.andi)
		self.assertEqual((andi["belum_diukur"], andi["total"]), ([], 96.25))

	def test_the_setting_keeps_the_weight_at_zero_and_marks_the_score_incomplete(self):
		redistributed = self.row(self.ranking(), self.citra)["total"]
		set_perlakuan(BelumDiukur.TANDAI)
		self.assertEqual(get_perlakuan_belum_diukur(), BelumDiukur.TANDAI)
		citra = self.row(self.ranking(), self.citra)
		komponen = {k["kode"]: k for k in citra["komponen"]}
		self.assertEqual([k["bobot"] for k in citra["komponen"]], [30, 25, 20, 10, 15])
		self.assertAlmostEqual(
			citra["total"], (80 * 30 + 100 * 10 + komponen["rekam_jejak"]["skor"] * 15) / 100, delta=0.01
		)
		self.assertLess(citra["total"], redistributed)
		self.assertEqual(
			(citra["belum_diukur"], citra["skor_tidak_lengkap"]), (["potensi", "kompetensi"], True)
		)
		with self.set_user(self.officer):
			rows = run("Peringkat Merit Jabatan", filters={"jabatan": self.jabatan.name})["result"]
		row = next(row for row in rows if row["employee"] == self.citra.name)
		self.assertIn("Skor tidak lengkap", row["keterangan"])

	def test_the_ranking_report_names_the_unmeasured_components(self):
		with self.set_user(self.officer):
			result = run("Peringkat Merit Jabatan", filters={"jabatan": self.jabatan.name})
		self.assertIn("belum_diukur", [column["fieldname"] for column in result["columns"]])
		rows = {row["employee"]: row for row in result["result"]}
		citra, andi = rows[self.citra.name], rows[self.andi.name]
		self.assertEqual(
			(citra["belum_diukur"], citra["komponen_belum_diukur"]),
			("Potensi, Kompetensi", ["potensi", "kompetensi"]),
		)
		self.assertNotIn("Skor tidak lengkap", citra["keterangan"])
		self.assertEqual((andi["belum_diukur"], andi["komponen_belum_diukur"]), ("", []))
		self.assertEqual(rows[self.rendah.name].get("belum_diukur"), None)  # ineligible: not scored

	def test_recompute_stores_which_components_were_not_measured(self):
		recompute_all()
		citra = frappe.get_doc("Skor Merit", self.citra.name)
		self.assertEqual((citra.belum_diukur, citra.skor_tidak_lengkap), ("Potensi, Kompetensi", 0))
		self.assertIn("Potensi: belum diukur (belum ada hasil asesmen potensial)", citra.rincian)
		self.assertIn("Kompetensi: belum diukur (jabatan belum memiliki standar kompetensi)", citra.rincian)
		dewi = frappe.get_doc("Skor Merit", self.dewi.name)
		self.assertEqual((dewi.belum_diukur, dewi.skor_tidak_lengkap, dewi.skor_kompetensi), (None, 0, 100))

		set_perlakuan(BelumDiukur.TANDAI)
		recompute_all()
		citra.reload()
		self.assertEqual((citra.belum_diukur, citra.skor_tidak_lengkap), ("Potensi, Kompetensi", 1))
		self.assertTrue(
			citra.rincian.endswith("(tidak lengkap: potensi, kompetensi belum diukur)"), citra.rincian
		)
		self.assertEqual(
			frappe.get_all(
				"Skor Merit", filters={"skor_tidak_lengkap": 1, "belum_diukur": ("is", "not set")}
			),
			[],
		)

	def test_the_setting_offers_what_the_rules_know_and_defaults_to_redistribution(self):
		field = frappe.get_meta("ASN Merit Settings").get_field("perlakuan_belum_diukur")
		self.assertEqual(field.options.split("\n"), [BelumDiukur.BAGI_ULANG, BelumDiukur.TANDAI])
		self.assertEqual(field.default, BelumDiukur.BAGI_ULANG)
		# A site upgraded from a release without the field has nothing stored: the default holds,
		# and the upgrade's patch stores it so that the form shows it.
		frappe.db.set_single_value("ASN Merit Settings", "perlakuan_belum_diukur", None)
		frappe.clear_document_cache("ASN Merit Settings", "ASN Merit Settings")
		self.assertEqual(get_perlakuan_belum_diukur(), BelumDiukur.BAGI_ULANG)
		set_perlakuan_belum_diukur.execute()
		self.assertEqual(
			frappe.db.get_single_value("ASN Merit Settings", "perlakuan_belum_diukur"), BelumDiukur.BAGI_ULANG
		)
		# A regency's own choice survives the patch.
		set_perlakuan(BelumDiukur.TANDAI)
		set_perlakuan_belum_diukur.execute()
		self.assertEqual(get_perlakuan_belum_diukur(), BelumDiukur.TANDAI)

	def test_each_box_opens_the_list_of_its_people_under_the_report_filter(self):
		recompute_all()
		with self.set_user(self.officer):
			_columns, data, grid = peta_talenta({"unit_kerja": self.unit})
			lists = {
				row["kotak"]: (
					frappe.get_list("Skor Merit", filters=list_filters(row["daftar"]), pluck="employee"),
					frappe.get_list(
						"Skor Merit", filters=list_filters(row["daftar_belum_diukur"]), pluck="employee"
					),
				)
				for row in data
			}
		rows = {row["kotak"]: row for row in data}
		for kotak, (everyone, unmeasured) in lists.items():
			with self.subTest(kotak=kotak):
				self.assertEqual(len(everyone), rows[kotak]["jumlah"])
				self.assertEqual(len(unmeasured), rows[kotak]["belum_diukur"])
		self.assertEqual(lists[5], ([self.dewi.name], []))
		self.assertEqual(lists[None], ([self.citra.name], [self.citra.name]))  # belum dipetakan
		self.assertIn(f"unit_kerja={self.unit.replace(' ', '+')}", rows[5]["daftar"])
		self.assertEqual(
			rows[None]["rekomendasi"],
			"Lengkapi predikat dan hasil asesmen: 0 ASN belum punya predikat kinerja, "
			"1 ASN belum punya hasil asesmen potensial.",
		)
		self.assertIn(frappe.utils.escape_html(rows[5]["daftar"]), grid)
