"""A small regency for the permission matrix: one user per persona, the Employee records that make
them appraisee, rater, pejabat penilai, head of unit or panel member, and sample records of every
DocType of ours, each tagged with the row scopes it falls in for each persona.

Sample records are written straight to the database: the rules under test read only their fields,
and the flows that make such records (appraisal, selection, complaint) have their own tests.
"""

from dataclasses import dataclass, field
from functools import cached_property

import frappe

from asn_merit.seleksi.panel import NO_CONFLICT
from asn_merit.tests.bootstrap import TEST_COMPANY
from asn_merit.tests.factories import (
	bkpsdm_unit,
	make_employee_asn,
	make_jabatan,
	make_penilaian_kinerja,
	make_user,
)
from asn_merit.tests.permission_matrix import (
	ASN,
	ASN_NO_USER_PERMISSION,
	ATASAN,
	BKPSDM,
	KEPALA_UNIT,
	PANSEL,
	PEER,
	PENGHUBUNG,
	PENILAI,
	PERSONAS,
	ROW_SCOPES,
	TIM_PENILAI,
)

EVERYONE = "*"  # a tag that holds for every persona
OTHER_UNIT = "Dinas Kependudukan dan Pencatatan Sipil"
OVERSIGHT = "Pengaduan Berkadar Pengawasan"


@dataclass
class Sample:
	doctype: str
	name: str
	label: str
	tags: dict[str, set[str]] = field(default_factory=dict)

	def __post_init__(self):
		for persona, scopes in self.tags.items():
			assert persona in PERSONAS or persona == EVERYONE, persona
			assert scopes <= set(ROW_SCOPES), scopes

	def scopes(self, persona: str) -> set[str]:
		return self.tags.get(persona, set()) | self.tags.get(EVERYONE, set())

	@cached_property
	def doc(self):
		return frappe.get_doc(self.doctype, self.name)


def put(values: dict) -> str:
	"""Insert a record and its child rows as they are, without controller or permission checks."""
	doc = frappe.get_doc(values)
	doc.set_new_name()
	doc.set_parent_in_children()
	doc.db_insert()
	for child in doc.get_all_children():
		child.db_insert()
	return doc.name


class Regency:
	def __init__(self):
		self.unit = bkpsdm_unit()
		self.other_unit = frappe.db.get_value("Department", {"department_name": OTHER_UNIT})
		self.samples: list[Sample] = []
		self.make_people()
		self.make_appraisal_records()
		self.make_merit_records()
		self.make_selection_records()
		self.make_complaints()
		self.make_other_records()

	def add(self, doctype: str, name: str, label: str, tags: dict[str, set[str]] | None = None):
		self.samples.append(Sample(doctype, name, label, tags or {}))

	def employee(self, persona: str | None = None, **fields) -> str:
		values = {"department": self.unit, **fields}
		if persona:
			spec = PERSONAS[persona]
			make_user(spec.user, *spec.roles)
			values.update(user_id=spec.user, create_user_permission=int(spec.user_permission))
		return make_employee_asn(first_name=(persona or "Pegawai").split()[0], **values).name

	def make_people(self):
		for spec in PERSONAS.values():
			if spec.user != "Guest" and not spec.employee:
				make_user(spec.user, *spec.roles)
		self.atasan = self.employee(ATASAN, date_of_birth="1970-01-01")
		self.penilai = self.employee(PENILAI, date_of_birth="1975-01-01", reports_to=self.atasan)
		baik = [{"tahun": 2024, "predikat": "Baik"}]
		self.asn = self.employee(ASN, reports_to=self.penilai, riwayat_predikat_kinerja=baik)
		self.rekan = self.employee(PEER, date_of_birth="1986-01-01", reports_to=self.penilai)
		self.rekan_lain = self.employee(date_of_birth="1987-01-01", reports_to=self.penilai)
		self.employee(KEPALA_UNIT, date_of_birth="1972-01-01")
		self.employee(PANSEL, date_of_birth="1971-01-01")
		self.employee(BKPSDM, date_of_birth="1980-01-01")
		self.employee(TIM_PENILAI, date_of_birth="1969-01-01")
		self.tanpa_up = self.employee(ASN_NO_USER_PERMISSION, department=self.other_unit)
		self.atasan_lain = self.employee(date_of_birth="1973-01-01", department=self.other_unit)
		self.lain = self.employee(
			date_of_birth="1990-01-01",
			department=self.other_unit,
			reports_to=self.atasan_lain,
			riwayat_predikat_kinerja=[{"tahun": 2024, "predikat": "Sangat Kurang"}],
			riwayat_hukuman_disiplin=[
				{"tingkat": "Ringan", "dari": "2024-01-01", "jenis_hukuman": "Teguran"}
			],
		)
		settings = frappe.get_doc("Pengaduan Settings")
		settings.set("penghubung", [{"unit_kerja": self.unit, "user": PERSONAS[PENGHUBUNG].user}])
		settings.save()

	def make_appraisal_records(self):
		appraisal = make_penilaian_kinerja(self.asn).name
		self.add(
			"Penilaian Kinerja",
			appraisal,
			"appraisal of the ASN",
			{ASN: {"own"}, PENILAI: {"assigned"}, ATASAN: {"assigned"}, PEER: {"assigned"}},
		)
		self.add("Penilaian Kinerja", make_penilaian_kinerja(self.lain).name, "appraisal in another unit")
		answers = [{"nilai_berakhlak": "Berorientasi Pelayanan", "rating": "Sesuai Ekspektasi"}]
		for penilai, label, tags in (
			(self.rekan, "the peer's answers", {PEER: {"own"}}),
			(self.rekan_lain, "another rater's answers", {}),
		):
			name = put(
				{
					"doctype": "Umpan Balik Perilaku",
					"penilaian_kinerja": appraisal,
					"penilai": penilai,
					"nilai": answers,
				}
			)
			self.add("Umpan Balik Perilaku", name, label, tags)
		for employee, atasan, label, tags in (
			(self.asn, self.atasan, "objection of the ASN", {ASN: {"own"}, ATASAN: {"assigned"}}),
			(self.lain, self.atasan_lain, "objection in another unit", {}),
		):
			name = put(
				{
					"doctype": "Keberatan Penilaian Kinerja",
					"penilaian_kinerja": appraisal if employee == self.asn else None,
					"employee": employee,
					"atasan_pejabat_penilai": atasan,
					"alasan": "Target tidak realistis.",
				}
			)
			self.add("Keberatan Penilaian Kinerja", name, label, tags)

	def make_merit_records(self):
		for employee, label, tags in (
			(self.asn, "of the ASN", {ASN: {"own"}}),
			(self.tanpa_up, "of the ASN without User Permission", {ASN_NO_USER_PERMISSION: {"own"}}),
			(self.lain, "of another employee", {}),
		):
			self.add(
				"Skor Merit", put({"doctype": "Skor Merit", "employee": employee}), f"score {label}", tags
			)
			name = put(
				{
					"doctype": "Hasil Asesmen",
					"employee": employee,
					"tanggal_asesmen": "2025-01-01",
					"skor_potensial": 70,
					"kompetensi": [{"jenis_kompetensi": "Teknis", "kompetensi": "Manajemen ASN", "level": 3}],
				}
			)
			self.add("Hasil Asesmen", name, f"assessment {label}", tags)
			name = put(
				{"doctype": "Penetapan Angka Kredit", "employee": employee, "tahun": 2025, "predikat": "Baik"}
			)
			self.add("Penetapan Angka Kredit", name, f"angka kredit {label}", tags)
		for employee, unit, atasan, label, tags in (
			(
				self.asn,
				self.unit,
				self.penilai,
				"of the ASN",
				{ASN: {"own"}, PENILAI: {"assigned"}, KEPALA_UNIT: {"own_unit"}},
			),
			(self.lain, self.other_unit, self.atasan_lain, "in another unit", {}),
		):
			name = put(
				{
					"doctype": "Rencana Pengembangan Kompetensi",
					"employee": employee,
					"unit_kerja": unit,
					"atasan": atasan,
					"tahun": 2025,
					"aksi": [{"jenis": "Pelatihan", "uraian": "Pelatihan teknis.", "target_jp": 20}],
				}
			)
			self.add("Rencana Pengembangan Kompetensi", name, f"development plan {label}", tags)
			tags = {key: value - {"assigned"} for key, value in tags.items() if value - {"assigned"}}
			name = put(
				{
					"doctype": "Penghargaan",
					"employee": employee,
					"unit_kerja": unit,
					"jenis": "Lainnya",
					"tahun": 2025,
					"tanggal": "2025-08-17",
					"nomor_keputusan": "800/1/2025",
					"dasar": "Keputusan Bupati.",
				}
			)
			self.add("Penghargaan", name, f"reward {label}", tags)
		for employee, unit, label, tags in (
			(self.asn, self.unit, "proposal in the head's unit", {KEPALA_UNIT: {"own_unit"}}),
			(self.lain, self.other_unit, "proposal in another unit", {}),
		):
			name = put(
				{
					"doctype": "Usulan Promosi",
					"employee": employee,
					"unit_kerja": unit,
					"jenis": "Promosi Jabatan",
					"tmt": "2026-01-01",
				}
			)
			self.add("Usulan Promosi", name, label, tags)

	def make_selection_records(self):
		self.jabatan = make_jabatan("Kepala Badan Matriks Hak Akses", jenis_jabatan="JPT Pratama").name
		member = PERSONAS[PANSEL].user
		colleague, stranger = "anggota.matriks@example.com", "lain.matriks@example.com"
		ours = self.selection("ours", [member, colleague], published=1)
		other = self.selection("other", [stranger], published=0)
		self.add(
			"Seleksi Terbuka",
			ours,
			"published, the user's panel",
			{EVERYONE: {"published"}, PANSEL: {"assigned"}},
		)
		ours_in_planning = self.selection("ours-planned", [member], published=0)
		self.add("Seleksi Terbuka", ours_in_planning, "unpublished, the user's panel", {PANSEL: {"assigned"}})
		self.add("Seleksi Terbuka", other, "unpublished, another panel")
		our_application = self.application(ours, self.asn)
		other_application = self.application(other, self.lain)
		self.add(
			"Lamaran Seleksi Terbuka",
			our_application,
			"the ASN's, to the user's panel",
			{ASN: {"own"}, PANSEL: {"assigned"}},
		)
		self.add("Lamaran Seleksi Terbuka", other_application, "another's, to another panel")
		applications = {our_application: ours, other_application: other}
		for anggota, application, locked, label, tags in (
			(member, our_application, 0, "own score", {PANSEL: {"own"}}),
			(colleague, our_application, 0, "colleague's open score", {PANSEL: {"assigned"}}),
			(
				colleague,
				our_application,
				1,
				"colleague's locked score",
				{PANSEL: {"assigned", "assigned_locked"}, EVERYONE: {"locked"}},
			),
			(stranger, other_application, 1, "another panel's locked score", {EVERYONE: {"locked"}}),
		):
			record = {
				"doctype": "Nilai Seleksi Terbuka",
				"lamaran": application,
				"seleksi_terbuka": applications[application],
				"anggota": anggota,
				"tahap": "Administrasi",
				"nilai": 75,
				"terkunci": locked,
			}
			self.add("Nilai Seleksi Terbuka", put(record), label, tags)
		for anggota, application, label, tags in (
			(member, our_application, "own declaration", {PANSEL: {"own"}}),
			(colleague, our_application, "colleague's declaration", {PANSEL: {"assigned"}}),
			(stranger, other_application, "another panel's declaration", {}),
		):
			record = {
				"doctype": "Pernyataan Konflik Kepentingan",
				"lamaran": application,
				"seleksi_terbuka": applications[application],
				"anggota": anggota,
				"pernyataan": NO_CONFLICT,
			}
			self.add("Pernyataan Konflik Kepentingan", put(record), label, tags)

	def selection(self, key: str, panel: list[str], published: int) -> str:
		return put(
			{
				"doctype": "Seleksi Terbuka",
				"judul": f"Seleksi Terbuka Matriks ({key})",
				"dipublikasikan": published,
				"batas_lamaran": "2026-07-20",
				"jabatan": [{"jabatan": self.jabatan}],
				"tahap": [{"tahap": "Administrasi", "bobot": 100, "nilai_lulus": 60}],
				"panitia": [{"user": user, "peran": "Anggota"} for user in panel],
			}
		)

	def application(self, seleksi: str, employee: str) -> str:
		return put(
			{
				"doctype": "Lamaran Seleksi Terbuka",
				"seleksi_terbuka": seleksi,
				"jabatan": self.jabatan,
				"employee": employee,
				"rekomendasi_ppk": "/files/rekomendasi.pdf",
				"nilai": [{"tahap": "Administrasi", "nilai": 80}],
			}
		)

	def make_complaints(self):
		for kategori, unit, status, label, tags in (
			(
				"Pengaduan",
				self.unit,
				"Didisposisikan",
				"forwarded to the user's unit",
				{PENGHUBUNG: {"own_unit"}},
			),
			("Pengaduan", self.unit, "Diterima", "received, not yet forwarded", {}),
			("Pengaduan", self.other_unit, "Didisposisikan", "forwarded to another unit", {}),
			(OVERSIGHT, self.unit, "Didisposisikan", "oversight, the user's unit", {}),
		):
			name = put(
				{
					"doctype": "Pengaduan Masyarakat",
					"kategori": kategori,
					"unit_kerja": unit,
					"status": status,
					"judul": "Layanan lambat",
					"uraian": "Belum ada kabar.",
				}
			)
			scope = "oversight" if kategori == OVERSIGHT else "not_oversight"
			self.add("Pengaduan Masyarakat", name, label, {**tags, EVERYONE: {scope}})

	def make_other_records(self):
		self.add("Jabatan", self.jabatan, "a JPT post")
		for record in (
			{
				"doctype": "Kelompok Rencana Suksesi",
				"tahun": 2026,
				"jabatan": self.jabatan,
				"anggota": [{"employee": self.asn}],
			},
			{"doctype": "Impor Data ASN", "file": "/private/files/asn.csv", "company": TEST_COMPANY},
			{"doctype": "Penilaian Mandiri Sistem Merit", "tahun": 2026, "aspek": [{"aspek": "Pengadaan"}]},
			{
				"doctype": "Predikat Unit Kerja",
				"unit_kerja": self.unit,
				"tahun": 2026,
				"predikat_organisasi": "Baik",
			},
		):
			self.add(record["doctype"], put(record), "a record")
		for single in ("ASN Merit Settings", "Pengaduan Settings"):
			self.add(single, single, "the settings")
