"""A demo kabupaten with a fixed seed: the same site every time for the same size.

`bench --site <site> asn-demo` fills a site for a newcomer to look at (scripts/up does it);
the benchmarks call make_demo_regency with a larger size.
"""

import random
import time

import frappe
from frappe import _

from asn_merit.demo import activity, people
from asn_merit.demo.angka_kredit import make_angka_kredit
from asn_merit.demo.officers import make_officers
from asn_merit.demo.pengembangan import make_development
from asn_merit.demo.portal_users import USERS, make_portal_users
from asn_merit.demo.promosi_jabatan import make_promotions
from asn_merit.talenta.recompute import recompute_all

MARKER_JABATAN = "Kepala Dinas Pendidikan"


def make_demo_regency(
	pegawai: int = 2000, jabatan: int = 300, pengaduan: int = 500, seed: int = 2026, workflows: bool = True
) -> dict:
	"""Fill the site; returns what was made and how long each part took, in seconds."""
	if frappe.db.exists("Jabatan", MARKER_JABATAN):
		frappe.throw(_("Data contoh sudah ada di situs ini."))
	company = frappe.defaults.get_global_default("company") or frappe.get_all("Company", pluck="name")[0]
	rng = random.Random(seed)
	report, timer = {}, _Timer()
	units = people.make_units(company)
	posts = people.make_jabatan(units, jabatan, pegawai)
	report["jabatan"] = (len(posts), timer.lap())
	asn = people.make_employees(rng, company, posts, pegawai)
	report["pegawai"] = (len(asn), timer.lap())
	report["penilaian_kinerja"] = (people.make_appraisals(asn), timer.lap())
	report["hasil_asesmen"] = (people.make_assessments(rng, asn), timer.lap())
	report["penetapan_angka_kredit"] = (make_angka_kredit(asn), timer.lap())
	report["pengaduan"] = (activity.make_complaints(rng, units, asn, pengaduan), timer.lap())
	if workflows:
		report["seleksi_terbuka"] = (activity.make_open_selection(rng, asn), timer.lap())
		report["usulan_promosi"] = (activity.make_proposals(rng, asn), timer.lap())
		report["promosi_jabatan"] = (make_promotions(), timer.lap())
	report["skor_merit"] = (recompute_all(), timer.lap())
	report["portal_asn"] = (make_portal_users(), timer.lap())
	portal_employees = frappe.get_all(
		"Employee", filters={"user_id": ("in", list(USERS.values()))}, pluck="name"
	)
	report["pengembangan"] = (make_development(rng, portal_employees), timer.lap())
	heads = {}
	for pegawai in asn:
		heads.setdefault(pegawai.unit, pegawai.name)  # people come head of unit first
	report["petugas"] = (make_officers(units, heads), timer.lap())
	return report


class _Timer:
	def __init__(self):
		self.last = time.monotonic()

	def lap(self) -> float:
		now = time.monotonic()
		elapsed, self.last = now - self.last, now
		return round(elapsed, 1)
