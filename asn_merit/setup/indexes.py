"""Composite indexes our reads need, which a DocType's JSON cannot declare.

Frappe adds them through each DocType's `on_doctype_update` (on install, and whenever migrate
syncs the DocType), as ERPNext does; a patch adds them to sites installed before they existed.

The bulk reads of the merit recompute and the ranking group each history and the assessment
levels by employee (inputs.pegawai.RIWAYAT_QUERY, inputs.merit.ASESMEN_QUERY). Through the
`parent` index alone MariaDB fetches every row from the table as well, one lookup each; an index
holding the columns read answers from the index alone. Measured at 50,000 ASN
(docs/benchmarks.md): the assessment levels 1.2-3.2 s to 0.5 s, the histories 0.4-0.55 s to
0.15 s; at 10,000 ASN the levels 0.21 s to 0.10 s, and the substantiated complaints among
100,000 0.03 s to a few ms.
"""

import frappe

INDEXES = {
	# An officer's list: one unit's complaints, newest first. With 100,000 rows the date index
	# alone reads further the fewer complaints a unit has.
	"Pengaduan Masyarakat": {
		"unit_kerja_tanggal_diterima_index": ("unit_kerja", "tanggal_diterima"),
		# The few closed, substantiated complaints the track record counts, out of 100,000
		# (inputs.substantiated_complaints), without reading the others.
		"substantiated_index": ("hasil_pemeriksaan", "status", "employee", "tanggal_selesai"),
	},
	"Hasil Asesmen Kompetensi": {
		"bulk_read_index": ("parent", "parenttype", "jenis_kompetensi", "kompetensi", "level"),
	},
	"Riwayat Jabatan": {"bulk_read_index": ("parent", "parenttype", "idx", "jabatan", "dari", "sampai")},
	"Riwayat Predikat Kinerja": {"bulk_read_index": ("parent", "parenttype", "idx", "tahun", "predikat")},
	"Riwayat Hukuman Disiplin": {
		"bulk_read_index": ("parent", "parenttype", "idx", "tingkat", "dari", "sampai"),
	},
}


def add_indexes(doctype: str) -> None:
	"""This DocType's indexes of INDEXES that its table lacks."""
	for name, columns in INDEXES[doctype].items():
		frappe.db.add_index(doctype, list(columns), index_name=name)


def add_all_indexes() -> None:
	"""Every DocType's, for sites installed before some of them existed."""
	for doctype in INDEXES:
		add_indexes(doctype)


def missing_indexes() -> list[str]:
	"""`DocType: index` of each index of INDEXES that is not on its table."""
	return [
		f"{doctype}: {name}"
		for doctype, indexes in INDEXES.items()
		for name in indexes
		if not frappe.db.has_index(f"tab{doctype}", name)
	]
