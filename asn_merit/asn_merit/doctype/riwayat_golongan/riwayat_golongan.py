from frappe.model.document import Document


class RiwayatGolongan(Document):
	pass
