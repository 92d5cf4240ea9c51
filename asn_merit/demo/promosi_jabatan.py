"""Promotions to a post decided on the merit ranking, as the PPK would see them in a regency:
one for the best-ranked candidate and one for another with the written reason on record."""

import frappe
from frappe.model.workflow import apply_workflow
from frappe.utils import today

from asn_merit.talenta.ranking import rank_candidates

REKOMENDASI = (
	"Direkomendasikan: memenuhi syarat jabatan; skor merit dan rekam jejak diperiksa Tim Penilai Kinerja."
)
ALASAN_PENYIMPANGAN = (
	"Kandidat peringkat 1 sedang menjalani tugas belajar sampai tahun depan; kandidat ini peringkat 2 "
	"dengan selisih skor kecil dan pengalaman langsung di bidang ini."
)
STEPS = ("Ajukan", "Verifikasi", "Pertimbangkan", "Setujui")


def make_promotions() -> dict[str, int]:
	"""{proposal name: rank of the proposed candidate}: rank 1 for the first post, rank 2 with a
	deviation for the second, each approved by the PPK and waiting for the decree."""
	made = {}
	for rank, jabatan in zip((1, 2), _posts_with_candidates(), strict=False):
		made[_promote(jabatan, rank)] = rank
	return made


def _posts_with_candidates():
	"""Structural posts below JPT with at least two eligible candidates, vacant ones first."""
	held = set(frappe.get_all("Employee", filters={"status": "Active"}, pluck="jabatan"))
	posts = frappe.get_all(
		"Jabatan",
		filters={"jenis_jabatan": ("in", ("Administrator", "Pengawas"))},
		pluck="name",
		order_by="name",
	)
	for name in sorted(posts, key=lambda name: name in held):
		ranked = rank_candidates(frappe.get_doc("Jabatan", name))["layak"]
		if len(ranked) >= 2:
			yield name, ranked


def _promote(post, rank: int) -> str:
	jabatan, ranked = post
	doc = frappe.get_doc(
		{
			"doctype": "Usulan Promosi",
			"employee": ranked[rank - 1]["employee"],
			"jenis": "Promosi Jabatan",
			"dasar": "Peringkat Merit",
			"jabatan_tujuan": jabatan,
			"tmt": today(),
		}
	).insert(ignore_permissions=True)
	written = {"Pertimbangkan": {"rekomendasi_tim_penilai": REKOMENDASI}}
	if rank > 1:
		written["Setujui"] = {"alasan_penyimpangan": ALASAN_PENYIMPANGAN}
	for action in STEPS:
		if action in written:  # written before the step, as the reviewer does in the form
			frappe.get_doc("Usulan Promosi", doc.name).update(written[action]).save(ignore_permissions=True)
		apply_workflow(frappe.get_doc("Usulan Promosi", doc.name).as_dict(), action)
	return doc.name
