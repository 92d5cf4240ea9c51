frappe.listview_settings["Skor Merit"] = {
	onload(listview) {
		// The server allows BKPSDM, HR Manager and System Manager only: do not offer it to others.
		const boleh = ["Petugas BKPSDM", "HR Manager", "System Manager"];
		if (!boleh.some((role) => frappe.user.has_role(role))) return;
		listview.page.add_inner_button(__("Hitung Ulang Semua"), () => {
			frappe.call({ method: "asn_merit.api.merit.hitung_ulang_skor_merit" }).then(({ message }) =>
				frappe.show_alert({ message, indicator: "blue" })
			);
		});
	},
};
