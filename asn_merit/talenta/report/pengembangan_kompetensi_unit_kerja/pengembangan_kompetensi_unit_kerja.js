frappe.query_reports["Pengembangan Kompetensi Unit Kerja"] = {
	filters: [
		{
			fieldname: "tahun",
			label: __("Tahun"),
			fieldtype: "Int",
			reqd: 1,
			default: new Date().getFullYear(),
		},
		{
			fieldname: "unit_kerja",
			label: __("Unit Kerja"),
			fieldtype: "Link",
			options: "Department",
		},
	],
};
