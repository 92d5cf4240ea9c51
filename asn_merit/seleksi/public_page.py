"""What the public page of a Seleksi Terbuka shows: the announcement (PP 11/2017 Pasal 117) and,
for every closed stage, the ranking with scores (Pasal 121). Nothing of a stage still running,
no member's own score, no eligibility reasons and no NIP."""

from urllib.parse import urlencode

import frappe
from frappe import _
from frappe.utils import formatdate

from asn_merit.inputs.settings import get_settings

JABATAN_FIELDS = (
	"name",
	"unit_kerja",
	"jenis_jabatan",
	"pangkat_minimal",
	"pangkat_maksimal",
	"pendidikan_minimal",
	"min_tahun_pengalaman",
	"min_tahun_jabatan_bawah",
	"batas_usia",
	"ikhtisar",
)


def build_context(seleksi, context) -> None:
	context.no_cache = 1
	context.title = seleksi.judul
	context.parents = [{"route": "seleksi-terbuka", "title": _("Seleksi Terbuka")}]
	context.pendaftaran_dibuka = seleksi.applications_open()
	context.terima_pelamar_luar = get_settings().terima_pelamar_luar
	context.lamar_url = "/lamar-seleksi-terbuka?" + urlencode({"seleksi": seleksi.name})
	context.tanggal_pengumuman = formatdate(seleksi.tanggal_pengumuman, "dd-MM-yyyy")
	context.batas_lamaran = formatdate(seleksi.batas_lamaran, "dd-MM-yyyy")
	context.jabatan_lowong = jabatan_requirements([row.jabatan for row in seleksi.jabatan])
	context.jadwal = [
		{
			"tahap": row.tahap,
			"bobot": row.bobot,
			"nilai_lulus": row.nilai_lulus,
			"tanggal": formatdate(row.tanggal, "dd-MM-yyyy") if row.tanggal else "",
			"diumumkan": row.status == "Ditutup",
		}
		for row in seleksi.tahap
	]
	context.hasil = published_results(seleksi)
	context.ketua_panitia = next((row.nama_anggota for row in seleksi.panitia if row.peran == "Ketua"), "")


def jabatan_requirements(names: list[str]) -> list[dict]:
	rows = frappe.get_all("Jabatan", filters={"name": ("in", names)}, fields=list(JABATAN_FIELDS))
	by_name = {row.name: row for row in rows}
	return [by_name[name] for name in names if name in by_name]


def published_results(seleksi) -> list[dict]:
	"""Per closed stage, per jabatan: rank, name, stage score, accumulated score, passed."""
	closed = [row.tahap for row in seleksi.tahap if row.status == "Ditutup"]
	if not closed:
		return []
	lamaran = frappe.qb.DocType("Lamaran Seleksi Terbuka")
	nilai = frappe.qb.DocType("Lamaran Seleksi Terbuka Nilai")
	rows = (
		frappe.qb.from_(nilai)
		.join(lamaran)
		.on(nilai.parent == lamaran.name)
		.select(
			lamaran.jabatan,
			lamaran.nama_pelamar,
			nilai.tahap,
			nilai.nilai,
			nilai.akumulasi,
			nilai.peringkat,
			nilai.lulus,
		)
		.where(
			(lamaran.seleksi_terbuka == seleksi.name)
			& (nilai.parenttype == "Lamaran Seleksi Terbuka")
			& nilai.tahap.isin(closed)
		)
		.orderby(nilai.peringkat)
	).run(as_dict=True)
	return [
		{
			"tahap": tahap,
			"jabatan": [
				{
					"jabatan": row.jabatan,
					"peringkat": [r for r in rows if r.tahap == tahap and r.jabatan == row.jabatan],
				}
				for row in seleksi.jabatan
			],
		}
		for tahap in reversed(closed)
	]
