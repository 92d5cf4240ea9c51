frappe.ui.form.on("Kelompok Rencana Suksesi", {
	refresh(frm) {
		if (frm.doc.docstatus !== 0 || !frm.doc.jabatan) return;
		frm.add_custom_button(__("Ambil Calon dari Peta Talenta"), () => {
			frappe.call({
				method: "asn_merit.talenta.doctype.kelompok_rencana_suksesi.kelompok_rencana_suksesi.get_calon_anggota",
				args: { jabatan: frm.doc.jabatan },
				freeze: true,
				callback: ({ message: rows }) => {
					const present = new Set((frm.doc.anggota || []).map((row) => row.employee));
					rows.filter((row) => !present.has(row.employee)).forEach((row) => frm.add_child("anggota", row));
					frm.refresh_field("anggota");
					frappe.show_alert(__("{0} calon memenuhi syarat.", [rows.length]));
				},
			});
		});
	},
});
