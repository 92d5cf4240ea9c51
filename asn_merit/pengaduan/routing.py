"""Disposisi: who receives a verified complaint.

Complaints berkadar pengawasan go to the Inspektorat only; the rest go to the unit's penghubung
users listed in Pengaduan Settings. Frappe's Assignment Rule would need one rule per unit (its
"Based on Field" needs a user field on the complaint), which a regency with 20-40 OPD cannot keep
up, so we assign with Frappe's own assign_to, which also notifies the assignee.
"""

import frappe
from frappe import _
from frappe.desk.form.assign_to import add as assign
from frappe.utils.user import get_users_with_role

from asn_merit.constants import ROLE_INSPEKTORAT
from asn_merit.inputs.pengaduan_settings import get_penghubung
from asn_merit.merit.pengaduan_deadlines import BERKADAR_PENGAWASAN


def disposisi_recipients(doc) -> list[str]:
	if doc.kategori == BERKADAR_PENGAWASAN:
		return [user for user in get_users_with_role(ROLE_INSPEKTORAT) if user != "Administrator"]
	return get_penghubung(doc.unit_kerja) if doc.unit_kerja else []


def check_disposisi(doc) -> None:
	if doc.kategori != BERKADAR_PENGAWASAN and not doc.unit_kerja:
		frappe.throw(_("Pilih unit kerja tujuan sebelum mendisposisikan pengaduan."))
	if not disposisi_recipients(doc):
		if doc.kategori == BERKADAR_PENGAWASAN:
			frappe.throw(_("Belum ada pengguna dengan peran Inspektorat untuk menerima disposisi."))
		frappe.throw(
			_("Belum ada penghubung untuk unit kerja {0}. Tambahkan di Pengaturan Pengaduan.").format(
				doc.unit_kerja
			)
		)


def send_disposisi(doc) -> None:
	assign(
		{
			"assign_to": disposisi_recipients(doc),
			"doctype": doc.doctype,
			"name": doc.name,
			"description": _("Disposisi pengaduan {0}: {1}").format(doc.kode_lacak, doc.judul),
			"date": doc.batas_penyelesaian,
		},
		ignore_permissions=True,
	)
