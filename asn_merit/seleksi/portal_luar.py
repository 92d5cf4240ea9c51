"""What an outside candidate (a Website User, not an Employee here) may do and see on the portal.

They see their own applications only: status, the eligibility result and the scores of stages
already closed (closing a stage writes them; the public page publishes the same figures).
"""

import frappe
from frappe import _

from asn_merit.inputs.settings import get_settings
from asn_merit.seleksi.published_scores import with_stage_scores

DOCTYPE = "Lamaran Seleksi Terbuka"
LIST_FIELDS = (
	"name",
	"seleksi_terbuka",
	"jabatan",
	"status",
	"memenuhi_syarat",
	"hasil_kelayakan",
	"tahap_terakhir",
	"nilai_akumulasi",
	"peringkat",
	"creation",
)


def is_email_verified(user: str) -> bool:
	"""Whether the user has proven they hold their email address.

	Frappe v15 keeps no "email verified" flag. `sign_up` gives a new Website User a random
	password nobody is told and emails a link with a reset key; `update_password` stamps
	`last_password_reset_date` when that key (or the old password) sets the password. A
	signed-up candidate can only log in with a password through that link, so the stamp is the
	proof: a user who has logged in with a password set this way is verified. A user an
	administrator created with a password has proven nothing and is refused until they set
	their own password through the emailed link (Lupa kata sandi)."""
	return bool(frappe.db.get_value("User", user, "last_password_reset_date"))


def require_verified_applicant() -> str:
	user = frappe.session.user
	if user == "Guest":
		frappe.throw(_("Masuk terlebih dahulu untuk melamar."), frappe.PermissionError)
	if not get_settings().terima_pelamar_luar:
		frappe.throw(
			_("Lamaran dari ASN instansi lain tidak dibuka melalui portal ini."), frappe.PermissionError
		)
	if frappe.db.exists("Employee", {"user_id": user}):
		frappe.throw(
			_("Anda terdaftar sebagai pegawai kabupaten ini: lamar melalui Portal ASN."),
			frappe.PermissionError,
		)
	if not is_email_verified(user):
		frappe.throw(
			_(
				"Alamat surel Anda belum terverifikasi. Buka tautan yang dikirim ke surel Anda dan "
				"tetapkan kata sandi, lalu lamar kembali."
			),
			frappe.PermissionError,
		)
	return user


def applications_of(user: str) -> list[dict]:
	rows = frappe.get_all(
		DOCTYPE,
		filters={"user": user, "pelamar_luar": 1},
		fields=list(LIST_FIELDS),
		order_by="creation desc",
		ignore_permissions=True,  # filtered to the user's own rows here
	)
	return with_stage_scores(rows)


def own_application(user: str, name: str) -> dict:
	"""The user's own application, or a 403 for anyone else's (and for a name that does not
	exist: the answer must not tell which names exist)."""
	for row in applications_of(user):
		if row.name == name:
			return row
	raise frappe.PermissionError(_("Anda tidak berhak melihat lamaran ini."))
