frappe.listview_settings["Usulan Promosi"] = {
	onload(listview) {
		if (!frappe.user.has_role("Petugas BKPSDM")) return;
		listview.page.add_inner_button(__("Usulan Kenaikan Pangkat Periode Berikutnya"), () => {
			frappe
				.call({ method: "asn_merit.api.usulan_promosi.buat_usulan_kenaikan_pangkat", freeze: true })
				.then(({ message }) => {
					frappe.msgprint(
						__("{0} usulan dibuat untuk periode {1}.", [message.dibuat.length, frappe.datetime.str_to_user(message.periode)])
					);
					listview.refresh();
				});
		});
	},
};
