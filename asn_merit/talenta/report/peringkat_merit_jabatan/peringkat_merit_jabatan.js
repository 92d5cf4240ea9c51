// Scored columns of the report (peringkat_merit_jabatan.py): an ineligible ASN is not scored.
const SCORES = ["total", "kinerja", "potensi", "kompetensi", "kualifikasi", "rekam_jejak"];

frappe.query_reports["Peringkat Merit Jabatan"] = {
	filters: [
		{ fieldname: "jabatan", label: __("Jabatan"), fieldtype: "Link", options: "Jabatan", reqd: 1 },
	],
	// The datatable shows a missing number as 0,00, which would read as a score of zero.
	formatter(value, row, column, data, default_formatter) {
		if (data && !data.peringkat && SCORES.includes(column.fieldname)) {
			return "";
		}
		if (data && (data.komponen_belum_diukur || []).includes(column.fieldname)) {
			return `<span class="text-warning" title="${__("Tidak ada data untuk komponen ini")}">${__(
				"belum diukur"
			)}</span>`;
		}
		if (data && column.fieldname === "belum_diukur" && value) {
			return `<span class="indicator-pill orange">${frappe.utils.escape_html(value)}</span>`;
		}
		return default_formatter(value, row, column, data);
	},
};
