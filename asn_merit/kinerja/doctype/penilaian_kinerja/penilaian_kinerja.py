import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate, now_datetime, today

from asn_merit.constants import ROLE_BKPSDM
from asn_merit.inputs.settings import get_settings
from asn_merit.merit.jabatan import tingkat_jabatan
from asn_merit.merit.keberatan_kinerja import jendela_keberatan_kinerja
from asn_merit.merit.predikat import BERAKHLAK, predikat_kinerja
from asn_merit.merit.tenggat import masih_dalam_batas
from asn_merit.merit.tindak_lanjut import tindak_lanjut_predikat
from asn_merit.merit.umpan_balik import rating_gabungan
from asn_merit.permissions import employees_of, is_privileged

BULAN = (
	"Januari",
	"Februari",
	"Maret",
	"April",
	"Mei",
	"Juni",
	"Juli",
	"Agustus",
	"September",
	"Oktober",
	"November",
	"Desember",
)
RATING_FIELDS = ("rating_hasil_kerja", "rating_perilaku")


class PenilaianKinerja(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from asn_merit.kinerja.doctype.penilaian_kinerja_penilai.penilaian_kinerja_penilai import (
			PenilaianKinerjaPenilai,
		)
		from asn_merit.kinerja.doctype.penilaian_kinerja_perilaku.penilaian_kinerja_perilaku import (
			PenilaianKinerjaPerilaku,
		)
		from asn_merit.kinerja.doctype.penilaian_kinerja_rhk.penilaian_kinerja_rhk import (
			PenilaianKinerjaRHK,
		)
		from asn_merit.kinerja.doctype.riwayat_kalibrasi.riwayat_kalibrasi import RiwayatKalibrasi

		alasan_kalibrasi: DF.SmallText | None
		amended_from: DF.Link | None
		atasan_pejabat_penilai: DF.Link | None
		atasan_pejabat_penilai_name: DF.Data | None
		batas_tanggapan: DF.Date | None
		diterima_pegawai_pada: DF.Datetime | None
		employee: DF.Link
		employee_name: DF.Data | None
		hasil_kerja: DF.Table[PenilaianKinerjaRHK]
		inovasi: DF.SmallText | None
		jabatan: DF.Link | None
		kontribusi: DF.SmallText | None
		nip: DF.Data | None
		pejabat_penilai: DF.Link | None
		pejabat_penilai_name: DF.Data | None
		penilai_360: DF.Table[PenilaianKinerjaPenilai]
		perilaku: DF.Table[PenilaianKinerjaPerilaku]
		periode: DF.Literal[
			"Tahunan",
			"Triwulan I",
			"Triwulan II",
			"Triwulan III",
			"Triwulan IV",
			"Semester I",
			"Semester II",
			"Januari",
			"Februari",
			"Maret",
			"April",
			"Mei",
			"Juni",
			"Juli",
			"Agustus",
			"September",
			"Oktober",
			"November",
			"Desember",
		]
		predikat: DF.Data | None
		predikat_setelah_keberatan: DF.Data | None
		rating_hasil_kerja: DF.Literal["", "Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi"]
		rating_perilaku: DF.Literal["", "Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi"]
		riwayat_kalibrasi: DF.Table[RiwayatKalibrasi]
		tahun: DF.Int
		tanggal_final: DF.Date | None
		unit_kerja: DF.Link | None

	# end: auto-generated types
	def onload(self):
		# Accepting and objecting are the appraisee's: the form offers them to no one else.
		self.set_onload("milik_saya", self.employee in employees_of(frappe.session.user))

	def validate(self):
		self.set_penilai()
		self.validate_penilai()
		self.validate_tahun()
		self.validate_periode()
		self.validate_one_per_period()
		set_berakhlak_rows(self, "perilaku")
		if self.is_new() and not self.penilai_360:
			self.usulkan_penilai()
		self.validate_penilai_360()
		self.set_rating_gabungan()
		self.validate_intervensi()
		self.validate_rater()
		self.predikat = self.compute_predikat()
		self.record_calibration()

	def before_submit(self):
		missing = [self.meta.get_label(f) for f in RATING_FIELDS if not self.get(f)]
		if not any(row.jenis_rhk == "Utama" for row in self.hasil_kerja):
			missing.append(_("minimal satu RHK utama"))
		if any(not row.rating_atasan for row in self.perilaku):
			missing.append(_("rating pejabat penilai untuk ketujuh nilai BerAKHLAK"))
		if missing:
			frappe.throw(_("Belum bisa difinalkan; lengkapi: {0}.").format(", ".join(missing)))
		self.tanggal_final = getdate(today())
		# Finalised in the app, the appraisal reaches the appraisee the same day; a later handover
		# on paper is recorded by changing tanggal_diterima.
		self.tanggal_diterima = self.tanggal_diterima or self.tanggal_final
		self.set_batas_tanggapan()

	def on_update_after_submit(self):
		if self.has_value_changed("tanggal_diterima"):
			self.set_batas_tanggapan()
			self.db_set("batas_tanggapan", self.batas_tanggapan)

	def set_batas_tanggapan(self):
		"""The objection window runs from receipt (PP 30/2019 Pasal 59 ayat (1))."""
		try:
			jendela = jendela_keberatan_kinerja(
				getdate(self.tanggal_diterima) if self.tanggal_diterima else None,
				getdate(self.tanggal_final),
				hari_keberatan=get_settings().hari_keberatan,
			)
		except ValueError as error:
			frappe.throw(str(error))
		self.batas_tanggapan = jendela.batas_pengajuan

	def on_submit(self):
		if self.periode == "Tahunan":
			record_predikat_on_employee(self)

	def on_cancel(self):
		remove_predikat_from_employee(self)

	# diterima_pegawai_pada and predikat_setelah_keberatan are written only by terima_penilaian and
	# an upheld Keberatan Penilaian Kinerja, with db writes. They are not allow_on_submit, so no
	# save of a final appraisal (REST PUT, frappe.client.set_value) can set them.
	@frappe.whitelist()
	def terima_penilaian(self):
		"""The appraisee acknowledges the final appraisal, within the response window."""
		if self.docstatus != 1:
			frappe.throw(_("Penilaian belum final."))
		if self.employee not in employees_of(frappe.session.user):
			frappe.throw(
				_("Hanya pegawai yang dinilai yang dapat menerima penilaian ini."), frappe.PermissionError
			)
		if not masih_dalam_batas(getdate(today()), getdate(self.batas_tanggapan)):
			frappe.throw(_("Batas tanggapan sudah lewat; penilaian ditetapkan oleh atasan pejabat penilai."))
		self.db_set("diterima_pegawai_pada", now_datetime())

	def set_penilai(self):
		"""Pejabat penilai = direct superior; atasan pejabat penilai = the superior's superior."""
		if not self.pejabat_penilai:
			self.pejabat_penilai = superior_of(self.employee)
		if self.pejabat_penilai and not self.atasan_pejabat_penilai:
			self.atasan_pejabat_penilai = superior_of(self.pejabat_penilai)

	def validate_penilai(self):
		if self.employee in (self.pejabat_penilai, self.atasan_pejabat_penilai):
			frappe.throw(
				_("Pegawai tidak dapat menjadi pejabat penilai atau atasan pejabat penilai dirinya sendiri.")
			)

	def validate_tahun(self):
		if not 2000 <= (self.tahun or 0) <= 2100:
			frappe.throw(_("Tahun {0} tidak valid.").format(self.tahun))

	def validate_periode(self):
		settings = get_settings()
		if self.periode.startswith("Semester") and not settings.izinkan_semesteran:
			frappe.throw(_("Periode semesteran tidak diizinkan di Pengaturan ASN Merit."))
		if self.periode in BULAN and not settings.izinkan_bulanan:
			frappe.throw(_("Periode bulanan tidak diizinkan di Pengaturan ASN Merit."))

	def validate_one_per_period(self):
		duplicate = frappe.db.get_value(
			"Penilaian Kinerja",
			{
				"employee": self.employee,
				"tahun": self.tahun,
				"periode": self.periode,
				"docstatus": ("<", 2),
				"name": ("!=", self.name),
			},
		)
		if duplicate:
			frappe.throw(
				_("Pegawai ini sudah memiliki penilaian kinerja {0} {1}: {2}.").format(
					self.periode, self.tahun, duplicate
				)
			)

	@frappe.whitelist()
	def usulkan_penilai(self):
		"""Peers (same level, same unit) and direct subordinates, as PP 30/2019 Pasal 39 names them."""
		self.penilai_360 = []
		for penilai in rekan_setingkat(self):
			self.append("penilai_360", {"penilai": penilai, "kategori": "Rekan Kerja"})
		for penilai in frappe.get_all(
			"Employee", filters={"reports_to": self.employee, "status": "Active"}, pluck="name"
		):
			self.append("penilai_360", {"penilai": penilai, "kategori": "Bawahan"})

	def validate_penilai_360(self):
		seen = set()
		for row in self.penilai_360:
			if row.penilai in (self.employee, self.pejabat_penilai):
				frappe.throw(
					_(
						"Baris {0} penilai 360: pegawai yang dinilai dan pejabat penilai tidak termasuk penilai 360."
					).format(row.idx)
				)
			if row.penilai in seen:
				frappe.throw(_("Baris {0} penilai 360: {1} tercantum dua kali.").format(row.idx, row.penilai))
			seen.add(row.penilai)

	def set_rating_gabungan(self):
		bobot = get_settings().bobot_atasan_perilaku
		for row in self.perilaku:
			others = row.rata_rata_lain if row.jumlah_penilai_lain else None
			row.rating_gabungan = (
				rating_gabungan(row.rating_atasan, others, bobot) if row.rating_atasan else None
			)

	def validate_intervensi(self):
		for row in self.hasil_kerja:
			if not row.rhk_atasan:
				continue
			if not row.intervensi or not frappe.db.exists(
				"Penilaian Kinerja RHK", {"name": row.rhk_atasan, "parent": row.intervensi}
			):
				frappe.throw(_("Baris {0}: RHK atasan yang diintervensi tidak ditemukan.").format(row.idx))

	def validate_rater(self):
		"""Ratings are the pejabat penilai's to give, not the appraisee's."""
		if is_privileged() or self.employee not in employees_of(frappe.session.user):
			return
		before = self.get_doc_before_save()
		old = {"rating_hasil_kerja": None, "rating_perilaku": None} if not before else before.as_dict()
		changed = any(self.get(f) != old.get(f) for f in RATING_FIELDS)
		old_rows = {r.nilai_berakhlak: r.rating_atasan for r in (before.perilaku if before else [])}
		changed = changed or any(
			row.rating_atasan != old_rows.get(row.nilai_berakhlak) for row in self.perilaku
		)
		if changed:
			frappe.throw(_("Rating hanya dapat diisi oleh pejabat penilai."), frappe.PermissionError)

	def record_calibration(self):
		"""A predikat changed by anyone but the pejabat penilai is a calibration: say why, on record.

		An amendment is compared with the appraisal it amends: cancelling a final appraisal and
		amending it into another predikat is a calibration too, not a way around the reason.
		"""
		before = self.get_doc_before_save()
		if not before and self.is_new() and self.amended_from:
			before = frappe.get_doc("Penilaian Kinerja", self.amended_from)
		if not before or not before.predikat or before.predikat == self.predikat:
			self.alasan_kalibrasi = None
			return
		if self.pejabat_penilai in employees_of(frappe.session.user):
			return
		if not (self.alasan_kalibrasi or "").strip():
			frappe.throw(
				_("Predikat berubah dari {0} menjadi {1} dalam kalibrasi: isi alasannya.").format(
					before.predikat, self.predikat or "-"
				)
			)
		self.append(
			"riwayat_kalibrasi",
			{
				"predikat_lama": before.predikat,
				"predikat_baru": self.predikat,
				"alasan": self.alasan_kalibrasi.strip(),
				"oleh": frappe.session.user,
				"tanggal": now_datetime(),
			},
		)
		self.alasan_kalibrasi = None

	def compute_predikat(self) -> str | None:
		if self.rating_hasil_kerja and self.rating_perilaku:
			return predikat_kinerja(self.rating_hasil_kerja, self.rating_perilaku)
		return None


def set_berakhlak_rows(doc, table: str):
	"""Always the seven BerAKHLAK values, once each, in their official order."""
	existing = {row.nilai_berakhlak: row for row in doc.get(table)}
	doc.set(table, [])
	for nilai in BERAKHLAK:
		row = existing.get(nilai)
		doc.append(table, row.as_dict() if row else {"nilai_berakhlak": nilai})


def rekan_setingkat(doc) -> list[str]:
	"""Active employees of the same unit at the same jabatan level (or, without a jabatan, with the same superior)."""
	filters = {
		"status": "Active",
		"department": doc.unit_kerja,
		"name": ("not in", [doc.employee, doc.pejabat_penilai or ""]),
	}
	if not doc.unit_kerja:
		return []
	if not doc.jabatan:
		return frappe.get_all(
			"Employee", filters={**filters, "reports_to": doc.pejabat_penilai or ""}, pluck="name"
		)
	level = tingkat_of_jabatan(doc.jabatan)
	candidates = frappe.get_all(
		"Employee", filters={**filters, "jabatan": ("is", "set")}, fields=["name", "jabatan"]
	)
	return [c.name for c in candidates if tingkat_of_jabatan(c.jabatan) == level]


def tingkat_of_jabatan(jabatan: str) -> int:
	jenis, jenjang = frappe.get_cached_value("Jabatan", jabatan, ["jenis_jabatan", "jenjang_fungsional"])
	return tingkat_jabatan(jenis, jenjang)


def superior_of(employee: str) -> str | None:
	"""`reports_to` when set, else the holder of the parent jabatan in the Jabatan tree."""
	reports_to, jabatan = frappe.db.get_value("Employee", employee, ["reports_to", "jabatan"])
	if reports_to:
		return reports_to
	parent = jabatan and frappe.db.get_value("Jabatan", jabatan, "parent_jabatan")
	if not parent:
		return None
	return frappe.db.get_value(
		"Employee", {"jabatan": parent, "status": "Active"}, order_by="tmt_jabatan desc"
	)


def record_predikat_on_employee(doc):
	employee = frappe.get_doc("Employee", doc.employee)
	employee.riwayat_predikat_kinerja = [r for r in employee.riwayat_predikat_kinerja if r.tahun != doc.tahun]
	employee.append(
		"riwayat_predikat_kinerja", {"tahun": doc.tahun, "predikat": doc.predikat, "sumber": doc.name}
	)
	hasil = set_follow_up_flags(employee, doc.tahun)
	employee.flags.ignore_permissions = True
	employee.save()
	if hasil.perlu_pengembangan:
		propose_development(doc, hasil.catatan[-1])


def set_follow_up_flags(employee, tahun: int):
	hasil = tindak_lanjut_predikat({r.tahun: r.predikat for r in employee.riwayat_predikat_kinerja}, tahun)
	employee.kandidat_talent_pool = int(hasil.kandidat_talent_pool)
	employee.perlu_pengembangan = int(hasil.perlu_pengembangan)
	employee.catatan_tindak_lanjut = "\n".join(hasil.catatan)
	return hasil


def propose_development(doc, reason: str):
	"""A to-do for the BKPSDM officers: draw up the development plan the predikat calls for."""
	frappe.get_doc(
		{
			"doctype": "ToDo",
			"role": ROLE_BKPSDM,
			"reference_type": "Employee",
			"reference_name": doc.employee,
			"description": _("Susun rencana pengembangan untuk {0}. {1}").format(doc.employee_name, reason),
		}
	).insert(ignore_permissions=True)


def remove_predikat_from_employee(doc):
	employee = frappe.get_doc("Employee", doc.employee)
	employee.riwayat_predikat_kinerja = [r for r in employee.riwayat_predikat_kinerja if r.sumber != doc.name]
	latest = max((r.tahun for r in employee.riwayat_predikat_kinerja), default=doc.tahun)
	set_follow_up_flags(employee, latest)
	employee.flags.ignore_permissions = True
	employee.save()
