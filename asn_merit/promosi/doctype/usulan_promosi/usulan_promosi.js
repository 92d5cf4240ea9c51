// Workflow actions that decide something ask first: a text the step needs is asked for in a
// dialog (the server refuses the step without it), and an approval or decree is confirmed with
// what it rests on.
const TEXT_FOR_ACTION = {
	Pertimbangkan: ["rekomendasi_tim_penilai", __("Rekomendasi Tim Penilai Kinerja untuk PPK")],
	Kembalikan: ["catatan_pengembalian", __("Catatan pengembalian untuk pengusul")],
	Tolak: ["alasan_penolakan", __("Alasan penolakan")],
};

frappe.ui.form.on("Usulan Promosi", {
	before_workflow_action(frm) {
		const action = frm.selected_workflow_action;
		frappe.dom.unfreeze(); // Frappe froze the page for the step; our dialog needs it
		if (TEXT_FOR_ACTION[action]) return ask_text(frm, ...TEXT_FOR_ACTION[action]);
		if (action === "Setujui" && needs_deviation_reason(frm)) {
			const label = __(
				"Alasan tidak memilih kandidat peringkat 1 (tersimpan dan tampil di laporan audit)",
			);
			return ask_text(frm, "alasan_penyimpangan", label).then(() =>
				confirm_decision(frm, action),
			);
		}
		if (action === "Setujui" || action === "Tetapkan") return confirm_decision(frm, action);
	},
});

function needs_deviation_reason(frm) {
	return (
		frm.doc.jenis === "Promosi Jabatan" &&
		frm.doc.peringkat_merit !== 1 &&
		!frm.doc.alasan_penyimpangan
	);
}

function ask_text(frm, fieldname, label) {
	return new Promise((resolve, reject) => {
		let answered = false;
		const dialog = new frappe.ui.Dialog({
			title: __(frm.selected_workflow_action),
			fields: [
				{
					fieldname,
					label,
					fieldtype: "Small Text",
					reqd: 1,
					default: frm.doc[fieldname],
				},
			],
			primary_action_label: __(frm.selected_workflow_action),
			primary_action(values) {
				answered = true;
				dialog.hide();
				// The step reloads the proposal from the database: save the text first.
				frm.set_value(fieldname, values[fieldname])
					.then(() => frm.save())
					.then(resolve, reject);
			},
		});
		dialog.onhide = () => answered || reject(); // closed without an answer: no step
		dialog.show();
	});
}

function confirm_decision(frm, action) {
	const lines = [
		`<p>${__("{0} usulan {1} untuk {2}?", [__(action), __(frm.doc.jenis), frappe.utils.escape_html(frm.doc.employee_name)])}</p>`,
	];
	if (frm.doc.jenis === "Promosi Jabatan") {
		lines.push(
			`<p>${__("Peringkat merit: {0}; peringkat 1: {1}.", [frm.doc.peringkat_merit || "-", frm.doc.kandidat_terbaik || "-"])}</p>`,
		);
	}
	if (frm.doc.rekomendasi_tim_penilai) {
		lines.push(
			`<p>${__("Rekomendasi Tim Penilai Kinerja:")} ${frappe.utils.escape_html(frm.doc.rekomendasi_tim_penilai)}</p>`,
		);
	}
	if (frm.doc.alasan_penyimpangan) {
		lines.push(
			`<p>${__("Alasan tidak memilih peringkat terbaik:")} ${frappe.utils.escape_html(frm.doc.alasan_penyimpangan)}</p>`,
		);
	}
	return new Promise((resolve, reject) => frappe.confirm(lines.join(""), resolve, reject));
}
