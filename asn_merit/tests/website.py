"""A website page as Frappe serves it to a logged-in user, through its own request cycle."""

import frappe
from frappe.utils import set_request
from frappe.website.serve import get_response


def open_page(path: str, user: str, **query):
	"""The response to GET /`path`?`query` as `user` (left as the session user)."""
	frappe.set_user(user)
	set_request(method="GET", path=path, query_string="&".join(f"{k}={v}" for k, v in query.items()))
	frappe.form_dict.update(query)
	try:
		return get_response()
	finally:
		frappe.form_dict.clear()
