"""The career page: posts the ASN could fill and why not, the next regular rank promotion, open
selections and the ASN's own applications."""

import frappe
from frappe.utils import getdate, today

from asn_merit.inputs.kelayakan import kelayakan_pegawai
from asn_merit.inputs.kenaikan_pangkat import kenaikan_pangkat_reguler_of
from asn_merit.merit.usulan_promosi import periode_kenaikan_pangkat_berikutnya
from asn_merit.seleksi.published_scores import with_stage_scores

# Posts shown: those with a vacancy (kebutuhan above bezetting), the ones an ASN could apply to.
MAX_POSTS = 50


def karier(employee: str) -> dict:
	on_date = getdate(today())
	periode = periode_kenaikan_pangkat_berikutnya(on_date)
	lamaran = frappe.get_all(
		"Lamaran Seleksi Terbuka",
		filters={"employee": employee},
		fields=["name", "seleksi_terbuka", "jabatan", "status", "hasil_kelayakan"],
		order_by="creation desc",
		ignore_permissions=True,  # the ASN's own applications, filtered here
	)
	return {
		"jabatan": vacant_posts(employee, on_date),
		"kenaikan_pangkat": {"periode": periode, "hasil": kenaikan_pangkat_reguler_of(employee, periode)},
		"seleksi": open_selections(on_date, lamaran),
		"lamaran": with_stage_scores(lamaran),
	}


def open_selections(on_date, lamaran: list[dict]) -> list[dict]:
	"""Published selections still taking applications, each with the jabatan of it the ASN has
	not applied to yet (`belum_dilamar`): one application per jabatan, so where none is left
	there is nothing to apply to."""
	seleksi = frappe.get_all(
		"Seleksi Terbuka",
		filters={"dipublikasikan": 1, "batas_lamaran": (">=", on_date)},
		fields=["name", "judul", "route", "batas_lamaran"],
		order_by="batas_lamaran asc",
		ignore_permissions=True,  # published announcements are public (PP 11/2017 Pasal 117)
	)
	applied = {(row.seleksi_terbuka, row.jabatan) for row in lamaran}
	posts = frappe.get_all(
		"Seleksi Terbuka Jabatan",
		filters={"parenttype": "Seleksi Terbuka", "parent": ("in", [item.name for item in seleksi] or [""])},
		fields=["parent", "jabatan"],
		order_by="idx asc",
		ignore_permissions=True,  # the posts of the announcements above
	)
	for item in seleksi:
		item.belum_dilamar = [
			post.jabatan
			for post in posts
			if post.parent == item.name and (item.name, post.jabatan) not in applied
		]
	return seleksi


def vacant_posts(employee: str, on_date) -> list[dict]:
	"""Posts with fewer holders than their need (kebutuhan), the ASN's own excepted, each with
	whether the ASN meets its requirements and, if not, why."""
	own = frappe.db.get_value("Employee", employee, "jabatan")
	holders = dict(
		frappe.get_all(
			"Employee",
			filters={"status": "Active", "jabatan": ("is", "set")},
			fields=["jabatan", "count(name) as holders"],
			group_by="jabatan",
			as_list=True,
		)
	)
	posts = frappe.get_all(
		"Jabatan",
		filters={"is_group": 0, "kebutuhan": (">", 0)},
		fields=["name", "nama_jabatan", "unit_kerja", "jenis_jabatan", "kebutuhan", "kelas_jabatan"],
		order_by="kelas_jabatan desc, nama_jabatan asc",
	)
	vacant = [post for post in posts if post.name != own and post.kebutuhan > holders.get(post.name, 0)]
	for post in vacant[:MAX_POSTS]:
		hasil = kelayakan_pegawai(employee, post.name, on_date)
		post.update({"layak": hasil.layak, "alasan": hasil.alasan, "catatan": hasil.catatan})
	return vacant[:MAX_POSTS]
