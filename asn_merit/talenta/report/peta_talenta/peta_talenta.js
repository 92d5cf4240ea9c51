frappe.query_reports["Peta Talenta"] = {
	filters: [
		{
			fieldname: "unit_kerja",
			label: __("Unit Kerja"),
			fieldtype: "Link",
			options: "Department",
		},
	],
};
