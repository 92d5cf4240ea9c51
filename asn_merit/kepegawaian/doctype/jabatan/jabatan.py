import frappe
from frappe import _
from frappe.utils.nestedset import NestedSet

from asn_merit.inputs.settings import get_batas_usia
from asn_merit.merit.eligibility import PersyaratanJabatan
from asn_merit.merit.jabatan import tingkat_jabatan
from asn_merit.merit.pangkat import get_golongan, pangkat_range_for_eselon


class Jabatan(NestedSet):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from asn_merit.kepegawaian.doctype.jabatan_kompetensi.jabatan_kompetensi import JabatanKompetensi

		batas_usia: DF.Int
		batas_usia_pensiun: DF.Int
		designation: DF.Link | None
		eselon: DF.Literal["", "Ia", "Ib", "IIa", "IIb", "IIIa", "IIIb", "IVa", "IVb", "Va"]
		ikhtisar: DF.SmallText | None
		is_group: DF.Check
		jabatan_kritis: DF.Check
		jenis_jabatan: DF.Literal[
			"JPT Utama", "JPT Madya", "JPT Pratama", "Administrator", "Pengawas", "Fungsional", "Pelaksana"
		]
		jenjang_fungsional: DF.Literal[
			"",
			"Ahli Pertama",
			"Ahli Muda",
			"Ahli Madya",
			"Ahli Utama",
			"Pemula",
			"Terampil",
			"Mahir",
			"Penyelia",
		]
		kebutuhan: DF.Int
		kelas_jabatan: DF.Int
		lft: DF.Int
		min_tahun_jabatan_bawah: DF.Int
		min_tahun_pengalaman: DF.Int
		nama_jabatan: DF.Data
		old_parent: DF.Link | None
		pangkat_maksimal: DF.Link | None
		pangkat_minimal: DF.Link | None
		parent_jabatan: DF.Link | None
		pendidikan_minimal: DF.Literal[
			"",
			"SD",
			"SLTP",
			"SLTP Kejuruan",
			"SLTA",
			"D-I",
			"D-II",
			"D-III",
			"Sarjana Muda",
			"Akademi",
			"S1",
			"D-IV",
			"Ners",
			"S2",
			"Dokter",
			"Dokter Gigi",
			"Apoteker",
			"Sp-I",
			"S3",
			"Sp-II",
		]
		rgt: DF.Int
		standar_kompetensi: DF.Table[JabatanKompetensi]
		unit_kerja: DF.Link
	# end: auto-generated types
	nsm_parent_field = "parent_jabatan"

	@property
	def bezetting(self) -> int:
		"""Active employees holding this jabatan: counted, never typed."""
		if self.is_new():
			return 0
		return frappe.db.count("Employee", {"jabatan": self.name, "status": "Active"})

	@property
	def selisih(self) -> int:
		return (self.kebutuhan or 0) - self.bezetting

	def validate(self):
		self.nama_jabatan = (self.nama_jabatan or "").strip()
		self.validate_jenjang()
		self.set_default_pangkat_range()
		self.validate_pangkat_range()
		if not self.batas_usia:
			self.batas_usia = get_batas_usia(self.jenis_jabatan)
		self.validate_numbers()
		self.link_designation()
		self.mark_parent_as_group()

	def validate_jenjang(self):
		if self.jenis_jabatan != "Fungsional":
			self.jenjang_fungsional = None
		elif not self.jenjang_fungsional:
			frappe.throw(_("Jenjang fungsional wajib diisi untuk jabatan fungsional."))

	def set_default_pangkat_range(self):
		if self.eselon and not (self.pangkat_minimal or self.pangkat_maksimal):
			self.pangkat_minimal, self.pangkat_maksimal = pangkat_range_for_eselon(self.eselon)

	def validate_pangkat_range(self):
		minimal = self.pangkat_minimal and urutan_golongan(self.pangkat_minimal)
		maksimal = self.pangkat_maksimal and urutan_golongan(self.pangkat_maksimal)
		if minimal and maksimal and minimal > maksimal:
			frappe.throw(
				_(
					"Rentang pangkat terbalik: pangkat minimal {0} lebih tinggi dari pangkat maksimal {1}."
				).format(self.pangkat_minimal, self.pangkat_maksimal),
				title=_("Rentang pangkat tidak valid"),
			)

	def validate_numbers(self):
		if (self.kebutuhan or 0) < 0:
			frappe.throw(_("Kebutuhan tidak boleh negatif."))
		if self.kelas_jabatan and not 1 <= self.kelas_jabatan <= 17:
			frappe.throw(_("Kelas jabatan harus antara 1 dan 17."))
		for fieldname in ("min_tahun_pengalaman", "min_tahun_jabatan_bawah", "batas_usia"):
			if (self.get(fieldname) or 0) < 0:
				frappe.throw(_("{0} tidak boleh negatif.").format(_(self.meta.get_label(fieldname))))
		for row in self.standar_kompetensi:
			if not 1 <= (row.level or 0) <= 5:
				frappe.throw(
					_("Baris {0} standar kompetensi: level harus antara 1 dan 5.").format(row.idx),
				)

	def link_designation(self):
		"""One Designation per jabatan, so HRMS keeps resolving templates and openings."""
		if not self.designation:
			self.designation = self.nama_jabatan
			if not frappe.db.exists("Designation", self.designation):
				frappe.get_doc({"doctype": "Designation", "designation_name": self.designation}).insert(
					ignore_permissions=True
				)
		holder = frappe.db.get_value("Jabatan", {"designation": self.designation, "name": ("!=", self.name)})
		if holder:
			frappe.throw(
				_("Designation {0} sudah dipakai oleh jabatan {1}; satu jabatan satu Designation.").format(
					self.designation, holder
				)
			)

	def mark_parent_as_group(self):
		"""The tree view expands only groups; a jabatan with subordinates is one."""
		if self.parent_jabatan and not frappe.db.get_value("Jabatan", self.parent_jabatan, "is_group"):
			frappe.db.set_value("Jabatan", self.parent_jabatan, "is_group", 1)

	def get_persyaratan(self) -> PersyaratanJabatan:
		return PersyaratanJabatan(
			tingkat=tingkat_jabatan(self.jenis_jabatan, self.jenjang_fungsional),
			pangkat_minimal=self.pangkat_minimal,
			pangkat_maksimal=self.pangkat_maksimal,
			pendidikan_minimal=self.pendidikan_minimal,
			min_tahun_pengalaman=self.min_tahun_pengalaman or 0,
			min_tahun_jabatan_bawah=self.min_tahun_jabatan_bawah or 0,
			batas_usia=self.batas_usia or None,
			jenis=self.jenis_jabatan,
			jenjang=self.jenjang_fungsional,
			eselon=self.eselon,
		)


def urutan_golongan(grade: str) -> int:
	try:
		return get_golongan(grade).urutan
	except ValueError as error:
		frappe.throw(str(error), title=_("Golongan tidak dikenal"))
