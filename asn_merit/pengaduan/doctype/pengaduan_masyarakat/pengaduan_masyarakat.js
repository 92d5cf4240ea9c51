// The handling of a complaint as actions: each asks what it needs (the unit, the answer to the
// complainant) and confirms before the status moves. The server decides who may move it where.
const OFFICERS = ["Petugas Pengaduan", "Inspektorat", "System Manager"];
const ANSWER = {
	fieldname: "jawaban_publik",
	fieldtype: "Small Text",
	label: __("Jawaban atau penjelasan untuk pelapor"),
	reqd: 1,
};

frappe.ui.form.on("Pengaduan Masyarakat", {
	refresh(frm) {
		if (frm.is_new()) return;
		const officer = frappe.user.has_role(OFFICERS);
		const add = (label, action) =>
			frm.add_custom_button(label, () => action(frm), __("Tindak Lanjut"));
		if (officer && frm.doc.status === "Diterima") {
			add(__("Verifikasi"), verify);
			add(__("Tidak Lengkap"), (frm) => answer_and_move(frm, "Tidak Lengkap"));
			add(__("Bukan Kewenangan"), (frm) => answer_and_move(frm, "Bukan Kewenangan"));
		}
		if (officer && frm.doc.status === "Terverifikasi") add(__("Disposisikan"), dispose);
		if (frm.doc.status === "Didisposisikan") {
			add(__("Jawab"), (frm) => answer_and_move(frm, "Dijawab"));
		}
	},
});

function move(frm, values) {
	return frm
		.set_value(values)
		.then(() => frm.save())
		.catch(() => frm.reload_doc()); // refused: show the complaint as stored, with the message
}

function verify(frm) {
	frappe.confirm(__("Tandai pengaduan {0} sudah diverifikasi?", [frm.doc.kode_lacak]), () =>
		move(frm, { status: "Terverifikasi" }),
	);
}

function dispose(frm) {
	const berkadar = frm.doc.kategori === "Pengaduan Berkadar Pengawasan";
	const dialog = new frappe.ui.Dialog({
		title: __("Disposisikan Pengaduan"),
		fields: [
			{
				fieldname: "unit_kerja",
				fieldtype: "Link",
				options: "Department",
				label: __("Unit Kerja Tujuan"),
				reqd: !berkadar,
				default: frm.doc.unit_kerja,
				description: berkadar
					? __("Pengaduan berkadar pengawasan diteruskan kepada Inspektorat.")
					: __("Penghubung unit ini menerima disposisi dan tenggatnya."),
			},
		],
		primary_action_label: __("Disposisikan"),
		primary_action({ unit_kerja }) {
			dialog.hide();
			const to = berkadar ? __("Inspektorat") : unit_kerja;
			frappe.confirm(
				__("Disposisikan pengaduan {0} kepada {1}?", [
					frm.doc.kode_lacak,
					frappe.utils.escape_html(to),
				]),
				() =>
					move(frm, {
						unit_kerja: unit_kerja || frm.doc.unit_kerja,
						status: "Didisposisikan",
					}),
			);
		},
	});
	dialog.show();
}

function answer_and_move(frm, status) {
	const dialog = new frappe.ui.Dialog({
		title: __(status),
		fields: [{ ...ANSWER, default: frm.doc.jawaban_publik }],
		primary_action_label: __("Simpan"),
		primary_action({ jawaban_publik }) {
			dialog.hide();
			frappe.confirm(
				__("Ubah status pengaduan {0} menjadi {1}? Pelapor melihat jawaban ini.", [
					frm.doc.kode_lacak,
					__(status),
				]),
				() => move(frm, { jawaban_publik, status }),
			);
		},
	});
	dialog.show();
}
