"""A citizen's complaint (Pengaduan Masyarakat): intake, deadlines, handling states, evidence.

Deadlines are working days from a Holiday List, computed by merit.pengaduan_deadlines. ERPNext's
Service Level Agreement was not used: it measures response and resolution in hours per Issue
Priority within service-day working hours and adds its own priority and SLA fields, while these
clocks depend on the category, restart when an incomplete file is completed, and stop with the
complainant's confirmation or the silent auto-close.
"""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import cint, cstr, getdate, now_datetime, today

from asn_merit.constants import ROLE_INSPEKTORAT, ROLE_PETUGAS_PENGADUAN
from asn_merit.inputs.pengaduan_settings import get_day_counts
from asn_merit.merit import pengaduan_flow as flow
from asn_merit.merit.pengaduan_deadlines import CATEGORIES, compute_deadlines
from asn_merit.merit.tracking import hash_secret, make_secret, make_tracking_code
from asn_merit.pengaduan import guest_input
from asn_merit.pengaduan.attachments import attach_uploaded_files, check_attachments
from asn_merit.pengaduan.public_form import check_public_submission, clear_transient_fields
from asn_merit.pengaduan.routing import check_disposisi, send_disposisi
from asn_merit.pengaduan.working_days import complaint_holidays
from asn_merit.setup.indexes import add_indexes

OFFICER_ROLES = {"System Manager", ROLE_PETUGAS_PENGADUAN, ROLE_INSPEKTORAT}
# A unit's penghubung writes the answer and marks it answered; nothing else.
PENGHUBUNG_FIELDS = {"jawaban_publik", "status"}
# Evidence may still be recorded once a complaint is closed.
EVIDENCE_FIELDS = {"employee", "employee_name", "hasil_pemeriksaan", "catatan_pemeriksaan"}
NEEDS_PUBLIC_ANSWER = {flow.DIJAWAB, flow.BUKAN_KEWENANGAN, flow.TIDAK_LENGKAP}
# Set only by this controller; a value sent through the desk or the REST API is put back.
SERVER_FIELDS = (
	"kode_lacak",
	"persetujuan_privasi_pada",
	"hash_rahasia",
	"jumlah_dibuka_kembali",
	"ditutup_otomatis",
	"tanggal_diterima",
	"batas_verifikasi",
	"batas_penyelesaian",
	"tanggal_dijawab",
	"tanggal_selesai",
	"tanggapan_pelapor",
	"identitas_pelapor",
)


class PengaduanMasyarakat(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		alamat_pelapor: DF.SmallText | None
		anonim: DF.Check
		batas_penyelesaian: DF.Date | None
		batas_verifikasi: DF.Date | None
		catatan_pemeriksaan: DF.SmallText | None
		ditutup_otomatis: DF.Check
		email_pelapor: DF.Data | None
		employee: DF.Link | None
		employee_name: DF.Data | None
		harapan: DF.SmallText | None
		hash_rahasia: DF.Data | None
		hasil_pemeriksaan: DF.Literal["", "Terbukti", "Tidak Terbukti"]
		identitas_pelapor: DF.SmallText | None
		jawaban_publik: DF.Text | None
		jawaban_tantangan: DF.Data | None
		judul: DF.Data
		jumlah_dibuka_kembali: DF.Int
		kategori: DF.Literal["Aspirasi", "Pengaduan", "Pengaduan Berkadar Pengawasan", "Permintaan Informasi"]
		kode_lacak: DF.Data | None
		lampiran_1: DF.Attach | None
		lampiran_2: DF.Attach | None
		lokasi_kejadian: DF.Data | None
		nama_asn_dilaporkan: DF.Data | None
		nama_pelapor: DF.Data | None
		nomor_lapor: DF.Data | None
		rahasia: DF.Check
		rahasia_pelacakan: DF.Data | None
		situs_web: DF.Data | None
		status: DF.Literal[
			"Diterima",
			"Terverifikasi",
			"Didisposisikan",
			"Dijawab",
			"Selesai",
			"Bukan Kewenangan",
			"Tidak Lengkap",
		]
		tanggal_dijawab: DF.Date | None
		tanggal_diterima: DF.Date | None
		tanggal_kejadian: DF.Date | None
		tanggal_selesai: DF.Date | None
		tanggapan_pelapor: DF.SmallText | None
		persetujuan_privasi: DF.Check
		persetujuan_privasi_pada: DF.Datetime | None
		telepon_pelapor: DF.Data | None
		token_tantangan: DF.Data | None
		unit_kerja: DF.Link | None
		uraian: DF.Text

	# end: auto-generated types
	def before_insert(self):
		# Through the web form or any other endpoint a guest reaches (frappe.client, REST): the
		# same proof of work and honeypot.
		if frappe.flags.in_web_form or frappe.session.user == "Guest":
			check_public_submission(self)
			self.record_privacy_consent()
		self.status = flow.DITERIMA
		self.jumlah_dibuka_kembali = 0
		self.ditutup_otomatis = 0
		self.kode_lacak = _unique_tracking_code()
		secret = make_secret()
		self.hash_rahasia = hash_secret(secret)
		self.flags.rahasia_pelacakan = secret
		self.tanggal_diterima = today()
		self.set_deadlines(self.tanggal_diterima)

	def validate(self):
		clear_transient_fields(self)
		self.rahasia_pelacakan = None
		if not self.is_new():
			self.keep_server_fields()
		guest_input.normalise(self)
		if not self.is_new():
			self.check_edit_rights()
		guest_input.check(self)
		self.identitas_pelapor = guest_input.identitas_pelapor(self)
		check_attachments(self)
		if not self.is_new():
			self.apply_status_change()

	def on_update(self):
		attach_uploaded_files(self)
		if self.flags.send_disposisi:
			send_disposisi(self)
		if self.flags.rahasia_pelacakan:
			# Handed back to the web form once, in memory only: the database keeps only its hash.
			self.rahasia_pelacakan = self.flags.rahasia_pelacakan

	def record_privacy_consent(self) -> None:
		"""A guest agrees to the privacy notice before their data is processed, and the moment is
		kept as the record of that consent (UU 27/2022 Pasal 20 ayat (2) huruf a, Pasal 22)."""
		if not cint(self.persetujuan_privasi):
			frappe.throw(_("Centang persetujuan pemrosesan data pribadi untuk mengirim pengaduan."))
		self.persetujuan_privasi_pada = now_datetime()

	def set_deadlines(self, start) -> None:
		if self.kategori not in CATEGORIES:
			return  # validate refuses it with a message
		deadlines = compute_deadlines(self.kategori, getdate(start), get_day_counts(), complaint_holidays())
		self.batas_verifikasi = deadlines.verifikasi
		self.batas_penyelesaian = deadlines.penyelesaian

	def keep_server_fields(self) -> None:
		if self.flags.by_system or self.flags.by_complainant:
			return
		before = self.get_doc_before_save()
		for fieldname in SERVER_FIELDS:
			self.set(fieldname, before.get(fieldname))

	def check_edit_rights(self) -> None:
		if self.flags.by_system or self.flags.by_complainant:
			return
		before = self.get_doc_before_save()
		changed = {
			df.fieldname
			for df in self.meta.get_fieldnames_with_value(with_field_meta=True)
			if not _same(df, self.get(df.fieldname), before.get(df.fieldname))
		}
		if before.status == flow.SELESAI and changed - EVIDENCE_FIELDS:
			frappe.throw(_("Pengaduan yang sudah selesai tidak dapat diubah lagi."))
		if OFFICER_ROLES & set(frappe.get_roles()):
			return
		status_ok = self.status == before.status or (before.status, self.status) == (
			flow.DIDISPOSISIKAN,
			flow.DIJAWAB,
		)
		if changed - PENGHUBUNG_FIELDS or not status_ok or before.status != flow.DIDISPOSISIKAN:
			frappe.throw(
				_("Penghubung unit kerja hanya dapat menulis jawaban dan menandai pengaduan sudah dijawab."),
				frappe.PermissionError,
			)

	def apply_status_change(self) -> None:
		before = self.get_doc_before_save()
		if self.status == before.status:
			if self.kategori != before.kategori and self.status in (flow.DITERIMA, flow.TERVERIFIKASI):
				self.set_deadlines(self.tanggal_diterima)
			return
		try:
			flow.check_transition(
				before.status,
				self.status,
				self.jumlah_dibuka_kembali or 0,
				hari_ini=getdate(today()),
				tanggal_tanggapan=before.tanggal_dijawab and getdate(before.tanggal_dijawab),
			)
		except flow.TransitionRefused as refused:
			if before.status == flow.TIDAK_LENGKAP and self.status == flow.SELESAI:
				frappe.throw(str(refused))  # the complainant's 30 days: the reason says until when
			frappe.throw(
				_("Status tidak dapat diubah dari {0} menjadi {1}.").format(before.status, self.status)
			)
		if flow.is_reopen(before.status, self.status):
			if not self.flags.by_complainant:
				frappe.throw(_("Hanya pelapor yang dapat membuka kembali pengaduan."))
			self.jumlah_dibuka_kembali = (self.jumlah_dibuka_kembali or 0) + 1
		self.enter_status(before.status)

	def enter_status(self, previous: str) -> None:
		if self.status in NEEDS_PUBLIC_ANSWER and not self.jawaban_publik:
			frappe.throw(
				_("Tulis jawaban atau penjelasan untuk pelapor sebelum mengubah status menjadi {0}.").format(
					self.status
				)
			)
		if self.status == flow.DIDISPOSISIKAN:
			check_disposisi(self)
			self.flags.send_disposisi = True
		elif self.status in (flow.DIJAWAB, flow.TIDAK_LENGKAP, flow.BUKAN_KEWENANGAN):
			self.tanggal_dijawab = today()  # the answer the complainant's clocks run from
		elif self.status == flow.SELESAI:
			self.tanggal_selesai = today()
		elif previous == flow.TIDAK_LENGKAP and self.status == flow.DITERIMA:
			# The clocks run from the day the file became complete (UU 25/2009 Pasal 50).
			self.set_deadlines(today())


def _same(df, value, other) -> bool:
	"""Equal as stored: the desk sends dates as text and numbers as strings."""
	if df.fieldtype in ("Date", "Datetime"):
		return str(value or "")[:19] == str(other or "")[:19]
	if df.fieldtype in ("Int", "Check"):
		return cint(value) == cint(other)
	return cstr(value) == cstr(other)


def _unique_tracking_code() -> str:
	while True:
		code = make_tracking_code()
		if not frappe.db.exists("Pengaduan Masyarakat", {"kode_lacak": code}):
			return code


def on_doctype_update():
	add_indexes("Pengaduan Masyarakat")
