from frappe.model.document import Document


class RiwayatJabatan(Document):
	pass
