"""Results of a Seleksi Terbuka per jabatan: every applicant's last stage, accumulated score,
rank and status, with the PPK's choice. Scores appear only once a stage is closed, as on the
public page; who may read which applications is the application's own permission."""

import frappe
from frappe import _


def execute(filters=None):
	filters = frappe._dict(filters or {})
	if not filters.seleksi_terbuka:
		return _columns(), [], _("Pilih seleksi terbuka.")
	rows = frappe.get_list(
		"Lamaran Seleksi Terbuka",
		filters={"seleksi_terbuka": filters.seleksi_terbuka},
		fields=[
			"name",
			"jabatan",
			"employee",
			"nama_pelamar",
			"status",
			"tahap_terakhir",
			"nilai_akumulasi",
			"peringkat",
			"memenuhi_syarat",
			"keputusan_administrasi",
		],
		order_by="jabatan asc, peringkat asc, name asc",
		limit_page_length=0,
	)
	for row in rows:
		row.peringkat = row.peringkat or None
		row.nilai_akumulasi = row.nilai_akumulasi if row.tahap_terakhir else None
	return _columns(), rows


def _columns() -> list[dict]:
	return [
		{"fieldname": "jabatan", "label": _("Jabatan"), "fieldtype": "Data", "width": 240},
		{"fieldname": "peringkat", "label": _("Peringkat"), "fieldtype": "Int", "width": 85},
		{
			"fieldname": "name",
			"label": _("Lamaran"),
			"fieldtype": "Link",
			"options": "Lamaran Seleksi Terbuka",
			"width": 150,
		},
		{"fieldname": "nama_pelamar", "label": _("Nama Pelamar"), "fieldtype": "Data", "width": 180},
		{"fieldname": "tahap_terakhir", "label": _("Tahap Terakhir"), "fieldtype": "Data", "width": 190},
		{
			"fieldname": "nilai_akumulasi",
			"label": _("Nilai Akumulasi"),
			"fieldtype": "Float",
			"precision": 2,
			"width": 120,
		},
		{"fieldname": "status", "label": _("Status"), "fieldtype": "Data", "width": 150},
		{
			"fieldname": "keputusan_administrasi",
			"label": _("Keputusan Administrasi"),
			"fieldtype": "Data",
			"width": 170,
		},
	]
