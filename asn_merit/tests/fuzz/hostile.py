"""Hostile values: scripts, SQL, path tricks, odd unicode, wrong types, sizes no form would send.

Every script here sets `window.__xss` (or calls alert), so a browser that ran one shows it.
"""

from hypothesis import strategies as st

MARKER = "__xss"

SCRIPTS = (
	"<script>window.__xss=1;alert(1)</script>",
	'<img src=x onerror="window.__xss=1;alert(1)">',
	"<img src=x onerror=window.__xss=1;alert(1)//",  # never closed: survives a tag stripper
	"<svg onload=window.__xss=1;alert(1)>",
	"<svg/onload=window.__xss=1>",
	"<svg><script>window.__xss=1</script></svg>",
	'<a href="javascript:window.__xss=1;alert(1)">klik</a>',
	"javascript:window.__xss=1;alert(1)",
	'"><script>window.__xss=1</script>',
	"'><img src=x onerror=window.__xss=1>",
	'<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
	"<scr<script>ipt>window.__xss=1</scr</script>ipt>",
	"&lt;img src=x onerror=window.__xss=1&gt;",
	"<details open ontoggle=window.__xss=1>",
	"<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>",
	"<body onload=window.__xss=1>",
	"<input autofocus onfocus=window.__xss=1>",
	'<!--<img src="--><img src=x onerror=window.__xss=1//">',
	"<<img src=x onerror=window.__xss=1>>",
	"{{ frappe.db.sql('select 1') }} {{7*191}} {% raw %}",
	"${window.__xss=1}",
	"[klik](javascript:window.__xss=1)",
	'" onmouseover="window.__xss=1" x="',
)
SQL = (
	"' OR '1'='1",
	"'; DROP TABLE `tabPengaduan Masyarakat`; --",
	"1 UNION SELECT name, password FROM __Auth --",
	"' AND SLEEP(5) -- ",
	"%",
	"_%_",
	"\\",
	"\\'",
	"`",
	"admin'--",
	"1; UPDATE tabUser SET enabled=0",
)
PATHS = (
	"../../../../etc/passwd",
	"..\\..\\..\\windows\\win.ini",
	"/private/files/../../site_config.json",
	"%2e%2e%2f%2e%2e%2fsite_config.json",
	"file:///etc/passwd",
	"/files/",
	"//evil.example/x.png",
	"http://169.254.169.254/latest/meta-data/",
	"bukti.pdf\x00.php",
	".htaccess",
	"CON",
	"/private/files/",
	"....//....//site_config.json",
)
UNICODE = (
	"\u202egpj.exe",  # right-to-left override
	"\u200b\u200d\ufeff",
	"Ｓｃｒｉｐｔ",
	"😀" * 5,
	"\U0001f4a9",
	"e\u0301" * 40,  # combining accents
	"\ud800",  # a lone surrogate: not encodable as UTF-8
	"\x00",
	"\r\n\r\nSet-Cookie: x=1",
	"\t\v\f",
	"العربية",
	"中文字符",
	"ꦱꦼꦫꦠ꧀",  # Javanese script
)
ATOMS = SCRIPTS + SQL + PATHS + UNICODE

# Text as a citizen's browser could send it: printable, any script, no surrogates.
plain_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)


def huge_text() -> st.SearchStrategy[str]:
	"""Built by repetition: drawing a megabyte character by character would take minutes."""
	return st.builds(
		lambda atom, times: atom * times, st.sampled_from((*ATOMS, "A")), st.integers(200, 20000)
	)


@st.composite
def mixed_text(draw) -> str:
	parts = draw(st.lists(st.one_of(st.sampled_from(ATOMS), plain_text), min_size=1, max_size=3))
	return "".join(parts)


def hostile_text(max_huge: int = 1) -> st.SearchStrategy[str]:
	"""Mostly short (so a Data field may accept it), now and then far too long."""
	return st.one_of(
		st.sampled_from(ATOMS),
		st.sampled_from(SCRIPTS),
		plain_text,
		mixed_text(),
		mixed_text(),
		*[huge_text()] * max_huge,
	)


def wrong_type() -> st.SearchStrategy:
	return st.one_of(
		st.none(),
		st.booleans(),
		st.integers(-(2**70), 2**70),
		st.floats(allow_nan=True, allow_infinity=True),
		st.lists(st.one_of(st.integers(), plain_text), max_size=3),
		st.dictionaries(plain_text, st.one_of(st.integers(), plain_text), max_size=2),
		st.just({"$gt": ""}),
		st.just([["Pengaduan"]]),
	)


def any_value() -> st.SearchStrategy:
	return st.one_of(hostile_text(), hostile_text(max_huge=0), wrong_type())


def wire(value):
	"""A form field or file name as bytes, so a lone surrogate reaches the server as it is."""
	if isinstance(value, str):
		return value.encode("utf-8", "surrogatepass")
	return value
