import frappe

from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import make_employee_asn, make_jabatan, make_user


class TestPenetapanAngkaKredit(ASNTestCase):
	def setUp(self):
		super().setUp()
		self.jabatan = make_jabatan(
			"Analis SDM Aparatur Ahli Pertama PAK",
			jenis_jabatan="Fungsional",
			jenjang_fungsional="Ahli Pertama",
		).name
		self.pegawai = make_employee_asn(
			first_name="Fungsional",
			jabatan=self.jabatan,
			tmt_jabatan="2022-01-01",
			grade="III/a",
			tmt_golongan="2022-01-01",
			riwayat_predikat_kinerja=[
				{"tahun": 2024, "predikat": "Baik"},
				{"tahun": 2025, "predikat": "Sangat Baik"},
			],
		)

	def pak(self, tahun: int, **fields):
		doc = frappe.get_doc(
			{"doctype": "Penetapan Angka Kredit", "employee": self.pegawai.name, "tahun": tahun, **fields}
		)
		doc.insert()
		doc.submit()
		return doc

	def test_the_predikat_on_record_converts_and_accumulates_within_the_jenjang(self):
		# PermenPANRB 1/2023: ahli pertama 12.5 a year; Baik 100%, Sangat Baik 150%.
		first = self.pak(2024)
		self.assertEqual((first.predikat, first.koefisien, first.angka_kredit), ("Baik", 12.5, 12.5))
		second = self.pak(2025)
		self.assertEqual(
			(second.predikat, second.angka_kredit, second.ak_kumulatif), ("Sangat Baik", 18.75, 31.25)
		)
		self.assertFalse(second.layak_kenaikan_pangkat)
		self.assertAlmostEqual(second.kekurangan_pangkat, 50 - 31.25)  # III/a -> III/b at 50

	def test_enough_angka_kredit_opens_the_rank_promotion(self):
		doc = self.pak(2025, ak_dasar=40)
		self.assertEqual(doc.ak_kumulatif, 58.75)
		self.assertTrue(doc.layak_kenaikan_pangkat)
		self.assertEqual(doc.golongan_berikutnya, "III/b")

	def test_only_for_a_jf_holder_and_once_a_year(self):
		self.pak(2025)
		with self.assertRaises(frappe.ValidationError) as caught:
			self.pak(2025)
		self.assertIn("sudah ditetapkan", str(caught.exception))
		pelaksana = make_employee_asn(
			first_name="Pelaksana", jabatan=make_jabatan("Pengadministrasi PAK").name
		)
		with self.assertRaises(frappe.ValidationError) as caught:
			frappe.get_doc(
				{
					"doctype": "Penetapan Angka Kredit",
					"employee": pelaksana.name,
					"tahun": 2025,
					"predikat": "Baik",
				}
			).insert()
		self.assertIn("bukan jabatan fungsional", str(caught.exception))


class TestPenetapanAngkaKreditTahunan(ASNTestCase):
	"""The yearly run from the list: drafts for JF holders with the predikat, reasons for the rest."""

	def setUp(self):
		super().setUp()
		jabatan = make_jabatan(
			"Pranata Komputer Ahli Muda PAK", jenis_jabatan="Fungsional", jenjang_fungsional="Ahli Muda"
		).name
		self.with_predikat = make_employee_asn(
			first_name="Dengan Predikat",
			jabatan=jabatan,
			tmt_jabatan="2025-07-01",
			grade="III/c",
			tmt_golongan="2021-04-01",
			riwayat_predikat_kinerja=[{"tahun": 2025, "predikat": "Baik"}],
		)
		self.without_predikat = make_employee_asn(
			first_name="Tanpa Predikat", jabatan=jabatan, tmt_jabatan="2020-01-01", grade="III/c"
		)
		make_employee_asn(first_name="Pelaksana", jabatan=make_jabatan("Pengadministrasi PAK Tahunan").name)

	def run_year(self, tahun=2025):
		from asn_merit.api.angka_kredit import buat_penetapan_tahunan

		return buat_penetapan_tahunan(tahun)

	def test_a_draft_per_holder_with_the_predikat_pro_rata_from_the_tmt(self):
		hasil = self.run_year()
		self.assertEqual(len(hasil["dibuat"]), 1)
		draft = frappe.get_doc("Penetapan Angka Kredit", hasil["dibuat"][0])
		self.assertEqual((draft.employee, draft.docstatus, draft.bulan), (self.with_predikat.name, 0, 6))
		self.assertEqual(draft.angka_kredit, 12.5)  # ahli muda 25 a year, six months of Baik
		skipped = {row["employee"]: row["alasan"] for row in hasil["dilewati"]}
		self.assertEqual(skipped, {self.without_predikat.name: "Predikat kinerja tahun 2025 belum tercatat."})

	def test_a_second_run_changes_nothing(self):
		self.run_year()
		hasil = self.run_year()
		self.assertEqual(hasil["dibuat"], [])
		skipped = {row["employee"]: row["alasan"] for row in hasil["dilewati"]}
		self.assertIn("sudah ditetapkan", skipped[self.with_predikat.name])
		self.assertEqual(frappe.db.count("Penetapan Angka Kredit", {"employee": self.with_predikat.name}), 1)

	def test_a_future_year_or_an_ordinary_asn_is_refused(self):
		with self.assertRaises(frappe.ValidationError):
			self.run_year(2099)
		with (
			self.set_user(make_user("asn.biasa.pak@example.com", "Employee")),
			self.assertRaises(frappe.PermissionError),
		):
			self.run_year()
		self.assertEqual(frappe.db.count("Penetapan Angka Kredit", {"employee": self.with_predikat.name}), 0)
