"""Size and type limits on a complaint's attachments, returning a reason in Bahasa Indonesia.

Guests upload before the complaint exists; the controller refuses the complaint when a file it
links breaks these limits. Limits come from the settings; these are the defaults.
"""

from pathlib import PurePosixPath

DEFAULT_ALLOWED_EXTENSIONS = frozenset({"pdf", "jpg", "jpeg", "png"})
DEFAULT_MAX_BYTES = 5 * 1024 * 1024


def attachment_problem(
	filename: str,
	size: int,
	allowed_extensions=DEFAULT_ALLOWED_EXTENSIONS,
	max_bytes: int = DEFAULT_MAX_BYTES,
) -> str | None:
	"""None when the file is acceptable, else a polite reason to show the citizen."""
	extension = PurePosixPath(str(filename or "")).suffix.lower().lstrip(".")
	if extension not in allowed_extensions:
		allowed = ", ".join(sorted(allowed_extensions))
		return f"Jenis berkas tidak diterima. Gunakan berkas {allowed}."
	if size > max_bytes:
		return f"Berkas terlalu besar. Ukuran paling besar {max_bytes // (1024 * 1024)} MB."
	return None
