"""The permission matrix (permission_matrix.csv, explained in docs/permission-matrix.md) read as data.

No Frappe import: the CSV is checked for shape here and walked on a site by
tests/integration/test_permission_matrix.py.
"""

import csv
from dataclasses import dataclass
from pathlib import Path

MATRIX_CSV = Path(__file__).with_name("permission_matrix.csv")
COLUMNS = ("subject", "role", "rows", "rights", "note")
REPORT_PREFIX = "report:"

# One letter per right, in the order the CSV writes them ("-" marks a right not granted).
RIGHTS = {
	"r": "read",
	"w": "write",
	"c": "create",
	"s": "submit",
	"x": "cancel",
	"d": "delete",
	"e": "export",
	"p": "print",
}
ROW_SCOPES = {
	"all": "every record",
	"own": "records about the user: their own Employee (appraisee, applicant, rater) or, for panel "
	"records, written by the user",
	"assigned": "records the user is assigned to: pejabat penilai or atasan of the appraisal or "
	"objection, member of the selection's panel",
	"own_unit": "records of the user's unit: Usulan Promosi of the department of the user's Employee; "
	"complaints forwarded to a unit the user is Penghubung Pengaduan of",
	"published": "selections announced to the public",
	"locked": "scores of a closed stage",
	"assigned_locked": "scores of a closed stage of a selection whose panel the user sits on",
	"oversight": "complaints berkadar pengawasan",
	"not_oversight": "every other complaint",
}


# Personas whose rows depend on who they are, named once for the matrix and the samples.
ASN = "ASN"
ASN_NO_USER_PERMISSION = "ASN (no User Permission)"
PEER = "Peer rater"
PENILAI = "Pejabat Penilai"
ATASAN = "Atasan Pejabat Penilai"
KEPALA_UNIT = "Kepala Unit Kerja"
BKPSDM = "Petugas BKPSDM"
TIM_PENILAI = "Tim Penilai Kinerja"
PANSEL = "Panitia Seleksi"
PENGHUBUNG = "Penghubung Pengaduan"


@dataclass(frozen=True)
class Persona:
	"""A kind of user: the roles they hold and whose rows of the matrix also apply to them."""

	name: str
	user: str
	roles: tuple[str, ...] = ()
	inherits: tuple[str, ...] = ()
	employee: bool = False  # linked to an Employee record (which gives HRMS's Employee role)
	user_permission: bool = True  # HRMS's "Create User Permission" on that Employee

	def lineage(self) -> tuple[str, ...]:
		return (self.name, *self.inherits)


PERSONAS = {
	persona.name: persona
	for persona in (
		Persona("Guest", "Guest"),
		Persona(ASN, "matriks.asn@example.com", employee=True),
		Persona(
			ASN_NO_USER_PERMISSION,
			"matriks.asn.tanpa.up@example.com",
			inherits=(ASN,),
			employee=True,
			user_permission=False,
		),
		Persona(PEER, "matriks.rekan@example.com", inherits=(ASN,), employee=True),
		Persona(PENILAI, "matriks.penilai@example.com", inherits=(ASN,), employee=True),
		Persona(ATASAN, "matriks.atasan@example.com", inherits=(ASN,), employee=True),
		Persona(
			KEPALA_UNIT, "matriks.kepala@example.com", ("Kepala Unit Kerja",), inherits=(ASN,), employee=True
		),
		Persona(
			BKPSDM,
			"matriks.bkpsdm@example.com",
			("Petugas BKPSDM", "HR User"),
			inherits=(ASN,),
			employee=True,
			user_permission=False,  # as HRMS expects of HR staff, who must see other employees
		),
		Persona(
			TIM_PENILAI, "matriks.tpk@example.com", ("Tim Penilai Kinerja",), inherits=(ASN,), employee=True
		),
		Persona("Pejabat Pembina Kepegawaian", "matriks.ppk@example.com", ("Pejabat Pembina Kepegawaian",)),
		Persona(PANSEL, "matriks.pansel@example.com", ("Panitia Seleksi",), inherits=(ASN,), employee=True),
		Persona("Petugas Pengaduan", "matriks.pengaduan@example.com", ("Petugas Pengaduan",)),
		Persona(PENGHUBUNG, "matriks.penghubung@example.com", ("Penghubung Pengaduan",)),
		Persona("Inspektorat", "matriks.inspektorat@example.com", ("Inspektorat",)),
		Persona("System Manager", "matriks.sysman@example.com", ("System Manager",)),
		Persona("Pelamar Seleksi Terbuka", "matriks.pelamar.luar@example.com", ("Pelamar Seleksi Terbuka",)),
	)
}


@dataclass(frozen=True)
class Line:
	number: int
	subject: str
	role: str
	rows: str
	rights: frozenset[str]
	note: str


def parse_rights(text: str) -> frozenset[str] | None:
	letters = [letter for letter in text.strip() if letter != "-"]
	if any(letter not in RIGHTS for letter in letters) or len(set(letters)) != len(letters):
		return None
	return frozenset(letters)


def read_matrix(path: Path = MATRIX_CSV) -> tuple[list[Line], list[str]]:
	"""The lines of the matrix, and one message per line that cannot be read."""
	lines, problems, seen = [], [], set()
	with path.open(newline="", encoding="utf-8") as handle:
		reader = csv.DictReader(handle)
		if tuple(reader.fieldnames or ()) != COLUMNS:
			return [], [f"{path.name}: columns must be {', '.join(COLUMNS)}"]
		for number, row in enumerate(reader, start=2):
			subject, role, rows = (row[key].strip() for key in ("subject", "role", "rows"))
			rights = parse_rights(row["rights"])
			where = f"{path.name} line {number}"
			if role not in PERSONAS:
				problems.append(f"{where}: unknown role {role!r}")
			elif rows not in ROW_SCOPES:
				problems.append(f"{where}: unknown rows {rows!r}")
			elif rights is None:
				problems.append(f"{where}: rights {row['rights']!r} use letters other than {''.join(RIGHTS)}")
			elif (subject, role, rows) in seen:
				problems.append(f"{where}: {subject} / {role} / {rows} is already listed")
			else:
				seen.add((subject, role, rows))
				lines.append(Line(number, subject, role, rows, rights, (row["note"] or "").strip()))
	return lines, problems


class Matrix:
	def __init__(self, lines: list[Line]):
		self.lines = lines

	def subjects(self) -> set[str]:
		return {line.subject for line in self.lines}

	def lines_for(self, persona: Persona, subject: str) -> list[Line]:
		lineage = persona.lineage()
		return [line for line in self.lines if line.subject == subject and line.role in lineage]

	def rights_on_record(self, persona: Persona, subject: str, scopes: set[str]) -> set[str]:
		"""Rights on one record, given the row scopes that record falls in for this persona."""
		return {
			letter
			for line in self.lines_for(persona, subject)
			if line.rows == "all" or line.rows in scopes
			for letter in line.rights
		}

	def rights_on_doctype(self, persona: Persona, subject: str) -> set[str]:
		"""Rights the persona holds on at least some records (what a new form or export needs)."""
		return {letter for line in self.lines_for(persona, subject) for letter in line.rights}
