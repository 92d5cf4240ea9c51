from frappe.model.document import Document


class JabatanKompetensi(Document):
	pass
