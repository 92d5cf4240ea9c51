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
			frappe.call({ method: "asn_merit.api.merit.hitung_ulang_skor_merit" }).then(({ message }) => {
				frappe.show_alert({ message, indicator: "blue" });
				follow_recompute(listview);
			});
		});
		// A run started earlier (by anyone, or before a reload) shows until its last chunk.
		follow_recompute(listview);
	},
};

// The run's chunks written so far, asked again every few seconds while this list is open (the
// realtime progress reaches only the officer who started it); the list reloads when it ends.
const RECOMPUTE_POLL_MS = 3000;

function follow_recompute(listview) {
	clearTimeout(listview.recompute_poll);
	frappe.call({ method: "asn_merit.api.merit.status_hitung_ulang" }).then(({ message: run }) => {
		if (run && !run.finished) {
			listview.page.set_indicator(
				__("Dihitung ulang: {0} dari {1} bagian", [run.done, run.total]),
				"orange"
			);
			listview.recompute_running = true;
			listview.recompute_poll = setTimeout(() => {
				if (frappe.get_route_str() === "List/Skor Merit/List") follow_recompute(listview);
			}, RECOMPUTE_POLL_MS);
		} else if (listview.recompute_running) {
			listview.recompute_running = false;
			listview.page.clear_indicator();
			listview.refresh();
		}
	});
}
