"""The PPK's choice among the three best of a jabatan: final, and explained when not the first."""

import frappe
from frappe import _
from frappe.utils import escape_html, now_datetime

from asn_merit.constants import ROLE_PPK
from asn_merit.merit.seleksi_terbuka import cek_pilihan_ppk
from asn_merit.seleksi.stages import TIGA_TERBAIK

TERPILIH = "Terpilih"


def three_best(seleksi: str, jabatan: str) -> list[dict]:
	return frappe.get_all(
		"Lamaran Seleksi Terbuka",
		filters={"seleksi_terbuka": seleksi, "jabatan": jabatan, "status": ("in", (TIGA_TERBAIK, TERPILIH))},
		fields=["name", "nama_pelamar", "employee", "peringkat", "nilai_akumulasi"],
		order_by="peringkat asc",
	)


def choose_candidate(seleksi, jabatan: str, lamaran: str, alasan: str | None = None) -> None:
	if ROLE_PPK not in frappe.get_roles():
		frappe.throw(_("Hanya Pejabat Pembina Kepegawaian yang memilih calon."), frappe.PermissionError)
	if seleksi.status != "Usulan ke PPK":
		frappe.throw(_("Calon dipilih setelah seluruh tahap seleksi ditutup."))
	row = next((row for row in seleksi.jabatan if row.jabatan == jabatan), None)
	if not row:
		frappe.throw(_("Jabatan {0} tidak termasuk dalam seleksi ini.").format(jabatan))
	if row.lamaran_terpilih:
		frappe.throw(_("Calon untuk jabatan {0} sudah dipilih dan tidak dapat diubah.").format(jabatan))
	candidates = three_best(seleksi.name, jabatan)
	position = next((i for i, item in enumerate(candidates, 1) if item.name == lamaran), None)
	alasan_list = cek_pilihan_ppk(position, alasan)
	if alasan_list:
		frappe.throw(alasan_list[0])
	chosen = candidates[position - 1]
	row.db_set(
		{
			"lamaran_terpilih": chosen.name,
			"nama_terpilih": chosen.nama_pelamar,
			"peringkat_terpilih": position,
			"alasan_pilihan": (alasan or "").strip() if position > 1 else None,
			"dipilih_oleh": frappe.session.user,
			"dipilih_pada": now_datetime(),
		}
	)
	frappe.db.set_value("Lamaran Seleksi Terbuka", chosen.name, "status", TERPILIH)
	seleksi.add_comment("Info", _choice_note(jabatan, chosen, position, alasan))
	if all(item.lamaran_terpilih for item in seleksi.jabatan):
		seleksi.db_set("status", "Selesai")


def _choice_note(jabatan: str, chosen, position: int, alasan: str | None) -> str:
	note = _("PPK memilih {0} (peringkat {1}) untuk jabatan {2}.").format(
		chosen.nama_pelamar, position, jabatan
	)
	return note + (" " + _("Alasan: {0}").format(escape_html(alasan.strip())) if position > 1 else "")
