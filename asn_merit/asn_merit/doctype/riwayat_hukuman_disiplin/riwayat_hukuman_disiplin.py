from frappe.model.document import Document


class RiwayatHukumanDisiplin(Document):
	pass
