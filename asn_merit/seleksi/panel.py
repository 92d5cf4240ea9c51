"""Who sits on a selection's panel, and who stepped back from which applicant."""

import frappe

from asn_merit.permissions import is_privileged

RECUSED = "Ada Konflik Kepentingan, Mengundurkan Diri"
NO_CONFLICT = "Tidak Ada Konflik Kepentingan"
KETUA = "Ketua"


def panel_members(seleksi: str) -> list[str]:
	return frappe.get_all(
		"Seleksi Terbuka Panitia",
		filters={"parent": seleksi, "parenttype": "Seleksi Terbuka"},
		pluck="user",
		order_by="idx",
	)


def is_member(seleksi: str, user: str | None = None) -> bool:
	return (user or frappe.session.user) in panel_members(seleksi)


def selections_of(user: str) -> list[str]:
	return frappe.get_all(
		"Seleksi Terbuka Panitia", filters={"user": user, "parenttype": "Seleksi Terbuka"}, pluck="parent"
	)


def can_run_selection(seleksi: str, user: str | None = None) -> bool:
	"""The secretariat (BKPSDM) or the panel's chair moves a selection from stage to stage."""
	user = user or frappe.session.user
	chair = frappe.db.exists(
		"Seleksi Terbuka Panitia",
		{"parent": seleksi, "parenttype": "Seleksi Terbuka", "user": user, "peran": KETUA},
	)
	return bool(chair) or is_privileged(user)


def declaration(lamaran: str, anggota: str) -> str | None:
	return frappe.db.get_value(
		"Pernyataan Konflik Kepentingan", {"lamaran": lamaran, "anggota": anggota}, "pernyataan"
	)


def recusals(seleksi: str) -> set[tuple[str, str]]:
	"""(lamaran, anggota) pairs where the member declared a conflict of interest."""
	rows = frappe.get_all(
		"Pernyataan Konflik Kepentingan",
		filters={"seleksi_terbuka": seleksi, "pernyataan": RECUSED},
		fields=["lamaran", "anggota"],
	)
	return {(row.lamaran, row.anggota) for row in rows}
