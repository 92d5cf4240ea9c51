// The yearly run: a draft PAK for every JF holder whose predikat of the year is on record.
frappe.listview_settings["Penetapan Angka Kredit"] = {
	onload(listview) {
		if (!frappe.model.can_create("Penetapan Angka Kredit")) return;
		listview.page.add_inner_button(__("Buat dari Predikat Kinerja"), () => ask_year(listview));
	},
};

function ask_year(listview) {
	frappe.prompt(
		{
			fieldname: "tahun",
			fieldtype: "Int",
			label: __("Tahun Penilaian"),
			reqd: 1,
			default: new Date().getFullYear() - 1,
		},
		({ tahun }) => {
			frappe.confirm(
				__(
					"Buat draf penetapan angka kredit tahun {0} untuk setiap pemegang jabatan fungsional yang predikat kinerjanya sudah tercatat? Penetapan yang sudah ada tidak diubah.",
					[tahun],
				),
				() => run(listview, tahun),
			);
		},
		__("Penetapan Angka Kredit Tahunan"),
		__("Lanjut"),
	);
}

function run(listview, tahun) {
	frappe
		.call({
			method: "asn_merit.api.angka_kredit.buat_penetapan_tahunan",
			args: { tahun },
			freeze: true,
			freeze_message: __("Membuat penetapan angka kredit..."),
		})
		.then(({ message }) => {
			listview.refresh();
			if (message.antre) {
				frappe.show_alert({
					message: __("{0} pemegang jabatan fungsional diproses di latar belakang.", [
						message.antre,
					]),
					indicator: "blue",
				});
				return;
			}
			show_result(message);
		});
}

function show_result({ dibuat, dilewati }) {
	const skipped = dilewati
		.map(
			(row) =>
				`<li>${frappe.utils.escape_html(`${row.employee_name} (${row.employee}): ${row.alasan}`)}</li>`,
		)
		.join("");
	frappe.msgprint({
		title: __("Penetapan Angka Kredit Tahunan"),
		indicator: dilewati.length ? "orange" : "green",
		message:
			`<p>${__("{0} draf dibuat.", [dibuat.length])}</p>` +
			(skipped ? `<p>${__("Dilewati:")}</p><ul>${skipped}</ul>` : ""),
	});
}
