"""Whether one employee meets one jabatan's requirements on a date, from the data on the site."""

import frappe
from frappe.utils import getdate

from asn_merit.inputs.pegawai import EMPLOYEE_FIELDS, load_data_pegawai
from asn_merit.inputs.settings import get_aturan_kelayakan
from asn_merit.merit.eligibility import HasilKelayakan, cek_kelayakan


def kelayakan_pegawai(employee: str, jabatan: str, on_date) -> HasilKelayakan:
	rows = frappe.get_all("Employee", filters={"name": employee}, fields=EMPLOYEE_FIELDS)
	pegawai = load_data_pegawai(rows)[employee]
	syarat = frappe.get_doc("Jabatan", jabatan).get_persyaratan()
	return cek_kelayakan(pegawai, syarat, getdate(on_date), get_aturan_kelayakan())
