// Frappe's web forms draw each field's <label> without `for`, so a screen reader announces the
// inputs without their names (axe-core: "label", critical). Tie each label to its field, also for
// the fields a form draws later (a web form renders after the page has loaded).
(() => {
	let counter = 0;

	function connect_labels() {
		document.querySelectorAll(".frappe-control").forEach((control) => {
			const label = control.querySelector("label.control-label");
			const field = control.querySelector("input:not([type='hidden']), textarea, select");
			if (!label || !field || label.htmlFor) return;
			field.id = field.id || `asn-field-${control.dataset.fieldname || "x"}-${++counter}`;
			label.htmlFor = field.id;
		});
	}

	function start() {
		connect_labels();
		new MutationObserver(connect_labels).observe(document.body, { childList: true, subtree: true });
	}

	if (document.readyState === "loading") {
		document.addEventListener("DOMContentLoaded", start);
	} else {
		start();
	}
})();
