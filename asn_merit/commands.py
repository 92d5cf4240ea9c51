"""Bench commands of asn_merit (Frappe reads `commands` from this module)."""

import json

import click

from frappe.commands import get_site, pass_context


@click.command("asn-demo")
@click.option("--pegawai", default=2000, show_default=True, help="Number of ASN")
@click.option("--jabatan", default=300, show_default=True, help="Number of jabatan")
@click.option("--pengaduan", default=500, show_default=True, help="Number of public complaints")
@click.option("--seed", default=2026, show_default=True, help="Random seed: same seed, same regency")
@pass_context
def asn_demo(context, pegawai: int, jabatan: int, pengaduan: int, seed: int):
	"""Fill the site with a demo kabupaten (units, jabatan, ASN, appraisals, complaints, workflows)."""
	import frappe

	frappe.init(site=get_site(context))
	frappe.connect()
	try:
		from asn_merit.demo.regency import make_demo_regency

		frappe.flags.mute_emails = True
		report = make_demo_regency(pegawai=pegawai, jabatan=jabatan, pengaduan=pengaduan, seed=seed)
		frappe.db.commit()
	finally:
		frappe.destroy()
	click.echo(json.dumps(report, indent=1, default=str))


@click.command("asn-hari-libur")
@click.option(
	"--company", default=None, help="Company whose default Holiday List it becomes (default: the site's)"
)
@pass_context
def asn_hari_libur(context, company: str | None):
	"""Add the national holidays and cuti bersama the app ships (SKB of the ministers) to the
	Holiday List 'Hari Libur Indonesia' and make it the company's default."""
	import frappe

	frappe.init(site=get_site(context))
	frappe.connect()
	try:
		from asn_merit.setup.hari_libur import make_national_holiday_list

		name = make_national_holiday_list(company)
		frappe.db.commit()
	finally:
		frappe.destroy()
	click.echo(name or "Belum ada company: jalankan setup wizard lebih dulu.")


commands = [asn_demo, asn_hari_libur]
