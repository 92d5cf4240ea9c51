"""Normalise and check what a citizen typed, before Frappe's own validation sees it.

Frappe would refuse most bad values too, but in English, and a text longer than the column
would reach the database as a server error. Everything here answers in Bahasa Indonesia.
"""

import re
from datetime import date

import frappe
from frappe import _
from frappe.utils import cint, getdate, strip_html, today, validate_email_address

from asn_merit.merit.pengaduan_deadlines import CATEGORIES

# Longest accepted text per field; Data columns hold 140 characters, Text columns 64 KB.
MAX_LENGTH = {
	"judul": 140,
	"nama_asn_dilaporkan": 140,
	"lokasi_kejadian": 140,
	"nomor_lapor": 140,
	"nama_pelapor": 140,
	"email_pelapor": 140,
	"telepon_pelapor": 30,
	"alamat_pelapor": 500,
	"harapan": 2000,
	"uraian": 10000,
	"jawaban_publik": 10000,
	"tanggapan_pelapor": 2000,
	"catatan_pemeriksaan": 2000,
}
EARLIEST_DATE = date(1900, 1, 1)
TAG_OPENER = re.compile(r"<(?=[A-Za-z!/?])")
PHONE = re.compile(r"^\+?[0-9][0-9 ()-]{5,28}$")
CHECK_FIELDS = ("anonim", "rahasia")
OPTIONAL_FIELDS = ("unit_kerja", "tanggal_kejadian", "lampiran_1", "lampiran_2")
IDENTITY_FIELDS = ("nama_pelapor", "email_pelapor", "telepon_pelapor", "alamat_pelapor")


def normalise(doc) -> None:
	"""Plain text only: markup is removed, so nothing a citizen sends can run in the desk."""
	for fieldname in CHECK_FIELDS:
		# As Frappe will store it: the checks below must see the same yes or no.
		doc.set(fieldname, 1 if cint(doc.get(fieldname)) else 0)
	for fieldname in OPTIONAL_FIELDS:
		# A false or 0 from a crafted body passes every "if value" check, then is stored as "0"
		# or the date 0000-00-00.
		if not doc.get(fieldname):
			doc.set(fieldname, None)
	for fieldname, limit in MAX_LENGTH.items():
		value = doc.get(fieldname)
		if value is None:
			continue
		if not isinstance(value, str):
			value = str(value)
		# A tag left unclosed at the end survives the stripper and would open in any page or
		# email that prints the text unescaped: a space after "<" keeps it text.
		value = TAG_OPENER.sub("< ", strip_html(value)).strip()
		if not is_encodable(value):
			frappe.throw(
				_("{0} berisi karakter yang tidak dapat dibaca.").format(_(doc.meta.get_label(fieldname)))
			)
		if len(value) > limit:
			frappe.throw(
				_("{0} terlalu panjang: paling banyak {1} karakter.").format(
					_(doc.meta.get_label(fieldname)), limit
				)
			)
		doc.set(fieldname, value or None)


def is_encodable(text: str) -> bool:
	"""False for text the database cannot store, such as a lone UTF-16 surrogate from JSON."""
	try:
		text.encode("utf-8")
	except UnicodeEncodeError:
		return False
	return True


def check(doc) -> None:
	if doc.kategori not in CATEGORIES:
		frappe.throw(_("Pilih kategori: {0}.").format(", ".join(CATEGORIES)))
	for fieldname in ("judul", "uraian"):
		if not doc.get(fieldname):
			frappe.throw(_("{0} wajib diisi.").format(_(doc.meta.get_label(fieldname))))
	check_unit(doc)
	_check_date(doc)
	_check_reporter(doc)


def check_unit(doc) -> None:
	if doc.unit_kerja and not (
		isinstance(doc.unit_kerja, str)
		and frappe.db.exists("Department", {"name": doc.unit_kerja, "is_group": 0})
	):
		frappe.throw(_("Unit kerja tidak dikenal. Pilih unit kerja dari daftar."))


def _check_date(doc) -> None:
	if not doc.tanggal_kejadian:
		return
	try:
		day = getdate(doc.tanggal_kejadian)
	except Exception:
		day = None
	# getdate answers None for some values, such as a number; Frappe reads 0001-01-01 as no date.
	if not day or day < EARLIEST_DATE:
		frappe.throw(_("Tanggal kejadian tidak valid."))
	if day > getdate(today()):
		frappe.throw(_("Tanggal kejadian tidak boleh di masa depan."))
	doc.tanggal_kejadian = day


def _check_reporter(doc) -> None:
	if doc.anonim:
		for fieldname in IDENTITY_FIELDS:
			doc.set(fieldname, None)
		return
	if not doc.nama_pelapor:
		frappe.throw(_("Isi nama Anda, atau pilih kirim sebagai anonim."))
	if not (doc.email_pelapor or doc.telepon_pelapor):
		frappe.throw(_("Isi email atau nomor telepon agar kami dapat menghubungi Anda."))
	if doc.email_pelapor and not validate_email_address(doc.email_pelapor):
		frappe.throw(_("Alamat email tidak valid."))
	if doc.telepon_pelapor and not PHONE.match(doc.telepon_pelapor):
		frappe.throw(_("Nomor telepon tidak valid. Gunakan angka, misalnya 0812 3456 7890."))


def identitas_pelapor(doc) -> str:
	"""What everyone who can read the complaint may know of the reporter."""
	if doc.anonim:
		return _("Anonim")
	if doc.rahasia:
		return _("Dirahasiakan")
	contact = [doc.nama_pelapor, doc.email_pelapor, doc.telepon_pelapor]
	return " · ".join(part for part in contact if part)
