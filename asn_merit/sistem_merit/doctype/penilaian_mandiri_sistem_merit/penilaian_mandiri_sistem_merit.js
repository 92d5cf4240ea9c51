frappe.ui.form.on("Penilaian Mandiri Sistem Merit", {
	refresh(frm) {
		if (!frm.is_new() && frm.perm[0]?.write) {
			frm.add_custom_button(__("Perbarui Bukti"), () =>
				frm.call("perbarui_bukti").then(() => frm.reload_doc())
			);
		}
	},
});
