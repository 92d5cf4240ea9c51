from frappe.model.document import Document


class RiwayatPredikatKinerja(Document):
	pass
