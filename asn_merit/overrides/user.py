"""Our rule on Frappe's User: the home workspace and the sidebar follow the user's roles."""

from asn_merit.setup.role_homes import apply_role_home


def validate(doc, method=None):
	"""After Frappe's and ERPNext's own validation, when the roles of this save are final."""
	apply_role_home(doc)
