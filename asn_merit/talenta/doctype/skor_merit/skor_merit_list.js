frappe.listview_settings["Skor Merit"] = {
	add_fields: ["belum_diukur", "skor_tidak_lengkap"],
	// Which scores lack a measure (Skor Merit belum_diukur / skor_tidak_lengkap, set by the recompute).
	get_indicator(doc) {
		if (doc.skor_tidak_lengkap) {
			return [__("Tidak Lengkap"), "orange", "skor_tidak_lengkap,=,1"];
		}
		if (doc.belum_diukur) {
			return [__("Ada yang Belum Diukur"), "yellow", "belum_diukur,is,set"];
		}
		return [__("Terukur Lengkap"), "green", "belum_diukur,is,not set"];
	},
	onload(listview) {
		// The server allows BKPSDM, HR Manager and System Manager only: do not offer it to others.
		const boleh = ["Petugas BKPSDM", "HR Manager", "System Manager"];
		if (!boleh.some((role) => frappe.user.has_role(role))) return;
		listview.page.add_inner_button(__("Hitung Ulang Semua"), () => {
			frappe.call({ method: "asn_merit.api.merit.hitung_ulang_skor_merit" }).then(({ message }) =>
				frappe.show_alert({ message, indicator: "blue" })
			);
		});
		// A run started earlier (by anyone, or before a reload) still shows until its last chunk.
		frappe.call({ method: "asn_merit.api.merit.status_hitung_ulang" }).then(({ message: run }) => {
			if (run && !run.finished) {
				listview.page.set_indicator(
					__("Dihitung ulang: {0} dari {1} bagian", [run.done, run.total]),
					"orange"
				);
			}
		});
	},
};
