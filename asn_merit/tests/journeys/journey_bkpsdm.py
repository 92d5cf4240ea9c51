"""Petugas BKPSDM (with HR User): the yearly start of appraisals, the merit figures and the
development plans."""

import re

import frappe
from frappe.utils import getdate, today

from asn_merit.demo.portal_users import USERS
from asn_merit.talenta import recompute_run
from asn_merit.tests.journeys.desk import DeskJourney, expect
from asn_merit.tests.rq_worker import BenchWorkers, forget_runs, wait_for

UNIT = "Dinas Sosial"
RENCANA = "Rencana Pengembangan Kompetensi"


class TestPetugasBKPSDM(DeskJourney):
	user = "bkpsdm.demo@kabupaten-contoh.go.id"

	def test_opens_next_years_appraisal_period_for_a_unit_with_a_button(self):
		# Issue 22: buka_periode was reachable only through the API.
		unit = frappe.db.get_value("Department", {"department_name": UNIT})
		year = getdate(today()).year + 1
		holders = frappe.db.count(
			"Employee", {"department": unit, "status": "Active", "jabatan": ("is", "set")}
		)
		self.open("penilaian-kinerja")
		self.click_button("Buka Periode Penilaian")
		self.fill_dialog("tahun", year)
		self.fill_dialog("unit_kerja", unit)
		self.shoot("1-buka-periode")
		self.dialog_primary()
		expect(self.dialog()).to_contain_text("Penilaian yang sudah ada tidak diubah")
		self.confirm_yes()
		self.expect_message(rf"{holders} penilaian dibuat")
		self.shoot("2-periode-dibuka")
		frappe.db.rollback()
		self.assertEqual(frappe.db.count("Penilaian Kinerja", {"tahun": year, "unit_kerja": unit}), holders)

	def test_opens_a_selections_results_from_a_link_with_its_filter(self):
		# Issue 22: Hasil Seleksi Terbuka ignored a filter given in the URL ("Silakan set filter").
		seleksi = frappe.db.get_value("Seleksi Terbuka", {"dipublikasikan": 1})
		self.page.goto(f"/app/query-report/Hasil Seleksi Terbuka?seleksi_terbuka={seleksi}")
		self.wait_for_desk()
		self.assertEqual(self.filter_value("seleksi_terbuka"), seleksi)  # the input shows its title
		expect(self.page.locator(".report-wrapper .dt-scrollable")).to_be_visible(timeout=60000)
		self.shoot("3-hasil-seleksi")

	def test_checks_who_meets_a_posts_requirements_in_a_searchable_report(self):
		# Issue 22: Cek Kelayakan put every employee in one dialog with no search, filter or export.
		jabatan = frappe.db.get_value("Jabatan", {"jenis_jabatan": "Administrator"})
		self.open(f"jabatan/{jabatan}")
		self.click_button("Cek Kelayakan Pegawai")
		self.page.wait_for_url(lambda url: "/query-report/" in url)
		self.wait_for_desk()
		self.assertEqual(self.filter_value("jabatan"), jabatan)
		expect(self.page.locator(".report-wrapper .dt-scrollable")).to_be_visible(timeout=60000)
		# Issue 22: a score part with no data says so instead of a silent 0.
		expect(self.page.locator(".report-wrapper .dt-header")).to_contain_text("Belum Diukur")
		self.shoot("4-cek-kelayakan")

	def test_opens_the_asn_of_a_talent_box_from_the_talent_map(self):
		# Issue 22: the 9-box's boxes were one truncated cell of names with no drill-down.
		box = frappe.db.sql(
			"select kotak_talenta from `tabSkor Merit` where kotak_talenta > 0 group by kotak_talenta"
			" order by count(*) desc limit 1"
		)[0][0]
		count = frappe.db.count("Skor Merit", {"kotak_talenta": box})
		self.open("query-report/Peta Talenta")
		link = self.page.locator(f".report-wrapper a[href*='kotak_talenta={box}']").first
		expect(link).to_be_visible(timeout=60000)
		self.shoot("5-peta-talenta")
		link.click()
		self.page.wait_for_url(lambda url: "/app/skor-merit" in url)
		self.wait_for_desk()
		expect(self.page.locator(".list-count").first).to_contain_text(str(count), timeout=60000)
		self.shoot("6-daftar-kotak")

	def test_recomputes_every_score_and_sees_the_run_until_its_workers_finish(self):
		# Issue 24: the desk button queues one job per chunk of unit kerja; the list says how many
		# chunks are written while the run goes on, from any reload.
		forget_runs()
		self.addCleanup(forget_runs)
		before = frappe.db.sql("select max(dihitung_pada) from `tabSkor Merit`")[0][0]
		self.open("skor-merit")
		self.click_button("Hitung Ulang Semua")
		expect(self.page.locator(".alert-message")).to_contain_text(
			re.compile(r"sedang berjalan di latar belakang: 0 dari \d+ bagian selesai"), timeout=60000
		)
		self.open("skor-merit")  # no worker yet: the run waits in the queue
		indicator = self.page.locator(".page-head .indicator-pill")
		expect(indicator).to_contain_text(re.compile(r"Dihitung ulang: 0 dari \d+ bagian"), timeout=60000)
		self.shoot("7-hitung-ulang-berjalan")

		with BenchWorkers():
			wait_for(lambda: recompute_run.run_state()["finished"], timeout=300)
		# The open list follows the run by itself: no reload.
		expect(indicator).to_be_hidden(timeout=30000)
		expect(self.page.locator(".list-row-container").first).to_be_visible(timeout=60000)
		self.shoot("8-hitung-ulang-selesai")
		frappe.db.rollback()
		scores = frappe.db.sql("select count(*), min(dihitung_pada) from `tabSkor Merit`")[0]
		self.assertGreater(scores[1], before)  # every row is from the new run
		self.assertEqual(scores[0], len(recompute_run.active_asn(frappe.get_all("Employee", pluck="name"))))

	def test_plans_a_pppks_year_past_24_jp_and_is_warned_but_the_plan_is_kept(self):
		# PP 49/2018 Pasal 40(1): a PPPK's development is at most 24 JP a year; the officer may
		# still cut the plan, so it is saved and the officer sees why it is past the cap.
		employee = frappe.db.get_value("Employee", {"user_id": USERS["PPPK"]})
		year = getdate(today()).year + 1
		frappe.db.delete(RENCANA, {"employee": employee, "tahun": year})  # a reused site's last run
		frappe.db.commit()
		self.addCleanup(self.delete_plans, employee, year)
		self.open("rencana-pengembangan-kompetensi/new")
		self.fill_link("employee", employee)
		self.page.locator(".frappe-control[data-fieldname='tahun'] input").fill(str(year))
		target = self.page.locator(".frappe-control[data-fieldname='target_jp'] input")
		target.fill("30")
		target.press("Tab")
		self.click_button("Simpan")
		expect(self.dialog().locator(".modal-title")).to_contain_text("Melebihi Batas JP PPPK", timeout=60000)
		self.expect_message(r"30 JP.*paling lama 24 JP")
		self.shoot("9-batas-jp-pppk")
		self.page.wait_for_url(lambda url: "/new" not in url, timeout=60000)
		frappe.db.rollback()
		self.assertEqual(frappe.db.get_value(RENCANA, {"employee": employee, "tahun": year}, "target_jp"), 30)

	@staticmethod
	def delete_plans(employee: str, year: int) -> None:
		frappe.db.rollback()
		frappe.db.delete(RENCANA, {"employee": employee, "tahun": year})
		frappe.db.commit()
