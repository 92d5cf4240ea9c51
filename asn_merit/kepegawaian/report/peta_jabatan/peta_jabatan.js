frappe.query_reports["Peta Jabatan"] = {
	filters: [{ fieldname: "unit_kerja", label: __("Unit Kerja"), fieldtype: "Link", options: "Department" }],
};
