import frappe

from asn_merit.kinerja.report.kalibrasi_predikat_kinerja.kalibrasi_predikat_kinerja import execute
from asn_merit.tests.base import ASNTestCase
from asn_merit.tests.factories import bkpsdm_unit, make_employee_asn, make_penilaian_kinerja

SESUAI = "Sesuai Ekspektasi"


class TestKalibrasiReport(ASNTestCase):
	def setUp(self):
		super().setUp()
		self.unit = bkpsdm_unit()
		for i in range(3):
			employee = make_employee_asn(first_name=f"Kalibrasi {i}", department=self.unit)
			make_penilaian_kinerja(employee.name, rating_hasil_kerja=SESUAI, rating_perilaku=SESUAI)

	def test_distribution_and_warnings_against_the_unit_predikat(self):
		filters = {"tahun": 2025, "unit_kerja": self.unit}
		columns, data, message, chart = execute(filters)
		self.assertEqual([c["fieldname"] for c in columns], ["predikat", "jumlah", "persen"])
		self.assertEqual(chart["type"], "bar")
		self.assertEqual({row["predikat"]: row["jumlah"] for row in data}["Baik"], 3)
		self.assertIn("belum ditetapkan", message)

		frappe.get_doc(
			{
				"doctype": "Predikat Unit Kerja",
				"unit_kerja": self.unit,
				"tahun": 2025,
				"predikat_organisasi": "Baik",
			}
		).insert()
		_, data, message, _ = execute(filters)
		self.assertIn("Baik: 100% pegawai, melebihi maksimal 70%", message)
		self.assertIn("harus memiliki pegawai berpredikat Butuh Perbaikan", message)
		self.assertEqual(next(row["persen"] for row in data if row["predikat"] == "Baik"), 100)

	def test_filters_are_required(self):
		with self.assertRaises(frappe.ValidationError):
			execute({"tahun": 2025})
