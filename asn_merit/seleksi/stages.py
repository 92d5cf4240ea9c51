"""Closing a stage of a Seleksi Terbuka: lock its scores, rank, and publish.

Each applicant's stage score is the mean of the panel's scores, leaving out members who recused
from that applicant (merit.seleksi_terbuka); the result and ranking go on the application and
appear on the public page, as PP 11/2017 Pasal 121 requires after every stage.
"""

import frappe
from frappe import _
from frappe.utils import now_datetime

from asn_merit.merit import seleksi_terbuka as rules
from asn_merit.seleksi.doctype.lamaran_seleksi_terbuka.lamaran_seleksi_terbuka import (
	DALAM_SELEKSI,
	passed_administration,
)
from asn_merit.seleksi.panel import can_run_selection, panel_members, recusals

TIDAK_LULUS, TIDAK_DIUSULKAN, TIGA_TERBAIK = "Tidak Lulus", "Tidak Diusulkan", "Tiga Terbaik"


def in_stage(lamaran, seleksi) -> bool:
	"""Sitting the current stage: past administration, and passed every stage closed so far."""
	if seleksi.closed_stages():
		return lamaran.status == DALAM_SELEKSI
	return passed_administration(lamaran)


def participants(seleksi) -> list:
	names = frappe.get_all(
		"Lamaran Seleksi Terbuka", filters={"seleksi_terbuka": seleksi.name}, pluck="name", order_by="name"
	)
	docs = [frappe.get_doc("Lamaran Seleksi Terbuka", name) for name in names]
	return [doc for doc in docs if in_stage(doc, seleksi)]


def close_stage(seleksi, tahap: str) -> dict:
	"""Lock and rank `tahap`, the stage now running; returns the ranking per jabatan."""
	current = seleksi.current_stage()
	check_can_close(seleksi, current, tahap)
	peserta = participants(seleksi)
	scores = stage_scores(seleksi.name, tahap, peserta)
	check_complete(seleksi, peserta, scores)
	stage_rules = seleksi.stage_rules()
	is_last = current.idx == len(seleksi.tahap)
	ranking = {}
	for jabatan in [row.jabatan for row in seleksi.jabatan]:
		mine = [doc for doc in peserta if doc.jabatan == jabatan]
		pelamar = [_pelamar(doc, tahap, scores[doc.name]) for doc in mine]
		hasil = rules.peringkat_tahap(pelamar, stage_rules, tahap)
		best = {row.pelamar.lamaran for row in rules.tiga_terbaik(hasil)} if is_last else None
		for row in hasil:
			_record(row, tahap, _status(row, best))
		ranking[jabatan] = [(row.peringkat, row.pelamar.nama, row.akumulasi, row.lulus) for row in hasil]
	_lock_scores(seleksi.name, tahap)
	current.db_set({"status": "Ditutup", "ditutup_pada": now_datetime()})
	seleksi.db_set("status", "Usulan ke PPK" if is_last else "Seleksi")
	seleksi.add_comment("Info", _("Tahap {0} ditutup; nilai dikunci dan peringkat diumumkan.").format(tahap))
	seleksi.clear_cache()
	return ranking


def check_can_close(seleksi, current, tahap: str) -> None:
	if not can_run_selection(seleksi.name):
		frappe.throw(
			_("Hanya sekretariat (BKPSDM) atau ketua panitia yang menutup tahap."), frappe.PermissionError
		)
	if not current or current.tahap != tahap:
		frappe.throw(_("Tahap {0} bukan tahap yang sedang berjalan.").format(tahap))
	if seleksi.status == "Perencanaan" or seleksi.applications_open():
		frappe.throw(_("Tahap seleksi dimulai setelah pendaftaran ditutup."))


def stage_scores(seleksi: str, tahap: str, peserta: list) -> dict[str, list[rules.NilaiAnggota]]:
	rows = frappe.get_all(
		"Nilai Seleksi Terbuka",
		filters={"seleksi_terbuka": seleksi, "tahap": tahap},
		fields=["lamaran", "anggota", "nilai"],
	)
	recused = recusals(seleksi)
	scores = {doc.name: [] for doc in peserta}
	for row in rows:
		if row.lamaran in scores and (row.lamaran, row.anggota) not in recused:
			scores[row.lamaran].append(rules.NilaiAnggota(row.anggota, row.nilai))
	return scores


def check_complete(seleksi, peserta: list, scores: dict) -> None:
	"""Every member who did not recuse has scored every applicant in the stage."""
	recused = recusals(seleksi.name)
	missing = []
	for doc in peserta:
		scored = {item.anggota for item in scores[doc.name]}
		for member in panel_members(seleksi.name):
			if member not in scored and (doc.name, member) not in recused:
				missing.append(_("{0} belum dinilai oleh {1}").format(doc.nama_pelamar, member))
	if missing:
		frappe.throw("<br>".join(missing), title=_("Penilaian tahap belum lengkap"))


def _pelamar(doc, tahap: str, scores: list) -> rules.Pelamar:
	earlier = {row.tahap: row.nilai for row in doc.nilai}
	nilai = rules.nilai_tahap(scores)
	return rules.Pelamar(
		doc.name, doc.nama_pelamar, {**earlier, **({tahap: nilai} if nilai is not None else {})}
	)


def _status(row: rules.HasilTahap, best: set[str] | None) -> str:
	"""`best` is None before the last stage: passing means going on to the next one."""
	if not row.lulus:
		return TIDAK_LULUS
	if best is None:
		return DALAM_SELEKSI
	return TIGA_TERBAIK if row.pelamar.lamaran in best else TIDAK_DIUSULKAN


def _record(row: rules.HasilTahap, tahap: str, status: str) -> None:
	doc = frappe.get_doc("Lamaran Seleksi Terbuka", row.pelamar.lamaran)
	child = doc.append(
		"nilai",
		{
			"tahap": tahap,
			"nilai": row.nilai,
			"akumulasi": row.akumulasi,
			"peringkat": row.peringkat,
			"lulus": row.lulus,
		},
	)
	child.db_insert()
	doc.db_set(
		{
			"status": status,
			"tahap_terakhir": tahap,
			"nilai_akumulasi": row.akumulasi,
			"peringkat": row.peringkat,
		}
	)


def _lock_scores(seleksi: str, tahap: str) -> None:
	nilai = frappe.qb.DocType("Nilai Seleksi Terbuka")
	(
		frappe.qb.update(nilai)
		.set(nilai.terkunci, 1)
		.where((nilai.seleksi_terbuka == seleksi) & (nilai.tahap == tahap))
	).run()
