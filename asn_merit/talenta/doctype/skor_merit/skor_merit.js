frappe.ui.form.on("Skor Merit", {
	refresh(frm) {
		// A component without data scores 0 in its field: say which ones, above the figures.
		if (!frm.doc.belum_diukur) return;
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
