frappe.ui.form.on("Umpan Balik Perilaku", {
	setup(frm) {
		frm.set_query("penilaian_kinerja", () => ({ query: "asn_merit.api.umpan_balik.penugasan_360_query" }));
	},
});
