frappe.query_reports["Statistik Pengaduan Unit Kerja"] = {
	filters: [
		{
			fieldname: "dari_tanggal",
			label: __("Diterima Sejak"),
			fieldtype: "Date",
			default: frappe.datetime.add_months(frappe.datetime.get_today(), -12),
		},
		{
			fieldname: "sampai_tanggal",
			label: __("Sampai"),
			fieldtype: "Date",
			default: frappe.datetime.get_today(),
		},
	],
};
