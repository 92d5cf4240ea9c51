// Seleksi Terbuka: the secretariat or the panel's chair closes the running stage; the PPK
// picks one of the three best per jabatan. The server checks who may do either.
frappe.ui.form.on("Seleksi Terbuka", {
	refresh(frm) {
		const stage = (frm.doc.tahap || []).find((row) => row.status !== "Ditutup");
		if (stage && ["Pengumuman", "Seleksi"].includes(frm.doc.status)) {
			frm.add_custom_button(__("Tutup Tahap {0}", [stage.tahap]), () => close_stage(frm, stage));
		}
		if (frm.doc.status === "Usulan ke PPK" && frappe.user.has_role("Pejabat Pembina Kepegawaian")) {
			frm.add_custom_button(__("Pilih Calon"), () => choose_candidate(frm));
		}
	},
});

function close_stage(frm, stage) {
	frappe.confirm(
		__("Tutup tahap {0}? Nilai dikunci dan peringkat diumumkan di halaman publik.", [stage.tahap]),
		() =>
			frappe
				.xcall("asn_merit.api.seleksi_terbuka.tutup_tahap", {
					seleksi_terbuka: frm.doc.name,
					tahap: stage.tahap,
				})
				.then(() => frm.reload_doc())
	);
}

function choose_candidate(frm) {
	const open = frm.doc.jabatan.filter((row) => !row.lamaran_terpilih).map((row) => row.jabatan);
	const dialog = new frappe.ui.Dialog({
		title: __("Pilih Calon"),
		fields: [
			{ fieldname: "jabatan", fieldtype: "Select", label: __("Jabatan"), options: open, reqd: 1 },
			{
				fieldname: "lamaran",
				fieldtype: "Link",
				label: __("Calon"),
				options: "Lamaran Seleksi Terbuka",
				reqd: 1,
				get_query: () => ({
					filters: {
						seleksi_terbuka: frm.doc.name,
						jabatan: dialog.get_value("jabatan"),
						status: "Tiga Terbaik",
					},
				}),
			},
			{
				fieldname: "alasan",
				fieldtype: "Small Text",
				label: __("Alasan (wajib bila bukan peringkat 1)"),
			},
		],
		primary_action_label: __("Tetapkan Pilihan"),
		primary_action(values) {
			frappe
				.xcall("asn_merit.api.seleksi_terbuka.pilih_calon", {
					seleksi_terbuka: frm.doc.name,
					...values,
				})
				.then(() => {
					dialog.hide();
					frm.reload_doc();
				});
		},
	});
	dialog.show();
}
