"""Applications from another instansi's ASN (issue 23 point 7): their declared data, their files.

The applicant is a Website User who signed up on the portal; the Lamaran carries their user and
the values they declare, and `cek_kelayakan` runs on those values as it runs on an Employee's.
Their documents are private uploads of their own, checked like a complaint's attachments.
"""

import frappe
from frappe import _
from frappe.utils import getdate

from asn_merit.inputs.pengaduan_settings import get_pengaduan_settings
from asn_merit.inputs.settings import get_aturan_kelayakan
from asn_merit.merit.attachment_rules import attachment_problem
from asn_merit.merit.eligibility import HasilKelayakan, cek_kelayakan
from asn_merit.merit.nip import InvalidNIP, normalize_nip
from asn_merit.merit.pelamar_luar import DataPelamarLuar, data_pegawai_pelamar_luar
from asn_merit.private_files import attach_privately
from asn_merit.seleksi.portal_luar import is_email_verified

DOCTYPE = "Lamaran Seleksi Terbuka"
# What an outside applicant fills in (the apply page sends exactly these).
DECLARED_FIELDS = (
	"nama_pelamar_luar",
	"nip_pelamar_luar",
	"instansi_asal",
	"jabatan_sekarang",
	"jenis_jabatan_sekarang",
	"jenjang_jabatan_sekarang",
	"tmt_jabatan_sekarang",
	"golongan_pelamar_luar",
	"tmt_golongan_pelamar_luar",
	"pendidikan_pelamar_luar",
	"predikat_tahun_lalu",
	"predikat_dua_tahun_lalu",
)
DOCUMENT_FIELDS = ("sk_pangkat", "ijazah", "rekomendasi_ppk", "berkas_pendukung")
REQUIRED_DOCUMENTS = ("sk_pangkat", "ijazah", "rekomendasi_ppk")


def kelayakan_pelamar_luar(lamaran, on_date) -> HasilKelayakan:
	"""`cek_kelayakan` on the declared values against the jabatan's requirements on `on_date`."""
	tanggal = getdate(on_date)
	predikat = tuple(
		(tahun, value)
		for tahun, value in (
			(tanggal.year - 1, lamaran.predikat_tahun_lalu),
			(tanggal.year - 2, lamaran.predikat_dua_tahun_lalu),
		)
		if value
	)
	data = DataPelamarLuar(
		nip=lamaran.nip_pelamar_luar,
		golongan=lamaran.golongan_pelamar_luar or None,
		tmt_golongan=getdate(lamaran.tmt_golongan_pelamar_luar)
		if lamaran.tmt_golongan_pelamar_luar
		else None,
		pendidikan=lamaran.pendidikan_pelamar_luar or None,
		jenis_jabatan=lamaran.jenis_jabatan_sekarang or None,
		jenjang_jabatan=lamaran.jenjang_jabatan_sekarang or None,
		tmt_jabatan=getdate(lamaran.tmt_jabatan_sekarang) if lamaran.tmt_jabatan_sekarang else None,
		predikat_per_tahun=predikat,
	)
	try:
		pegawai = data_pegawai_pelamar_luar(data)
	except InvalidNIP as error:
		frappe.throw(_(error.reason.message), title=_("NIP"))
	except ValueError as error:
		frappe.throw(_(str(error)))
	syarat = frappe.get_doc("Jabatan", lamaran.jabatan).get_persyaratan()
	return cek_kelayakan(pegawai, syarat, tanggal, get_aturan_kelayakan())


def validate_pelamar_luar(lamaran) -> None:
	"""The declared identity and documents are complete and well-formed; the NIP is the
	applicant's own throughout (one applicant per NIP per jabatan), the name copied for lists."""
	if lamaran.employee:
		frappe.throw(_("Pelamar dari instansi lain tidak ditautkan ke data Pegawai kabupaten."))
	if not lamaran.user:
		frappe.throw(_("Lamaran dari instansi lain harus memiliki akun pelamar."))
	# Checked here too, not only by the portal endpoint: a REST insert reaches this controller.
	if frappe.db.exists("Employee", {"user_id": lamaran.user}):
		frappe.throw(
			_("Akun ini milik pegawai kabupaten: lamaran diajukan dengan data Pegawai."),
			frappe.PermissionError,
		)
	if lamaran.is_new() and not is_email_verified(lamaran.user):
		frappe.throw(
			_(
				"Alamat surel Anda belum terverifikasi. Buka tautan yang dikirim ke surel Anda dan "
				"tetapkan kata sandi, lalu lamar kembali."
			),
			frappe.PermissionError,
		)
	lamaran.nip_pelamar_luar = normalize_nip(lamaran.nip_pelamar_luar)
	missing = [
		lamaran.meta.get_label(field)
		for field in (*DECLARED_FIELDS, *REQUIRED_DOCUMENTS)
		if field != "jenjang_jabatan_sekarang" and not lamaran.get(field)
	]
	if lamaran.jenis_jabatan_sekarang == "Fungsional" and not lamaran.jenjang_jabatan_sekarang:
		missing.append(lamaran.meta.get_label("jenjang_jabatan_sekarang"))
	if missing:
		frappe.throw(_("Lengkapi isian berikut: {0}.").format(", ".join(_(label) for label in missing)))
	lamaran.nama_pelamar = lamaran.nama_pelamar_luar
	lamaran.nip = lamaran.nip_pelamar_luar
	lamaran.unit_kerja = None


def check_documents(lamaran) -> None:
	"""Each new document is an upload of the applicant's own, not attached elsewhere, and within
	the complaint limits (type and size: Pengaduan Settings)."""
	max_bytes = get_pengaduan_settings().ukuran_lampiran_mb * 1024 * 1024
	before = lamaran.get_doc_before_save()
	for fieldname in DOCUMENT_FIELDS:
		url = lamaran.get(fieldname)
		if not url or (before and before.get(fieldname) == url):
			continue
		file = _own_file(lamaran, url)
		if not file:
			frappe.throw(_("Berkas tidak ditemukan. Unggah kembali berkas Anda."), title=_("Berkas"))
		if problem := attachment_problem(file.file_name or url, file.file_size or 0, max_bytes=max_bytes):
			frappe.throw(_(problem), title=_("Berkas"))


def attach_documents(lamaran) -> None:
	"""The documents become private files attached to the application."""
	for fieldname in DOCUMENT_FIELDS:
		url = lamaran.get(fieldname)
		file = _own_file(lamaran, url) if url else None
		if not file or (file.attached_to_name == lamaran.name and file.is_private):
			continue
		attach_privately(lamaran, fieldname, file.name, url)


def _own_file(lamaran, url: str):
	rows = frappe.get_all(
		"File",
		filters={"file_url": url},
		fields=[
			"name",
			"owner",
			"file_name",
			"file_size",
			"is_private",
			"attached_to_doctype",
			"attached_to_name",
		],
		order_by="creation desc",
	)
	for row in rows:
		if row.attached_to_doctype == DOCTYPE and row.attached_to_name == lamaran.name:
			return row
		if not row.attached_to_doctype and row.owner == lamaran.user:
			return row
	return None
