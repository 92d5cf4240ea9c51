"""Development in the demo regency: last year's plans (Rencana Pengembangan Kompetensi) made from
the predikat and the competency gaps, and the rewards (Penghargaan) the rules grant, for a sample
of the regency and the demo ASN who log in to the portal, so the Portal ASN's *Pengembangan*
page and the plan reports show what a regency would have.

A sample, not everyone: a plan is a full document save (about 50 ms), and the benchmarks fill
10,000 ASN with this generator."""

import random
from datetime import date

import frappe
from frappe.utils import getdate, today

from asn_merit.talenta.pengembangan import buat_rencana, pegawai_dengan_predikat
from asn_merit.talenta.penghargaan import usulan_untuk

SAMPLE = 40


def make_development(rng: random.Random, portal_employees: list[str]) -> dict[str, int]:
	tahun = getdate(today()).year - 1
	with_predikat = pegawai_dengan_predikat(tahun)
	chosen = rng.sample(with_predikat, min(SAMPLE, len(with_predikat)))
	chosen += [name for name in portal_employees if name in with_predikat and name not in chosen]
	rencana = sum(1 for employee in chosen if buat_rencana(employee, tahun).aksi)
	penghargaan = sum(_grant_rewards(employee, tahun) for employee in chosen)
	return {"rencana": rencana, "penghargaan": penghargaan}


def _grant_rewards(employee: str, tahun: int) -> int:
	"""Every reward the rules propose for `tahun`, decided by the regent at the year's end."""
	granted = 0
	for usulan in usulan_untuk(employee, tahun):
		frappe.get_doc(
			{
				"doctype": "Penghargaan",
				"employee": employee,
				"jenis": usulan.jenis,
				"tahun": usulan.tahun,
				"tanggal": min(date(tahun, 12, 20), getdate(today())),
				"nomor_keputusan": f"800.1.12/{frappe.db.count('Penghargaan') + 1:03d}/BKPSDM/{tahun}",
				"dasar": usulan.dasar,
			}
		).insert(ignore_permissions=True)
		granted += 1
	return granted
