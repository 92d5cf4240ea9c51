"""Every decision that departed from the merit ranking or the eligibility check, with its reason:
a promotion approved for someone other than the best-ranked eligible candidate, a PPK's choice
below the first of a selection's three, and a panel's override of the automatic requirement check.
"""

import frappe
from frappe import _
from frappe.utils import getdate


def execute(filters=None):
	filters = frappe._dict(filters or {})
	rows = [*_usulan_promosi(), *_pilihan_ppk(), *_keputusan_administrasi()]
	rows = [row for row in rows if _in_period(row, filters)]
	rows.sort(key=lambda row: str(row["tanggal"] or ""), reverse=True)
	return _columns(), rows


def _usulan_promosi() -> list[dict]:
	proposals = frappe.get_list(
		"Usulan Promosi",
		filters={"alasan_penyimpangan": ("is", "set")},
		fields=[
			"name",
			"modified",
			"modified_by",
			"employee_name",
			"jabatan_tujuan",
			"peringkat_merit",
			"alasan_penyimpangan",
			"workflow_state",
		],
		limit_page_length=0,
	)
	return [
		_row(
			row.modified,
			_("Usulan Promosi di luar peringkat 1"),
			"Usulan Promosi",
			row.name,
			row.employee_name,
			row.jabatan_tujuan,
			_("Peringkat {0}").format(row.peringkat_merit)
			if row.peringkat_merit
			else _("Tidak berperingkat"),
			row.alasan_penyimpangan,
			row.modified_by,
			row.workflow_state,
		)
		for row in proposals
	]


def _pilihan_ppk() -> list[dict]:
	if not frappe.has_permission("Seleksi Terbuka", "read"):
		return []
	seleksi = frappe.get_list("Seleksi Terbuka", pluck="name", limit_page_length=0)
	choices = frappe.get_all(
		"Seleksi Terbuka Jabatan",
		filters={
			"parent": ("in", seleksi or [""]),
			"parenttype": "Seleksi Terbuka",
			"alasan_pilihan": ("is", "set"),
		},
		fields=[
			"parent",
			"jabatan",
			"nama_terpilih",
			"peringkat_terpilih",
			"alasan_pilihan",
			"dipilih_oleh",
			"dipilih_pada",
		],
	)
	return [
		_row(
			row.dipilih_pada,
			_("Pilihan PPK di luar peringkat 1 seleksi terbuka"),
			"Seleksi Terbuka",
			row.parent,
			row.nama_terpilih,
			row.jabatan,
			_("Peringkat {0}").format(row.peringkat_terpilih),
			row.alasan_pilihan,
			row.dipilih_oleh,
			_("Dipilih"),
		)
		for row in choices
	]


def _keputusan_administrasi() -> list[dict]:
	if not frappe.has_permission("Lamaran Seleksi Terbuka", "read"):
		return []
	overrides = frappe.get_list(
		"Lamaran Seleksi Terbuka",
		filters={"keputusan_administrasi": ("is", "set"), "alasan_keputusan": ("is", "set")},
		fields=[
			"name",
			"modified",
			"modified_by",
			"nama_pelamar",
			"jabatan",
			"memenuhi_syarat",
			"keputusan_administrasi",
			"alasan_keputusan",
		],
		limit_page_length=0,
	)
	return [
		_row(
			row.modified,
			_("Keputusan administrasi berbeda dari pemeriksaan syarat"),
			"Lamaran Seleksi Terbuka",
			row.name,
			row.nama_pelamar,
			row.jabatan,
			_("Otomatis: {0}").format(
				_("Memenuhi Syarat") if row.memenuhi_syarat else _("Tidak Memenuhi Syarat")
			),
			row.alasan_keputusan,
			row.modified_by,
			row.keputusan_administrasi,
		)
		for row in overrides
		if (row.keputusan_administrasi == "Memenuhi Syarat") != bool(row.memenuhi_syarat)
	]


def _row(tanggal, jenis, doctype, name, pegawai, jabatan, dasar, alasan, oleh, keputusan) -> dict:
	return {
		"tanggal": tanggal,
		"jenis": jenis,
		"reference_doctype": doctype,
		"reference_name": name,
		"pegawai": pegawai,
		"jabatan": jabatan,
		"dasar": dasar,
		"keputusan": keputusan,
		"alasan": alasan,
		"oleh": oleh,
	}


def _in_period(row: dict, filters) -> bool:
	if not row["tanggal"]:
		return True
	day = getdate(row["tanggal"])
	after = not filters.dari_tanggal or day >= getdate(filters.dari_tanggal)
	return after and (not filters.sampai_tanggal or day <= getdate(filters.sampai_tanggal))


def _columns() -> list[dict]:
	# Plain text, not Link: query_report would otherwise filter rows by each linked DocType's
	# permissions (DocType, Jabatan), which the PPK and the Tim Penilai do not hold.
	return [
		{"fieldname": "tanggal", "label": _("Tanggal"), "fieldtype": "Datetime", "width": 150},
		{"fieldname": "jenis", "label": _("Jenis Penyimpangan"), "fieldtype": "Data", "width": 260},
		{
			"fieldname": "reference_doctype",
			"label": _("Jenis Dokumen"),
			"fieldtype": "Data",
			"width": 150,
		},
		{
			"fieldname": "reference_name",
			"label": _("Dokumen"),
			"fieldtype": "Dynamic Link",
			"options": "reference_doctype",
			"width": 150,
		},
		{"fieldname": "pegawai", "label": _("Pegawai"), "fieldtype": "Data", "width": 180},
		{
			"fieldname": "jabatan",
			"label": _("Jabatan"),
			"fieldtype": "Data",
			"width": 200,
		},
		{"fieldname": "dasar", "label": _("Peringkat / Pemeriksaan"), "fieldtype": "Data", "width": 160},
		{"fieldname": "keputusan", "label": _("Keputusan"), "fieldtype": "Data", "width": 150},
		{"fieldname": "alasan", "label": _("Alasan"), "fieldtype": "Small Text", "width": 320},
		{"fieldname": "oleh", "label": _("Oleh"), "fieldtype": "Data", "width": 180},
	]
