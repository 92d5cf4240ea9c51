// Fill the reward from what the rule proposes for the employee and year (merit.penghargaan).
frappe.ui.form.on("Penghargaan", {
	refresh(frm) {
		if (!frm.is_new() || !frappe.model.can_create("Penghargaan")) return;
		frm.add_custom_button(__("Usulan dari Aturan"), () => {
			if (!frm.doc.employee || !frm.doc.tahun) {
				frappe.msgprint(__("Isi pegawai dan tahun terlebih dahulu."));
				return;
			}
			frappe
				.call("asn_merit.api.pengembangan.usulan_penghargaan", {
					employee: frm.doc.employee,
					tahun: frm.doc.tahun,
				})
				.then(({ message }) => {
					if (!message.length) {
						frappe.msgprint(__("Pegawai ini belum memenuhi syarat penghargaan apa pun pada tahun ini."));
						return;
					}
					frappe.prompt(
						{
							fieldname: "jenis",
							fieldtype: "Select",
							label: __("Jenis Penghargaan"),
							reqd: 1,
							options: message.map((u) => u.jenis),
							description: message.map((u) => `${u.jenis}: ${u.dasar}`).join("<br>"),
						},
						({ jenis }) => {
							const usulan = message.find((u) => u.jenis === jenis);
							frm.set_value({ jenis: usulan.jenis, dasar: usulan.dasar });
						},
						__("Usulan Penghargaan"),
						__("Pakai"),
					);
				});
		});
	},
});
