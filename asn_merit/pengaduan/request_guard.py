"""A before_request guard for what guests send, in front of Frappe's own endpoints.

The complaint form opens two Frappe endpoints to guests (the web form's `accept` and
`upload_file`, through `allow_guests_to_upload_files`), and hostile input found that Frappe
answers several malformed guest requests with a server error carrying its traceback: a body
that is not an object of plain values, a number where a file URL goes, a method path naming a
module, a missing argument, a NUL byte in a page's path, a query Frappe's REST list cannot parse.
So for a guest:
- every upload and web form submission counts toward the address's limit (guest_limits);
- no answer shows a traceback, whatever System Settings allow officers;
- a method call must name a function and send its required arguments; our own methods take
  strings only, as a form or query string sends them;
- the REST API answers only for DocTypes a guest may read;
- an upload or a web form goes by POST, the only method whose changes Frappe commits;
- an upload is a loose, private, readable PDF or image within the complaint's size limit (the
  only guest upload there is), never attached to a document the guest names;
- a web form body is an object of plain, encodable values, and an Attach field a file URL, not
  an inline file that would bypass the upload checks.
Each refusal answers in Bahasa Indonesia. Logged-in users pass, but for an upload Frappe would
fail on while reading it (a broken PDF or JPEG: a server error); a request carrying API
credentials is authenticated here, before its time: a forged key gets its 401 without a
traceback, a real user passes with Frappe's full errors.
"""

import inspect
import io
import json
import re
from urllib.parse import unquote

import frappe
from frappe import _
from frappe.auth import validate_auth

from asn_merit.inputs.pengaduan_settings import get_pengaduan_settings
from asn_merit.merit.attachment_rules import attachment_problem
from asn_merit.pengaduan.guest_input import is_encodable
from asn_merit.pengaduan.guest_limits import check_limit

METHOD_PATH = re.compile(r"^/api/(?:v[12]/)?method/(?P<method>[^/]+)/?$")
RESOURCE_PATH = re.compile(r"^/api/(?:(?:v1/)?resource|v2/document)/(?P<doctype>[^/]+)")
UPLOAD = "upload_file"
WEB_FORM_ACCEPT = "frappe.website.doctype.web_form.web_form.accept"
PRINT_VIEW = "/printview"
# Handled by Frappe before any method is looked up.
SPECIAL_METHODS = {"login"}
# Parameters of upload_file that point a guest's file at an existing document or another
# method, resize it, or state its size instead of measuring it.
UPLOAD_PARAMETERS = (
	"doctype",
	"docname",
	"fieldname",
	"method",
	"library_file_name",
	"file_url",
	"folder",
	"file_size",
	"optimize",
	"max_width",
	"max_height",
)
PLAIN_VALUES = (str, int, float, bool, type(None))
MAX_FILE_NAME = 140
# Markup in a file name reaches every list of attachments; control characters reach the disk.
UNSAFE_FILE_NAME = re.compile(r"[<>\x00-\x1f\x7f]")


def guard_guest_requests() -> None:
	if not frappe.request:
		return
	if frappe.session.user != "Guest":
		_check_signed_in_upload()
		return
	frappe.local.flags.disable_traceback = True
	if _carries_credentials():
		# Frappe settles these only after this hook; settled now, a forged key gets its 401
		# without a traceback, and a user's own errors keep Frappe's full message.
		validate_auth()
		frappe.local.flags.disable_traceback = False
		return
	path = frappe.request.path or ""
	# Frappe's router fails on a NUL byte and on an empty segment after a web form's route.
	if "\x00" in path or "//" in path:
		frappe.throw(_("Halaman tidak ditemukan."), frappe.PageDoesNotExistError)
	# Frappe's print view imports the controller of the DocType named: an unknown one is a 500.
	if path.rstrip("/") == PRINT_VIEW and not _names_doctype(frappe.form_dict.get("doctype")):
		frappe.throw(_("Halaman tidak ditemukan."), frappe.PageDoesNotExistError)
	if not _encodable(dict(frappe.form_dict)):
		# Only a JSON body carries a lone surrogate; any database query with it is a server error.
		refuse(_("Permintaan tidak dapat dibaca. Muat ulang halaman lalu coba lagi."))
	if match := RESOURCE_PATH.match(path):
		_check_guest_may_read(unquote(match["doctype"]))
		return
	# Frappe runs a `cmd` sent with any request before it looks at the path.
	match = METHOD_PATH.match(path)
	method = frappe.form_dict.get("cmd") or (match["method"] if match else None)
	if method is None or method in SPECIAL_METHODS:
		return
	# Counted before any other check: a refused attempt costs as much as an accepted one.
	if method == UPLOAD:
		check_limit("unggahan")
	elif method == WEB_FORM_ACCEPT:
		check_limit("pengaduan")
	_check_call(method)
	if method in (UPLOAD, WEB_FORM_ACCEPT) and frappe.request.method != "POST":
		# Frappe commits only what a POST changed: any other method would answer with a tracking
		# code for a complaint it then drops.
		refuse(_("Kirim formulir dan berkas dengan metode POST."), frappe.PermissionError)
	if method == UPLOAD:
		_check_upload()
	elif method == WEB_FORM_ACCEPT:
		_check_web_form_body()


def _carries_credentials() -> bool:
	"""An API key, Basic or OAuth token: not a guest, though still "Guest" here.

	Frappe runs before_request hooks before `validate_auth` (frappe.app.application), so a user
	calling with `Authorization: token key:secret` reaches this guard as Guest. A header of two
	parts is always settled by `validate_auth` next: the user it names, or AuthenticationError.
	"""
	return len(frappe.get_request_header("Authorization", "").split(" ")) == 2


def refuse(message: str, exception=frappe.ValidationError) -> None:
	frappe.throw(message, exception, title=_("Permintaan tidak valid"))


def _names_doctype(value) -> bool:
	return isinstance(value, str) and is_encodable(value) and bool(frappe.db.exists("DocType", value))


def _check_guest_may_read(doctype: str) -> None:
	try:
		allowed = frappe.has_permission(doctype, "read")
	except Exception:
		allowed = False
	if not allowed:
		refuse(_("Anda tidak diizinkan mengakses data ini."), frappe.PermissionError)


def _check_call(method) -> None:
	from frappe.core.doctype.server_script.server_script_utils import get_server_script_map
	from frappe.handler import get_attr

	if not isinstance(method, str):
		refuse(_("Permintaan tidak dikenal."), frappe.DoesNotExistError)
	# Frappe passes the form to frappe.call(fn, **form): a field named "fn" is a server error and
	# can never reach the method, so it is dropped.
	frappe.form_dict.pop("fn", None)
	method = frappe.override_whitelisted_method(method)
	if method in get_server_script_map().get("_api", {}):
		return
	try:
		function = get_attr(method)
	except Exception:
		function = None
	if not inspect.isfunction(inspect.unwrap(function) if callable(function) else None):
		refuse(_("Permintaan tidak dikenal."), frappe.DoesNotExistError)
	if function not in frappe.guest_methods:
		return  # Frappe refuses it to a guest; its parameters are none of a guest's business
	parameters = inspect.signature(function).parameters.values()
	missing = [
		parameter.name
		for parameter in parameters
		if parameter.default is parameter.empty
		and parameter.kind in (parameter.POSITIONAL_OR_KEYWORD, parameter.KEYWORD_ONLY)
		and parameter.name not in frappe.form_dict
	]
	if missing:
		refuse(_("Permintaan tidak lengkap: {0} wajib dikirim.").format(", ".join(missing)))
	if function.__module__.startswith("asn_merit."):
		if not all(isinstance(value, str) for value in frappe.form_dict.values()):
			refuse(_("Permintaan tidak dapat dibaca. Muat ulang halaman lalu coba lagi."))


def _encodable(value) -> bool:
	if isinstance(value, str):
		return is_encodable(value)
	if isinstance(value, dict):
		return all(_encodable(key) and _encodable(item) for key, item in value.items())
	if isinstance(value, list | tuple):
		return all(_encodable(item) for item in value)
	return True


def _check_upload() -> None:
	for key in UPLOAD_PARAMETERS:
		frappe.form_dict.pop(key, None)
	frappe.form_dict.is_private = 1
	upload = frappe.request.files.get("file")
	if not upload or not upload.filename:
		refuse(_("Pilih berkas yang akan diunggah."))
	if len(upload.filename) > MAX_FILE_NAME:
		refuse(_("Nama berkas terlalu panjang: paling banyak {0} karakter.").format(MAX_FILE_NAME))
	if UNSAFE_FILE_NAME.search(upload.filename):
		refuse(
			_(
				"Nama berkas tidak boleh memuat tanda < atau > dan karakter kendali. Ganti nama berkas lalu unggah kembali."
			)
		)
	content = upload.stream.read()
	upload.stream.seek(0)
	if not content:
		refuse(_("Berkas kosong. Pilih berkas lain."))
	max_bytes = get_pengaduan_settings().ukuran_lampiran_mb * 1024 * 1024
	if problem := attachment_problem(upload.filename, len(content), max_bytes=max_bytes):
		refuse(_(problem))
	if filename_is_pdf := upload.filename.lower().endswith(".pdf"):
		readable = _pdf_is_readable(content)
	else:
		readable = _image_is_readable(content)
	if not readable:
		kind = _("PDF") if filename_is_pdf else _("gambar")
		refuse(_("Berkas {0} tidak dapat dibaca. Periksa berkas Anda lalu unggah kembali.").format(kind))


def _check_signed_in_upload() -> None:
	"""A signed-in user's upload (an applicant's documents on the portal, an officer's in the
	desk) that Frappe would fail on while reading it gets a message instead of a server error."""
	match = METHOD_PATH.match(frappe.request.path or "")
	if (frappe.form_dict.get("cmd") or (match and match["method"])) != UPLOAD:
		return
	upload = frappe.request.files.get("file")
	if not upload or not upload.filename:
		return
	name = upload.filename.lower()
	if name.endswith(".pdf"):
		readable, kind = _pdf_is_readable, _("PDF")
	elif name.endswith((".jpg", ".jpeg")):
		readable, kind = _image_is_readable, _("gambar")
	else:
		return
	content = upload.stream.read()
	upload.stream.seek(0)
	if not readable(content):
		refuse(_("Berkas {0} tidak dapat dibaca. Periksa berkas Anda lalu unggah kembali.").format(kind))


def _pdf_is_readable(content: bytes) -> bool:
	"""Frappe parses every uploaded PDF for scripts; a broken one would be a server error."""
	from pypdf import PdfReader

	try:
		PdfReader(io.BytesIO(content))
	except Exception:
		return False
	return True


def _image_is_readable(content: bytes) -> bool:
	"""Frappe re-encodes JPEGs to strip their EXIF data; a broken one would be a server error."""
	from PIL import Image

	try:
		Image.open(io.BytesIO(content)).load()
	except Exception:
		return False
	return True


def _check_web_form_body() -> None:
	try:
		data = json.loads(frappe.form_dict.get("data") or "")
	except (TypeError, ValueError):
		data = None
	if (
		not isinstance(frappe.form_dict.get("web_form"), str)
		or not isinstance(data, dict)
		or not all(isinstance(value, PLAIN_VALUES) for value in data.values())
		or not all(is_encodable(value) for value in data.values() if isinstance(value, str))
	):
		refuse(_("Data formulir tidak dapat dibaca. Muat ulang halaman lalu kirim kembali."))
	# From Frappe's document cache (cleared when the form is saved): one query fewer per submission.
	doctype = frappe.get_cached_value("Web Form", frappe.form_dict.web_form, "doc_type")
	if not doctype:
		return  # Frappe refuses an unknown form itself
	for df in frappe.get_meta(doctype).get("fields", {"fieldtype": ("in", ("Attach", "Attach Image"))}):
		value = data.get(df.fieldname)
		# Frappe saves an Attach value holding "base64" as an inline file, skipping the upload checks.
		if value and not (isinstance(value, str) and "base64" not in value):
			refuse(_("Lampiran tidak dapat dibaca. Unggah berkas Anda melalui tombol lampiran."))
