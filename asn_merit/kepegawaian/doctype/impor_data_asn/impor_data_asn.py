"""Bring ASN data from a SIASN-style spreadsheet: each row lands or fails on its own.

Why not Frappe's Data Import alone: it refuses the whole file when any row names a Link
value that does not exist (an unknown golongan, a jabatan not yet in the catalogue), and it
cannot read SIASN's own column names. The Jabatan catalogue itself imports fine with Data Import.
"""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import strip_html

from asn_merit.merit.siasn import BarisSIASN, map_columns, parse_baris

RUN_NOW_ROWS = 100  # larger files go to a background job


class ImporDataASN(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from asn_merit.kepegawaian.doctype.impor_data_asn_baris.impor_data_asn_baris import ImporDataASNBaris

		company: DF.Link
		file: DF.Attach
		hasil: DF.Table[ImporDataASNBaris]
		ringkasan: DF.Data | None
		status: DF.Literal["Draft", "Berhasil", "Sebagian Berhasil", "Gagal"]

	# end: auto-generated types
	@frappe.whitelist()
	def proses(self):
		self.check_permission("write")
		frappe.has_permission("Employee", "create", throw=True)
		rows = read_rows(self.file)
		if len(rows) - 1 > RUN_NOW_ROWS and not frappe.flags.in_test:
			frappe.enqueue(
				"asn_merit.kepegawaian.doctype.impor_data_asn.impor_data_asn.proses_impor", name=self.name
			)
			return _("Impor berjalan di latar belakang; muat ulang halaman ini untuk melihat hasilnya.")
		self.import_rows(rows)
		return self.ringkasan

	def import_rows(self, rows: list[list]):
		if not rows:
			frappe.throw(_("Berkas kosong."))
		columns, missing = map_columns(rows[0])
		if missing:
			frappe.throw(
				_("Kolom wajib tidak ditemukan di baris judul: {0}.").format(
					", ".join(m.upper() for m in missing)
				)
			)
		self.hasil = []
		for index, values in enumerate(rows[1:], start=2):
			if not any(str(v or "").strip() for v in values):
				continue
			self.import_row(index, values, columns)
			frappe.publish_progress(
				index * 100 / len(rows),
				title=_("Mengimpor data ASN"),
				doctype=self.doctype,
				docname=self.name,
			)
		self.set_status()
		self.save()

	def import_row(self, index: int, values: list, columns: dict):
		baris, alasan = parse_baris(values, columns)
		result = {
			"baris": index,
			"nip": baris.nip if baris else _cell(values, columns, "nip")[:18],
			"nama": _cell(values, columns, "nama"),
		}
		if baris:
			frappe.db.savepoint("impor_baris")
			try:
				result["employee"] = upsert_employee(baris, self.company)
			except frappe.ValidationError as error:
				frappe.db.rollback(save_point="impor_baris")
				frappe.clear_messages()
				alasan = [strip_html(str(error)) or _("Baris ditolak.")]
			else:
				frappe.db.release_savepoint("impor_baris")
		result.update(status="Gagal" if alasan else "Berhasil", pesan=" ".join(alasan))
		self.append("hasil", result)

	def set_status(self):
		succeeded = sum(row.status == "Berhasil" for row in self.hasil)
		failed = len(self.hasil) - succeeded
		self.status = "Gagal" if not succeeded else ("Sebagian Berhasil" if failed else "Berhasil")
		self.ringkasan = _("{0} baris berhasil, {1} baris gagal.").format(succeeded, failed)


def proses_impor(name: str):
	doc = frappe.get_doc("Impor Data ASN", name)
	doc.import_rows(read_rows(doc.file))


def read_rows(file_url: str) -> list[list]:
	from frappe.utils.csvutils import read_csv_content
	from frappe.utils.xlsxutils import read_xlsx_file_from_attached_file

	file = frappe.get_doc("File", {"file_url": file_url})
	extension = (file.file_name or "").rsplit(".", 1)[-1].lower()
	if extension == "xlsx":
		return read_xlsx_file_from_attached_file(fcontent=file.get_content())
	if extension == "csv":
		return read_csv_content(file.get_content())
	frappe.throw(_("Berkas harus CSV atau XLSX."))


def upsert_employee(baris: BarisSIASN, company: str) -> str:
	"""Create the Employee for this NIP, or update the one that has it."""
	name = frappe.db.get_value("Employee", {"nip": baris.nip})
	employee = frappe.get_doc("Employee", name) if name else frappe.new_doc("Employee")
	if not name:
		employee.update({"first_name": baris.nama, "company": company, "nip": baris.nip})
	if baris.jabatan and not frappe.db.exists("Jabatan", baris.jabatan):
		frappe.throw(_("Jabatan '{0}' belum ada di katalog jabatan.").format(baris.jabatan))
	if baris.unit_kerja and not unit_kerja_matches(baris):
		frappe.throw(
			_("Unit kerja '{0}' tidak cocok dengan unit jabatan '{1}'.").format(
				baris.unit_kerja, baris.jabatan
			)
		)
	updates = {
		"grade": baris.golongan,
		"tmt_golongan": baris.tmt_golongan,
		"jabatan": baris.jabatan,
		"tmt_jabatan": baris.tmt_jabatan,
		"pendidikan_terakhir": baris.pendidikan,
		"status_kepegawaian": baris.status_kepegawaian or baris.status,
	}
	employee.update({field: value for field, value in updates.items() if value})
	employee.save()
	return employee.name


def unit_kerja_matches(baris: BarisSIASN) -> bool:
	if not baris.jabatan:
		return bool(frappe.db.exists("Department", baris.unit_kerja))
	unit = frappe.db.get_value("Jabatan", baris.jabatan, "unit_kerja")
	return baris.unit_kerja in (unit, frappe.db.get_value("Department", unit, "department_name"))


def _cell(values: list, columns: dict, field: str) -> str:
	index = columns.get(field)
	return str(values[index] or "").strip()[:140] if index is not None and index < len(values) else ""
