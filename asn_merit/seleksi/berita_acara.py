"""The final ranking per jabatan, as the berita acara to the PPK prints it."""

import frappe


def final_ranking(seleksi) -> list[dict]:
	"""Per jabatan: those who sat the last closed stage, in rank order, with every stage's score."""
	lamaran = frappe.get_all(
		"Lamaran Seleksi Terbuka",
		filters={"seleksi_terbuka": seleksi.name, "tahap_terakhir": ("is", "set")},
		fields=[
			"name",
			"jabatan",
			"nama_pelamar",
			"nip",
			"status",
			"peringkat",
			"nilai_akumulasi",
			"tahap_terakhir",
		],
	)
	scores = frappe.get_all(
		"Lamaran Seleksi Terbuka Nilai",
		filters={
			"parent": ("in", [row.name for row in lamaran] or [""]),
			"parenttype": "Lamaran Seleksi Terbuka",
		},
		fields=["parent", "tahap", "nilai"],
	)
	closed = seleksi.closed_stages()
	last = closed[-1].tahap if closed else None  # a draft shows the ranking so far
	for row in lamaran:
		row.nilai = {item.tahap: item.nilai for item in scores if item.parent == row.name}
	return [
		{
			"jabatan": item,
			"peringkat": sorted(
				(row for row in lamaran if row.jabatan == item.jabatan and row.tahap_terakhir == last),
				key=lambda row: row.peringkat,
			),
		}
		for item in seleksi.jabatan
	]
