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
		if ((frm.doc.__onload || {}).boleh_setujui) {
			frm.add_custom_button(__("Setujui Rencana"), () =>
				frappe.confirm(__("Setujui rencana pengembangan ini sebagai atasan langsung?"), () =>
					call("setujui_rencana", { rencana: frm.doc.name }, __("Rencana disetujui.")),
				),
			);
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
			frm.add_custom_button(__("Nominasikan ke Acara Pelatihan"), () =>
				frappe
					.call("asn_merit.api.pengembangan.acara_pelatihan", { rencana: frm.doc.name })
					.then(({ message }) => ask_nomination(frm, open, message || [], call)),
			);
		}
	},
});

function ask_nomination(frm, open, events, call) {
	if (!events.length) {
		frappe.msgprint(__("Belum ada acara pelatihan terjadwal. Buat Training Event di HRMS terlebih dahulu."));
		return;
	}
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
				fieldtype: "Select",
				label: __("Acara Pelatihan"),
				reqd: 1,
				options: events.map((event) => ({
					value: event.name,
					label: `${event.event_name} (${frappe.datetime.str_to_user(event.start_time)})`,
				})),
			},
		],
		(values) =>
			call("nominasikan", { rencana: frm.doc.name, ...values }, __("Pegawai dinominasikan ke acara pelatihan.")),
		__("Nominasikan ke Acara Pelatihan"),
		__("Nominasikan"),
	);
}
