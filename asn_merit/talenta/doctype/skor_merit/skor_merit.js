// Skor Merit belum_diukur holds the labels of the unmeasured components ("Potensi, Kompetensi").
const KOMPONEN = {
	Kinerja: "skor_kinerja",
	Potensi: "skor_potensi",
	Kompetensi: "skor_kompetensi",
	Kualifikasi: "skor_kualifikasi",
	"Rekam Jejak": "skor_rekam_jejak",
};

frappe.ui.form.on("Skor Merit", {
	refresh(frm) {
		// An unmeasured component has no figure: its 0 is not shown, the banner names it.
		const unmeasured = (frm.doc.belum_diukur || "").split(", ").filter(Boolean);
		for (const [label, fieldname] of Object.entries(KOMPONEN)) {
			frm.toggle_display(fieldname, !unmeasured.includes(label));
		}
		if (!unmeasured.length) return;
		const text = frm.doc.skor_tidak_lengkap
			? __("Skor tidak lengkap: {0} belum diukur dan dihitung 0. Lihat Rincian Perhitungan.", [
					frm.doc.belum_diukur,
			  ])
			: __("{0} belum diukur; bobotnya dibagi ulang ke komponen yang terukur. Lihat Rincian Perhitungan.", [
					frm.doc.belum_diukur,
			  ]);
		frm.set_intro(frappe.utils.escape_html(text), "orange");
	},
});
