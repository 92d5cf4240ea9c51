frappe.query_reports["Peringkat Merit Jabatan"] = {
	filters: [
		{ fieldname: "jabatan", label: __("Jabatan"), fieldtype: "Link", options: "Jabatan", reqd: 1 },
	],
};
