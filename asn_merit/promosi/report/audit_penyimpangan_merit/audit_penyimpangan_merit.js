frappe.query_reports["Audit Penyimpangan Merit"] = {
	filters: [
		{ fieldname: "dari_tanggal", label: __("Dari Tanggal"), fieldtype: "Date" },
		{ fieldname: "sampai_tanggal", label: __("Sampai Tanggal"), fieldtype: "Date" },
	],
};
