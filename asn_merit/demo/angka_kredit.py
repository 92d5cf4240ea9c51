"""The demo regency's JF holders with their yearly Penetapan Angka Kredit, as the BKPSDM would
have set them from the predikat (PermenPANRB 1/2023), written in bulk like the rest of the demo."""

from frappe.utils import getdate, today

from asn_merit.demo import bulk
from asn_merit.merit.angka_kredit import (
	AturanAngkaKredit,
	HasilKenaikanFungsional,
	angka_kredit_tahunan,
	kenaikan_fungsional,
)


def make_angka_kredit(people) -> int:
	"""One final PAK per JF holder and year of predikat, cumulative within the jenjang."""
	aturan = AturanAngkaKredit()
	holders = [
		p for p in people if p.template.jenis == "Fungsional" and p.template.jenjang in aturan.koefisien
	]
	years = sorted({year for p in holders for year in p.predikat})
	rows = []
	for year in years:
		names = iter(bulk.reserve_names(f"PAK-{year}-", len(holders), key=bulk.FORMAT_COUNTER))
		rows += [_row(next(names), pegawai, year, rows, aturan) for pegawai in holders]
	bulk.insert("Penetapan Angka Kredit", rows)
	return len(rows)


def _row(name: str, pegawai, year: int, earlier: list[dict], aturan) -> dict:
	jenjang, predikat = pegawai.template.jenjang, pegawai.predikat[year]
	previous = [row["ak_kumulatif"] for row in earlier if row["employee"] == pegawai.name]
	ak = angka_kredit_tahunan(jenjang, predikat, 12, aturan)
	kumulatif = (previous[-1] if previous else 0.0) + ak
	try:
		hasil = kenaikan_fungsional(jenjang, pegawai.grade, kumulatif, aturan)
	except ValueError as error:  # a golongan outside the jenjang's range: the PAK says so
		hasil = HasilKenaikanFungsional(layak=False, alasan=[str(error)])
	return {
		"name": name,
		"employee": pegawai.name,
		"employee_name": pegawai.employee_name,
		"jabatan": pegawai.jabatan,
		"jenjang": jenjang,
		"golongan": pegawai.grade,
		"tahun": year,
		"bulan": 12,
		"predikat": predikat,
		"koefisien": aturan.koefisien[jenjang],
		"persentase": 100 * aturan.persentase[predikat],
		"angka_kredit": ak,
		"ak_sebelumnya": previous[-1] if previous else 0.0,
		"ak_dasar": 0.0,
		"ak_kumulatif": kumulatif,
		"layak_kenaikan_pangkat": int(hasil.layak_pangkat),
		"golongan_berikutnya": hasil.golongan_berikutnya,
		"kekurangan_pangkat": hasil.kekurangan_pangkat or 0,
		"layak_kenaikan_jenjang": int(hasil.layak_jenjang),
		"jenjang_berikutnya": hasil.jenjang_berikutnya,
		"kekurangan_jenjang": hasil.kekurangan_jenjang or 0,
		"keterangan": "\n".join([*hasil.alasan, *hasil.catatan]),
		"tanggal_penetapan": getdate(today()),
		"docstatus": 1,
	}
