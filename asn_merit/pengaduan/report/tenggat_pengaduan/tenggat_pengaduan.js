frappe.query_reports["Tenggat Pengaduan"] = {
	filters: [
		{ fieldname: "dari_tanggal", label: __("Dari Tanggal"), fieldtype: "Date" },
		{ fieldname: "sampai_tanggal", label: __("Sampai Tanggal"), fieldtype: "Date" },
		{ fieldname: "unit_kerja", label: __("Unit Kerja"), fieldtype: "Link", options: "Department" },
		{
			fieldname: "ketepatan",
			label: __("Ketepatan"),
			fieldtype: "Select",
			options: ["", "Tepat Waktu", "Terlambat", "Berjalan", "Berjalan, Lewat Tenggat"],
		},
	],
};
