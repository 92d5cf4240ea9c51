// Runs inside WebForm.make() (frappe.init_client_script), once the fields exist.
frappe.init_client_script = () => {
	const form = frappe.web_form;

	frappe.call({ method: "asn_merit.api.pengaduan.daftar_unit_kerja", type: "GET" }).then((r) => {
		form.set_df_property("unit_kerja", "options", [{ label: "", value: "" }, ...(r.message || [])]);
	});

	// ALTCHA: the widget fetches a challenge from get_tantangan, solves it in the browser (a second
	// or so on a phone) and hands over the payload, which travels in jawaban_tantangan. The script
	// is our own bundle, its path resolved by the server when it renders this file.
	const widget = document.createElement("altcha-widget");
	widget.setAttribute("challengeurl", "/api/method/asn_merit.api.pengaduan.get_tantangan");
	widget.setAttribute("auto", "onload");
	widget.setAttribute("language", "id");
	widget.setAttribute("hidefooter", "");
	// Its logo is an aria-hidden link a keyboard still reaches (axe-core: aria-hidden-focus).
	widget.setAttribute("hidelogo", "");
	widget.setAttribute("name", "altcha");
	widget.classList.add("pengaduan-altcha");
	form.fields_dict.jawaban_tantangan.$wrapper.after(widget);
	// The payload is for the server, not for the citizen to read: only the widget shows.
	form.fields_dict.jawaban_tantangan.$wrapper.hide();
	widget.addEventListener("statechange", (event) => {
		const { state, payload } = event.detail;
		form.set_value("jawaban_tantangan", state === "verified" ? payload : "");
	});
	const bundle = document.createElement("script");
	bundle.src = "{{ altcha_bundle }}";
	document.head.appendChild(bundle);
	// Solve again after a refused submission: a solution counts once.
	const load_challenge = () => {
		form.set_value("jawaban_tantangan", "");
		if (widget.reset) {
			widget.reset();
			widget.verify();
		}
	};

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

	// A refused submission keeps the form; a challenge the server refused is solved anew.
	$(document).ajaxComplete((event, xhr, settings) => {
		const target = `${settings.url || ""} ${settings.data || ""}`;
		const refused_challenge = /Verifikasi pengaman/.test(xhr.responseText || "");
		if (target.includes("web_form.accept") && xhr.status >= 400 && refused_challenge) load_challenge();
	});
};
