// Runs inside WebForm.make() (frappe.init_client_script), once the fields exist.
frappe.init_client_script = () => {
	const form = frappe.web_form;

	frappe.call({ method: "asn_merit.api.pengaduan.daftar_unit_kerja", type: "GET" }).then((r) => {
		form.set_df_property("unit_kerja", "options", [{ label: "", value: "" }, ...(r.message || [])]);
	});

	const load_challenge = () =>
		frappe.call({ method: "asn_merit.api.pengaduan.get_tantangan", type: "GET" }).then((r) => {
			form.set_value("token_tantangan", r.message.token);
			form.set_value("jawaban_tantangan", "");
			form.set_df_property("jawaban_tantangan", "label", r.message.pertanyaan);
		});
	load_challenge();

	const honeypot = form.fields_dict.situs_web;
	honeypot && honeypot.$input && honeypot.$input.attr({ tabindex: -1, autocomplete: "off" });

	const as_date = (value) => (value ? value.split("-").reverse().join("-") : "");
	const escape = frappe.utils.escape_html;

	form.render_success_page = (data) => {
		const link = `/lacak-pengaduan#kode=${encodeURIComponent(data.kode_lacak)}&rahasia=${encodeURIComponent(data.rahasia_pelacakan)}`;
		$(".success-footer").append(`
			<div class="tanda-terima-pengaduan">
				<p>${__("Simpan kode lacak dan kata sandi berikut. Kata sandi hanya ditampilkan sekali ini.")}</p>
				<p>${__("Kode lacak")}: <code class="kode-lacak">${escape(data.kode_lacak)}</code><br>
				${__("Kata sandi")}: <code class="kata-sandi">${escape(data.rahasia_pelacakan)}</code></p>
				<p>${__("Petugas memverifikasi pengaduan Anda paling lambat {0} dan menyelesaikannya paling lambat {1} (hari kerja).", [as_date(data.batas_verifikasi), as_date(data.batas_penyelesaian)])}</p>
				<a class="btn btn-primary btn-md link-lacak" href="${link}">${__("Lacak pengaduan ini")}</a>
			</div>`);
	};

	// A refused submission keeps the form; give a fresh question so the next try can pass.
	$(document).ajaxComplete((event, xhr, settings) => {
		const target = `${settings.url || ""} ${settings.data || ""}`;
		if (target.includes("web_form.accept") && xhr.status >= 400) load_challenge();
	});
};
