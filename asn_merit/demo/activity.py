"""What goes on in the demo regency: complaints over the past year, an open selection taking
applications, and promotion proposals in every workflow state."""

import random
from datetime import timedelta
from io import BytesIO

from pypdf import PdfWriter

import frappe
from frappe.model.workflow import apply_workflow
from frappe.utils import add_days, getdate, today

from asn_merit.demo import bulk
from asn_merit.demo.catalogue import COMPLAINT_SUBJECTS
from asn_merit.demo.people import Pegawai
from asn_merit.inputs.pengaduan_settings import get_day_counts, get_holidays
from asn_merit.merit import pengaduan_flow as flow
from asn_merit.merit.pangkat import is_golongan, next_golongan
from asn_merit.merit.pengaduan_deadlines import CATEGORIES, compute_deadlines
from asn_merit.merit.tracking import CODE_ALPHABET, CODE_LENGTH, hash_secret

CATEGORY_WEIGHTS = (15, 60, 10, 15)  # aspirasi, pengaduan, berkadar pengawasan, informasi


def make_complaints(rng: random.Random, units: list[str], people: list[Pegawai], count: int) -> int:
	days, holidays = get_day_counts(), get_holidays()
	now = getdate(today())
	codes: set[str] = set()
	rows = []
	for _index in range(count):
		received = now - timedelta(days=int(rng.expovariate(1 / 90)) % 365)
		category = rng.choices(CATEGORIES, weights=CATEGORY_WEIGHTS)[0]
		deadlines = compute_deadlines(category, received, days, holidays)
		named = rng.choice(people) if people and rng.random() < 0.15 else None
		rows.append(_complaint(rng, received, category, deadlines, now, rng.choice(units), named, codes))
	for year in sorted({row["tanggal_diterima"].year for row in rows}):
		mine = [row for row in rows if row["tanggal_diterima"].year == year]
		for row, name in zip(
			mine, bulk.reserve_names(f"PGD-{year}-", len(mine), key=bulk.FORMAT_COUNTER), strict=True
		):
			row["name"] = name
	bulk.insert("Pengaduan Masyarakat", rows)
	return len(rows)


def _complaint(rng, received, category, deadlines, now, unit, named, codes) -> dict:
	age = (now - received).days
	status = _status(rng, age)
	anonymous = rng.random() < 0.2
	answered = status in (flow.DIJAWAB, flow.SELESAI)
	return {
		"kategori": category,
		"judul": rng.choice(COMPLAINT_SUBJECTS),
		"unit_kerja": unit,
		"uraian": "Laporan warga (data contoh).",
		"anonim": int(anonymous),
		"rahasia": int(not anonymous and rng.random() < 0.2),
		"nama_pelapor": None if anonymous else "Warga Contoh",
		"telepon_pelapor": None if anonymous else f"0812{rng.randint(10_000_000, 99_999_999)}",
		"status": status,
		"kode_lacak": _code(rng, codes),
		"hash_rahasia": hash_secret(f"demo-{rng.random()}"),
		"jumlah_dibuka_kembali": 0,
		"tanggal_diterima": received,
		"batas_verifikasi": deadlines.verifikasi,
		"batas_penyelesaian": deadlines.penyelesaian,
		"tanggal_dijawab": received + timedelta(days=min(age, rng.randint(2, 20))) if answered else None,
		"tanggal_selesai": received + timedelta(days=min(age, rng.randint(5, 30)))
		if status == flow.SELESAI
		else None,
		"jawaban_publik": "Telah ditindaklanjuti oleh unit kerja terkait." if answered else None,
		"employee": named.name if named else None,
		"employee_name": named.employee_name if named else None,
		"hasil_pemeriksaan": ("Terbukti" if rng.random() < 0.3 else "Tidak Terbukti")
		if named and status == flow.SELESAI
		else None,
		"docstatus": 0,
	}


def _status(rng: random.Random, age: int) -> str:
	if age > 45:
		return rng.choices((flow.SELESAI, flow.BUKAN_KEWENANGAN, flow.DIJAWAB), weights=(88, 7, 5))[0]
	if age > 10:
		return rng.choice((flow.DIDISPOSISIKAN, flow.DIJAWAB, flow.SELESAI, flow.TIDAK_LENGKAP))
	return rng.choice((flow.DITERIMA, flow.TERVERIFIKASI, flow.DIDISPOSISIKAN))


def _code(rng: random.Random, used: set[str]) -> str:
	while (code := "".join(rng.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))) in used:
		pass
	used.add(code)
	return code


def make_open_selection(rng: random.Random, people: list[Pegawai]) -> str:
	"""A Seleksi Terbuka for two JPT posts, announced today, with applications coming in."""
	held = {p.jabatan for p in people}
	jpt = frappe.get_all("Jabatan", filters={"jenis_jabatan": "JPT Pratama"}, pluck="name", order_by="name")
	posts = sorted(jpt, key=lambda name: name in held)[:2]  # vacant posts first
	panel = [_user(f"pansel{n}@kabupaten-contoh.go.id", f"Anggota Pansel {n}") for n in range(1, 6)]
	evidence = _file("rekomendasi-demo.pdf")
	seleksi = frappe.get_doc(
		{
			"doctype": "Seleksi Terbuka",
			"judul": f"Seleksi Terbuka JPT Pratama {getdate(today()).year}",
			"dasar_hukum": "PP 11/2017 jo. PP 17/2020; PermenPANRB 15/2019",
			"rekomendasi_pengawas": evidence,
			"batas_lamaran": add_days(today(), 20),
			"kontak_sekretariat": "Sekretariat Pansel, BKPSDM Kabupaten Contoh",
			"jabatan": [{"jabatan": name} for name in posts],
			"panitia": [
				{"user": user, "peran": "Ketua" if i == 0 else "Anggota"} for i, user in enumerate(panel)
			],
			"dipublikasikan": 1,
		}
	).insert(ignore_permissions=True)
	applicants = [p for p in people if p.template.jenis == "Administrator"]
	for pegawai in rng.sample(applicants, min(8, len(applicants))):
		frappe.get_doc(
			{
				"doctype": "Lamaran Seleksi Terbuka",
				"seleksi_terbuka": seleksi.name,
				"jabatan": rng.choice(posts),
				"employee": pegawai.name,
				"rekomendasi_ppk": evidence,
			}
		).insert(ignore_permissions=True)
	return seleksi.name


# The steps that bring a proposal to each state, with what each step needs written.
STEPS = {
	"Draft": (),
	"Diajukan": ("Ajukan",),
	"Diverifikasi BKPSDM": ("Ajukan", "Verifikasi"),
	"Dipertimbangkan Tim Penilai Kinerja": ("Ajukan", "Verifikasi", "Pertimbangkan"),
	"Disetujui PPK": ("Ajukan", "Verifikasi", "Pertimbangkan", "Setujui"),
	"Ditetapkan": ("Ajukan", "Verifikasi", "Pertimbangkan", "Setujui", "Tetapkan"),
	"Dikembalikan": ("Ajukan", "Kembalikan"),
	"Ditolak": ("Ajukan", "Verifikasi", "Tolak"),
}
NOTES = {
	"Kembalikan": {"catatan_pengembalian": "Lengkapi SKP dua tahun terakhir."},
	"Tolak": {"alasan_penolakan": "Belum memenuhi masa kerja dalam pangkat."},
	"Pertimbangkan": {"rekomendasi_tim_penilai": "Direkomendasikan: kinerja Sangat Baik dua tahun terakhir."},
	"Tetapkan": {"nomor_sk": "800/DEMO/BKPSDM"},  # and tanggal_sk: the day it runs
}


def make_proposals(rng: random.Random, people: list[Pegawai]) -> dict[str, str]:
	"""One rank-promotion proposal (pilihan) in every workflow state."""
	candidates = [p for p in people if is_golongan(p.grade) and next_golongan(p.grade) and p.template.eselon]
	made = {}
	for state, pegawai in zip(STEPS, rng.sample(candidates, min(len(STEPS), len(candidates))), strict=False):
		doc = frappe.get_doc(
			{
				"doctype": "Usulan Promosi",
				"employee": pegawai.name,
				"jenis": "Kenaikan Pangkat Pilihan",
				"dasar": "Kelompok Rencana Suksesi",
				"golongan_tujuan": next_golongan(pegawai.grade).kode,
				"tmt": today(),
			}
		).insert(ignore_permissions=True)
		for action in STEPS[state]:
			if action in NOTES:
				doc = frappe.get_doc("Usulan Promosi", doc.name)
				doc.update(NOTES[action])
				if action == "Tetapkan":
					doc.tanggal_sk = today()
				doc.save(ignore_permissions=True)
			doc = apply_workflow(frappe.get_doc("Usulan Promosi", doc.name).as_dict(), action)
		made[state] = doc.name
	return made


def _user(email: str, first_name: str) -> str:
	if not frappe.db.exists("User", email):
		frappe.get_doc(
			{"doctype": "User", "email": email, "first_name": first_name, "send_welcome_email": 0}
		).insert(ignore_permissions=True)
	return email


def _file(file_name: str) -> str:
	existing = frappe.db.get_value("File", {"file_name": file_name}, "file_url")
	if existing:
		return existing
	writer = PdfWriter()  # a blank page: a real, readable PDF that passes the upload checks
	writer.add_blank_page(width=595, height=842)
	buffer = BytesIO()
	writer.write(buffer)
	content = buffer.getvalue()
	return (
		frappe.get_doc({"doctype": "File", "file_name": file_name, "content": content, "is_private": 1})
		.insert(ignore_permissions=True)
		.file_url
	)
