frappe.query_reports["Kelengkapan Data ASN"] = {
	filters: [
		{ fieldname: "unit_kerja", label: __("Unit Kerja"), fieldtype: "Link", options: "Department" },
		{ fieldname: "hanya_belum_lengkap", label: __("Hanya yang belum lengkap"), fieldtype: "Check", default: 1 },
	],
	onload(report) {
		// Many records at once come through the import; one at a time through the Employee form.
		report.page.add_inner_button(__("Impor Data ASN"), () => frappe.new_doc("Impor Data ASN"));
	},
};
