frappe.listview_settings["Skor Merit"] = {
	onload(listview) {
		listview.page.add_inner_button(__("Hitung Ulang Semua"), () => {
			frappe.call({ method: "asn_merit.api.merit.hitung_ulang_skor_merit" }).then(({ message }) =>
				frappe.show_alert({ message, indicator: "blue" })
			);
		});
	},
};
