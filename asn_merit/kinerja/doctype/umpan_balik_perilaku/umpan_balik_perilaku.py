"""One peer's or subordinate's closed answers on one appraisal's BerAKHLAK values."""

import frappe
from frappe import _
from frappe.model.document import Document

from asn_merit.inputs.settings import get_settings
from asn_merit.kinerja.doctype.penilaian_kinerja.penilaian_kinerja import set_berakhlak_rows
from asn_merit.merit.umpan_balik import agregat_umpan_balik, rating_gabungan
from asn_merit.permissions import employees_of, is_privileged


class UmpanBalikPerilaku(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from asn_merit.kinerja.doctype.umpan_balik_perilaku_nilai.umpan_balik_perilaku_nilai import (
			UmpanBalikPerilakuNilai,
		)

		kategori: DF.Data | None
		nilai: DF.Table[UmpanBalikPerilakuNilai]
		pegawai_dinilai: DF.Data | None
		penilai: DF.Link | None
		penilaian_kinerja: DF.Link

	# end: auto-generated types
	def validate(self):
		self.set_penilai()
		appraisal = frappe.db.get_value(
			"Penilaian Kinerja", self.penilaian_kinerja, ["employee", "docstatus"], as_dict=True
		)
		if appraisal.docstatus != 0:
			frappe.throw(_("Penilaian kinerja ini sudah final; umpan balik tidak dapat diubah."))
		if self.penilai == appraisal.employee:
			frappe.throw(_("Anda tidak dapat menilai diri sendiri."))
		self.kategori = frappe.db.get_value(
			"Penilaian Kinerja Penilai",
			{"parent": self.penilaian_kinerja, "parenttype": "Penilaian Kinerja", "penilai": self.penilai},
			"kategori",
		)
		if not self.kategori:
			frappe.throw(_("Anda tidak ditugaskan memberi umpan balik untuk penilaian kinerja ini."))
		if frappe.db.exists(
			"Umpan Balik Perilaku",
			{"penilaian_kinerja": self.penilaian_kinerja, "penilai": self.penilai, "name": ("!=", self.name)},
		):
			frappe.throw(
				_("Anda sudah memberi umpan balik untuk penilaian kinerja ini; ubah yang sudah ada.")
			)
		set_berakhlak_rows(self, "nilai")

	def set_penilai(self):
		"""The rater is the person logged in; only HR may enter answers for someone else."""
		if self.penilai and is_privileged():
			return
		employees = employees_of(frappe.session.user)
		if not employees:
			frappe.throw(_("Akun Anda tidak terhubung dengan data pegawai."))
		self.penilai = employees[0]

	def on_update(self):
		update_aggregates(self.penilaian_kinerja)

	def on_trash(self):
		frappe.db.delete("Umpan Balik Perilaku Nilai", {"parent": self.name})
		self.flags.deleted = True
		update_aggregates(self.penilaian_kinerja, exclude=self.name)


def update_aggregates(penilaian_kinerja: str, exclude: str | None = None):
	"""Write the anonymous aggregates onto the appraisal's behaviour rows (or clear them)."""
	answers = frappe.get_all(
		"Umpan Balik Perilaku",
		filters={"penilaian_kinerja": penilaian_kinerja, "name": ("!=", exclude or "")},
		fields=["name", "penilai"],
	)
	rows = frappe.get_all(
		"Umpan Balik Perilaku Nilai",
		filters={"parenttype": "Umpan Balik Perilaku", "parent": ("in", [a.name for a in answers] or [""])},
		fields=["parent", "nilai_berakhlak", "rating"],
	)
	jawaban: dict[str, dict[str, str]] = {}
	for row in rows:
		if row.rating:
			jawaban.setdefault(row.parent, {})[row.nilai_berakhlak] = row.rating
	settings = get_settings()
	agregat = agregat_umpan_balik(list(jawaban.values()), settings.min_penilai_360) or {}

	for row in frappe.get_all(
		"Penilaian Kinerja Perilaku",
		filters={"parent": penilaian_kinerja, "parenttype": "Penilaian Kinerja"},
		fields=["name", "nilai_berakhlak", "rating_atasan"],
	):
		nilai = agregat.get(row.nilai_berakhlak)
		frappe.db.set_value(
			"Penilaian Kinerja Perilaku",
			row.name,
			{
				"rata_rata_lain": nilai.rata_rata if nilai else 0,
				"jumlah_penilai_lain": nilai.jumlah_penilai if nilai else 0,
				"rating_gabungan": rating_gabungan(
					row.rating_atasan, nilai.rata_rata if nilai else None, settings.bobot_atasan_perilaku
				)
				if row.rating_atasan
				else None,
			},
			update_modified=False,
		)
	answered = {a.penilai for a in answers}
	for row in frappe.get_all(
		"Penilaian Kinerja Penilai",
		filters={"parent": penilaian_kinerja, "parenttype": "Penilaian Kinerja"},
		fields=["name", "penilai"],
	):
		frappe.db.set_value(
			"Penilaian Kinerja Penilai",
			row.name,
			"sudah_mengisi",
			int(row.penilai in answered),
			update_modified=False,
		)
