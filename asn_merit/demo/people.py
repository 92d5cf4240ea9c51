"""The demo regency's units, jabatan, ASN with their histories, appraisals and assessments."""

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta

import frappe
from frappe.utils import getdate, today
from frappe.utils.nestedset import get_root_of

from asn_merit.demo import bulk, kompetensi
from asn_merit.demo.catalogue import (
	FIRST_NAMES_FEMALE,
	FIRST_NAMES_MALE,
	LAST_NAMES,
	UNITS,
	JabatanTemplate,
	unit_jabatan,
)
from asn_merit.merit.nip import JenisKelamin, build_ni_pppk, build_nip
from asn_merit.merit.pangkat import GOLONGAN, get_golongan
from asn_merit.merit.predikat import (
	BAIK,
	BERAKHLAK,
	BUTUH_PERBAIKAN,
	DI_ATAS,
	DI_BAWAH,
	KURANG,
	SANGAT_BAIK,
	SANGAT_KURANG,
	SESUAI,
)

# A regency's pelaksana are partly PPPK now (UU 20/2023), paid by golongan I-XVII by education
# (Perpres 98/2020): a fifth of them here, on five-year contracts.
PPPK_SHARE = 0.2
GOLONGAN_PPPK_BY_PENDIDIKAN = {"SLTA": "V", "D-III": "VII", "S1": "IX"}
TAHUN_PERJANJIAN_KERJA = 5

# How predikat fall in a regency (most Baik), and the ratings that give each (PermenPANRB 6/2022).
PREDIKAT_WEIGHTS = {SANGAT_BAIK: 15, BAIK: 70, BUTUH_PERBAIKAN: 10, KURANG: 4, SANGAT_KURANG: 1}
RATINGS = {
	SANGAT_BAIK: (DI_ATAS, DI_ATAS),
	BAIK: (SESUAI, SESUAI),
	BUTUH_PERBAIKAN: (DI_BAWAH, SESUAI),
	KURANG: (SESUAI, DI_BAWAH),
	SANGAT_KURANG: (DI_BAWAH, DI_BAWAH),
}


@dataclass
class Pegawai:
	name: str
	employee_name: str
	nip: str
	unit: str
	jabatan: str
	template: JabatanTemplate
	grade: str
	predikat: dict[int, str]


def make_units(company: str) -> list[str]:
	abbr = frappe.db.get_value("Company", company, "abbr")
	root = get_root_of("Department")  # "All Departments", translated when set up in Indonesian
	units = []
	for unit in UNITS:
		name = f"{unit} - {abbr}"
		if not frappe.db.exists("Department", name):
			frappe.get_doc(
				{
					"doctype": "Department",
					"department_name": unit,
					"company": company,
					"parent_department": root,
				}
			).insert(ignore_permissions=True)
		units.append(name)
	return units


def make_jabatan(units: list[str], count: int, pegawai: int) -> list[tuple[str, str, JabatanTemplate]]:
	"""(jabatan, unit, template) for `count` jabatan spread over the units; heads are parents.
	The need of the many-holder jabatan is scaled so the regency needs a little more than
	`pegawai` people, as a workload analysis usually finds."""
	per_unit, extra = divmod(count, len(units))
	chosen = [unit_jabatan(UNITS[index], per_unit + (index < extra)) for index in range(len(units))]
	chosen = _scale_need(chosen, round(pegawai * 1.05))
	made = []
	for unit, templates in zip(units, chosen, strict=True):
		head = None
		for template in templates:
			doc = frappe.get_doc(
				{
					"doctype": "Jabatan",
					"nama_jabatan": template.nama,
					"unit_kerja": unit,
					"jenis_jabatan": template.jenis,
					"eselon": template.eselon,
					"jenjang_fungsional": template.jenjang,
					"kelas_jabatan": template.kelas,
					"kebutuhan": template.kebutuhan,
					"pendidikan_minimal": template.pendidikan,
					"jabatan_kritis": int(template.jenis == "JPT Pratama"),
					"parent_jabatan": head,
					"standar_kompetensi": kompetensi.standar_kompetensi(template),
				}
			).insert(ignore_permissions=True)
			head = head or doc.name
			made.append((doc.name, unit, template))
	return made


def _scale_need(per_unit: list[list[JabatanTemplate]], target: int) -> list[list[JabatanTemplate]]:
	single = sum(1 for templates in per_unit for item in templates if item.kebutuhan == 1)
	many = sum(item.kebutuhan for templates in per_unit for item in templates if item.kebutuhan > 1)
	factor = max(target - single, many) / many if many else 1
	return [
		[
			item if item.kebutuhan == 1 else replace(item, kebutuhan=round(item.kebutuhan * factor))
			for item in templates
		]
		for templates in per_unit
	]


def slots(rng: random.Random, jabatan: list[tuple], count: int) -> list[tuple[str, str, JabatanTemplate]]:
	"""Who-holds-what for `count` ASN: each need filled, a tenth of single posts left vacant,
	the rest of the people spread over the many-holder jabatan."""
	filled = []
	for item in jabatan:
		need = item[2].kebutuhan
		if need == 1 and rng.random() < 0.1:
			continue
		filled += [item] * need
	many = [item for item in jabatan if item[2].kebutuhan > 1]
	many = many or [item for item in jabatan if not item[2].eselon] or jabatan
	while len(filled) < count:
		filled.append(rng.choice(many))
	rng.shuffle(filled)
	order = {item[0]: index for index, item in enumerate(jabatan)}
	return sorted(filled[:count], key=lambda item: order[item[0]])


def make_employees(rng: random.Random, company: str, jabatan: list[tuple], count: int) -> list[Pegawai]:
	names = bulk.reserve_names("HR-EMP-", count)
	this_year = getdate(today()).year
	lft = (frappe.db.sql("select max(rgt) from tabEmployee")[0][0] or 0) + 1
	used_nips: set[str] = set()
	rows, people, histories = [], [], {"predikat": {}, "golongan": {}, "jabatan": {}, "perjanjian": {}}
	for index, (name, (jabatan_name, unit, template)) in enumerate(
		zip(names, slots(rng, jabatan, count), strict=True)
	):
		row, pegawai = _employee(rng, name, company, jabatan_name, unit, template, this_year, used_nips)
		row.update({"lft": lft + 2 * index, "rgt": lft + 2 * index + 1})
		rows.append(row)
		people.append(pegawai)
		histories["predikat"][name] = [
			{"tahun": year, "predikat": label, "sumber": "Penilaian Kinerja"}
			for year, label in sorted(pegawai.predikat.items())
		]
		histories["golongan"][name] = [{"golongan": row["grade"], "dari": row["tmt_golongan"]}]
		histories["jabatan"][name] = [{"jabatan": jabatan_name, "dari": row["tmt_jabatan"]}]
		if row["status_kepegawaian"] == "PPPK":
			histories["perjanjian"][name] = _contracts(row["date_of_joining"])
	bulk.insert("Employee", rows)
	bulk.insert(
		"Riwayat Predikat Kinerja",
		bulk.child_rows("Employee", "riwayat_predikat_kinerja", histories["predikat"]),
	)
	bulk.insert("Riwayat Golongan", bulk.child_rows("Employee", "riwayat_golongan", histories["golongan"]))
	bulk.insert("Riwayat Jabatan", bulk.child_rows("Employee", "riwayat_jabatan", histories["jabatan"]))
	bulk.insert(
		"Riwayat Perjanjian Kerja",
		bulk.child_rows("Employee", "riwayat_perjanjian_kerja", histories["perjanjian"]),
	)
	return people


def _employee(rng, name, company, jabatan_name, unit, template, this_year, used_nips) -> tuple[dict, Pegawai]:
	female = rng.random() < 0.45
	first = rng.choice(FIRST_NAMES_FEMALE if female else FIRST_NAMES_MALE)
	last = rng.choice(LAST_NAMES)
	low, high = (get_golongan(kode).urutan for kode in template.golongan)
	grade = GOLONGAN[rng.randint(low, high) - 1].kode
	age = {"JPT Pratama": 50, "Administrator": 45, "Pengawas": 40}.get(template.jenis, 35) + rng.randint(
		-6, 6
	)
	birth = date(this_year - age, rng.randint(1, 12), rng.randint(1, 28))
	tmt_cpns = date(min(birth.year + rng.randint(23, 30), this_year - 2), rng.randint(1, 12), 1)
	jenis_kelamin = JenisKelamin.PEREMPUAN if female else JenisKelamin.LAKI_LAKI
	nip = _unique_nip(rng, birth, tmt_cpns, jenis_kelamin, used_nips)
	pppk = template.jenis == "Pelaksana" and rng.random() < PPPK_SHARE
	predikat = {year: _predikat(rng) for year in (this_year - 2, this_year - 1)}
	row = {
		"name": name,
		"naming_series": "HR-EMP-",
		"first_name": first,
		"last_name": last,
		"employee_name": f"{first} {last}",
		"gender": "Female" if female else "Male",
		"date_of_birth": birth,
		"date_of_joining": tmt_cpns,
		"company": company,
		"status": "Active",
		"department": unit,
		"designation": jabatan_name,
		"jabatan": jabatan_name,
		"tmt_jabatan": getdate(today()) - timedelta(days=rng.randint(180, 8 * 365)),
		"grade": grade,
		"tmt_golongan": getdate(today()) - timedelta(days=rng.randint(200, 6 * 365)),
		"nip": nip,
		"status_kepegawaian": "PNS",
		"pendidikan_terakhir": "S2"
		if template.pendidikan == "S2" or rng.random() < 0.1
		else template.pendidikan,
		"tanggal_kgb_terakhir": getdate(today()) - timedelta(days=rng.randint(30, 2 * 365)),
		"mulai_perjanjian_kerja": None,  # bulk rows share their keys: a PPPK's are set below
		"akhir_perjanjian_kerja": None,
		"perpanjangan_perjanjian_ke": 0,
		"docstatus": 0,
	}
	if pppk:
		grade = _make_pppk(rng, row, birth, jenis_kelamin, this_year, used_nips)
		nip = row["nip"]
	return row, Pegawai(name, row["employee_name"], nip, unit, jabatan_name, template, grade, predikat)


def _make_pppk(rng, row: dict, birth: date, jenis_kelamin, this_year: int, used: set[str]) -> str:
	"""Turn the row into a PPPK's: nomor induk PPPK, golongan PPPK, the current contract."""
	used.discard(row["nip"])
	year = rng.randint(max(2019, birth.year + 21), this_year - 1)
	mulai = date(year, rng.choice((1, 3, 4)), 1)
	nomor = rng.randint(1, 900)
	while (nip := build_ni_pppk(birth, year, jenis_kelamin, nomor)) in used:
		nomor = nomor % 999 + 1
	used.add(nip)
	grade = GOLONGAN_PPPK_BY_PENDIDIKAN.get(row["pendidikan_terakhir"], "V")
	current = _contracts(mulai)[-1]
	row.update(
		{
			"nip": nip,
			"status_kepegawaian": "PPPK",
			"grade": grade,
			"tmt_golongan": mulai,
			"date_of_joining": mulai,
			"mulai_perjanjian_kerja": current["mulai"],
			"akhir_perjanjian_kerja": current["akhir"],
			"perpanjangan_perjanjian_ke": current["perjanjian_ke"] - 1,
		}
	)
	return grade


def _contracts(mulai: date) -> list[dict]:
	"""Five-year contracts from the appointment, renewed while the last one has ended."""
	contracts = []
	while not contracts or contracts[-1]["akhir"] < getdate(today()):
		akhir = date(mulai.year + TAHUN_PERJANJIAN_KERJA, mulai.month, 1) - timedelta(days=1)
		contracts.append({"perjanjian_ke": len(contracts) + 1, "mulai": mulai, "akhir": akhir})
		mulai = akhir + timedelta(days=1)
	return contracts


def _unique_nip(rng, birth, tmt_cpns, jenis_kelamin, used: set[str]) -> str:
	nomor = rng.randint(1, 900)
	while (nip := build_nip(birth, tmt_cpns, jenis_kelamin, nomor)) in used:
		nomor = nomor % 999 + 1
	used.add(nip)
	return nip


def _predikat(rng: random.Random) -> str:
	return rng.choices(list(PREDIKAT_WEIGHTS), weights=list(PREDIKAT_WEIGHTS.values()))[0]


def make_appraisals(people: list[Pegawai]) -> int:
	"""The annual appraisals behind each person's predikat history, final and submitted."""
	heads = {}
	for pegawai in people:
		heads.setdefault(pegawai.unit, pegawai)  # people are ordered head of unit first
	rows, rhk, perilaku = [], {}, {}
	for year in sorted({year for pegawai in people for year in pegawai.predikat}):
		names = iter(bulk.reserve_names(f"PK-{year}-", len(people), key=bulk.FORMAT_COUNTER))
		for pegawai in people:
			label = pegawai.predikat[year]
			penilai = heads[pegawai.unit]
			hasil, perilaku_rating = RATINGS[label]
			name = next(names)
			rhk[name] = [{**item, "docstatus": 1} for item in _rhk(pegawai)]
			perilaku[name] = [
				{"nilai_berakhlak": nilai, "rating_atasan": perilaku_rating, "docstatus": 1}
				for nilai in BERAKHLAK
			]
			rows.append(
				{
					"name": name,
					"employee": pegawai.name,
					"employee_name": pegawai.employee_name,
					"nip": pegawai.nip,
					"jabatan": pegawai.jabatan,
					"unit_kerja": pegawai.unit,
					"tahun": year,
					"periode": "Tahunan",
					"pejabat_penilai": penilai.name if penilai is not pegawai else None,
					"pejabat_penilai_name": penilai.employee_name if penilai is not pegawai else None,
					"rating_hasil_kerja": hasil,
					"rating_perilaku": perilaku_rating,
					"predikat": label,
					"tanggal_final": date(year + 1, 1, 20),
					# Handed over the same day; the 14-day window from receipt (PP 30/2019 Pasal 59).
					"tanggal_diterima": date(year + 1, 1, 20),
					"batas_tanggapan": date(year + 1, 2, 3),
					"docstatus": 1,
				}
			)
	bulk.insert("Penilaian Kinerja", rows)
	bulk.insert("Penilaian Kinerja RHK", bulk.child_rows("Penilaian Kinerja", "hasil_kerja", rhk))
	bulk.insert("Penilaian Kinerja Perilaku", bulk.child_rows("Penilaian Kinerja", "perilaku", perilaku))
	return len(rows)


def _rhk(pegawai: Pegawai) -> list[dict]:
	"""Two results of work for the year, worded for the post."""
	return [
		{
			"jenis_rhk": "Utama",
			"rhk": f"Terlaksananya tugas {pegawai.jabatan} sesuai rencana kerja",
			"aspek": "Kuantitas",
			"indikator": "Persentase kegiatan yang terlaksana",
			"target": "100%",
			"realisasi": "100%",
		},
		{
			"jenis_rhk": "Utama",
			"rhk": "Meningkatnya kualitas layanan unit kerja",
			"aspek": "Kualitas",
			"indikator": "Indeks kepuasan layanan",
			"target": "85",
			"realisasi": "86",
		},
	]


def make_assessments(rng: random.Random, people: list[Pegawai]) -> int:
	"""Potential and competency levels: from an assessment centre for those in or near structural
	posts and some more, then from BKN's CACT for most of the rest (demo.kompetensi)."""
	centre = [p for p in people if p.template.eselon or rng.random() < 0.3]
	seen = {pegawai.name for pegawai in centre}
	cact = [p for p in people if p.name not in seen and kompetensi.sat_cact(p)]
	on_date = getdate(today())
	names = iter(bulk.reserve_names(f"ASM-{on_date.year}-", len(centre) + len(cact), key=bulk.FORMAT_COUNTER))
	rows = [
		{
			"name": next(names),
			"employee": pegawai.name,
			"employee_name": pegawai.employee_name,
			"tanggal_asesmen": on_date - timedelta(days=rng.randint(30, 700)),
			"sumber": rng.choice(("Assessment Center", "Uji Kompetensi", "CACT BKN")),
			"lembaga": "UPT Penilaian Kompetensi BKD Provinsi",
			"skor_potensial": round(rng.triangular(45, 95, 72), 1),
			"docstatus": 1,
		}
		for pegawai in centre
	]
	rows += [kompetensi.cact_row(pegawai, next(names), on_date) for pegawai in cact]
	levels = {
		row["name"]: kompetensi.levels_found(pegawai, row["skor_potensial"])
		for row, pegawai in zip(rows, centre + cact, strict=True)
	}
	bulk.insert("Hasil Asesmen", rows)
	bulk.insert("Hasil Asesmen Kompetensi", bulk.child_rows("Hasil Asesmen", "kompetensi", levels))
	return len(rows)
