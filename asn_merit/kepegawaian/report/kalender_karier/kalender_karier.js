frappe.query_reports["Kalender Karier"] = {
	filters: [
		{ fieldname: "unit_kerja", label: __("Unit Kerja"), fieldtype: "Link", options: "Department" },
		{
			fieldname: "jenis",
			label: __("Peristiwa"),
			fieldtype: "Select",
			options: ["", "Kenaikan Pangkat", "Kenaikan Gaji Berkala", "Persiapan Usul Pensiun", "Pensiun", "Akhir Perjanjian Kerja", "Satyalancana Karya Satya"],
		},
		{ fieldname: "dari", label: __("Dari Tanggal"), fieldtype: "Date", default: frappe.datetime.get_today() },
		{ fieldname: "bulan", label: __("Bulan ke Depan"), fieldtype: "Int", default: 12 },
	],
};
