// The BKPSDM's yearly start: a draft appraisal for every jabatan holder of a unit or the regency.
frappe.listview_settings["Penilaian Kinerja"] = {
	onload(listview) {
		if (!frappe.user.has_role(["Petugas BKPSDM", "HR Manager", "System Manager"])) return;
		listview.page.add_inner_button(__("Buka Periode Penilaian"), () => ask_period(listview));
	},
};

function ask_period(listview) {
	const dialog = new frappe.ui.Dialog({
		title: __("Buka Periode Penilaian"),
		fields: [
			{
				fieldname: "tahun",
				fieldtype: "Int",
				label: __("Tahun"),
				reqd: 1,
				default: new Date().getFullYear(),
			},
			{
				fieldname: "periode",
				fieldtype: "Select",
				label: __("Periode"),
				reqd: 1,
				options: frappe.meta.get_docfield("Penilaian Kinerja", "periode").options,
				default: "Tahunan",
			},
			{
				fieldname: "unit_kerja",
				fieldtype: "Link",
				options: "Department",
				label: __("Unit Kerja"),
				description: __(
					"Kosongkan untuk seluruh pemerintah daerah. Sub-unit ikut dibuka.",
				),
			},
		],
		primary_action_label: __("Lanjut"),
		primary_action(values) {
			dialog.hide();
			const where = values.unit_kerja || __("seluruh pemerintah daerah");
			frappe.confirm(
				__(
					"Buka periode {0} {1} untuk semua pemangku jabatan di {2}? Penilaian yang sudah ada tidak diubah.",
					[values.periode, values.tahun, frappe.utils.escape_html(where)],
				),
				() => open_period(listview, values),
			);
		},
	});
	dialog.show();
}

function open_period(listview, values) {
	frappe
		.call({
			method: "asn_merit.api.penilaian_kinerja.buka_periode",
			args: values,
			freeze: true,
			freeze_message: __("Membuka periode penilaian..."),
		})
		.then(({ message }) => {
			listview.refresh();
			frappe.msgprint({
				title: __("Buka Periode Penilaian"),
				indicator: "green",
				message: message.antre
					? __("{0} pemangku jabatan diproses di latar belakang.", [message.antre])
					: __("{0} penilaian dibuat; {1} sudah ada.", [
							message.dibuat,
							message.sudah_ada,
						]),
			});
		});
}
