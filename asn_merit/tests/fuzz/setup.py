"""Records the payloads point at (answered complaints, loose uploads, other people's files), and
their removal with everything the run stored."""

from datetime import datetime, timedelta, timezone

import altcha

import frappe
from frappe.utils import today

from asn_merit.pengaduan.public_form import challenge_secret, claim, new_challenge, verified_payload
from asn_merit.tests.factories import bkpsdm_unit, make_pengaduan, pdf_bytes, solved_challenge

from .payloads import UPLOAD, SiteFacts

DOCTYPE = "Pengaduan Masyarakat"
PNG = bytes.fromhex(
	"89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
	"0000000d49444154789c6360000002000100ffff03000006000557bfabd40000000049454e44ae426082"
)


def prepare(server, answered: int, uploads: int) -> tuple[SiteFacts, dict[str, set[str]]]:
	"""The facts payloads draw on, and the names of the records made for them (to remove later)."""
	made: dict[str, set[str]] = {DOCTYPE: set(), "File": set()}
	facts = SiteFacts(
		units=tuple(frappe.get_all("Department", filters={"is_group": 0}, pluck="name", limit=5))
		or (bkpsdm_unit(),),
		bad_answers=bad_answers(),
		loose_uploads=tuple(_upload(server, n, made) for n in range(uploads)),
		foreign_files=_foreign_files(made),
		tracking=tuple(_answered_complaint(n, made) for n in range(answered)),
		seleksi_routes=tuple(
			frappe.get_all("Seleksi Terbuka", filters={"dipublikasikan": 1}, pluck="route", limit=3)
		)
		or ("seleksi-terbuka/st-2026-00001",),
	)
	return facts, made


def bad_answers() -> tuple[str, ...]:
	"""ALTCHA payloads that solve their challenge yet must be refused: expired, signed with another
	key, a wrong number, and one already used."""
	now = datetime.now(timezone.utc)
	expired = altcha.create_challenge_v1(
		max_number=1000, hmac_key=challenge_secret(), expires=now - timedelta(minutes=1)
	)
	forged = altcha.create_challenge_v1(
		max_number=1000, hmac_key="kunci-orang-lain", expires=now + timedelta(hours=1)
	)
	answers = [
		(kind, solved_challenge({**c.to_dict(), "maxnumber": c.max_number}))
		for kind, c in (("expired", expired), ("forged", forged))
	]
	answers.append(("wrong-number", solved_challenge(new_challenge(), wrong=True)))
	used = solved_challenge()
	if not claim(verified_payload(used)):
		raise RuntimeError("a fresh challenge could not be claimed")
	frappe.db.commit()  # the claim stays: nothing rolls it back
	answers.append(("used", used))
	return tuple(answers)


def _upload(server, n: int, made: dict) -> str:
	name, content = (f"bukti-fuzz-{n}.pdf", pdf_bytes()) if n % 2 else (f"foto-fuzz-{n}.png", PNG)
	response = server.post(UPLOAD, f"192.0.2.{n % 250 + 1}", files={"file": (name, content)})
	response.raise_for_status()
	made["File"].add(response.json()["message"]["name"])
	return response.json()["message"]["file_url"]


def _foreign_files(made: dict) -> tuple[str, ...]:
	"""A private file of the Administrator and one attached to a complaint: no guest may claim them."""
	urls = []
	for doctype, name in (("User", "Administrator"), (DOCTYPE, _answered_complaint(99, made, name=True))):
		file = frappe.get_doc(
			{
				"doctype": "File",
				"file_name": f"rahasia-{frappe.generate_hash(length=6)}.pdf",
				"content": pdf_bytes(),
				"is_private": 1,
				"attached_to_doctype": doctype,
				"attached_to_name": name,
			}
		).insert(ignore_permissions=True)
		made["File"].add(file.name)
		urls.append(file.file_url)
	frappe.db.commit()
	return tuple(urls)


def _answered_complaint(n: int, made: dict, name: bool = False):
	"""A complaint answered by the unit, waiting for the complainant's response."""
	doc = make_pengaduan(judul=f"Pengaduan terjawab untuk uji masukan {n}")
	secret = doc.rahasia_pelacakan
	doc.db_set(
		{"status": "Dijawab", "jawaban_publik": "Berkas Anda sudah diproses.", "tanggal_dijawab": today()}
	)
	frappe.db.commit()
	made[DOCTYPE].add(doc.name)
	return doc.name if name else (doc.kode_lacak, secret)


def remove(names: dict[str, set[str]]) -> None:
	"""Delete what the run stored: complaints (with their files) first, then loose files."""
	frappe.db.rollback()
	frappe.flags.in_test = True
	complaints = list(names.get(DOCTYPE, ())) or [""]
	# What their notifications and routing left; deleting a complaint only unlinks these.
	for doctype, child, reference in (
		("Email Queue", "Email Queue Recipient", "reference_doctype"),
		("Communication", "Communication Link", "reference_doctype"),
		("ToDo", None, "reference_type"),
	):
		rows = frappe.get_all(
			doctype, filters={reference: DOCTYPE, "reference_name": ("in", complaints)}, pluck="name"
		)
		if child:
			frappe.db.delete(child, {"parent": ("in", rows or [""])})
		frappe.db.delete(doctype, {"name": ("in", rows or [""])})
	for name in names.get(DOCTYPE, ()):
		if frappe.db.exists(DOCTYPE, name):
			frappe.delete_doc(DOCTYPE, name, force=True, ignore_permissions=True, delete_permanently=True)
	for name in names.get("File", ()):
		if frappe.db.exists("File", name):
			frappe.delete_doc("File", name, force=True, ignore_permissions=True, delete_permanently=True)
	frappe.db.commit()
