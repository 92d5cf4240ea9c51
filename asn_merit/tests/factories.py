"""Test data with sensible defaults; pass only what a test is about."""

import random
import time
from datetime import date

import frappe
from frappe.utils import getdate

from asn_merit.merit.nip import JenisKelamin, build_ni_pppk, build_nip
from asn_merit.tests.bootstrap import TEST_COMPANY

_serials = iter(range(1, 1000))


def make_nip(
	tanggal_lahir: date = date(1985, 3, 12),
	tmt_cpns: date = date(2010, 1, 1),
	jenis_kelamin: JenisKelamin = JenisKelamin.LAKI_LAKI,
	nomor_urut: int | None = None,
) -> str:
	return build_nip(tanggal_lahir, tmt_cpns, jenis_kelamin, nomor_urut or next(_serials))


def make_pppk(**fields):
	"""An inserted PPPK with a nomor induk PPPK that agrees with its birth date and gender."""
	values = {"status_kepegawaian": "PPPK", "grade": "IX", "date_of_joining": "2022-01-01"}
	values.update(fields)
	values.setdefault(
		"nip",
		build_ni_pppk(
			date(1985, 3, 12), getdate(values["date_of_joining"]).year, JenisKelamin.LAKI_LAKI, next(_serials)
		),
	)
	return make_employee_asn(**values)


def make_employee_asn(**fields):
	"""An unsaved-then-inserted Employee whose NIP agrees with its birth date and gender."""
	values = {
		"doctype": "Employee",
		"first_name": "Budi",
		"last_name": "Santoso",
		"gender": "Male",
		"date_of_birth": "1985-03-12",
		"date_of_joining": "2010-01-01",
		"company": TEST_COMPANY,
		"status": "Active",
	}
	values.update(fields)
	if "nip" not in fields:
		jenis_kelamin = JenisKelamin.PEREMPUAN if values["gender"] == "Female" else JenisKelamin.LAKI_LAKI
		values["nip"] = make_nip(getdate(values["date_of_birth"]), jenis_kelamin=jenis_kelamin)
	return frappe.get_doc(values).insert()


def bkpsdm_unit() -> str:
	return frappe.db.get_value(
		"Department", {"department_name": "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"}
	)


def make_jabatan(nama_jabatan: str, **fields):
	values = {
		"doctype": "Jabatan",
		"nama_jabatan": nama_jabatan,
		"unit_kerja": bkpsdm_unit(),
		"jenis_jabatan": "Pelaksana",
		"kebutuhan": 1,
	}
	values.update(fields)
	return frappe.get_doc(values).insert()


def make_user(email: str, *roles: str) -> str:
	if not frappe.db.exists("User", email):
		user = frappe.get_doc({"doctype": "User", "email": email, "first_name": email.split("@")[0]})
		user.insert(ignore_permissions=True)
	user = frappe.get_doc("User", email)
	user.add_roles(*roles)
	return email


def make_employee_with_user(email: str, **fields):
	"""An ASN who logs in: a User with the Employee role, linked from the Employee."""
	make_user(email, "Employee")
	return make_employee_asn(user_id=email, first_name=email.split("@")[0].title(), **fields)


def make_penilaian_kinerja(employee: str, **fields):
	values = {
		"doctype": "Penilaian Kinerja",
		"employee": employee,
		"tahun": 2025,
		"periode": "Tahunan",
		"hasil_kerja": [
			{
				"jenis_rhk": "Utama",
				"rhk": "Terlaksananya layanan mutasi pegawai tepat waktu",
				"aspek": "Kuantitas",
				"indikator": "Jumlah usulan mutasi yang diproses",
				"target": "120 usulan",
			}
		],
	}
	values.update(fields)
	return frappe.get_doc(values).insert()


def pdf_bytes(size: int = 0) -> bytes:
	"""A valid one-page PDF of at least `size` bytes (Frappe parses every uploaded PDF)."""
	import io

	from pypdf import PdfWriter

	writer = PdfWriter()
	writer.add_blank_page(width=595, height=842)
	if size:
		writer.add_metadata({"/Keterangan": "x" * size})
	buffer = io.BytesIO()
	writer.write(buffer)
	return buffer.getvalue()


def solved_challenge(challenge: dict | None = None, wrong: bool = False) -> str:
	"""What ALTCHA's widget sends for `challenge` (by default a new one of this site's), as base64,
	found by the altcha package's own solver; `wrong` sends the number after the solution."""
	import altcha

	from asn_merit.pengaduan.public_form import new_challenge

	challenge = challenge or new_challenge()
	solution = altcha.solve_challenge_v1(
		challenge["challenge"], challenge["salt"], challenge["algorithm"], challenge["maxnumber"]
	)
	number = solution.number + 1 if wrong else solution.number
	return altcha.PayloadV1(
		challenge["algorithm"],
		challenge["challenge"],
		number,
		challenge["salt"],
		challenge["signature"],
	).to_base64()


def public_form_data(**fields) -> dict:
	"""What the public complaint form posts: valid answers, including a solved challenge of its own
	(each is accepted once); pass `jawaban_tantangan` to send another."""
	values = {
		"kategori": "Pengaduan",
		"unit_kerja": bkpsdm_unit(),
		"judul": "Layanan kenaikan pangkat lambat",
		"uraian": "Berkas saya diterima bulan lalu tetapi belum ada kabar.",
		"tanggal_kejadian": "2026-10-01",
		"nama_pelapor": "Siti Aminah",
		"email_pelapor": "siti.aminah@example.com",
		"telepon_pelapor": "0812 3456 7890",
		"situs_web": "",
		"persetujuan_privasi": 1,
	}
	values.update(fields)
	if "jawaban_tantangan" not in fields:
		values["jawaban_tantangan"] = solved_challenge()
	return values


def make_pengaduan(**fields):
	"""A complaint recorded at the desk (e.g. taken by phone) by the current user."""
	values = public_form_data(jawaban_tantangan=None, **fields)
	return frappe.get_doc({"doctype": "Pengaduan Masyarakat", **values}).insert()


def set_pengaduan_settings(test_case, **values) -> None:
	"""Save these Pengaduan Settings for one test (committed: a served site reads them too) and put
	the previous values back after it."""
	settings = frappe.get_doc("Pengaduan Settings")
	previous = {fieldname: settings.get(fieldname) for fieldname in values}

	def save(changes):
		doc = frappe.get_doc("Pengaduan Settings")
		doc.update(changes)
		doc.save(ignore_permissions=True)
		frappe.db.commit()

	save(values)
	test_case.addCleanup(save, previous)


# What a Kepala Bidang of the neighbouring regency declares when applying to an open selection.
PELAMAR_LUAR_DECLARED = {
	"nama_pelamar_luar": "Siti Rahmawati",
	"nip_pelamar_luar": "197501012000032001",
	"instansi_asal": "Pemerintah Kabupaten Tetangga",
	"jabatan_sekarang": "Kepala Bidang Mutasi",
	"jenis_jabatan_sekarang": "Administrator",
	"tmt_jabatan_sekarang": "2019-01-02",
	"golongan_pelamar_luar": "IV/b",
	"tmt_golongan_pelamar_luar": "2021-04-01",
	"pendidikan_pelamar_luar": "S2",
	"predikat_tahun_lalu": "Baik",
	"predikat_dua_tahun_lalu": "Sangat Baik",
}
