// Agree the plan (the atasan), fill it from the predikat and gaps, nominate an action's ASN into an
// HRMS Training Event.
frappe.ui.form.on("Rencana Pengembangan Kompetensi", {
	refresh(frm) {
		if (frm.is_new()) return;
		const call = (method, args, message) =>
			frappe
				.call({ method: `asn_merit.api.pengembangan.${method}`, args, freeze: true })
				.then(() => {
					frappe.show_alert({ message, indicator: "green" });
					frm.reload_doc();
				});
		if (frm.doc.status === "Draft" && frm.doc.atasan) {
			frappe.db.get_value("Employee", frm.doc.atasan, "user_id").then(({ message }) => {
				if (message && message.user_id === frappe.session.user) {
					frm.add_custom_button(__("Setujui Rencana"), () =>
						frappe.confirm(__("Setujui rencana pengembangan ini sebagai atasan langsung?"), () =>
							call("setujui_rencana", { rencana: frm.doc.name }, __("Rencana disetujui.")),
						),
					);
				}
			});
		}
		if (!frm.perm[0].write) return;
		if (frm.doc.status === "Draft") {
			frm.add_custom_button(__("Isi dari Predikat dan Asesmen"), () =>
				call("isi_dari_predikat", { rencana: frm.doc.name }, __("Aksi ditambahkan.")),
			);
		}
		const open = (frm.doc.aksi || []).filter((row) =>
			["Direncanakan", "Dinominasikan"].includes(row.status),
		);
		if (open.length) {
			frm.add_custom_button(__("Nominasikan ke Acara Pelatihan"), () => {
				frappe.prompt(
					[
						{
							fieldname: "aksi",
							fieldtype: "Select",
							label: __("Aksi"),
							reqd: 1,
							options: open.map((row) => ({
								value: row.name,
								label: `${row.idx}. ${__(row.jenis)}${row.kompetensi ? ": " + row.kompetensi : ""}`,
							})),
						},
						{
							fieldname: "training_event",
							fieldtype: "Link",
							options: "Training Event",
							label: __("Acara Pelatihan"),
							reqd: 1,
						},
					],
					(values) =>
						call(
							"nominasikan",
							{ rencana: frm.doc.name, ...values },
							__("Pegawai dinominasikan ke acara pelatihan."),
						),
					__("Nominasikan ke Acara Pelatihan"),
					__("Nominasikan"),
				);
			});
		}
	},
});
