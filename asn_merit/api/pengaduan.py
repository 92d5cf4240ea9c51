"""Guest endpoints of Pengaduan Masyarakat: the form's challenge and unit list, and tracking.

Tracking answers only to the code together with its secret; a wrong pair, an unknown code and a
malformed request all get the same answer, and every endpoint is limited per client address
(pengaduan.guest_limits, counts in Pengaduan Settings).
"""

import json

from werkzeug.wrappers import Response

import frappe
from frappe import _
from frappe.utils import getdate

from asn_merit.merit import pengaduan_flow as flow
from asn_merit.merit.dates import format_date
from asn_merit.merit.tracking import normalise_code, secret_matches
from asn_merit.pengaduan.guest_limits import limited
from asn_merit.pengaduan.public_form import new_challenge

DOCTYPE = "Pengaduan Masyarakat"
NOT_FOUND = _("Kode lacak atau kata sandi tidak cocok. Periksa kembali tanda terima Anda.")
ANSWER_VISIBLE = {flow.DIJAWAB, flow.SELESAI, flow.BUKAN_KEWENANGAN, flow.TIDAK_LENGKAP}


@frappe.whitelist(allow_guest=True, methods=["GET"])
@limited("tantangan")
def get_tantangan() -> Response:
	"""An ALTCHA challenge (algorithm, challenge, maxnumber, salt, signature) as the response body
	itself, not inside Frappe's `message`: any ALTCHA widget or solver takes this URL as it is."""
	response = Response(json.dumps(new_challenge()), mimetype="application/json")
	response.headers["Cache-Control"] = "no-store"
	return response


@frappe.whitelist(allow_guest=True, methods=["GET"])
def daftar_unit_kerja() -> list[dict]:
	"""The units a citizen may name, as Select options for the public form."""
	company = frappe.defaults.get_global_default("company")
	filters = {"is_group": 0, "disabled": 0}
	if company:
		filters["company"] = company
	rows = frappe.get_all(
		"Department", filters=filters, fields=["name", "department_name"], order_by="department_name"
	)
	return [{"value": row.name, "label": row.department_name} for row in rows]


@frappe.whitelist(allow_guest=True, methods=["POST"])
@limited("lacak")
def lacak(kode: str | None = None, rahasia: str | None = None) -> dict:
	return public_view(_find(kode, rahasia))


@frappe.whitelist(allow_guest=True, methods=["POST"])
@limited("tanggapi")
def tanggapi(
	kode: str | None = None, rahasia: str | None = None, aksi: str | None = None, tanggapan: str | None = None
) -> dict:
	"""The complainant accepts the answer (closing the case) or reopens it once, saying why."""
	doc = _find(kode, rahasia)
	if doc.status != flow.DIJAWAB:
		frappe.throw(_("Pengaduan ini tidak sedang menunggu tanggapan Anda."))
	if aksi == "terima":
		doc.status = flow.SELESAI
	elif aksi == "buka_kembali":
		if (doc.jumlah_dibuka_kembali or 0) >= flow.MAX_REOPENS:
			frappe.throw(_("Pengaduan hanya dapat dibuka kembali satu kali."))
		if not str(tanggapan or "").strip():
			frappe.throw(_("Tuliskan alasan Anda membuka kembali pengaduan."))
		doc.status = flow.DIDISPOSISIKAN
		doc.tanggapan_pelapor = str(tanggapan)
	else:
		frappe.throw(_("Tanggapan tidak dikenal."))
	doc.flags.by_complainant = True
	doc.save(ignore_permissions=True)
	return public_view(doc)


def _find(kode, rahasia):
	code = normalise_code(kode) if isinstance(kode, str) else ""
	secret = rahasia if isinstance(rahasia, str) else ""
	name = frappe.db.get_value(DOCTYPE, {"kode_lacak": code}, "name") if 0 < len(code) <= 32 else None
	stored = frappe.db.get_value(DOCTYPE, name, "hash_rahasia") if name else None
	if not (stored and len(secret) <= 128 and secret_matches(secret, stored)):
		frappe.throw(NOT_FOUND, title=_("Tidak ditemukan"))
	return frappe.get_doc(DOCTYPE, name)


def public_view(doc) -> dict:
	"""What the complainant may see: status, clocks and the public answer; nobody's identity."""
	return {
		"kode_lacak": doc.kode_lacak,
		"kategori": doc.kategori,
		"judul": doc.judul,
		"status": doc.status,
		"tanggal_diterima": _date(doc.tanggal_diterima),
		"batas_verifikasi": _date(doc.batas_verifikasi),
		"batas_penyelesaian": _date(doc.batas_penyelesaian),
		"tanggal_dijawab": _date(doc.tanggal_dijawab),
		"tanggal_selesai": _date(doc.tanggal_selesai),
		"jawaban": doc.jawaban_publik if doc.status in ANSWER_VISIBLE else None,
		"dapat_ditanggapi": doc.status == flow.DIJAWAB,
		"dapat_dibuka_kembali": doc.status == flow.DIJAWAB
		and (doc.jumlah_dibuka_kembali or 0) < flow.MAX_REOPENS,
	}


def _date(value) -> str | None:
	return format_date(getdate(value)) if value else None
