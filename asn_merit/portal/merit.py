"""The merit page: the ASN's score with its line-by-line explanation and 9-box position."""

import frappe
from frappe import _

from asn_merit.inputs.settings import get_kotak_talenta

COMPONENTS = (
	("skor_kinerja", "Kinerja"),
	("skor_potensi", "Potensi"),
	("skor_kompetensi", "Kompetensi"),
	("skor_kualifikasi", "Kualifikasi"),
	("skor_rekam_jejak", "Rekam Jejak"),
)


def merit(employee: str) -> dict:
	skor = frappe.db.get_value(
		"Skor Merit",
		{"employee": employee},
		[
			"total",
			"kotak_talenta",
			"label_kotak",
			"kategori_kinerja",
			"kategori_potensial",
			"dihitung_pada",
			"rincian",
			*(f for f, _ in COMPONENTS),
		],
		as_dict=True,
	)
	if not skor:
		return {"skor": None}
	label, rekomendasi = get_kotak_talenta().get(
		skor.kotak_talenta,
		# Without a potential assessment no box can be given (PermenPANRB 3/2020).
		(
			_("Belum dapat ditentukan"),
			_("Posisi kotak talenta ditentukan setelah ada hasil asesmen potensial."),
		),
	)
	return {
		"skor": skor,
		"komponen": [(label_, skor.get(field)) for field, label_ in COMPONENTS],
		"rincian": [line for line in (skor.rincian or "").splitlines() if line.strip()],
		"kotak": {"nomor": skor.kotak_talenta, "label": label, "rekomendasi": rekomendasi},
	}
