frappe.ui.form.on("Jabatan", {
	refresh(frm) {
		if (frm.is_new()) return;
		frm.add_custom_button(__("Cek Kelayakan Pegawai"), () => show_kelayakan(frm));
		frm.add_custom_button(__("Peringkat Kandidat"), () => show_peringkat(frm));
	},
});

// Every active employee against the requirements is a long list (a regency has thousands): the
// report pages, searches, filters per column and exports it, which a dialog cannot.
function show_kelayakan(frm) {
	frappe.set_route("query-report", "Peringkat Merit Jabatan", { jabatan: frm.doc.name });
}

function show_peringkat(frm) {
	frappe.call({
		method: "asn_merit.api.merit.get_peringkat_kandidat",
		args: { jabatan: frm.doc.name },
		freeze: true,
		freeze_message: __("Menghitung skor merit kandidat..."),
		callback: ({ message }) => {
			const dialog = new frappe.ui.Dialog({
				title: __("Peringkat Kandidat untuk {0}", [frm.doc.nama_jabatan]),
				size: "extra-large",
				fields: [{ fieldtype: "HTML", fieldname: "list" }],
			});
			dialog.fields_dict.list.$wrapper.html(peringkat_html(message, frm.doc.name));
			dialog.show();
		},
	});
}

function peringkat_html({ aturan_seri, layak, tidak_layak }, jabatan) {
	const esc = frappe.utils.escape_html;
	const fmt = (value) => format_number(value, null, 2);
	const ranked = layak
		.map((row) => {
			// An unmeasured component says so with its reason, never a bare 0.
			const summary = (k) =>
				k.diukur
					? `${esc(k.nama)}: ${fmt(k.skor)} × ${fmt(k.bobot)}% = ${fmt(k.nilai)}`
					: `<span class="text-warning">${esc(k.nama)}: ${__("belum diukur")} (${esc(k.alasan_belum_diukur || "")})</span>`;
			const parts = row.komponen
				.map(
					(k) => `<details><summary>${summary(k)}</summary>
						<ul class="small text-muted mb-1">${k.rincian.map((line) => `<li>${esc(line)}</li>`).join("")}</ul></details>`,
				)
				.join("");
			const incomplete = row.skor_tidak_lengkap
				? `<div class="small text-warning">${__("tidak lengkap")}</div>`
				: "";
			return `<tr><td class="text-center"><b>${row.peringkat}</b></td>
				<td><a href="/app/employee/${encodeURIComponent(row.employee)}">${esc(row.employee_name || row.employee)}</a>
					<div class="text-muted small">${esc(row.nip || "")} · ${esc(row.golongan || "-")} · ${esc(row.unit_kerja || "-")}</div></td>
				<td class="text-right"><b>${fmt(row.total)}</b>${incomplete}</td><td>${parts}</td></tr>`;
		})
		.join("");
	return `<p class="text-muted small">${esc(aturan_seri)}</p>
		<h5>${__("Memenuhi persyaratan ({0})", [layak.length])}</h5>
		<table class="table table-bordered table-sm"><thead><tr>
			<th>${__("Peringkat")}</th><th>${__("Pegawai")}</th><th>${__("Skor Merit")}</th><th>${__("Rincian")}</th>
		</tr></thead><tbody>${ranked || `<tr><td colspan="4" class="text-muted">${__("Tidak ada kandidat yang memenuhi persyaratan.")}</td></tr>`}</tbody></table>
		<h5>${__("Belum memenuhi persyaratan ({0})", [tidak_layak.length])}</h5>
		<p>${__("Alasan setiap pegawai ada di laporan {0}, yang dapat dicari, difilter dan diekspor.", [
			`<a href="/app/query-report/Peringkat Merit Jabatan?jabatan=${encodeURIComponent(jabatan)}">${__("Peringkat Merit Jabatan")}</a>`,
		])}</p>`;
}
