"""What the app itself can show for each aspect of the merit self-assessment, for a year.

Each function returns (pemenuhan, bukti): how far the evidence meets the aspect, 0 to 1, or
None when the app holds no evidence for it, and a sentence saying what was counted.
"""

import frappe
from frappe import _
from frappe.utils import getdate

from asn_merit.merit.pengaduan_flow import SELESAI

Evidence = tuple[float | None, str]


def evidence_for(tahun: int) -> dict[str, Evidence]:
	return {
		"Perencanaan Kebutuhan": perencanaan_kebutuhan(),
		"Pengadaan": (None, _("Data pengadaan ASN tidak dikelola di aplikasi ini; isi dari dokumen.")),
		"Pengembangan Karier": pengembangan_karier(tahun),
		"Promosi dan Mutasi": promosi_dan_mutasi(tahun),
		"Manajemen Kinerja": manajemen_kinerja(tahun),
		"Penggajian, Penghargaan dan Disiplin": (None, _("Isi dari data penggajian dan disiplin.")),
		"Perlindungan dan Pelayanan": perlindungan_dan_pelayanan(tahun),
		"Sistem Informasi": (None, _("Isi dari status integrasi SIASN dan sistem informasi lain.")),
	}


def _share(part: int, whole: int) -> float | None:
	return part / whole if whole else None


def perencanaan_kebutuhan() -> Evidence:
	total = frappe.db.count("Jabatan")
	with_need = frappe.db.count("Jabatan", {"kebutuhan": (">", 0)})
	return _share(with_need, total), _(
		"{0} dari {1} jabatan memiliki kebutuhan hasil analisis beban kerja."
	).format(with_need, total)


def pengembangan_karier(tahun: int) -> Evidence:
	total = frappe.db.count("Jabatan")
	standard = len(
		frappe.get_all("Jabatan Kompetensi", filters={"parenttype": "Jabatan"}, distinct=True, pluck="parent")
	)
	critical = frappe.db.count("Jabatan", {"jabatan_kritis": 1})
	pools = len(
		frappe.get_all("Kelompok Rencana Suksesi", filters={"tahun": tahun}, distinct=True, pluck="jabatan")
	)
	shares = [share for share in (_share(standard, total), _share(pools, critical)) if share is not None]
	bukti = _(
		"{0} dari {1} jabatan memiliki standar kompetensi; {2} dari {3} jabatan kritis memiliki kelompok rencana suksesi tahun {4}."
	).format(standard, total, pools, critical, tahun)
	return (sum(shares) / len(shares) if shares else None), bukti


def promosi_dan_mutasi(tahun: int) -> Evidence:
	selections = frappe.db.count(
		"Seleksi Terbuka",
		{"dipublikasikan": 1, "tanggal_pengumuman": ("between", (f"{tahun}-01-01", f"{tahun}-12-31"))},
	)
	decided = frappe.get_all(
		"Usulan Promosi",
		filters={"docstatus": 1, "tanggal_sk": ("between", (f"{tahun}-01-01", f"{tahun}-12-31"))},
		fields=["alasan_penyimpangan"],
	)
	by_ranking = sum(1 for row in decided if not row.alasan_penyimpangan)
	shares = [1.0 if selections else 0.0] + ([by_ranking / len(decided)] if decided else [])
	bukti = _(
		"{0} seleksi terbuka diumumkan; {1} dari {2} promosi yang ditetapkan mengikuti peringkat merit."
	).format(selections, by_ranking, len(decided))
	return sum(shares) / len(shares), bukti


def manajemen_kinerja(tahun: int) -> Evidence:
	active = frappe.db.count("Employee", {"status": "Active"})
	appraised = len(
		frappe.get_all(
			"Penilaian Kinerja",
			filters={"docstatus": 1, "tahun": tahun - 1, "periode": "Tahunan"},
			distinct=True,
			pluck="employee",
		)
	)
	return _share(appraised, active), _(
		"{0} dari {1} ASN aktif memiliki penilaian kinerja tahunan {2} yang final."
	).format(appraised, active, tahun - 1)


def perlindungan_dan_pelayanan(tahun: int) -> Evidence:
	closed = frappe.get_all(
		"Pengaduan Masyarakat",
		filters={"status": SELESAI, "tanggal_selesai": ("between", (f"{tahun}-01-01", f"{tahun}-12-31"))},
		fields=["tanggal_selesai", "batas_penyelesaian"],
	)
	on_time = sum(
		1
		for row in closed
		if not row.batas_penyelesaian or getdate(row.tanggal_selesai) <= getdate(row.batas_penyelesaian)
	)
	return _share(on_time, len(closed)), _(
		"{0} dari {1} pengaduan yang selesai tahun {2} diselesaikan tepat waktu."
	).format(on_time, len(closed), tahun)
