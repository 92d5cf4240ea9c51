"""The site side of scripts/test-foreign-install: a regency's existing HR data, not shaped like
our demo, before and after install, use and uninstall of asn_merit.

Run with the bench's Python from the bench's sites folder:

    ../env/bin/python foreign_site.py fill <site>               (before install: HR data of its own)
    ../env/bin/python foreign_site.py record <site> <file>      (their tables, hashed per row)
    ../env/bin/python foreign_site.py compare <site> <file>     (no row lost, no value changed)
    ../env/bin/python foreign_site.py use <site>                (every feature on that data, rolled back)
    ../env/bin/python foreign_site.py uninstalled <site>        (what uninstall must leave and remove)

The regency and its data: foreign_hr_data.py.
"""

import sys

from foreign_hr_data import COMPANY, fill
from upgrade_site import row_differences, row_hashes

import frappe

# Theirs: every table install, use or uninstall could touch.
TABLES = ("Employee", "Employee Grade", "Employee Promotion", "Holiday List", "Designation", "Department")


def record() -> dict:
	return {
		doctype: {
			"columns": (columns := frappe.db.get_table_columns(doctype)),
			"rows": row_hashes(f"tab{doctype}", columns),
		}
		for doctype in TABLES
	}


def compare(before: dict) -> list[str]:
	problems = []
	for doctype, old in before.items():
		problems += row_differences(doctype, old["rows"], row_hashes(f"tab{doctype}", old["columns"]))
	return problems


def use() -> list[str]:
	"""Every feature a BKPSDM officer reaches first, on this data, as that officer; undone after."""
	from asn_merit.api.jabatan import get_kelayakan_pegawai
	from asn_merit.api.merit import get_peringkat_kandidat
	from asn_merit.kepegawaian.report.kelengkapan_data_asn.kelengkapan_data_asn import execute as kelengkapan
	from asn_merit.talenta.recompute import recompute_all
	from asn_merit.talenta.report.peringkat_merit_jabatan.peringkat_merit_jabatan import (
		execute as peringkat,
	)

	problems = []
	active = frappe.get_all("Employee", filters={"status": "Active"}, pluck="name", order_by="name")
	completed = active[:10]  # the BKPSDM completes ten records by hand: PNS, golongan, NIP
	for index, name in enumerate(completed):
		employee = frappe.get_doc("Employee", name)
		employee.update({"status_kepegawaian": "PNS", "grade": "III/b", "nip": nip_for(employee, index)})
		employee.save()
	jabatan = frappe.get_doc(
		{
			"doctype": "Jabatan",
			"nama_jabatan": "Analis Kepegawaian Sukamaju",
			"unit_kerja": frappe.get_all(
				"Department", filters={"company": COMPANY, "is_group": 0}, pluck="name"
			)[0],
			"jenis_jabatan": "Fungsional",
			"jenjang_fungsional": "Ahli Pertama",
			"pangkat_minimal": "III/a",
			"kebutuhan": 2,
		}
	).insert()
	frappe.set_user(make_officer())

	scored = recompute_all()
	if scored != len(completed):
		problems.append(f"recompute scored {scored} employees, expected the {len(completed)} ASN")
	ranking = get_peringkat_kandidat(jabatan.name)
	outside = [row for row in ranking["tidak_layak"] if row["employee"] not in completed]
	if not outside or any(not row["alasan"][0].startswith("Bukan ASN") for row in outside):
		problems.append("ranking: staff outside the merit system not all shown as 'Bukan ASN'")
	kelayakan = get_kelayakan_pegawai(jabatan.name)
	if any(row["layak"] for row in kelayakan if row["employee"] not in completed):
		problems.append("eligibility list: someone outside the merit system is called eligible")
	_columns, rows, _message = peringkat({"jabatan": jabatan.name})
	if len(rows) != len(kelayakan):
		problems.append(f"Peringkat Merit Jabatan: {len(rows)} rows for {len(kelayakan)} employees")
	_columns, rows, _message = kelengkapan({"hanya_belum_lengkap": 1})
	interns = frappe.get_all(
		"Employee", filters={"status": "Active", "employment_type": "Intern"}, pluck="name"
	)
	# The ten completed still lack jabatan and more; interns lack nothing, unless made PNS above.
	expected = set(active) - (set(interns) - set(completed))
	listed = {row["employee"] for row in rows}
	if listed != expected:
		problems.append(
			f"Kelengkapan Data ASN: listed and not expected {sorted(listed - expected)[:5]},"
			f" expected and not listed {sorted(expected - listed)[:5]}"
		)
	frappe.set_user("Administrator")
	frappe.db.rollback()
	return problems


def nip_for(employee, index: int) -> str:
	from asn_merit.merit import build_nip
	from asn_merit.merit.nip import JenisKelamin

	sex = JenisKelamin.PEREMPUAN if employee.gender == "Female" else JenisKelamin.LAKI_LAKI
	joined, born = (
		frappe.utils.getdate(employee.date_of_joining),
		frappe.utils.getdate(employee.date_of_birth),
	)
	tmt_cpns = joined.replace(year=max(joined.year, born.year + 19), day=1)  # CPNS are 18 or older
	return build_nip(born, tmt_cpns, sex, index + 1)


def make_officer() -> str:
	email = "bkpsdm@sukamaju.go.id"
	if not frappe.db.exists("User", email):
		frappe.get_doc({"doctype": "User", "email": email, "first_name": "Petugas BKPSDM"}).insert()
	frappe.get_doc("User", email).add_roles("Petugas BKPSDM", "HR User")
	return email


def uninstalled() -> list[str]:
	problems = []
	for grade in ("IV/d", "III/a"):
		if not frappe.db.exists("Employee Grade", grade):
			problems.append(f"uninstall removed the regency's own grade {grade}")
	if "nip" in frappe.db.get_table_columns("Employee"):
		problems.append("uninstall left the nip column on Employee")
	return problems


def main(command: str, site: str, path: str | None = None) -> int:
	import json

	frappe.init(site=site, sites_path=".")
	frappe.connect()
	try:
		problems: list[str] = []
		if command == "fill":
			fill()
		elif command == "record":
			with open(path, "w") as out:
				json.dump(record(), out)
		elif command == "compare":
			with open(path) as recorded:
				problems = compare(json.load(recorded))
		elif command == "use":
			problems = use()
		elif command == "uninstalled":
			problems = uninstalled()
		for problem in problems:
			print(f"foreign install: {problem}")
		return 1 if problems else 0
	finally:
		frappe.destroy()


if __name__ == "__main__":
	sys.exit(main(*sys.argv[1:]))
