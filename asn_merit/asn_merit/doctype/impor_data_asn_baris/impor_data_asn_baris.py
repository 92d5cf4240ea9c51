from frappe.model.document import Document


class ImporDataASNBaris(Document):
	pass
