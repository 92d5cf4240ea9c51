"""The development plan on a real site: predikat -> plan -> action -> nomination into a real HRMS
Training Event -> submitted Training Result -> action closed and JP counted; the superior agrees;
nobody else's plan is readable."""

import frappe
from frappe.desk.query_report import run

from asn_merit.api.pengembangan import (
	acara_pelatihan,
	buat_rencana,
	buat_rencana_massal,
	nominasikan,
	setujui_rencana,
)
from asn_merit.merit.pengembangan import (
	DINOMINASIKAN,
	PELATIHAN,
	PEMBINAAN,
	PENGEMBANGAN_PRIORITAS,
	PENUTUPAN_KESENJANGAN,
	SELESAI,
)
from asn_merit.talenta import pengembangan
from asn_merit.talenta.pengembangan import RENCANA
from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.bootstrap import TEST_COMPANY
from asn_merit.tests.factories import (
	bkpsdm_unit,
	make_employee_with_user,
	make_jabatan,
	make_pppk,
	make_user,
)

TAHUN = 2025


def make_event(year: int = TAHUN, submit: bool = True):
	program = frappe.get_doc(
		{
			"doctype": "Training Program",
			"training_program": f"Pelatihan Kinerja {frappe.generate_hash(length=5)}",
			"company": TEST_COMPANY,
			"description": "Pelatihan perbaikan kinerja.",
		}
	).insert()
	event = frappe.get_doc(
		{
			"doctype": "Training Event",
			"event_name": f"Pelatihan Kinerja {year} {frappe.generate_hash(length=5)}",
			"training_program": program.name,
			"company": TEST_COMPANY,
			"event_status": "Scheduled",
			"type": "Workshop",
			"location": "BPSDM Provinsi",
			"start_time": f"{year}-06-02 08:00:00",
			"end_time": f"{year}-06-03 16:00:00",
			"introduction": "Pelatihan.",
		}
	).insert()
	if submit:
		event.submit()
	return event


def submit_result(event: str, hours: dict[str, float]):
	result = frappe.get_doc(
		{
			"doctype": "Training Result",
			"training_event": event,
			"employees": [{"employee": e, "hours": h} for e, h in hours.items()],
		}
	).insert()
	result.submit()
	return result


class TestRencanaPengembanganKompetensi(ASNTestCase):
	def setUp(self):
		super().setUp()
		self.officer = make_user("bkpsdm.rpk@example.com", "Petugas BKPSDM")
		jabatan = make_jabatan(
			"Analis Pengembangan Pegawai RPK",
			standar_kompetensi=[
				{"jenis_kompetensi": "Manajerial", "kompetensi": "Integritas", "level": 3},
				{"jenis_kompetensi": "Teknis", "kompetensi": "Manajemen SDM", "level": 3},
			],
		)
		self.atasan = make_employee_with_user("atasan.rpk@example.com", status_kepegawaian="PNS")
		self.ani = make_employee_with_user(
			"ani.rpk@example.com",
			status_kepegawaian="PNS",
			reports_to=self.atasan.name,
			jabatan=jabatan.name,
			riwayat_predikat_kinerja=[{"tahun": TAHUN, "predikat": "Butuh Perbaikan"}],
		)
		self.budi = make_employee_with_user(
			"budi.rpk@example.com",
			status_kepegawaian="PNS",
			department=bkpsdm_unit(),
			riwayat_predikat_kinerja=[
				{"tahun": TAHUN - 1, "predikat": "Baik"},
				{"tahun": TAHUN, "predikat": "Baik"},
			],
		)
		asesmen = frappe.get_doc(
			{
				"doctype": "Hasil Asesmen",
				"employee": self.ani.name,
				"tanggal_asesmen": f"{TAHUN}-02-01",
				"sumber": "Assessment Center",
				"skor_potensial": 70,
				"kompetensi": [
					{"jenis_kompetensi": "Manajerial", "kompetensi": "Integritas", "level": 2},
					{"jenis_kompetensi": "Teknis", "kompetensi": "Manajemen SDM", "level": 3},
				],
			}
		).insert()
		asesmen.submit()

	def plan_of(self, employee: str):
		return frappe.get_doc(RENCANA, {"employee": employee, "tahun": TAHUN})

	def test_predikat_to_plan_to_training_result_closes_the_action_and_counts_jp(self):
		with self.set_user(self.officer):
			name = buat_rencana(self.ani.name, TAHUN)
		plan = frappe.get_doc(RENCANA, name)
		self.assertEqual(
			[(row.jenis, row.kompetensi) for row in plan.aksi],
			[(PEMBINAAN, None), (PELATIHAN, None), (PENUTUPAN_KESENJANGAN, "Integritas")],
		)
		self.assertEqual(
			(plan.predikat, plan.atasan, plan.target_jp), ("Butuh Perbaikan", self.atasan.name, 20)
		)
		self.assertEqual(plan.jp_tahun_ini, 0)

		event = make_event()
		training = next(row for row in plan.aksi if row.jenis == PELATIHAN)
		with self.set_user(self.officer):
			self.assertIn(event.name, [e.name for e in acara_pelatihan(plan.name)])
			nominasikan(plan.name, training.name, event.name)
		attendees = [row.employee for row in frappe.get_doc("Training Event", event.name).employees]
		self.assertEqual(attendees, [self.ani.name])
		plan.reload()
		training = plan.aksi[1]
		self.assertEqual((training.status, training.training_event), (DINOMINASIKAN, event.name))
		self.assertEqual(training.training_program, event.training_program)

		result = submit_result(event.name, {self.ani.name: 15})  # 15 hours of 60 minutes = 20 JP
		plan.reload()
		training = plan.aksi[1]
		self.assertEqual(
			(training.status, training.jp_realisasi, training.training_result), (SELESAI, 20, result.name)
		)
		self.assertEqual(plan.jp_tahun_ini, 20)
		self.assertNotEqual(plan.aksi[0].status, SELESAI)  # the coaching is not a training

		result.cancel()
		plan.reload()
		self.assertEqual(
			(plan.aksi[1].status, plan.aksi[1].jp_realisasi, plan.jp_tahun_ini), (DINOMINASIKAN, 0, 0)
		)

	def test_only_the_superior_agrees_and_who_and_when_are_recorded(self):
		with self.set_user(self.officer):
			name = buat_rencana(self.ani.name, TAHUN)
		for user in ("ani.rpk@example.com", "budi.rpk@example.com", self.officer):
			with self.subTest(user=user), self.set_user(user), self.assertRaises(frappe.PermissionError):
				setujui_rencana(name)

		def may_agree() -> bool:
			doc = frappe.get_doc(RENCANA, name)
			doc.run_method("onload")
			return doc.get_onload().boleh_setujui

		with self.set_user(self.officer):
			self.assertFalse(may_agree())
		with self.set_user("atasan.rpk@example.com"):
			self.assertTrue(frappe.has_permission(RENCANA, "read", doc=name))
			self.assertTrue(may_agree())
			setujui_rencana(name)
			self.assertFalse(may_agree())
		plan = frappe.get_doc(RENCANA, name)
		self.assertEqual((plan.status, plan.disetujui_oleh), ("Disetujui Atasan", "atasan.rpk@example.com"))
		self.assertIsNotNone(plan.disetujui_pada)
		with self.set_user("atasan.rpk@example.com"), self.assertRaises(frappe.ValidationError):
			setujui_rencana(name)

	def test_an_asn_reads_only_their_own_plan(self):
		with self.set_user(self.officer):
			ani_plan = buat_rencana(self.ani.name, TAHUN)
			budi_plan = buat_rencana(self.budi.name, TAHUN)
		event = make_event()
		with self.set_user("budi.rpk@example.com"):
			self.assertFalse(frappe.has_permission(RENCANA, "read", doc=ani_plan))
			self.assertTrue(frappe.has_permission(RENCANA, "read", doc=budi_plan))
			self.assertEqual(frappe.get_list(RENCANA, pluck="name"), [budi_plan])
			self.assertFalse(frappe.has_permission(RENCANA, "write", doc=budi_plan))
			with self.assertRaises(frappe.PermissionError):
				frappe.get_doc(RENCANA, ani_plan).check_permission("read")
			with self.assertRaises(frappe.PermissionError):
				nominasikan(budi_plan, frappe.get_doc(RENCANA, budi_plan).aksi[0].name, event.name)
			with self.assertRaises(frappe.PermissionError):
				buat_rencana(self.budi.name, TAHUN + 1)
			with self.assertRaises(frappe.PermissionError):
				acara_pelatihan(budi_plan)

	def test_one_plan_per_asn_per_year(self):
		with self.set_user(self.officer):
			first = buat_rencana(self.budi.name, TAHUN)
			self.assertEqual(buat_rencana(self.budi.name, TAHUN), first)  # completed, not duplicated
			self.assertEqual([r.jenis for r in frappe.get_doc(RENCANA, first).aksi], [PENGEMBANGAN_PRIORITAS])
		with self.assertRaises(frappe.DuplicateEntryError):
			frappe.get_doc({"doctype": RENCANA, "employee": self.budi.name, "tahun": TAHUN}).insert()

	def unit_row(self) -> dict:
		unit = bkpsdm_unit()
		with self.set_user(self.officer):
			rows = run("Pengembangan Kompetensi Unit Kerja", {"tahun": TAHUN, "unit_kerja": unit})["result"]
		return next(r for r in rows if r.get("unit_kerja") == unit)

	def test_bulk_creation_and_the_unit_report(self):
		self.assertEqual(self.ani.department, bkpsdm_unit())
		before = self.unit_row()
		self.assertGreaterEqual(before["perlu_rencana"], 2)
		with self.set_user(self.officer):
			# What the list's button runs: at once for a few ASN, else the same function in RQ.
			if len(pengembangan.pegawai_dengan_predikat(TAHUN)) <= pengembangan.BATAS_LANGSUNG:
				result = buat_rencana_massal(TAHUN)
			else:
				result = pengembangan.buat_rencana_massal(TAHUN)
		self.assertGreaterEqual(result["dibuat"], 2)
		self.assertTrue(frappe.db.exists(RENCANA, {"employee": self.ani.name, "tahun": TAHUN}))
		self.assertTrue(frappe.db.exists(RENCANA, {"employee": self.budi.name, "tahun": TAHUN}))
		self.assertFalse(frappe.db.exists(RENCANA, {"employee": self.atasan.name, "tahun": TAHUN}))
		event = make_event(submit=False)
		event.append("employees", {"employee": self.budi.name})
		event.save()
		event.submit()
		submit_result(event.name, {self.budi.name: 16})
		after = self.unit_row()
		self.assertEqual(after["belum_ada_rencana"], 0)  # every plan due was made
		self.assertGreaterEqual(after["belum_disetujui"], before["belum_disetujui"] + 2)
		self.assertEqual(after["asn_jp_terpenuhi"], before["asn_jp_terpenuhi"] + 1)

	def test_the_20_jp_coverage_counts_pns_only(self):
		# A PPPK's development is capped at 24 JP a year (PP 49/2018 Pasal 40(1)), not owed 20.
		pppk = make_pppk(department=bkpsdm_unit())
		before = self.unit_row()
		self.assertGreaterEqual(before["jumlah_asn"] - before["jumlah_pns"], 1)
		event = make_event(submit=False)
		event.append("employees", {"employee": pppk.name})
		event.save()
		event.submit()
		submit_result(event.name, {pppk.name: 24})
		after = self.unit_row()
		self.assertEqual(
			(after["jumlah_pns"], after["asn_jp_terpenuhi"]),
			(before["jumlah_pns"], before["asn_jp_terpenuhi"]),
		)

	def test_a_pppk_plan_past_24_jp_is_saved_with_a_warning_and_a_pns_plan_is_not(self):
		pppk = make_pppk(
			reports_to=self.atasan.name,
			riwayat_predikat_kinerja=[{"tahun": TAHUN, "predikat": "Butuh Perbaikan"}],
		)
		for employee, warned in ((pppk.name, True), (self.ani.name, False)):
			with self.subTest(employee=employee), self.set_user(self.officer):
				plan = frappe.get_doc(RENCANA, buat_rencana(employee, TAHUN))
				plan.append(
					"aksi", {"jenis": PELATIHAN, "uraian": "Pelatihan teknis tambahan", "target_jp": 30}
				)
				frappe.local.message_log = []
				plan.save()
				messages = " ".join(str(message.get("message")) for message in frappe.local.message_log)
				self.assertEqual("paling lama 24 JP" in messages, warned, messages)
				saved = frappe.get_doc(RENCANA, plan.name)  # saved all the same
				self.assertIn("Pelatihan teknis tambahan", [aksi.uraian for aksi in saved.aksi])

	def test_an_agreed_plan_is_done_when_its_trainings_are_and_reopens_on_cancel(self):
		with self.set_user(self.officer):
			name = buat_rencana(self.ani.name, TAHUN)
		with self.set_user("atasan.rpk@example.com"):
			setujui_rencana(name)
		event = make_event()
		plan = frappe.get_doc(RENCANA, name)
		with self.set_user(self.officer):
			for row in plan.aksi:
				if row.target_jp:
					nominasikan(name, row.name, event.name)
		result = submit_result(event.name, {self.ani.name: 30})
		plan.reload()
		self.assertEqual([row.status for row in plan.aksi if row.target_jp], [SELESAI, SELESAI])
		self.assertEqual(plan.status, "Selesai")
		result.cancel()
		self.assertEqual(frappe.db.get_value(RENCANA, name, "status"), "Disetujui Atasan")

	def test_a_head_of_unit_sees_the_report_of_their_own_unit_only(self):
		make_user("kepala.rpk@example.com", "Kepala Unit Kerja")
		kepala = make_employee_with_user("kepala.rpk@example.com", department=bkpsdm_unit())
		self.assertEqual(kepala.department, bkpsdm_unit())
		with self.set_user("kepala.rpk@example.com"):
			rows = run("Pengembangan Kompetensi Unit Kerja", {"tahun": TAHUN})["result"]
			self.assertEqual([row["unit_kerja"] for row in rows], [bkpsdm_unit()])
			other = frappe.db.get_value("Department", {"name": ("!=", bkpsdm_unit()), "is_group": 0})
			self.assertEqual(
				run("Pengembangan Kompetensi Unit Kerja", {"tahun": TAHUN, "unit_kerja": other})["result"], []
			)
