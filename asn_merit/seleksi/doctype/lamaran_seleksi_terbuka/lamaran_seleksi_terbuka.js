// An ASN applies as themselves: the form starts with their own Employee record.
frappe.ui.form.on("Lamaran Seleksi Terbuka", {
	onload(frm) {
		if (frm.is_new() && !frm.doc.employee) {
			frappe.db
				.get_value("Employee", { user_id: frappe.session.user }, "name")
				.then(({ message }) => message && frm.set_value("employee", message.name));
		}
	},
	setup(frm) {
		frm.set_query("seleksi_terbuka", () => ({ filters: { status: "Pengumuman" } }));
		frm.set_query("jabatan", () => ({
			query: "asn_merit.api.seleksi_terbuka.jabatan_seleksi",
			filters: { seleksi_terbuka: frm.doc.seleksi_terbuka },
		}));
	},
});
