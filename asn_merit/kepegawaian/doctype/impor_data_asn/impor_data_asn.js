frappe.ui.form.on("Impor Data ASN", {
	refresh(frm) {
		if (frm.is_new() || !frm.doc.file) return;
		frm.add_custom_button(__("Proses Impor"), () => {
			frm.call({ method: "proses", doc: frm.doc, freeze: true, freeze_message: __("Mengimpor...") }).then(
				({ message }) => {
					frappe.show_alert({ message, indicator: "blue" });
					frm.reload_doc();
				}
			);
		}).addClass("btn-primary");
	},
});
