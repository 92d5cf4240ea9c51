"""Guards for a complaint that arrives through the public web form.

Guests post straight into the Web Form's `accept`, which inserts with permissions ignored; this
module is the security boundary the controller calls for such an insert. Frappe ships no captcha
and many regency servers cannot reach one, so the form carries a server-signed sum
(merit.challenge) and a honeypot field that people never see and bots fill in.
"""

import time

import frappe
from frappe import _
from frappe.utils.password import get_encryption_key

from asn_merit.merit.challenge import Challenge, check_challenge, make_challenge

ATTACHMENT_FIELDS = ("lampiran_1", "lampiran_2")
# Filled by the form and never stored: the controller empties them before the row is written.
TRANSIENT_FIELDS = ("situs_web", "token_tantangan", "jawaban_tantangan")


def challenge_secret() -> str:
	# The site's own encryption key: present on every site, never sent to a browser.
	return "pengaduan-challenge:" + get_encryption_key()


def new_challenge() -> Challenge:
	return make_challenge(challenge_secret(), int(time.time()))


def check_public_submission(doc) -> None:
	if str(doc.situs_web or "").strip():
		frappe.throw(
			_("Pengaduan tidak dapat diterima. Muat ulang halaman lalu kirim kembali pengaduan Anda."),
			title=_("Pengaduan ditolak"),
		)
	if not check_challenge(
		challenge_secret(), doc.token_tantangan or "", doc.jawaban_tantangan or "", int(time.time())
	):
		frappe.throw(
			_(
				"Jawaban pertanyaan pengaman salah atau sudah kedaluwarsa. "
				"Muat ulang halaman, lalu jawab pertanyaan yang baru."
			),
			title=_("Pertanyaan pengaman"),
		)


def clear_transient_fields(doc) -> None:
	for fieldname in TRANSIENT_FIELDS:
		doc.set(fieldname, None)
