"""What a demo kabupaten is made of: its units (OPD), the jabatan of a unit, and names.

Plain data; the generator draws from it with a seeded random source.
"""

from dataclasses import dataclass

UNITS = (
	"Sekretariat Daerah",
	"Inspektorat Daerah",
	"Badan Perencanaan Pembangunan Daerah",
	"Badan Kepegawaian dan Pengembangan SDM",
	"Badan Pengelolaan Keuangan dan Aset Daerah",
	"Dinas Pendidikan",
	"Dinas Kesehatan",
	"Dinas Pekerjaan Umum dan Penataan Ruang",
	"Dinas Sosial",
	"Dinas Kependudukan dan Pencatatan Sipil",
	"Dinas Perhubungan",
	"Dinas Lingkungan Hidup",
	"Dinas Pertanian dan Ketahanan Pangan",
	"Dinas Koperasi, UKM dan Perdagangan",
	"Dinas Penanaman Modal dan PTSP",
	"Dinas Komunikasi dan Informatika",
	"Dinas Perumahan dan Kawasan Permukiman",
	"Dinas Pariwisata, Pemuda dan Olahraga",
	"Satuan Polisi Pamong Praja",
	"Badan Penanggulangan Bencana Daerah",
)

BIDANG = ("Perencanaan", "Pelayanan", "Pengembangan", "Pengendalian", "Pembinaan", "Data dan Informasi")


@dataclass(frozen=True)
class JabatanTemplate:
	nama: str  # "{unit}" is replaced by the unit's name
	jenis: str
	eselon: str | None = None
	jenjang: str | None = None
	kelas: int = 7
	pendidikan: str = "S1"
	kebutuhan: int = 1
	golongan: tuple[str, str] = ("III/a", "III/d")  # range the holders' golongan is drawn from


PROFESI = {
	"Dinas Kesehatan": [
		JabatanTemplate(
			"Dokter Ahli Pertama {unit}",
			"Fungsional",
			jenjang="Ahli Pertama",
			kelas=9,
			pendidikan="Dokter",
			kebutuhan=3,
			golongan=("III/b", "III/c"),
		),
		JabatanTemplate(
			"Perawat Ahli Pertama {unit}",
			"Fungsional",
			jenjang="Ahli Pertama",
			kelas=8,
			pendidikan="Ners",
			kebutuhan=4,
			golongan=("III/a", "III/b"),
		),
	],
	"Dinas Pendidikan": [
		JabatanTemplate(
			"Guru Ahli Pertama {unit}",
			"Fungsional",
			jenjang="Ahli Pertama",
			kelas=8,
			kebutuhan=6,
			golongan=("III/a", "III/b"),
		),
	],
}


def unit_jabatan(unit: str, count: int) -> list[JabatanTemplate]:
	"""The first `count` jabatan of a unit, head first; more bidang and seksi when more are asked."""
	structural = [
		JabatanTemplate(
			"Kepala {unit}", "JPT Pratama", "IIb", kelas=14, pendidikan="S2", golongan=("IV/b", "IV/c")
		),
		JabatanTemplate("Sekretaris {unit}", "Administrator", "IIIa", kelas=12, golongan=("IV/a", "IV/b")),
		JabatanTemplate(
			"Kepala Subbagian Umum dan Kepegawaian {unit}",
			"Pengawas",
			"IVa",
			kelas=9,
			golongan=("III/b", "III/d"),
		),
		JabatanTemplate(
			"Kepala Subbagian Keuangan {unit}", "Pengawas", "IVa", kelas=9, golongan=("III/b", "III/d")
		),
	]
	staff = [
		JabatanTemplate(
			"Analis Kebijakan Ahli Muda {unit}",
			"Fungsional",
			jenjang="Ahli Muda",
			kelas=9,
			kebutuhan=2,
			golongan=("III/c", "IV/a"),
		),
		JabatanTemplate(
			"Analis SDM Aparatur Ahli Pertama {unit}",
			"Fungsional",
			jenjang="Ahli Pertama",
			kelas=8,
			kebutuhan=2,
			golongan=("III/a", "III/b"),
		),
		JabatanTemplate(
			"Perencana Ahli Pertama {unit}",
			"Fungsional",
			jenjang="Ahli Pertama",
			kelas=8,
			kebutuhan=2,
			golongan=("III/a", "III/b"),
		),
		JabatanTemplate(
			"Pranata Komputer Terampil {unit}",
			"Fungsional",
			jenjang="Terampil",
			kelas=6,
			pendidikan="D-III",
			kebutuhan=2,
			golongan=("II/c", "III/a"),
		),
		JabatanTemplate(
			"Pengadministrasi Umum {unit}",
			"Pelaksana",
			kelas=5,
			pendidikan="SLTA",
			kebutuhan=8,
			golongan=("II/a", "III/a"),
		),
		JabatanTemplate(
			"Pengelola Keuangan {unit}",
			"Pelaksana",
			kelas=6,
			pendidikan="D-III",
			kebutuhan=4,
			golongan=("II/c", "III/b"),
		),
		JabatanTemplate(
			"Pengelola Data {unit}", "Pelaksana", kelas=6, kebutuhan=4, golongan=("II/c", "III/b")
		),
	]
	bidang = []
	for index, nama in enumerate(BIDANG * 4):
		round_ = f" {index // len(BIDANG) + 1}" if index >= len(BIDANG) else ""
		bidang += [
			JabatanTemplate(
				f"Kepala Bidang {nama}{round_} {{unit}}",
				"Administrator",
				"IIIb",
				kelas=11,
				golongan=("III/d", "IV/a"),
			),
			JabatanTemplate(
				f"Kepala Seksi {nama}{round_} {{unit}}",
				"Pengawas",
				"IVa",
				kelas=9,
				golongan=("III/b", "III/d"),
			),
			JabatanTemplate(
				f"Penata Layanan {nama}{round_} {{unit}}",
				"Pelaksana",
				kelas=7,
				kebutuhan=6,
				golongan=("II/c", "III/c"),
			),
		]
	# Head, secretary and the general staff first, so that even a tiny demo has people to place;
	# health and education units are mostly their professions (doctors, nurses, teachers).
	ordered = (
		structural[:2]
		+ PROFESI.get(unit, [])
		+ staff[4:5]
		+ structural[2:]
		+ bidang[:9]
		+ staff[:4]
		+ staff[5:]
		+ bidang[9:]
	)
	return [
		JabatanTemplate(item.nama.format(unit=unit), **{k: v for k, v in vars(item).items() if k != "nama"})
		for item in ordered[:count]
	]


FIRST_NAMES_MALE = (
	"Agus", "Budi", "Dedi", "Eko", "Fajar", "Hendra", "Imam", "Joko", "Kurniawan", "Lukman",
	"Muhammad", "Nanang", "Rizky", "Slamet", "Teguh", "Wahyu", "Yudi", "Zainal", "Andi", "Bayu",
)  # fmt: skip
FIRST_NAMES_FEMALE = (
	"Ani", "Bunga", "Citra", "Dewi", "Endang", "Fitri", "Gita", "Hana", "Indah", "Kartika",
	"Lestari", "Maya", "Nur", "Puspita", "Ratna", "Sari", "Tri", "Utami", "Wulan", "Yuni",
)  # fmt: skip
LAST_NAMES = (
	"Santoso", "Wibowo", "Saputra", "Hidayat", "Nugroho", "Setiawan", "Pratama", "Siregar",
	"Lubis", "Nasution", "Harahap", "Simanjuntak", "Wijaya", "Kusuma", "Purnomo", "Rahmawati",
	"Hasibuan", "Sembiring", "Tanjung", "Daulay",
)  # fmt: skip

COMPLAINT_SUBJECTS = (
	"Antrean pelayanan KTP terlalu lama",
	"Petugas tidak ada di tempat pada jam kerja",
	"Jalan rusak belum diperbaiki",
	"Pungutan di luar ketentuan saat mengurus izin",
	"Informasi persyaratan layanan tidak jelas",
	"Sampah tidak diangkut selama seminggu",
	"Lampu penerangan jalan mati",
	"Pegawai bersikap tidak sopan kepada warga",
	"Permintaan data anggaran kegiatan",
	"Usulan perbaikan jadwal pelayanan puskesmas",
)
