from frappe.model.document import Document


class RencanaPengembanganKompetensiAksi(Document):
	pass
