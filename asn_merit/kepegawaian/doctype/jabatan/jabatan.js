frappe.ui.form.on("Jabatan", {
	refresh(frm) {
		if (frm.is_new()) return;
		frm.add_custom_button(__("Cek Kelayakan Pegawai"), () => show_kelayakan(frm));
		frm.add_custom_button(__("Peringkat Kandidat"), () => show_peringkat(frm));
	},
});

function show_kelayakan(frm) {
	frappe.call({
		method: "asn_merit.api.jabatan.get_kelayakan_pegawai",
		args: { jabatan: frm.doc.name },
		freeze: true,
		freeze_message: __("Memeriksa persyaratan..."),
		callback: ({ message: rows }) => {
			const dialog = new frappe.ui.Dialog({
				title: __("Kelayakan Pegawai untuk {0}", [frm.doc.nama_jabatan]),
				size: "extra-large",
				fields: [{ fieldtype: "HTML", fieldname: "list" }],
			});
			dialog.fields_dict.list.$wrapper.html(kelayakan_table(rows));
			dialog.show();
		},
	});
}

function kelayakan_table(rows) {
	if (!rows.length) {
		return `<p class="text-muted">${__("Tidak ada pegawai aktif yang dapat Anda lihat.")}</p>`;
	}
	const esc = frappe.utils.escape_html;
	const eligible = rows.filter((row) => row.layak).length;
	const body = rows
		.map((row) => {
			const status = row.layak
				? `<span class="indicator-pill green">${__("Layak")}</span>`
				: `<span class="indicator-pill red">${__("Tidak Layak")}</span>`;
			const reasons = row.alasan.map((text) => `<li>${esc(text)}</li>`).join("");
			const notes = row.catatan.map((text) => `<li class="text-muted">${esc(text)}</li>`).join("");
			return `<tr>
				<td><a href="/app/employee/${encodeURIComponent(row.employee)}">${esc(row.employee_name || row.employee)}</a>
					<div class="text-muted small">${esc(row.nip || "")}</div></td>
				<td>${esc(row.golongan || "-")}</td>
				<td>${esc(row.unit_kerja || "-")}</td>
				<td>${status}</td>
				<td><ul class="list-unstyled mb-0">${reasons}${notes}</ul></td>
			</tr>`;
		})
		.join("");
	return `<p>${__("{0} dari {1} pegawai memenuhi persyaratan.", [eligible, rows.length])}</p>
		<table class="table table-bordered table-sm">
			<thead><tr>
				<th>${__("Pegawai")}</th><th>${__("Golongan")}</th><th>${__("Unit Kerja")}</th>
				<th>${__("Status")}</th><th>${__("Alasan")}</th>
			</tr></thead>
			<tbody>${body}</tbody>
		</table>`;
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
			dialog.fields_dict.list.$wrapper.html(peringkat_html(message));
			dialog.show();
		},
	});
}

function peringkat_html({ aturan_seri, layak, tidak_layak }) {
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
						<ul class="small text-muted mb-1">${k.rincian.map((line) => `<li>${esc(line)}</li>`).join("")}</ul></details>`
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
	const refused = tidak_layak
		.map(
			(row) => `<tr><td>${esc(row.employee_name || row.employee)}<div class="text-muted small">${esc(row.nip || "")}</div></td>
				<td><ul class="mb-0">${row.alasan.map((text) => `<li>${esc(text)}</li>`).join("")}</ul></td></tr>`
		)
		.join("");
	return `<p class="text-muted small">${esc(aturan_seri)}</p>
		<h5>${__("Memenuhi persyaratan ({0})", [layak.length])}</h5>
		<table class="table table-bordered table-sm"><thead><tr>
			<th>${__("Peringkat")}</th><th>${__("Pegawai")}</th><th>${__("Skor Merit")}</th><th>${__("Rincian")}</th>
		</tr></thead><tbody>${ranked || `<tr><td colspan="4" class="text-muted">${__("Tidak ada kandidat yang memenuhi persyaratan.")}</td></tr>`}</tbody></table>
		<h5>${__("Belum memenuhi persyaratan ({0})", [tidak_layak.length])}</h5>
		<table class="table table-bordered table-sm"><thead><tr><th>${__("Pegawai")}</th><th>${__("Alasan")}</th></tr></thead>
		<tbody>${refused}</tbody></table>`;
}
