// Our buttons on HRMS's Employee form (added through hooks.doctype_js).
frappe.ui.form.on("Employee", {
	refresh(frm) {
		if (frm.is_new() || !frm.doc.grade) return;
		frm.add_custom_button(
			__("Cek Kenaikan Pangkat Reguler"),
			() => {
				frappe
					.call("asn_merit.api.pegawai.get_kenaikan_pangkat_reguler", { employee: frm.doc.name })
					.then(({ message: hasil }) => {
						const esc = frappe.utils.escape_html;
						const items = [...hasil.alasan, ...hasil.catatan]
							.map((text) => `<li>${esc(text)}</li>`)
							.join("");
						const verdict = hasil.layak
							? __("Memenuhi syarat kenaikan pangkat reguler ke {0}.", [hasil.golongan_berikutnya])
							: __("Belum memenuhi syarat kenaikan pangkat reguler.");
						frappe.msgprint({
							title: __("Kenaikan Pangkat Reguler"),
							indicator: hasil.layak ? "green" : "orange",
							message: `<p>${esc(verdict)}</p><ul>${items}</ul>`,
						});
					});
			},
			__("ASN")
		);
	},
});
