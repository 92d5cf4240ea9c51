frappe.ui.form.on("Penilaian Kinerja", {
	refresh(frm) {
		if (frm.doc.docstatus === 0 && !frm.is_new()) {
			frm.add_custom_button(__("Usulkan Ulang Penilai 360"), () =>
				frm
					.call("usulkan_penilai")
					.then(() => frm.dirty() || frm.refresh_field("penilai_360")),
			);
		}
		// Inside the window from receipt (PP 30/2019 Pasal 59): accepting keeps the right to object.
		const window_open =
			frm.doc.docstatus === 1 &&
			frm.doc.__onload?.milik_saya &&
			(!frm.doc.batas_tanggapan || frappe.datetime.get_today() <= frm.doc.batas_tanggapan);
		if (window_open && !frm.doc.diterima_pegawai_pada) {
			// By name, not frm.call: posting the whole submitted document asks for "submit" rights.
			frm.add_custom_button(__("Terima Penilaian"), () =>
				frappe
					.call({
						method: "asn_merit.api.portal.terima_penilaian",
						args: { penilaian_kinerja: frm.doc.name },
					})
					.then(() => frm.reload_doc()),
			);
		}
		if (window_open) {
			frm.add_custom_button(__("Ajukan Keberatan"), () =>
				frappe.new_doc("Keberatan Penilaian Kinerja", { penilaian_kinerja: frm.doc.name }),
			);
		}
		if (frm.doc.batas_tanggapan && frm.doc.docstatus === 1) {
			frm.dashboard.add_comment(
				__("Batas menerima atau mengajukan keberatan: {0}", [
					frappe.datetime.str_to_user(frm.doc.batas_tanggapan),
				]),
				"blue",
				true,
			);
		}
	},
});
