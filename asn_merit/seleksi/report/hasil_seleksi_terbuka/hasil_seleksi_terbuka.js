frappe.query_reports["Hasil Seleksi Terbuka"] = {
	filters: [
		{
			fieldname: "seleksi_terbuka",
			label: __("Seleksi Terbuka"),
			fieldtype: "Link",
			options: "Seleksi Terbuka",
			reqd: 1,
		},
	],
	// A link to the results (?seleksi_terbuka=ST-...) sets this filter while Frappe still fetches
	// the selection's title; the report's first run came before the value and said "Silakan set
	// filter", and the value's arrival did not run it again (Frappe takes it as unchanged). Frappe
	// waits for onload before that first run: wait here, briefly, for the value to land.
	async onload(report) {
		const wanted = frappe.utils.get_query_params().seleksi_terbuka;
		for (let waited = 0; wanted && waited < 3000; waited += 100) {
			if (report.get_filter_value("seleksi_terbuka") === wanted) return;
			await frappe.utils.sleep(100);
		}
	},
};
