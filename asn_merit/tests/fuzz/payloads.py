"""Generated requests to every public endpoint, each one a Payload the harness sends and judges."""

import base64
import json
from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

from .hostile import PATHS, SCRIPTS, any_value, hostile_text, plain_text, wrong_type

# Stands for a freshly solved ALTCHA payload: the harness puts one in each payload just before it
# is sent (a solution is accepted once).
SOLVED = "@@ALTCHA-TERPECAHKAN@@"
ACCEPT = "/api/method/frappe.website.doctype.web_form.web_form.accept"
UPLOAD = "/api/method/upload_file"
API = "/api/method/asn_merit.api.pengaduan."
WEB_FORM = "pengaduan-masyarakat"
TEXT_FIELDS = (
	"judul",
	"uraian",
	"nama_asn_dilaporkan",
	"lokasi_kejadian",
	"harapan",
	"nama_pelapor",
	"alamat_pelapor",
)
CONTACT_FIELDS = ("email_pelapor", "telepon_pelapor")
CHOICE_FIELDS = ("kategori", "unit_kerja", "tanggal_kejadian", "anonim", "rahasia")
FORM_FIELDS = (*TEXT_FIELDS, *CONTACT_FIELDS, *CHOICE_FIELDS, "lampiran_1", "lampiran_2")
# Fields the form does not have, or has but only the server sets: a forged body may name them.
FORGED_FIELDS = (
	"name",
	"doctype",
	"docstatus",
	"owner",
	"status",
	"kode_lacak",
	"hash_rahasia",
	"rahasia_pelacakan",
	"jumlah_dibuka_kembali",
	"jawaban_publik",
	"tanggapan_pelapor",
	"employee",
	"hasil_pemeriksaan",
	"identitas_pelapor",
	"nomor_lapor",
	"__islocal",
	"__run_link_triggers",
	"flags",
	"web_form",
)
OTHER_WEB_FORMS = ("job-application", "request-data", "request-to-delete-data", "issues", "edit-profile")


@dataclass
class Payload:
	endpoint: str  # what the tally counts it under
	method: str
	path: str
	data: dict | None = None  # form-encoded body
	json: Any = None  # JSON body
	files: dict | None = None
	params: dict | None = None
	passes_guards: bool = False  # a complaint with a fresh solved challenge and an empty honeypot
	ip: str | None = None  # a forged X-Forwarded-For; otherwise the harness gives a fresh address
	note: str = ""
	raw: bytes | None = None  # a body sent as it is, with a JSON content type
	headers: dict | None = None
	sent: list = field(default_factory=list)  # hostile fragments a page must not echo as markup


@dataclass(frozen=True)
class SiteFacts:
	"""What the site holds that a payload may point at; gathered before the run."""

	units: tuple[str, ...]
	bad_answers: tuple[tuple[str, str], ...]  # (kind, ALTCHA payload): expired, forged, wrong number, used
	loose_uploads: tuple[str, ...]  # guest uploads no complaint has claimed yet
	foreign_files: tuple[str, ...]  # files attached to other documents
	tracking: tuple[tuple[str, str], ...]  # (code, secret) of answered complaints
	seleksi_routes: tuple[str, ...]


def honeypot_filled(value) -> bool:
	return bool(str(value or "").strip())


@st.composite
def valid_form(draw, facts: SiteFacts) -> dict:
	anonymous = draw(st.booleans())
	form = {
		"kategori": draw(st.sampled_from(("Aspirasi", "Pengaduan", "Pengaduan Berkadar Pengawasan"))),
		"unit_kerja": draw(st.sampled_from(("", *facts.units))),
		"judul": "Layanan kenaikan pangkat lambat",
		"uraian": "Berkas saya diterima bulan lalu tetapi belum ada kabar.",
		"tanggal_kejadian": draw(st.sampled_from(("", "2025-10-01", "2024-02-29"))),
		"anonim": int(anonymous),
		"rahasia": draw(st.sampled_from((0, 1))),
		"nama_pelapor": "Siti Aminah",
		"email_pelapor": "siti.aminah@example.com",
		"telepon_pelapor": "0812 3456 7890",
		"jawaban_tantangan": SOLVED,
		"situs_web": "",
		"persetujuan_privasi": 1,
	}
	return form


@st.composite
def submission(draw, facts: SiteFacts) -> Payload:
	form = draw(valid_form(facts))
	kind = draw(
		st.sampled_from(
			("text",) * 6
			+ ("types",) * 3
			+ ("forged",) * 2
			+ ("challenge",) * 2
			+ ("honeypot", "attachment")
			+ ("attachment", "choice", "envelope")
		)
	)
	challenge_ok, note = True, kind
	if kind == "text":
		for fieldname in draw(st.lists(st.sampled_from(TEXT_FIELDS), min_size=1, max_size=len(TEXT_FIELDS))):
			form[fieldname] = draw(hostile_text())
		if draw(st.booleans()):
			form["email_pelapor"] = draw(st.sampled_from(("", *emails())))
	elif kind == "types":
		for fieldname in draw(st.lists(st.sampled_from((*FORM_FIELDS, "situs_web")), min_size=1, max_size=3)):
			form[fieldname] = draw(wrong_type())
	elif kind == "forged":
		for fieldname in draw(st.lists(st.sampled_from(FORGED_FIELDS), min_size=1, max_size=5)):
			form[fieldname] = draw(any_value())
		form.update(draw(st.dictionaries(plain_text, any_value(), max_size=2)))
	elif kind == "challenge":
		challenge_ok, note = draw(challenge_change(facts, form))
	elif kind == "honeypot":
		form["situs_web"] = draw(st.one_of(hostile_text(), st.just("http://spam.example"), st.just("   ")))
	elif kind == "attachment":
		for fieldname in draw(
			st.lists(st.sampled_from(("lampiran_1", "lampiran_2")), min_size=1, max_size=2)
		):
			form[fieldname] = draw(attachment_value(facts))
	elif kind == "choice":
		for fieldname in draw(st.lists(st.sampled_from(CHOICE_FIELDS), min_size=1, max_size=3)):
			form[fieldname] = draw(choice_value(fieldname))
	else:
		return draw(broken_envelope(form))
	passes = challenge_ok and not honeypot_filled(form.get("situs_web"))
	body = {"web_form": WEB_FORM, "data": json.dumps(form)}
	as_json = draw(st.booleans())
	return Payload(
		"web_form.accept",
		"POST",
		ACCEPT,
		json=body if as_json else None,
		data=None if as_json else body,
		passes_guards=passes,
		note=note,
	)


def emails() -> tuple[str, ...]:
	return (
		"siti@example.com",
		'"<script>window.__xss=1</script>"@example.com',
		"a'onmouseover=window.__xss=1'@example.com",
		"x@example.com<img src=x onerror=window.__xss=1>",
		"javascript:window.__xss=1//@example.com",
		"bukan-email",
		"siti@localhost",
		"x" * 200 + "@example.com",
	)


@st.composite
def challenge_change(draw, facts: SiteFacts, form: dict) -> tuple[bool, str]:
	"""Change the challenge; answer whether the change still passes, as a client's might."""
	change = draw(st.sampled_from(("no-answer", "bad", "hostile", "as-int", "padded", "old-token")))
	if change == "no-answer":
		form.pop("jawaban_tantangan")
	elif change == "bad":
		kind, form["jawaban_tantangan"] = draw(st.sampled_from(facts.bad_answers))
		return False, f"challenge:bad-{kind}"
	elif change == "hostile":
		form["jawaban_tantangan"] = draw(any_value())
	elif change == "as-int":
		form["jawaban_tantangan"] = 12
	elif change == "padded":
		form["jawaban_tantangan"] = f"  {SOLVED} "
		return True, "challenge:padded"
	else:
		# The 0.2.0 arithmetic form's token beside a solved challenge: ignored.
		form["token_tantangan"] = "1800000000." + "ab" * 32
		return True, "challenge:old-token"
	return False, f"challenge:{change}"


def attachment_value(facts: SiteFacts) -> st.SearchStrategy:
	pdf = base64.b64encode(b"%PDF-1.4 bukan pdf").decode()
	return st.one_of(
		st.sampled_from(facts.loose_uploads),
		st.sampled_from(facts.foreign_files),
		st.sampled_from(PATHS),
		st.sampled_from(
			(
				f"data:application/pdf;base64,{pdf}",
				f"bukti.pdf,{pdf}base64",
				f"../../../bukti.pdf,{pdf}base64",
				f"<img src=x onerror=window.__xss=1>.pdf,{pdf}base64",
				"data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==",
				"javascript:window.__xss=1",
				"/private/files/tidak-ada.pdf",
				"/files/tidak-ada.png",
			)
		),
		wrong_type(),
	)


def choice_value(fieldname: str) -> st.SearchStrategy:
	odd = {
		"kategori": ("pengaduan", "Pengaduan ", "Aspirasi\x00", "Semua"),
		"unit_kerja": ("All Departments", "Tidak Ada - PKC", "' OR '1'='1"),
		"tanggal_kejadian": (
			"2026-02-30",
			"9999-12-31",
			"0000-00-00",
			"0001-01-01",
			"01-01-0001",
			"kemarin",
			"31-12-2025",
		),
		"anonim": ("1", "ya", "-1", "1e3"),
		"rahasia": ("0", "tidak", "2"),
	}[fieldname]
	return st.one_of(st.sampled_from(odd), any_value())


@st.composite
def broken_envelope(draw, form: dict) -> Payload:
	"""The request around the form: a forged web form, a body that is not an object, no body."""
	shape = draw(
		st.sampled_from(
			("other-form", "forged-form", "not-json", "not-object", "no-data", "no-form", "get", "raw-json")
		)
	)
	if shape == "raw-json":
		body = draw(
			st.one_of(
				st.sampled_from((b"{not json", b"", b"[1, 2]", b'"x"', b"null")), st.binary(max_size=64)
			)
		)
		return Payload(
			"web_form.accept",
			"POST",
			ACCEPT,
			raw=body,
			note="envelope:raw-json",
		)
	body: dict = {"web_form": WEB_FORM, "data": json.dumps(form)}
	as_json = False
	if shape == "other-form":
		body["web_form"] = draw(st.sampled_from(OTHER_WEB_FORMS))
	elif shape == "forged-form":
		body["web_form"] = draw(any_value())
		as_json = not isinstance(body["web_form"], str) or draw(st.booleans())
	elif shape == "not-json":
		body["data"] = draw(st.one_of(hostile_text(), st.just(json.dumps(form)[:-1])))
	elif shape == "not-object":
		body["data"] = draw(st.one_of(wrong_type(), wrong_type().map(json.dumps)))
		as_json = not isinstance(body["data"], str)
	elif shape == "no-data":
		del body["data"]
	elif shape == "no-form":
		del body["web_form"]
	method = "GET" if shape == "get" else "POST"
	return Payload(
		"web_form.accept",
		method,
		ACCEPT,
		json=body if as_json else None,
		data=None if as_json else body,
		params=body if method == "GET" else None,
		note=f"envelope:{shape}",
	)


UPLOAD_EXTENSIONS = (
	"pdf",
	"png",
	"jpg",
	"jpeg",
	"PDF",
	"txt",
	"csv",
	"docx",
	"html",
	"svg",
	"php",
	"exe",
	"",
)
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="window.__xss=1"><script>window.__xss=1</script></svg>'


@st.composite
def upload(draw, pdf: bytes, png: bytes) -> Payload:
	stem = draw(st.one_of(st.sampled_from(("bukti", "ktp scan")), hostile_text()))
	extension = draw(st.sampled_from(UPLOAD_EXTENSIONS))
	name = f"{stem}.{extension}" if extension else stem
	content = draw(
		st.one_of(
			st.sampled_from((pdf, png, b"", SVG, b"<html><script>window.__xss=1</script></html>")),
			st.binary(max_size=2048),
			st.just(b"%PDF-1.4 bukan pdf"),
		)
	)
	extra = draw(
		st.dictionaries(
			st.sampled_from(
				(
					"doctype",
					"docname",
					"fieldname",
					"is_private",
					"folder",
					"file_url",
					"file_name",
					"method",
					"library_file_name",
					"optimize",
					"max_width",
					"max_height",
					"file_size",
				)
			),
			st.one_of(
				st.sampled_from(
					("User", "Administrator", "Pengaduan Masyarakat", "0", "1", "Home/../..", "-1", "abc")
				),
				st.sampled_from(("frappe.client.delete", "frappe.client.get_list", "/private/files/x.pdf")),
				hostile_text(max_huge=0),
			),
			max_size=4,
		)
	)
	with_file = draw(st.integers(0, 19)) > 0
	return Payload(
		"upload_file",
		"POST",
		UPLOAD,
		data={key: value for key, value in extra.items()},
		files={"file": (name, content)} if with_file else None,
		note="upload" if with_file else "upload:no-file",
	)


@st.composite
def tracking(draw, facts: SiteFacts) -> Payload:
	method = draw(st.sampled_from(("lacak", "lacak", "tanggapi", "tanggapi")))
	args = {}
	if draw(st.booleans()):
		args["kode"], args["rahasia"] = draw(st.sampled_from(facts.tracking))
		if draw(st.booleans()):
			args[draw(st.sampled_from(("kode", "rahasia")))] = draw(any_value())
	else:
		args["kode"], args["rahasia"] = draw(any_value()), draw(any_value())
	if method == "tanggapi":
		args["aksi"] = draw(st.one_of(st.sampled_from(("terima", "buka_kembali")), any_value()))
		args["tanggapan"] = draw(any_value())
	for name in draw(st.lists(st.sampled_from(tuple(args)), max_size=1)):
		del args[name]
	as_json = draw(st.booleans()) or any(not isinstance(value, str) for value in args.values())
	verb = draw(st.sampled_from(("POST",) * 9 + ("GET",)))
	return Payload(
		f"pengaduan.{method}",
		verb,
		API + method,
		json=args if as_json and verb == "POST" else None,
		data=None if as_json or verb == "GET" else args,
		params={key: str(value) for key, value in args.items()} if verb == "GET" else None,
		note=method,
	)


@st.composite
def guest_api(draw) -> Payload:
	"""The form's two GET helpers, methods nobody whitelisted, and the REST API as a guest."""
	path = draw(
		st.sampled_from(
			(
				API + "get_tantangan",
				API + "daftar_unit_kerja",
				API + "public_view",
				API + "_find",
				"/api/method/asn_merit.api.pengaduan",
				"/api/resource/Pengaduan Masyarakat",
				"/api/resource/File",
				"/api/method/frappe.client.get_list",
				"/api/method/frappe.website.doctype.web_form.web_form.get_form_data",
			)
		)
	)
	verb = draw(st.sampled_from(("GET", "GET", "POST")))
	params = draw(
		st.dictionaries(
			st.one_of(
				st.sampled_from(("doctype", "fields", "filters", "web_form_name", "name", "cmd")), plain_text
			),
			st.one_of(hostile_text(max_huge=0), st.just('["*"]'), st.just("Pengaduan Masyarakat")),
			max_size=3,
		)
	)
	return Payload(
		"guest_api",
		verb,
		path,
		params=params if verb == "GET" else None,
		data=params if verb == "POST" else None,
		note=path.rsplit("/", 1)[-1],
	)


@st.composite
def page(draw, facts: SiteFacts) -> Payload:
	base = draw(
		st.sampled_from(
			(
				"/pengaduan-masyarakat",
				"/pengaduan-masyarakat/new",
				"/pengaduan-masyarakat/list",
				"/lacak-pengaduan",
				"/seleksi-terbuka",
				*[f"/{route}" for route in facts.seleksi_routes],
				"/seleksi-terbuka/",
				"/app/pengaduan-masyarakat",
				"/printview",
				*[url for url in facts.foreign_files],
			)
		)
	)
	suffix = draw(st.one_of(st.just(""), st.sampled_from(PATHS), st.sampled_from(SCRIPTS), plain_text))
	path = base + ("/" + suffix if suffix else "")
	params = draw(
		st.dictionaries(
			st.one_of(
				st.sampled_from(("name", "new", "_lang", "doctype", "format", "route", "q", "kode")),
				plain_text,
			),
			st.one_of(hostile_text(max_huge=0), st.just("Pengaduan Masyarakat")),
			max_size=3,
		)
	)
	sent = [
		text for text in (suffix, *params.keys(), *params.values()) if isinstance(text, str) and "<" in text
	]
	return Payload("page", "GET", path, params=params, note=base, sent=sent)
