// Each count opens the Skor Merit list of its box under the report's filters (the URL is built
// by peta_talenta.py, which Frappe's list view reads as filters).
const LINKS = { jumlah: "daftar", belum_diukur: "daftar_belum_diukur" };

frappe.query_reports["Peta Talenta"] = {
	filters: [
		{
			fieldname: "unit_kerja",
			label: __("Unit Kerja"),
			fieldtype: "Link",
			options: "Department",
		},
	],
	formatter(value, row, column, data, default_formatter) {
		const formatted = default_formatter(value, row, column, data);
		const url = data && data[LINKS[column.fieldname]];
		if (!url || !value) return formatted;
		return `<a href="${frappe.utils.escape_html(url)}" style="text-decoration: underline"
			title="${__("Buka daftar ASN di kotak ini")}">${formatted}</a>`;
	},
};
