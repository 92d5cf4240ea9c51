"""An after_request hook that answers a JSON body Frappe cannot read as the client's mistake.

Frappe parses a JSON body in `make_form_dict`, inside `init_request` and before any
before_request hook, so the guest guard never sees it: a malformed body becomes a 500 with
Frappe's traceback, and a body that is neither object nor list a 417 in English. Hostile-input
runs sent both to the complaint form. after_request hooks are the only app code Frappe runs
after that failure (frappe.app.application calls them in its `finally`), so the answer is
rewritten here: 400, a message in Bahasa Indonesia, no traceback. Nothing was read, so nothing
was written; the request's transaction is rolled back by Frappe as before.
"""

import json

from frappe import _

OBJECT_OR_LIST = (dict, list)


def explain_unreadable_json(response=None, request=None) -> None:
	if response is None or request is None or response.status_code < 400:
		return
	if not request.is_json or _is_readable_json(request.get_data(as_text=True)):
		return
	message = _("Isi permintaan bukan data JSON yang dapat dibaca. Kirim formulir dari halamannya.")
	response.status_code = 400
	response.mimetype = "application/json"
	server_message = {"message": message, "title": _("Permintaan tidak valid"), "indicator": "red"}
	body = {"exc_type": "ValidationError", "_server_messages": json.dumps([json.dumps(server_message)])}
	response.set_data(json.dumps(body))


def _is_readable_json(body: str) -> bool:
	"""What Frappe's make_form_dict accepts: no body, or a JSON object or list."""
	if not body:
		return True
	try:
		return isinstance(json.loads(body), OBJECT_OR_LIST)
	except ValueError:
		return False
