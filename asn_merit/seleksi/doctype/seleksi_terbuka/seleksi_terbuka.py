"""Seleksi Terbuka: one open selection for one or more vacant JPT, from plan to the PPK's choice.

Why not HRMS recruitment here: Job Opening's /jobs page feeds the job-application web form,
which creates Job Applicant records with no link to the applicant's Employee, no PPK
recommendation and no eligibility check, while an open JPT selection is among ASN only; and
Interview Feedback averages unweighted ratings with no recusal and no pass mark per stage. So
the public listing is this DocType's own web view (a website generator, as Job Opening is) and
panel scores are Nilai Seleksi Terbuka records.
"""

import frappe
from frappe import _
from frappe.model.naming import set_name_from_naming_options
from frappe.utils import cstr, get_datetime, getdate, today
from frappe.website.website_generator import WebsiteGenerator

from asn_merit.constants import ROLE_PANSEL
from asn_merit.merit import seleksi_terbuka as rules
from asn_merit.seleksi.panel import KETUA

DITUTUP = "Ditutup"
PERENCANAAN, PENGUMUMAN, SELEKSI, USULAN_KE_PPK, SELESAI = (
	"Perencanaan",
	"Pengumuman",
	"Seleksi",
	"Usulan ke PPK",
	"Selesai",
)
# Once announced, what applicants applied to and how they will be scored stays as announced.
FROZEN_STAGE_FIELDS = ("tahap", "bobot", "nilai_lulus")
# Written by the PPK's choice (asn_merit.seleksi.choice), never by a save.
CHOICE_FIELDS = ("lamaran_terpilih", "nama_terpilih", "peringkat_terpilih", "alasan_pilihan", "dipilih_oleh")


class SeleksiTerbuka(WebsiteGenerator):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from asn_merit.seleksi.doctype.seleksi_terbuka_jabatan.seleksi_terbuka_jabatan import (
			SeleksiTerbukaJabatan,
		)
		from asn_merit.seleksi.doctype.seleksi_terbuka_panitia.seleksi_terbuka_panitia import (
			SeleksiTerbukaPanitia,
		)
		from asn_merit.seleksi.doctype.seleksi_terbuka_tahap.seleksi_terbuka_tahap import (
			SeleksiTerbukaTahap,
		)

		batas_lamaran: DF.Date
		dasar_hukum: DF.SmallText | None
		dipublikasikan: DF.Check
		jabatan: DF.Table[SeleksiTerbukaJabatan]
		judul: DF.Data
		kontak_sekretariat: DF.SmallText | None
		panitia: DF.Table[SeleksiTerbukaPanitia]
		perlu_persetujuan_mendagri: DF.Check
		persetujuan_mendagri: DF.Attach | None
		rekomendasi_pengawas: DF.Attach | None
		route: DF.Data | None
		status: DF.Literal["Perencanaan", "Pengumuman", "Seleksi", "Usulan ke PPK", "Selesai"]
		tahap: DF.Table[SeleksiTerbukaTahap]
		tahap_berjalan: DF.Data | None
		tanggal_pengumuman: DF.Date | None

	# end: auto-generated types
	def autoname(self):
		# WebsiteGenerator names after the title; keep the DocType's numbered naming.
		self.name = set_name_from_naming_options(self.meta.autoname, self)

	def make_route(self):
		return f"seleksi-terbuka/{self.name.lower()}"

	def validate(self):
		self.keep_closing_and_choice()
		self.set_default_stages()
		self.validate_stages()
		self.validate_panel_rows()
		self.validate_jabatan_rows()
		if self.dipublikasikan:
			self.validate_announcement()
		self.keep_announced_terms()
		super().validate()

	def on_update(self):
		for user in {row.user for row in self.panitia}:
			grant_panel_role(user)

	def keep_closing_and_choice(self):
		"""Closing a stage, the PPK's choice and every status after the announcement are db writes
		(asn_merit.seleksi); no save (the form, a REST PUT, frappe.client.set_value) may reopen or
		close a stage, forge a choice or move the status."""
		before = self.get_doc_before_save()
		if _written_by_actions(self) != (_written_by_actions(before) if before else (None, [], [])):
			frappe.throw(
				_(
					"Status seleksi, penutupan tahap dan pilihan PPK hanya berubah melalui tindakan "
					"Tutup Tahap dan Pilih Calon."
				)
			)

	def set_default_stages(self):
		if not self.tahap:
			for nama, bobot, nilai_lulus in rules.TAHAP_MINIMAL:
				self.append("tahap", {"tahap": nama, "bobot": bobot, "nilai_lulus": nilai_lulus})

	def validate_stages(self):
		throw_all(rules.cek_tahap(self.stage_rules()), _("Tahap seleksi belum benar"))
		dates = [getdate(row.tanggal) for row in self.tahap if row.tanggal]
		if dates != sorted(dates):
			frappe.throw(_("Tanggal tahap harus berurutan sesuai urutan tahap."))
		if dates and self.batas_lamaran and dates[0] <= getdate(self.batas_lamaran):
			frappe.throw(_("Tahap pertama dimulai setelah batas akhir lamaran."))

	def validate_panel_rows(self):
		users = [row.user for row in self.panitia]
		if len(users) != len(set(users)):
			frappe.throw(_("Seorang anggota panitia tercantum lebih dari sekali."))
		if sum(row.peran == KETUA for row in self.panitia) > 1:
			frappe.throw(_("Panitia seleksi hanya memiliki satu ketua."))

	def validate_jabatan_rows(self):
		names = [row.jabatan for row in self.jabatan]
		if len(names) != len(set(names)):
			frappe.throw(_("Jabatan {0} tercantum lebih dari sekali.").format(_repeated(names)))

	def validate_announcement(self):
		"""Publishing is the announcement: its date is the day it went public."""
		self.tanggal_pengumuman = self.tanggal_pengumuman or today()
		alasan = rules.cek_jumlah_pansel(len(self.panitia))
		if not any(row.peran == KETUA for row in self.panitia):
			alasan.append(_("Tunjuk ketua panitia seleksi; pengumuman ditandatangani ketua."))
		if not self.rekomendasi_pengawas:
			alasan.append(_("Lampirkan rekomendasi BKN atas rencana seleksi."))
		if self.perlu_persetujuan_mendagri and not self.persetujuan_mendagri:
			alasan.append(_("Lampirkan persetujuan tertulis Mendagri (kepala daerah dijabat Penjabat)."))
		alasan += rules.cek_jadwal_pengumuman(getdate(self.tanggal_pengumuman), getdate(self.batas_lamaran))
		throw_all(alasan, _("Seleksi belum dapat diumumkan"))
		if self.status == PERENCANAAN:
			self.status = PENGUMUMAN

	def keep_announced_terms(self):
		before = self.get_doc_before_save()
		if not before or not before.tanggal_pengumuman:
			return
		if not self.dipublikasikan:
			frappe.throw(_("Seleksi yang sudah diumumkan tidak dapat ditarik dari situs publik."))
		if _stage_terms(before) != _stage_terms(self) or _jabatan(before) != _jabatan(self):
			frappe.throw(_("Jabatan, tahap, bobot dan nilai lulus tidak dapat diubah setelah diumumkan."))
		if getdate(self.batas_lamaran) < getdate(before.batas_lamaran):
			frappe.throw(
				_("Batas lamaran tidak dapat dimajukan setelah diumumkan; hanya dapat diperpanjang.")
			)
		if self.status not in (PERENCANAAN, PENGUMUMAN) and _panel(before) != _panel(self):
			frappe.throw(_("Susunan panitia tidak dapat diubah setelah tahap pertama ditutup."))

	def stage_rules(self) -> list[rules.Tahap]:
		return [rules.Tahap(row.tahap, row.bobot or 0, row.nilai_lulus or 0) for row in self.tahap]

	def current_stage(self):
		"""The first stage not yet closed; None once all are."""
		return next((row for row in self.tahap if row.status != DITUTUP), None)

	def closed_stages(self) -> list:
		return [row for row in self.tahap if row.status == DITUTUP]

	def applications_open(self) -> bool:
		return self.status == PENGUMUMAN and getdate(today()) <= getdate(self.batas_lamaran)

	def get_berita_acara(self) -> list[dict]:
		"""For the print format: the final ranking per jabatan."""
		from asn_merit.seleksi.berita_acara import final_ranking

		return final_ranking(self)

	def get_context(self, context):
		from asn_merit.seleksi.public_page import build_context

		build_context(self, context)


def grant_panel_role(user: str) -> None:
	"""Sitting on a panel needs the Panitia Seleksi role. The secretariat may not edit users, and
	this grants that one role only, so it is done on the system's authority."""
	if ROLE_PANSEL in frappe.get_roles(user):
		return
	doc = frappe.get_doc("User", user)
	doc.append("roles", {"role": ROLE_PANSEL})
	doc.flags.ignore_permissions = True
	doc.save()


def throw_all(alasan: list[str], title: str) -> None:
	if alasan:
		frappe.throw("<br>".join(alasan), title=title)


def _stage_terms(doc) -> list[tuple]:
	return [tuple(row.get(field) for field in FROZEN_STAGE_FIELDS) for row in doc.tahap]


def _written_by_actions(doc) -> tuple:
	status = None if doc.status in (PERENCANAAN, PENGUMUMAN, None, "") else doc.status
	closed = [(row.tahap, _moment(row.ditutup_pada)) for row in doc.tahap if row.status == DITUTUP]
	choices = sorted(
		(row.jabatan, *(cstr(row.get(field)) for field in CHOICE_FIELDS), _moment(row.dipilih_pada))
		for row in doc.jabatan
		if row.lamaran_terpilih or row.dipilih_oleh
	)
	return status, closed, choices


def _moment(value) -> str:
	"""A datetime as the database or a request sends it, compared as one."""
	return str(get_datetime(value)) if value else ""


def _jabatan(doc) -> list[str]:
	return sorted(row.jabatan for row in doc.jabatan)


def _panel(doc) -> list[tuple]:
	return sorted((row.user, row.peran) for row in doc.panitia)


def _repeated(names: list[str]) -> str:
	return next(name for name in names if names.count(name) > 1)
