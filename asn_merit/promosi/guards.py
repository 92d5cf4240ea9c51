"""What each workflow step of an Usulan Promosi checks before it lets the proposal through."""

import frappe
from frappe import _
from frappe.utils import getdate, today

from asn_merit.inputs.kelayakan import kelayakan_pegawai
from asn_merit.inputs.kenaikan_pangkat import kenaikan_pangkat_reguler_of
from asn_merit.inputs.pegawai import EMPLOYEE_FIELDS
from asn_merit.inputs.settings import (
	get_aturan_kelayakan,
	get_settings,
)
from asn_merit.merit import usulan_promosi as rules
from asn_merit.merit.dates import lama
from asn_merit.talenta.ranking import rank_candidates


def check_syarat(doc) -> None:
	"""At Diajukan: the rules of the kind of move; every reason is recorded and shown."""
	alasan = reasons_against(doc)
	doc.hasil_kelayakan = "\n".join(alasan) if alasan else _("Memenuhi syarat.")
	if alasan:
		frappe.throw("<br>".join(alasan), title=_("Usulan belum memenuhi syarat"))


def reasons_against(doc) -> list[str]:
	on_date = getdate(doc.tmt or today())
	if doc.jenis in rules.MENGUBAH_JABATAN:
		alasan = list(kelayakan_pegawai(doc.employee, doc.jabatan_tujuan, on_date).alasan)
		if doc.jenis == rules.ROTASI:
			aturan = get_aturan_kelayakan()
			tmt_jabatan = frappe.db.get_value("Employee", doc.employee, "tmt_jabatan")
			tmt_jabatan = tmt_jabatan and getdate(tmt_jabatan)
			rotasi = rules.cek_jendela_rotasi(
				tmt_jabatan, on_date, aturan.min_tahun_di_jabatan, aturan.max_tahun_di_jabatan
			)
			# Past the maximum the rotation is overdue: it goes ahead, as the rule asks; only too
			# short a time in post or an unknown TMT stops it.
			overdue = tmt_jabatan and tmt_jabatan <= on_date
			overdue = overdue and lama(tmt_jabatan, on_date) > (aturan.max_tahun_di_jabatan, 0)
			alasan += [] if overdue else rotasi
		return alasan
	if doc.jenis == rules.KP_REGULER:
		return _kenaikan_pangkat_reguler(doc, on_date)
	return []  # pilihan: the decree's basis is checked by BKPSDM at verification


def _kenaikan_pangkat_reguler(doc, on_date) -> list[str]:
	hasil = kenaikan_pangkat_reguler_of(doc.employee, on_date)
	alasan = list(hasil.alasan)
	if not alasan and doc.golongan_tujuan != hasil.golongan_berikutnya:
		alasan.append(
			_("Kenaikan pangkat reguler hanya satu tingkat: ke {0}.").format(hasil.golongan_berikutnya)
		)
	return alasan


def set_ranking(doc) -> None:
	"""The proposed ASN's rank among the eligible for the target jabatan, and who is first."""
	if doc.jenis != rules.PROMOSI_JABATAN:
		return
	jabatan = frappe.get_doc("Jabatan", doc.jabatan_tujuan)
	employees = frappe.get_all("Employee", filters={"status": "Active"}, fields=list(EMPLOYEE_FIELDS))
	ranked = rank_candidates(jabatan, employees=employees)["layak"]
	doc.kandidat_terbaik = ranked[0]["employee"] if ranked else None
	doc.peringkat_merit = next((row["peringkat"] for row in ranked if row["employee"] == doc.employee), None)


def check_ranking(doc) -> None:
	"""At Disetujui PPK: choosing anyone but the best-ranked eligible ASN needs a written reason."""
	if doc.jenis != rules.PROMOSI_JABATAN:
		return
	set_ranking(doc)
	if rules.perlu_alasan_penyimpangan(doc.peringkat_merit) and not (doc.alasan_penyimpangan or "").strip():
		frappe.throw(
			_(
				"{0} bukan kandidat peringkat 1 untuk jabatan ini (peringkat {1}; peringkat 1: {2}). "
				"Tulis alasan tidak memilih peringkat terbaik sebelum menyetujui."
			).format(doc.employee_name, doc.peringkat_merit or "-", doc.kandidat_terbaik or "-"),
			title=_("Alasan wajib diisi"),
		)


def check_penetapan(doc) -> None:
	"""At Ditetapkan: a decree number and date, and the Minister's consent in an election period."""
	if not (doc.nomor_sk and doc.tanggal_sk):
		frappe.throw(_("Isi nomor dan tanggal SK sebelum menetapkan."))
	settings = get_settings()
	mulai, selesai = settings.masa_pilkada_mulai, settings.masa_pilkada_selesai
	on_date = getdate(doc.tanggal_sk)
	if rules.dalam_masa_pilkada(on_date, mulai and getdate(mulai), selesai and getdate(selesai)) and not (
		doc.persetujuan_mendagri
	):
		frappe.throw(
			_("Tanggal SK jatuh pada masa pilkada: lampirkan persetujuan tertulis Mendagri."),
			title=_("Persetujuan Mendagri"),
		)


def require_text(doc, fieldname: str, message: str) -> None:
	if not (doc.get(fieldname) or "").strip():
		frappe.throw(message)
