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
};
