// The yearly run: a plan for every ASN whose predikat of the year calls for development.
frappe.listview_settings["Rencana Pengembangan Kompetensi"] = {
	get_indicator(doc) {
		const colours = { Draft: "orange", "Disetujui Atasan": "blue", Selesai: "green" };
		return [__(doc.status), colours[doc.status] || "gray", `status,=,${doc.status}`];
	},
	onload(listview) {
		if (!frappe.model.can_create("Rencana Pengembangan Kompetensi")) return;
		listview.page.add_inner_button(__("Buat dari Predikat Kinerja"), () => {
			frappe.prompt(
				{
					fieldname: "tahun",
					fieldtype: "Int",
					label: __("Tahun Predikat"),
					reqd: 1,
					default: new Date().getFullYear() - 1,
				},
				({ tahun }) =>
					frappe.confirm(
						__(
							"Buat rencana pengembangan tahun {0} untuk setiap ASN yang predikat kinerjanya menuntut tindak lanjut? Rencana yang sudah ada tidak diubah.",
							[tahun],
						),
						() =>
							frappe
								.call({
									method: "asn_merit.api.pengembangan.buat_rencana_massal",
									args: { tahun },
									freeze: true,
									freeze_message: __("Membuat rencana pengembangan..."),
								})
								.then(({ message }) => {
									listview.refresh();
									frappe.msgprint(
										message.antrean
											? __("{0} ASN diproses di latar belakang.", [message.jumlah])
											: __("{0} rencana dibuat, {1} ASN dilewati.", [
													message.dibuat,
													message.dilewati,
												]),
									);
								}),
					),
				__("Rencana Pengembangan Kompetensi"),
				__("Lanjut"),
			);
		});
	},
};
