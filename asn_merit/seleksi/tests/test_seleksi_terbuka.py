"""A whole open selection on a real site: 3 jabatan, 12 applicants, a panel of 5, one recusal,
an administrative override and a PPK choice below the first rank; who sees which scores when."""

import frappe
from frappe.desk.query_report import run
from frappe.website.serve import get_response_content

from asn_merit.api.seleksi_terbuka import pilih_calon, tutup_tahap
from asn_merit.merit.seleksi_terbuka import TAHAP_MINIMAL
from asn_merit.seleksi.panel import NO_CONFLICT, RECUSED
from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import bkpsdm_unit, make_employee_with_user, make_jabatan, make_user

ANNOUNCED, DEADLINE, SELECTION = "2026-07-01", "2026-07-20", "2026-07-21"
ADMINISTRASI, KOMPETENSI, WAWANCARA, KESEHATAN = (nama for nama, *_ in TAHAP_MINIMAL)
BAIK = [{"tahun": 2024, "predikat": "Baik"}, {"tahun": 2025, "predikat": "Baik"}]
PANEL = [f"pansel{n}@example.com" for n in range(1, 6)]


def base_score(index: int) -> float:
	"""Applicant i scores 90 - i from every member: the order of application is the ranking."""
	return 90.0 - index


class SeleksiTestCase(ASNTestCase):
	def setUp(self):
		super().setUp()
		self.bkpsdm = make_user("sekretariat.pansel@example.com", "Petugas BKPSDM")
		self.ppk = make_user("bupati.seleksi@example.com", "Pejabat Pembina Kepegawaian")
		self.outsider = make_user("bukan.pansel@example.com", "Panitia Seleksi")
		for email in [*PANEL, "extra@example.com"]:
			make_user(email)
		self.jabatan = [
			make_jabatan(nama, jenis_jabatan="JPT Pratama", eselon="IIb", pendidikan_minimal="S2").name
			for nama in ("Kepala Dinas Pendidikan", "Kepala Dinas Kesehatan", "Kepala Bappeda")
		]

	def on(self, day: str):
		"""Frozen on `day`, with the clock ticking: saves in one frozen instant would conflict."""
		return self.freeze_time(day, tick=True)

	def make_seleksi(self, panel=PANEL, publish=True, batas_lamaran=DEADLINE):
		with self.set_user(self.bkpsdm):
			doc = frappe.get_doc(
				{
					"doctype": "Seleksi Terbuka",
					"judul": "Seleksi Terbuka JPT Pratama 2026",
					"batas_lamaran": batas_lamaran,
					"rekomendasi_pengawas": "/files/rekomendasi-bkn.pdf",
					"kontak_sekretariat": "BKPSDM, Jl. Merdeka 1",
					"jabatan": [{"jabatan": name} for name in self.jabatan],
					"panitia": [
						{"user": user, "peran": "Ketua" if i == 0 else "Anggota"}
						for i, user in enumerate(panel)
					],
				}
			).insert()
			if publish:
				doc.dipublikasikan = 1
				doc.save()
			return doc

	def make_applicant(self, index: int, **fields):
		values = {
			"department": bkpsdm_unit(),
			"status_kepegawaian": "PNS",
			"grade": "IV/b",
			"tmt_golongan": "2020-01-01",
			"pendidikan_terakhir": "S2",
			"riwayat_predikat_kinerja": BAIK,
		}
		return make_employee_with_user(f"pelamar{index}@example.com", **{**values, **fields})

	def apply(self, seleksi, employee, jabatan: str):
		with self.set_user(employee.user_id):
			return frappe.get_doc(
				{
					"doctype": "Lamaran Seleksi Terbuka",
					"seleksi_terbuka": seleksi.name,
					"jabatan": jabatan,
					"employee": employee.name,
					"rekomendasi_ppk": "/files/rekomendasi-ppk.pdf",
				}
			).insert()

	def declare(self, member: str, lamaran: str, recuse=False):
		with self.set_user(member):
			return frappe.get_doc(
				{
					"doctype": "Pernyataan Konflik Kepentingan",
					"lamaran": lamaran,
					"pernyataan": RECUSED if recuse else NO_CONFLICT,
					"uraian": "Pelamar adalah ipar saya." if recuse else None,
				}
			).insert()

	def score(self, member: str, lamaran: str, nilai: float):
		with self.set_user(member):
			return frappe.get_doc(
				{"doctype": "Nilai Seleksi Terbuka", "lamaran": lamaran, "nilai": nilai}
			).insert()

	def close(self, seleksi, tahap: str, user=None):
		with self.set_user(user or self.bkpsdm):
			return tutup_tahap(seleksi.name, tahap)

	def public_page(self, seleksi) -> str:
		route = frappe.db.get_value("Seleksi Terbuka", seleksi.name, "route")
		with self.set_user("Guest"):
			frappe.local.no_cache = 1
			return get_response_content(route)

	def visible(self, user: str, doctype: str) -> set[str]:
		with self.set_user(user):
			return set(frappe.get_list(doctype, pluck="name"))


class TestAnnouncement(SeleksiTestCase):
	def test_the_panel_is_odd_and_five_to_nine(self):
		with self.on(ANNOUNCED):
			for size in (4, 6):
				with self.assertRaises(frappe.ValidationError) as caught:
					self.make_seleksi(panel=[*PANEL, "extra@example.com"][:size])
				self.assertIn(f"sekarang {size} orang", str(caught.exception))
			self.assertEqual(self.make_seleksi().status, "Pengumuman")

	def test_the_announcement_comes_fifteen_days_before_the_deadline(self):
		with self.on(ANNOUNCED):
			with self.assertRaises(frappe.ValidationError) as caught:
				self.make_seleksi(batas_lamaran="2026-07-15")
			self.assertIn("hanya 14 hari", str(caught.exception))
			doc = self.make_seleksi(batas_lamaran="2026-07-16")
			self.assertEqual(str(doc.tanggal_pengumuman), ANNOUNCED)

	def test_announced_terms_stay_as_announced(self):
		with self.on(ANNOUNCED):
			doc = self.make_seleksi()
			with self.set_user(self.bkpsdm):
				doc.tahap[1].bobot, doc.tahap[2].bobot = 30, 40
				self.assertRaises(frappe.ValidationError, doc.save)
				doc.reload()
				doc.batas_lamaran = "2026-07-30"  # an extension is allowed
				doc.save()

	def test_the_public_page_lists_jabatan_requirements_and_stages(self):
		with self.on(ANNOUNCED):
			seleksi = self.make_seleksi()
			html = self.public_page(seleksi)
		for text in ("Kepala Dinas Kesehatan", "Pendidikan minimal", "S2", "IV/b", KOMPETENSI, "20-07-2026"):
			self.assertIn(text, html)
		self.assertIn("Pendaftaran dibuka", html)


class TestApplications(SeleksiTestCase):
	def test_an_asn_applies_only_as_themselves_once_and_before_the_deadline(self):
		with self.on(ANNOUNCED):
			seleksi = self.make_seleksi()
			ani, budi = self.make_applicant(1), self.make_applicant(2)
			lamaran = self.apply(seleksi, ani, self.jabatan[0])
			self.assertEqual((lamaran.memenuhi_syarat, lamaran.status), (1, "Diajukan"))
			with self.set_user(budi.user_id), self.assertRaises(frappe.PermissionError) as caught:
				frappe.get_doc({**lamaran.as_dict(), "name": None, "employee": ani.name}).insert()
			self.assertIn("oleh pelamar sendiri", str(caught.exception))
			with self.assertRaises(frappe.ValidationError) as caught:
				self.apply(seleksi, ani, self.jabatan[0])
			self.assertIn("sudah melamar", str(caught.exception))
		with self.on(SELECTION), self.assertRaises(frappe.ValidationError) as caught:
			self.apply(seleksi, budi, self.jabatan[1])
		self.assertIn("sudah ditutup", str(caught.exception))

	def test_requirements_are_checked_with_reasons_and_the_panel_overrides_only_with_a_reason(self):
		with self.on(ANNOUNCED):
			seleksi = self.make_seleksi()
			low = self.apply(seleksi, self.make_applicant(1, grade="III/d"), self.jabatan[0])
			self.assertEqual((low.memenuhi_syarat, low.status), (0, "Tidak Memenuhi Syarat"))
			self.assertIn("Pangkat III/d di bawah batas minimal", low.hasil_kelayakan)
			with self.set_user(PANEL[0]):
				doc = frappe.get_doc("Lamaran Seleksi Terbuka", low.name)
				doc.keputusan_administrasi = "Memenuhi Syarat"
				with self.assertRaises(frappe.ValidationError) as caught:
					doc.save()
				self.assertIn("tuliskan alasannya", str(caught.exception))
				doc = frappe.get_doc("Lamaran Seleksi Terbuka", low.name)
				doc.keputusan_administrasi = "Memenuhi Syarat"
				doc.alasan_keputusan = "SK kenaikan pangkat IV/b terbit 1 Juli, belum tercatat."
				self.assertEqual(doc.save().status, "Diajukan")

	def test_the_applicant_cannot_decide_their_own_administration(self):
		with self.on(ANNOUNCED):
			seleksi = self.make_seleksi()
			ani = self.make_applicant(1, grade="III/d")
			lamaran = self.apply(seleksi, ani, self.jabatan[0])
			with self.set_user(ani.user_id):
				lamaran.keputusan_administrasi = "Memenuhi Syarat"
				lamaran.alasan_keputusan = "Saya layak."
				lamaran.save()
			keputusan, status = frappe.db.get_value(
				"Lamaran Seleksi Terbuka", lamaran.name, ["keputusan_administrasi", "status"]
			)
			self.assertEqual((keputusan or None, status), (None, "Tidak Memenuhi Syarat"))


class TestFullSelection(SeleksiTestCase):
	"""Twelve applicants, four per jabatan; applicant i scores 90 - i from every member."""

	def setUp(self):
		super().setUp()
		with self.on(ANNOUNCED):
			self.seleksi = self.make_seleksi()
			self.employees = [self.make_applicant(i, grade="III/d" if i == 11 else "IV/b") for i in range(12)]
			self.lamaran = [
				self.apply(self.seleksi, e, self.jabatan[i % 3]) for i, e in enumerate(self.employees)
			]
			self.override(self.lamaran[10], "Tidak Memenuhi Syarat", "Ijazah S2 tidak dapat diverifikasi.")
		self.index = {doc.name: i for i, doc in enumerate(self.lamaran)}

	def override(self, lamaran, keputusan: str, alasan: str):
		with self.set_user(PANEL[0]):
			doc = frappe.get_doc("Lamaran Seleksi Terbuka", lamaran.name)
			doc.update({"keputusan_administrasi": keputusan, "alasan_keputusan": alasan})
			doc.save()

	def participants(self) -> list[str]:
		from asn_merit.seleksi.stages import participants

		return [doc.name for doc in participants(frappe.get_doc("Seleksi Terbuka", self.seleksi.name))]

	def score_stage(self, scores=None):
		"""Every member scores every participant they did not recuse from."""
		scores = scores or {}
		for name in self.participants():
			for member in PANEL:
				if (name, member) in self.recused:
					continue
				self.score(member, name, scores.get((name, member), base_score(self.index[name])))

	def declare_all(self, recusals=()):
		for doc in self.lamaran:
			for member in PANEL:
				self.declare(member, doc.name, recuse=(doc.name, member) in recusals)

	def test_a_whole_selection_from_administration_to_the_ppks_choice(self):
		a0, a3 = self.lamaran[0].name, self.lamaran[3].name
		with self.on(SELECTION):
			self.assertEqual(len(self.participants()), 10)  # 10 overridden out, 11 below the pangkat
			self.recused = {(a0, PANEL[4])}
			self.declare_all(recusals=self.recused)
			with self.assertRaises(frappe.ValidationError) as caught:
				self.score(PANEL[4], a0, 99)
			self.assertIn("konflik kepentingan", str(caught.exception))
			with self.assertRaises(frappe.ValidationError) as caught:
				self.score(self.outsider, a0, 99)
			self.assertIn("bukan anggota panitia", str(caught.exception))

			# A member scores A3 at 0, then finds a conflict: the 0 must not count.
			self.score_stage(scores={(a3, PANEL[4]): 0})
			declaration = frappe.get_doc(
				"Pernyataan Konflik Kepentingan", {"lamaran": a3, "anggota": PANEL[4]}
			)
			with self.set_user(PANEL[4]):
				declaration.update({"pernyataan": RECUSED, "uraian": "Baru tahu pelamar adalah sepupu saya."})
				declaration.save()
				self.recused.add((a3, PANEL[4]))
				declaration.pernyataan = NO_CONFLICT
				self.assertRaises(frappe.ValidationError, declaration.save)

			self.check_who_sees_scores_before_closing()
			ranking = self.close(self.seleksi, ADMINISTRASI, user=PANEL[0])  # the chair closes it
			self.assertEqual(
				ranking[self.jabatan[0]][:2],
				[(1, "Pelamar0 Santoso", 90.0, True), (2, "Pelamar3 Santoso", 87.0, True)],
			)
			self.check_who_sees_scores_after_closing()

			self.score_stage()
			html = self.public_page(self.seleksi)  # competency scored, not yet closed
			self.assertIn(f"Tahap: {ADMINISTRASI}", html)
			self.assertNotIn(f"Tahap: {KOMPETENSI}", html)
			self.close(self.seleksi, KOMPETENSI)
			self.score_stage(scores={(self.lamaran[7].name, m): 50 for m in PANEL})
			self.close(self.seleksi, WAWANCARA)
			self.score_stage()
			self.close(self.seleksi, KESEHATAN)

		statuses = dict(frappe.get_all("Lamaran Seleksi Terbuka", fields=["name", "status"], as_list=True))
		by_index = {i: statuses[doc.name] for i, doc in enumerate(self.lamaran)}
		self.assertEqual(
			by_index,
			{
				0: "Tiga Terbaik", 3: "Tiga Terbaik", 6: "Tiga Terbaik", 9: "Tidak Diusulkan",
				1: "Tiga Terbaik", 4: "Tiga Terbaik", 7: "Tidak Lulus", 10: "Tidak Memenuhi Syarat",
				2: "Tiga Terbaik", 5: "Tiga Terbaik", 8: "Tiga Terbaik", 11: "Tidak Memenuhi Syarat",
			},
		)  # fmt: skip
		self.check_ppk_choice()

	def check_who_sees_scores_before_closing(self):
		own = self.visible(PANEL[1], "Nilai Seleksi Terbuka")
		self.assertEqual(len(own), 10)
		self.assertEqual(
			{frappe.db.get_value("Nilai Seleksi Terbuka", n, "anggota") for n in own}, {PANEL[1]}
		)
		self.assertEqual(self.visible(self.bkpsdm, "Nilai Seleksi Terbuka"), set())
		self.assertEqual(self.visible(self.ppk, "Nilai Seleksi Terbuka"), set())
		other = frappe.db.get_value("Nilai Seleksi Terbuka", {"anggota": PANEL[2]})
		with self.set_user(PANEL[1]):
			self.assertFalse(frappe.has_permission("Nilai Seleksi Terbuka", "read", other))
		with self.set_user(self.employees[0].user_id):
			self.assertRaises(frappe.PermissionError, frappe.get_list, "Nilai Seleksi Terbuka")
		html = self.public_page(self.seleksi)
		self.assertNotIn("Pelamar0", html)
		self.assertNotIn("Hasil Seleksi", html)

	def check_who_sees_scores_after_closing(self):
		all_scores = set(frappe.get_all("Nilai Seleksi Terbuka", pluck="name"))
		self.assertEqual(len(all_scores), 49)  # 10 x 5 but A0's recused member; A3's 0 is kept, not counted
		for user in (PANEL[1], self.bkpsdm, self.ppk):
			self.assertEqual(self.visible(user, "Nilai Seleksi Terbuka"), all_scores, user)
		self.assertEqual(self.visible(self.outsider, "Nilai Seleksi Terbuka"), set())
		mine = frappe.get_doc("Nilai Seleksi Terbuka", {"anggota": PANEL[1], "lamaran": self.lamaran[0].name})
		with self.set_user(PANEL[1]):
			mine.nilai = 10
			self.assertRaises(frappe.ValidationError, mine.save)
		own_application = self.visible(self.employees[0].user_id, "Lamaran Seleksi Terbuka")
		self.assertEqual(own_application, {self.lamaran[0].name})

	def check_ppk_choice(self):
		chosen = {self.jabatan[0]: self.lamaran[3].name, self.jabatan[1]: self.lamaran[1].name}
		with self.set_user(self.bkpsdm), self.assertRaises(frappe.PermissionError):
			pilih_calon(self.seleksi.name, self.jabatan[0], chosen[self.jabatan[0]], "alasan")
		with self.set_user(self.ppk):
			with self.assertRaises(frappe.ValidationError) as caught:
				pilih_calon(self.seleksi.name, self.jabatan[0], chosen[self.jabatan[0]])
			self.assertIn("bukan peringkat 1", str(caught.exception))
			with self.assertRaises(frappe.ValidationError) as caught:
				pilih_calon(self.seleksi.name, self.jabatan[0], self.lamaran[9].name, "alasan")
			self.assertIn("salah satu dari 3", str(caught.exception))
			pilih_calon(
				self.seleksi.name, self.jabatan[0], chosen[self.jabatan[0]], "Pelamar0 mengundurkan diri."
			)
			self.assertRaises(
				frappe.ValidationError, pilih_calon, self.seleksi.name, self.jabatan[0], self.lamaran[0].name
			)
			pilih_calon(self.seleksi.name, self.jabatan[1], chosen[self.jabatan[1]])
			pilih_calon(self.seleksi.name, self.jabatan[2], self.lamaran[2].name)
		seleksi = frappe.get_doc("Seleksi Terbuka", self.seleksi.name)
		self.assertEqual(seleksi.status, "Selesai")
		row = seleksi.jabatan[0]
		self.assertEqual(
			(row.nama_terpilih, row.peringkat_terpilih, row.alasan_pilihan, row.dipilih_oleh),
			("Pelamar3 Santoso", 2, "Pelamar0 mengundurkan diri.", self.ppk),
		)
		self.assertIsNone(seleksi.jabatan[1].alasan_pilihan)
		self.check_audit_report()
		self.check_results_report()
		html = frappe.get_print("Seleksi Terbuka", seleksi.name, "Berita Acara Seleksi Terbuka")
		for text in ("BERITA ACARA", "Pelamar3", "Pelamar0 mengundurkan diri.", "pansel1", "Tanda Tangan"):
			self.assertIn(text, html)

	def check_audit_report(self):
		with self.set_user(self.ppk):
			rows = run("Audit Penyimpangan Merit")["result"]
		found = {(row["reference_name"], row["pegawai"], row["alasan"]) for row in rows}
		self.assertIn((self.seleksi.name, "Pelamar3 Santoso", "Pelamar0 mengundurkan diri."), found)
		self.assertIn(
			(self.lamaran[10].name, "Pelamar10 Santoso", "Ijazah S2 tidak dapat diverifikasi."), found
		)
		with self.set_user(self.employees[0].user_id), self.assertRaises(frappe.PermissionError):
			run("Audit Penyimpangan Merit")

	def check_results_report(self):
		with self.set_user(self.ppk):
			rows = run("Hasil Seleksi Terbuka", filters={"seleksi_terbuka": self.seleksi.name})["result"]
		self.assertEqual(len(rows), 12)
		by_name = {row["name"]: row for row in rows}
		self.assertEqual(
			(by_name[self.lamaran[3].name]["peringkat"], by_name[self.lamaran[3].name]["status"]),
			(2, "Terpilih"),
		)
		self.assertEqual(by_name[self.lamaran[11].name]["status"], "Tidak Memenuhi Syarat")
		with self.set_user(self.employees[0].user_id), self.assertRaises(frappe.PermissionError):
			run("Hasil Seleksi Terbuka", filters={"seleksi_terbuka": self.seleksi.name})
