#!/usr/bin/env python3
"""Write a synthetic request register (buku register permohonan) as CSV, for `ppid import`.

Usage:
  bench/generate_register.py --rows N [--seed S] [--until 2026-11-24] [--from-year 2022]
                             [--style clean|messy] [-o FILE]

Every row is a request that obeys the statutory clocks (UU 14/2008
art. 22, 35-37) counted in working days from the repository's holiday data (../holidays/*.toml:
holidays and cuti bersama are both non-working; years without a file have only weekends off), so
the importer can validate every row and accept it. Personal data is synthetic.

  clean  UTF-8, ',' separator, LF, RFC 4180 quoting, DD/MM/YYYY dates; the benchmark input.
  messy  what office spreadsheets export: Windows-1252, ';', CRLF, a body's own headers, dates in
         every form Indonesian registers use, '-' for empty cells, padded fields, a quoted line
         break, doubled quotes, blank lines; the shipped example register.

Rows are written as they are generated (memory stays flat), in increasing order of receipt, and
are the same for a given seed (the case data of both styles is identical for one seed).
Python 3.11 standard library only.
"""

import argparse
import csv
import datetime as dt
import io
import random
import sys
import tomllib
from bisect import bisect_left
from pathlib import Path

HOLIDAYS_DIR = Path(__file__).resolve().parent.parent / "holidays"
# Chosen so that the 240-row example (--style messy --from-year 2023) shows every kind of case:
# extensions, late notices, each refusal reason, objections on ground c, answers, disputes that
# ended, withdrawals and requests still open.
DEFAULT_SEED = 223
ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

# Codes shared by both styles.
GRANTED, PARTIAL, REFUSED = 0, 1, 2
EXEMPT, NOT_HELD, NOT_DOCUMENTED, PROCEDURAL = 0, 1, 2, 3
UPHELD, OVERTURNED, ANSWER_PARTIAL = 0, 1, 2
MEDIATED, D_GRANTED, D_PARTIAL, D_REFUSED, D_WITHDRAWN, D_LAPSED = 0, 1, 2, 3, 4, 5
DESK, EMAIL, WEB, POST = 0, 1, 2, 3


def bag(pairs):
    """A list holding each item `weight` times, so a weighted choice is one index."""
    out = []
    for item, weight in pairs:
        out.extend([item] * weight)
    return out


# ---------------------------------------------------------------------------------------------
# Working-day calendar


class Calendar:
    """Working days between two ordinals, with an index so that adding N working days is O(1)."""

    def __init__(self, holidays_dir, first, last):
        closed = set()
        files = sorted(holidays_dir.glob("*.toml"))
        if not files:
            raise SystemExit(f"generate_register: no holiday files in {holidays_dir}")
        for path in files:
            with open(path, "rb") as f:
                data = tomllib.load(f)
            for day in data.get("day", []):
                if day.get("kind") not in ("holiday", "collective-leave"):
                    raise SystemExit(f"generate_register: {path}: unknown kind {day.get('kind')!r}")
                if not isinstance(day.get("date"), dt.date):
                    raise SystemExit(f"generate_register: {path}: bad date {day.get('date')!r}")
                closed.add(day["date"].toordinal())
        self.base = first
        self.days = []  # working days, ascending ordinals
        self.first_at = []  # first_at[o - base]: index in days of the first working day >= o
        for o in range(first, last + 1):
            self.first_at.append(len(self.days))
            if (o + 6) % 7 < 5 and o not in closed:  # ordinal 1 (0001-01-01) is a Monday
                self.days.append(o)
        self.first_at.append(len(self.days))

    def is_working(self, o):
        i = self.first_at[o - self.base]
        return i < len(self.days) and self.days[i] == o

    def index_after(self, o):
        """Index of the first working day after ordinal o (o itself not counted)."""
        return self.first_at[o - self.base + 1]


# ---------------------------------------------------------------------------------------------
# Synthetic people

# Each group: weight, male given names, female given names, family names (m, f, any).
JAVANESE = dict(
    m="Budi Agus Bambang Joko Slamet Eko Heru Wahyu Teguh Sutrisno Hadi Rudi Bayu Aditya Fajar "
    "Arif Dimas Yoga Gilang Sigit Purwanto Bagus".split(),
    f="Sri Siti Dewi Endang Rini Wulan Puji Retno Ayu Indah Dian Novi Yuni Ratna Anik Kartika "
    "Tri".split(),
    fam_m="Santoso Wibowo Prasetyo Susanto Setiawan Nugroho Hidayat Kurniawan Purnomo Saputra "
    "Wijayanto Sulistyo Haryanto Raharjo Firmansyah Pambudi".split(),
    fam_f="Rahmawati Lestari Wulandari Handayani Susilowati Kusumawardani Pratiwi Anggraini Utami "
    "Purwaningsih Maharani Astuti".split(),
)
SUNDANESE = dict(
    m="Asep Ujang Dadang Cecep Deden Yayan Iwan Ajat Engkos Ade Dede Jajang Usep".split(),
    f="Euis Neneng Iis Enok Nining Lilis Imas Popon Yeni Cucu".split(),
    fam_m="Sumarna Permana Suryadi Kusnadi Hermawan Gunawan Rohmat Supriatna Mulyana Sobandi "
    "Sopandi Ruhiyat".split(),
    fam_f="Nurhayati Komalasari Rosmiati Kurniasih Sukaesih Rohaeti Nurlela".split(),
)
BATAK = dict(
    m="Yohanes Tigor Maruli Hotman Parlindungan Sahat Togar Bonar Daniel Ricardo Martua".split(),
    f="Ruth Debora Lamria Tiur Sondang Rosita Romauli Hotnida Rugun".split(),
    marga="Situmorang Simanjuntak Nainggolan Hutapea Siregar Sitompul Panjaitan Simatupang Sinaga "
    "Manurung Pardede Sihombing Tambunan Damanik Ginting Tarigan Sembiring".split(),
    # Mandailing and Angkola: Muslim given names with their own marga.
    muslim_m="Ahmad Fauzi|Muhammad Ridwan|Syahrul|Irfan|Rahmat|Zulfikar|Ahmad".split("|"),
    muslim_f="Nur Aisyah|Siti Hajar|Rahmadani|Fitri|Nurhalimah".split("|"),
    muslim_marga="Nasution Harahap Lubis Siregar Hasibuan Pohan Batubara Daulay Rangkuti".split(),
)
MINANG = dict(
    m="Rizal Andika Syafrizal Zulkifli Hendri Yusrizal Fadli Afrizal Delfi Yuliandri".split(),
    f="Yulia Rahmi Fitri Yelfi Desi Rahmadani Silvia Elvi".split(),
    fam="Chaniago Piliang Tanjung Koto Sikumbang Jambak Syafrudin Bakar".split(),
)
BUGIS = dict(
    m="Muhammad Abdul Syamsul Rahman Taufik Ilham Baso Arfan".split(),
    f="Nurhaedah Hasnah Sitti Hasmawati Rosdiana Haslinda Nurfaidah".split(),
    fam="Mallarangeng Mattalitti Pangerang Amiruddin Haruna Latif Sanusi Makkasau Pabittei "
    "Tenriawaru".split(),
)
BALINESE = dict(
    order_m="Wayan Putu Gede Made Kadek Nyoman Komang Ketut".split(),
    order_f="Luh Putu|Putu|Kadek|Made|Nyoman|Komang|Ketut|Luh Made|Wayan".split("|"),
    m="Suarjana Sudarsana Artawan Wirawan Adnyana Budiarta Sukadana Mahendra Arya Darmawan Sutama "
    "Wiratama".split(),
    f="Ayu|Ariani|Sukmawati|Purnami|Suartini|Widiastuti|Kartika Dewi|Sri Wahyuni|Yuliantari|"
    "Astiti|Eka Juliani".split("|"),
)
CHINESE = dict(
    m="Hendra Kevin Steven Michael Ferry Hartono Andreas Willy Johan Sugianto Yohanes".split(),
    f="Lina Susanti Melinda Jessica Grace Lilian Vivian Meiliana Cynthia".split(),
    fam="Gunawan Tanoto Halim Wijaya Salim Tanjaya Sutanto Hartanto Lim Tan Setiadi Tjahjadi "
    "Widjaja Sugiarto Kusuma Liem Tanuwijaya".split(),
)
ARABIC = dict(
    m="Ahmad Muhammad Abdullah Umar Husein Fadel Hasan Salim Ali Mu’min Zainal Hamid".split(),
    f="Fatimah Aisyah Khadijah Zahra Nabila Syifa Salma Rahmah".split(),
    fam="Alatas Assegaf Al Habsyi|Shahab Baswedan Bafadal Alaydrus Alkatiri Basalamah Aljufri "
    "Albar Ma’ruf Bawazier".replace(" ", "|").replace("Al|Habsyi", "Al Habsyi").split("|"),
)
EASTERN = dict(  # Nusa Tenggara Timur, Maluku, Papua
    m="Yosef Marthen Petrus Agustinus Fransiskus José Yakobus Melkianus Stefanus Alfons".split(),
    f="Maria Yuliana Agustina Theresia Veronika Fransiska Elisabeth Magdalena".split(),
    fam="Fernandes|da Costa|Soares|Pereira|Lewerissa|Pattinama|Manuputty|Rumbewas|Kambu|Wenda|"
    "Nggebu|Tefa|Bere|Fanggidae|da Silva".split("|"),
)
GENERIC = dict(  # names common everywhere, mostly Arabic-origin Muslim names
    m="Muhammad Rizki|Ilham|Fauzan|Rahmat|Fikri|Akbar|Rafi|Reza|Fahmi|Ridwan|Syahrul|Ahmad Fauzi"
    .split("|"),
    f="Putri|Nur|Rina|Anisa|Nurul|Fitria|Aulia|Nadia|Amelia|Rahma|Intan|Siti".split("|"),
    fam_m="Ramadhan Pratama Maulana Hakim Syahputra Firdaus Akbar Fauzi".split(),
    fam_f="Saputri Ramadhani Safitri Permatasari Azzahra Rahmawati Hidayati Maharani".split(),
)


def pick(r, items):
    return items[int(r() * len(items))]


def name_javanese(r, female):
    g = JAVANESE
    if r() < 0.08:  # a single name, common among older Javanese
        return pick(r, g["fam_f"] if female else g["fam_m"])
    first = pick(r, g["f"] if female else g["m"])
    return f"{first} {pick(r, g['fam_f'] if female else g['fam_m'])}"


def name_sundanese(r, female):
    g = SUNDANESE
    family = g["fam_f"] if female else g["fam_m"]
    return f"{pick(r, g['f'] if female else g['m'])} {pick(r, family)}"


def name_batak(r, female):
    g = BATAK
    if r() < 0.35:
        return f"{pick(r, g['muslim_f'] if female else g['muslim_m'])} {pick(r, g['muslim_marga'])}"
    return f"{pick(r, g['f'] if female else g['m'])} {pick(r, g['marga'])}"


def name_minang(r, female):
    g = MINANG
    return f"{pick(r, g['f'] if female else g['m'])} {pick(r, g['fam'])}"


def name_bugis(r, female):
    g = BUGIS
    title = "Andi " if r() < 0.3 else ""
    return f"{title}{pick(r, g['f'] if female else g['m'])} {pick(r, g['fam'])}"


def name_balinese(r, female):
    g = BALINESE
    if female:
        return f"Ni {pick(r, g['order_f'])} {pick(r, g['f'])}"
    return f"I {pick(r, g['order_m'])} {pick(r, g['m'])}"


def name_chinese(r, female):
    g = CHINESE
    return f"{pick(r, g['f'] if female else g['m'])} {pick(r, g['fam'])}"


def name_arabic(r, female):
    g = ARABIC
    if female:
        title = "Syarifah " if r() < 0.25 else ""
        return f"{title}{pick(r, g['f'])} {pick(r, g['fam'])}"
    middle = f" {pick(r, GENERIC['fam_m'])}" if r() < 0.2 else ""
    return f"{pick(r, g['m'])}{middle} {pick(r, g['fam'])}"


def name_eastern(r, female):
    g = EASTERN
    return f"{pick(r, g['f'] if female else g['m'])} {pick(r, g['fam'])}"


def name_generic(r, female):
    g = GENERIC
    family = g["fam_f"] if female else g["fam_m"]
    return f"{pick(r, g['f'] if female else g['m'])} {pick(r, family)}"


NAME_BUILDERS = bag([
    (name_javanese, 33), (name_sundanese, 15), (name_batak, 10), (name_minang, 7),
    (name_bugis, 6), (name_balinese, 5), (name_chinese, 7), (name_arabic, 5),
    (name_eastern, 4), (name_generic, 8),
])

# Province codes of the KTP number (NIK), as Dukcapil numbers them.
PROVINCE_CODES = ("11 12 13 14 15 16 17 18 19 21 31 32 33 34 35 36 51 52 53 61 62 63 64 65 "
                  "71 72 73 74 75 76 81 82 91 92 94").split()

# Regions: province code, the Information Commission of the province, and regencies/cities with
# their two-digit code and some districts (kecamatan). One region is the body's home.
REGIONS = [
    ("32", "Komisi Informasi Provinsi Jawa Barat", [
        ("73", "Bandung", ["Coblong", "Sukajadi", "Cibeunying Kidul", "Lengkong", "Antapani"]),
        ("04", "Kab. Bandung", ["Soreang", "Baleendah", "Dayeuhkolot", "Margahayu"]),
        ("75", "Bekasi", ["Bekasi Timur", "Rawalumbu", "Medan Satria"]),
        ("71", "Bogor", ["Bogor Tengah", "Tanah Sareal"]),
        ("76", "Depok", ["Beji", "Pancoran Mas", "Sukmajaya"]),
        ("77", "Cimahi", ["Cimahi Tengah", "Cimahi Utara"]),
        ("05", "Kab. Garut", ["Tarogong Kidul", "Garut Kota", "Karangpawitan"]),
        ("11", "Kab. Sumedang", ["Jatinangor", "Sumedang Utara"]),
        ("78", "Tasikmalaya", ["Cihideung", "Tawang"]),
        ("74", "Cirebon", ["Kejaksan", "Lemahwungkuk"]),
    ]),
    ("33", "Komisi Informasi Provinsi Jawa Tengah", [
        ("74", "Semarang", ["Banyumanik", "Tembalang", "Semarang Tengah", "Candisari"]),
        ("72", "Surakarta", ["Laweyan", "Banjarsari", "Jebres"]),
        ("73", "Salatiga", ["Sidorejo", "Tingkir"]),
        ("02", "Kab. Banyumas", ["Purwokerto Utara", "Sokaraja"]),
        ("10", "Kab. Klaten", ["Klaten Tengah", "Wedi"]),
        ("19", "Kab. Kudus", ["Kota Kudus", "Jati"]),
        ("76", "Tegal", ["Tegal Barat", "Margadana"]),
    ]),
    ("35", "Komisi Informasi Provinsi Jawa Timur", [
        ("78", "Surabaya", ["Gubeng", "Wonokromo", "Rungkut", "Tegalsari", "Sukolilo"]),
        ("73", "Malang", ["Lowokwaru", "Klojen", "Blimbing"]),
        ("15", "Kab. Sidoarjo", ["Waru", "Candi", "Taman"]),
        ("09", "Kab. Jember", ["Sumbersari", "Kaliwates", "Patrang"]),
        ("10", "Kab. Banyuwangi", ["Giri", "Genteng"]),
        ("71", "Kediri", ["Mojoroto", "Pesantren"]),
    ]),
    ("34", "Komisi Informasi Daerah Istimewa Yogyakarta", [
        ("71", "Yogyakarta", ["Gondokusuman", "Umbulharjo", "Mergangsan"]),
        ("04", "Kab. Sleman", ["Depok", "Mlati", "Ngaglik"]),
        ("02", "Kab. Bantul", ["Sewon", "Kasihan", "Banguntapan"]),
    ]),
    ("12", "Komisi Informasi Provinsi Sumatera Utara", [
        ("75", "Medan", ["Medan Baru", "Medan Johor", "Medan Helvetia", "Medan Sunggal"]),
        ("72", "Pematangsiantar", ["Siantar Barat", "Siantar Timur"]),
        ("07", "Kab. Deli Serdang", ["Lubuk Pakam", "Percut Sei Tuan"]),
        ("12", "Kab. Toba", ["Balige", "Laguboti"]),
    ]),
    ("13", "Komisi Informasi Provinsi Sumatera Barat", [
        ("71", "Padang", ["Padang Utara", "Kuranji", "Koto Tangah"]),
        ("75", "Bukittinggi", ["Guguk Panjang", "Mandiangin Koto Selayan"]),
        ("76", "Payakumbuh", ["Payakumbuh Barat", "Payakumbuh Timur"]),
        ("06", "Kab. Agam", ["Lubuk Basung", "Tilatang Kamang"]),
    ]),
    ("73", "Komisi Informasi Provinsi Sulawesi Selatan", [
        ("71", "Makassar", ["Panakkukang", "Tamalate", "Rappocini", "Biringkanaya"]),
        ("72", "Parepare", ["Soreang", "Ujung"]),
        ("08", "Kab. Bone", ["Tanete Riattang", "Tanete Riattang Barat"]),
        ("06", "Kab. Gowa", ["Somba Opu", "Pallangga"]),
    ]),
    ("51", "Komisi Informasi Provinsi Bali", [
        ("71", "Denpasar", ["Denpasar Barat", "Denpasar Selatan", "Denpasar Timur"]),
        ("03", "Kab. Badung", ["Kuta", "Mengwi", "Abiansemal"]),
        ("04", "Kab. Gianyar", ["Ubud", "Sukawati", "Gianyar"]),
        ("08", "Kab. Buleleng", ["Buleleng", "Sukasada"]),
        ("02", "Kab. Tabanan", ["Tabanan", "Kediri"]),
    ]),
    ("53", "Komisi Informasi Provinsi Nusa Tenggara Timur", [
        ("71", "Kupang", ["Oebobo", "Kelapa Lima", "Maulafa"]),
        ("07", "Kab. Sikka", ["Alok", "Kewapante"]),
        ("08", "Kab. Ende", ["Ende Tengah", "Ende Selatan"]),
    ]),
    ("31", "Komisi Informasi Provinsi DKI Jakarta", [
        ("74", "Jakarta Selatan", ["Tebet", "Kebayoran Baru", "Pasar Minggu", "Setiabudi"]),
        ("75", "Jakarta Timur", ["Jatinegara", "Duren Sawit", "Cakung"]),
        ("71", "Jakarta Pusat", ["Menteng", "Gambir", "Senen"]),
        ("73", "Jakarta Barat", ["Kebon Jeruk", "Grogol Petamburan"]),
        ("72", "Jakarta Utara", ["Koja", "Tanjung Priok"]),
    ]),
    ("63", "Komisi Informasi Provinsi Kalimantan Selatan", [
        ("71", "Banjarmasin", ["Banjarmasin Tengah", "Banjarmasin Utara"]),
        ("72", "Banjarbaru", ["Landasan Ulin", "Cempaka"]),
        ("03", "Kab. Banjar", ["Martapura", "Martapura Barat"]),
    ]),
]

STREETS = ("Jl. Merdeka|Jl. Jenderal Sudirman|Jl. Ahmad Yani|Jl. Diponegoro|Jl. Gajah Mada|"
           "Jl. Pahlawan|Jl. Veteran|Jl. Cendana|Jl. Melati|Jl. Mawar|Jl. Kenanga|Jl. Anggrek|"
           "Jl. Flamboyan|Jl. R.A. Kartini|Jl. Imam Bonjol|Jl. Sultan Hasanuddin|Jl. Pattimura|"
           "Jl. Teuku Umar|Jl. Siliwangi|Jl. Pemuda|Jl. Kapten Tendean|Jl. Hayam Wuruk|"
           "Jl. Raya Pasar Baru|Jl. Sisingamangaraja|Jl. Dr. Wahidin|Gg. Masjid|Gg. Kelinci|"
           "Jl. Cempaka Putih|Jl. Mangga Dua|Jl. Nusantara").split("|")
KELURAHAN = ("Sukamaju|Sukamulya|Mekarsari|Tanjungsari|Sidomulyo|Sumberejo|Karanganyar|Margahayu|"
             "Banjarsari|Sukasari|Kebonsari|Jatimulya|Harapan Jaya|Kotabaru|Sindangsari|"
             "Purwodadi|Tegalrejo|Kampung Baru").split("|")
PERUMAHAN = ("Griya Asri|Bumi Indah|Taman Sari|Graha Permai|Puri Kencana|Villa Mutiara|"
             "Permata Hijau|Pesona Alam").split("|")

OCCUPATIONS = bag([
    ("Mahasiswa", 22), ("Wiraswasta", 13), ("Karyawan Swasta", 12), ("Wartawan", 10),
    ("LSM", 8), ("Peneliti", 6), ("PNS", 5), ("Guru", 5), ("Petani", 4),
    ("Ibu Rumah Tangga", 4), ("Dosen", 3), ("Advokat", 3), ("Pelajar", 1), ("Buruh", 2),
    ("Pensiunan", 2), ("Pedagang", 2), ("Nelayan", 1), ("Perangkat Desa", 1),
])
AGE_RANGE = {"Mahasiswa": (18, 26), "Pelajar": (17, 18), "Pensiunan": (58, 78)}
PURPOSES = {
    "Mahasiswa": ["Penelitian skripsi", "Penelitian tesis", "Tugas kuliah",
                  "Bahan penulisan skripsi", "Penelitian skripsi"],
    "Pelajar": ["Tugas sekolah", "Bahan lomba karya tulis ilmiah"],
    "Wartawan": ["Bahan pemberitaan", "Liputan investigasi", "Bahan pemberitaan",
                 "Verifikasi data untuk berita"],
    "LSM": ["Pengawasan anggaran", "Advokasi kebijakan publik", "Pemantauan pelayanan publik",
            "Pengawasan pengadaan barang dan jasa"],
    "Peneliti": ["Penelitian", "Kajian kebijakan", "Bahan publikasi ilmiah"],
    "Dosen": ["Penelitian", "Bahan ajar", "Pengabdian kepada masyarakat"],
    "Advokat": ["Kepentingan pembelaan hukum klien", "Bahan gugatan", "Bukti di persidangan"],
    "Perangkat Desa": ["Bahan musyawarah desa", "Perencanaan pembangunan desa"],
    "Petani": ["Mengetahui program bantuan pertanian", "Bahan musyawarah desa",
               "Kepentingan pribadi"],
}
PURPOSES_OTHER = ["Pengawasan anggaran", "Mengetahui program pemerintah", "Kepentingan pribadi",
                  "Persyaratan administrasi", "Informasi peluang usaha",
                  "Pengawasan pembangunan di lingkungan tempat tinggal"]

AGENCIES = ("Dinas Pendidikan|Dinas Kesehatan|Dinas Pekerjaan Umum dan Penataan Ruang|"
            "Dinas Sosial|Bappeda|BPKAD|Dinas Lingkungan Hidup|Dinas Perhubungan|RSUD|"
            "Dinas Kependudukan dan Pencatatan Sipil|Dinas Pertanian|Satpol PP|BKPSDM|"
            "Dinas Perumahan dan Kawasan Permukiman|Inspektorat|Sekretariat DPRD|"
            "Dinas Pariwisata|Dinas Komunikasi dan Informatika").split("|")
PROJECTS = ("pembangunan pasar tradisional|pembangunan jalan lingkar|perluasan TPA|"
            "pembangunan pabrik semen|reklamasi pantai|pembangunan perumahan|"
            "pembangunan pusat perbelanjaan|penambangan pasir|pembangunan waduk").split("|")
ITEMS = ("alat kesehatan|laptop sekolah|kendaraan dinas|seragam sekolah|obat-obatan|"
         "pembangunan gedung kantor|rehabilitasi jalan|papan reklame digital").split("|")
POSITIONS = ("kepala sekolah|pejabat administrator|tenaga honorer|pejabat pengawas|"
             "kepala puskesmas|direksi PDAM").split("|")
DISEASES = "demam berdarah|stunting|tuberkulosis|campak|diare".split("|")
TOPICS = ("pajak daerah|retribusi pasar|penataan ruang|pengelolaan sampah|"
          "bangunan gedung|perlindungan anak").split("|")


def info_templates():
    """Functions (r, year, kecamatan) -> the information requested, as applicants word it."""
    p = pick
    return [
        lambda r, y, k: f"Salinan DPA {p(r, AGENCIES)} Tahun {y}",
        lambda r, y, k: f"Salinan RKA {p(r, AGENCIES)} Tahun Anggaran {y}",
        lambda r, y, k: f"Laporan realisasi anggaran {p(r, AGENCIES)} Tahun {y - 1}",
        lambda r, y, k: f"Data penerima bantuan sosial Kecamatan {k} Tahun {y}",
        lambda r, y, k: f"Daftar penerima PKH Desa {p(r, KELURAHAN)}, Kecamatan {k}",
        lambda r, y, k: f"Dokumen AMDAL {p(r, PROJECTS)} di Kecamatan {k}",
        lambda r, y, k: f"SK pengangkatan {p(r, POSITIONS)} Tahun {y - int(r() * 3)}",
        lambda r, y, k: f"Kontrak pengadaan {p(r, ITEMS)} pada {p(r, AGENCIES)} Tahun {y}",
        lambda r, y, k: f"Laporan hasil pemeriksaan BPK atas LKPD Tahun {y - 1}",
        lambda r, y, k: f"Data jumlah kasus {p(r, DISEASES)} per kecamatan Tahun {y - 1}",
        lambda r, y, k: f"Rencana Strategis {p(r, AGENCIES)} 2021–2026",
        lambda r, y, k: f"Data penggunaan Dana Desa {p(r, KELURAHAN)} Tahun {y - 1}",
        lambda r, y, k: f"Daftar aset tanah milik pemerintah daerah di Kecamatan {k}",
        lambda r, y, k: f"Hasil seleksi penerimaan PPPK Tahun {y}",
        lambda r, y, k: f"Notulen rapat Musrenbang Kecamatan {k} Tahun {y}",
        lambda r, y, k: f"Data kualitas air sungai di Kecamatan {k} Tahun {y - 1}",
        lambda r, y, k: f"Salinan Perda Nomor {1 + int(r() * 12)} Tahun {y - 1 - int(r() * 5)} "
                        f"tentang {p(r, TOPICS)}",
        lambda r, y, k: f"Laporan penggunaan dana BOS SD Negeri {1 + int(r() * 30)} {k} "
                        f"Tahun {y - 1}",
        lambda r, y, k: f"Daftar ruas jalan rusak dan rencana perbaikan Tahun {y}",
        lambda r, y, k: f"Izin PBG dan dokumen {p(r, PROJECTS)} di Kecamatan {k}",
        lambda r, y, k: f"Berita acara serah terima pekerjaan {p(r, ITEMS)} Tahun {y - 1}",
        lambda r, y, k: f"Data tunjangan kinerja pegawai {p(r, AGENCIES)} Tahun {y}",
    ]


PHONE_PREFIXES = ("811 812 813 821 822 823 852 853 814 815 816 855 856 857 858 817 818 819 "
                  "859 877 878 895 896 897 898 899 881 882 887 888 831 832 838").split()
MAIL_DOMAINS = bag([("gmail.com", 60), ("yahoo.com", 12), ("yahoo.co.id", 8),
                    ("outlook.com", 5), ("hotmail.com", 4), ("ymail.com", 2),
                    ("icloud.com", 2)])
CAMPUS_DOMAINS = ["student.unpad.ac.id", "mail.ugm.ac.id", "ui.ac.id", "unhas.ac.id", "usu.ac.id",
                  "unair.ac.id", "unand.ac.id"]
EXTENSION_REASONS = ["Informasi belum dikuasai", "Informasi belum didokumentasikan",
                     "Belum diputuskan apakah dikecualikan"]
EXEMPT_LETTERS = bag([("h", 30), ("i", 15), ("a", 14), ("j", 10), ("b", 8), ("d", 6),
                      ("e", 6), ("c", 5), ("f", 3), ("g", 3)])


def phone(r):
    prefix = pick(r, PHONE_PREFIXES)
    rest = f"{int(r() * 100000000):08d}"  # 0 + 3 + 8 = 12 digits
    if r() < 0.15:
        rest = rest[:7]  # 11 digits
    form = r()
    if form < 0.45:
        return f"0{prefix[:3]}-{rest[:4]}-{rest[4:]}"
    if form < 0.7:
        return f"0{prefix}{rest}"
    if form < 0.8:
        return f"0{prefix} {rest[:4]} {rest[4:]}"
    if form < 0.95:
        return f"+62 {prefix} {rest[:4]} {rest[4:]}"
    return f"+62{prefix}{rest}"


ASCII_MAIL = str.maketrans({"’": "", "é": "e", " ": "."})


def email(r, name, occupation, year_of_birth):
    words = [w for w in name.split() if w not in ("I", "Ni", "Andi", "Syarifah")] or name.split()
    first = words[0].translate(ASCII_MAIL).lower()
    last = words[-1].translate(ASCII_MAIL).lower()
    form = r()
    if len(words) == 1 or form < 0.2:
        local = f"{first}{year_of_birth % 100:02d}" if r() < 0.5 else f"{first}{int(r() * 999)}"
    elif form < 0.55:
        local = f"{first}.{last}"
    elif form < 0.7:
        local = f"{first}{last}{int(r() * 99)}"
    elif form < 0.85:
        local = f"{first[0]}{last}"
    else:
        local = f"{first}_{last[:5]}"
    if occupation in ("Mahasiswa", "Dosen", "Peneliti") and r() < 0.25:
        return f"{local}@{pick(r, CAMPUS_DOMAINS)}"
    return f"{local}@{pick(r, MAIL_DOMAINS)}"


# ---------------------------------------------------------------------------------------------
# Cases


def generate(args, cal):
    """Yield one tuple per request, in order of receipt: register number, receipt (ordinal,
    minutes or None), the applicant, the request, then each event as an ordinal or None with its
    code (see the unpacking in write_clean), and last whether the applicant is a woman."""
    rng = random.Random(args.seed)
    r = rng.random
    until = args.until.toordinal()
    base = dt.date(args.from_year, 1, 1).toordinal()
    span = until - base + 1
    days = cal.days
    first_at = cal.first_at
    n = args.rows
    u_idx = first_at[until - base + 1] - 1  # index of the last working day <= until

    home = REGIONS[rng.randrange(len(REGIONS))]
    commission = home[1]
    infos = info_templates()
    channel_desk = bag([(DESK, 92), (POST, 8)])
    channel_mail = bag([(EMAIL, 60), (WEB, 40)])

    # Receipts: each working day weighs 1 and each other day (weekends, holidays: requests by
    # e-mail or web form) so little that they get about 3% of the rows. Row i falls at a random
    # point of the i-th of n equal slices of the total weight, so dates ascend with no sorting.
    working_count = u_idx - first_at[0] + 1
    other_weight = 0.03 / 0.97 * working_count / max(1, span - working_count)
    cumulative = []
    total = 0.0
    for o in range(base, until + 1):
        total += 1.0 if cal.is_working(o) else other_weight
        cumulative.append(total)
    last = len(cumulative) - 1

    seq = 0
    seq_year = 0
    for i in range(n):
        recv = base + min(last, bisect_left(cumulative, (i + r()) * total / n))
        working = days[first_at[recv - base]] == recv
        d = dt.date.fromordinal(recv)
        if d.year != seq_year:
            seq_year = d.year
            seq = 0
        seq += 1
        reg = f"{seq:03d}/PPID/{ROMAN[d.month]}/{d.year}"
        minutes = 480 + int(r() * 480) if r() < 0.4 else None  # 08:00 .. 15:59

        # The applicant.
        occupation = pick(r, OCCUPATIONS)
        female = occupation == "Ibu Rumah Tangga" or r() < 0.48
        name = pick(r, NAME_BUILDERS)(r, female)
        lo, hi = AGE_RANGE.get(occupation, (22, 64))
        birth_year = d.year - lo - int(r() * (hi - lo + 1))
        local = r() < 0.85
        region = home if local else REGIONS[int(r() * len(REGIONS))]
        city_code, city, districts = pick(r, region[2])
        kec = pick(r, districts)
        if local or r() < 0.7:
            prov, regency = region[0], city_code
        else:  # a KTP from another province
            prov, regency = pick(r, PROVINCE_CODES), f"{1 + int(r() * 25):02d}"
        if r() < 0.85:
            day = 1 + int(r() * 28)
            nik = (f"{prov}{regency}{1 + int(r() * 30):02d}{day + 40 if female else day:02d}"
                   f"{1 + int(r() * 12):02d}{birth_year % 100:02d}{1 + int(r() * 999):04d}")
        else:
            nik = ""
        form = r()
        if form < 0.45:
            address = f"{pick(r, STREETS)} No. {1 + int(r() * 150)}, {city}"
        elif form < 0.65:
            address = (f"{pick(r, STREETS)} No. {1 + int(r() * 150)} RT {1 + int(r() * 12):02d}/"
                       f"RW {1 + int(r() * 9):02d}, Kel. {pick(r, KELURAHAN)}, {city}")
        elif form < 0.8:
            address = (f"Perum {pick(r, PERUMAHAN)} Blok {'ABCDEFGH'[int(r() * 8)]}"
                       f"{1 + int(r() * 12)} No. {1 + int(r() * 40)}, {city}")
        elif form < 0.9 or not city.startswith("Kab."):
            address = f"Komp. {pick(r, PERUMAHAN)} No. {1 + int(r() * 80)}, Kec. {kec}, {city}"
        else:
            address = (f"Dusun {pick(r, KELURAHAN)} RT {1 + int(r() * 9):02d}/RW "
                       f"{1 + int(r() * 6):02d}, Desa {pick(r, KELURAHAN)}, Kec. {kec}, {city}")
        contact = r()
        tel = phone(r) if contact < 0.8 else ""
        mail = email(r, name, occupation, birth_year) if contact > 0.45 else ""
        if not working:
            channel = pick(r, channel_mail)
            if not mail:
                mail = email(r, name, occupation, birth_year)
        elif mail and (not tel or r() < 0.55):
            channel = pick(r, channel_mail)
        else:
            channel = pick(r, channel_desk)
        template = int(r() * len(infos))
        info = infos[template](r, d.year, kec)
        if template in (3, 4) and r() < 0.4:  # social assistance lists
            purpose = "Mengetahui hak sebagai penerima bantuan"
        else:
            purpose = pick(r, PURPOSES.get(occupation, PURPOSES_OTHER))

        # The clock: day 0 is the receipt day, or the next working day when received on a
        # non-working day or after service hours (16:00).
        i0 = first_at[recv - base]
        if minutes is not None and minutes >= 960 and days[i0] == recv:
            i0 += 1
        limit = i0 + 10  # UU 14/2008 art. 22(7): 10 working days
        ext = ext_reason = None
        notice = decision = refusal = basis = None
        obj = grounds = answer = answer_date = dispute = outcome = end = withdrawn = None

        x = None  # index of the extension
        if r() < 0.08:
            x = i0 + 3 + int(r() * 8)  # on or before the original limit (art. 22(8))
            if x <= u_idx:
                ext = days[x]
                ext_reason = int(r() * 3)
                limit += 7
            else:
                x = None
        late = r() < 0.052
        if late:
            ni = limit + 1 + int(r() * 10)
        elif x is not None:
            ni = min(limit, x + int((limit - x + 1) * (1 - r() * r())))  # mostly near the limit
        else:
            ni = min(limit, i0 + int(11 * (1 - r() * r())))
        withdraw = r() < 0.015
        if withdraw and r() < 0.7:
            # Withdrawn before any answer: no notice.
            wi = i0 + int(r() * 9)
            if x is not None and wi < x:
                wi = x
            if wi <= u_idx and wi < ni:
                withdrawn = days[wi]
                ni = None
            withdraw = False
        if ni is not None and ni <= u_idx:
            notice = days[ni]
            v = r()
            decision = GRANTED if v < 0.72 else PARTIAL if v < 0.88 else REFUSED
            if decision == REFUSED:
                v = r()
                refusal = EXEMPT if v < 0.5 else NOT_HELD if v < 0.75 else \
                    NOT_DOCUMENTED if v < 0.9 else PROCEDURAL
                if refusal == EXEMPT:
                    basis = pick(r, EXEMPT_LETTERS)
            if withdraw:
                wi = ni + int(r() * 12)
                if wi <= u_idx:
                    withdrawn = days[wi]
            else:
                p = (0.02, 0.08, 0.22)[decision] + (0.15 if ni > limit else 0.0)
                if r() < p:
                    # Objection: after the notice, within 30 working days of it (art. 35-36);
                    # kept within 25 to leave a margin.
                    oi = ni + 1 + int(r() * 25)
                    v = r()
                    if ni > limit and v < 0.6:
                        g = "c" if v < 0.45 else "c, e"
                        oi = min(oi, limit + 25)  # ground c runs from the missed limit
                    elif refusal == EXEMPT:
                        g = "a" if v < 0.8 else "a, e"
                    elif decision == REFUSED:
                        g = pick(r, ("e", "e", "d, e", "d"))
                    elif decision == PARTIAL:
                        g = pick(r, ("d", "e", "d, e", "d", "e", "e, f"))
                    else:
                        g = pick(r, ("d", "d", "f", "f", "d, f", "e"))
                    if oi <= u_idx:
                        obj = days[oi]
                        grounds = g
                        if r() < 0.9:
                            ai = oi + 1 + int(r() * 30)  # art. 36(2): 30 working days
                            if ai <= u_idx:
                                answer_date = days[ai]
                                v = r()
                                answer = UPHELD if v < 0.6 else OVERTURNED if v < 0.85 else \
                                    ANSWER_PARTIAL
                                if r() < (0.4, 0.1, 0.3)[answer]:
                                    di = ai + 1 + int(r() * 14)  # art. 37(2): 14 working days
                                    if di <= u_idx:
                                        dispute = days[di]
                                        if r() < 0.7:
                                            ei = di + 20 + int(r() * 100)
                                            if ei <= u_idx:
                                                end = days[ei]
                                                v = r()
                                                outcome = (
                                                    MEDIATED if v < 0.35 else D_GRANTED if v < 0.5
                                                    else D_PARTIAL if v < 0.65 else D_REFUSED
                                                    if v < 0.82 else D_WITHDRAWN if v < 0.92
                                                    else D_LAPSED)
                                                if outcome == MEDIATED and grounds == "a":
                                                    # Art. 35(2): an exemption is adjudicated.
                                                    outcome = D_REFUSED if v < 0.2 else D_GRANTED
        yield (reg, recv, minutes, name, nik, address, tel, mail, occupation, info, purpose,
               channel, ext, ext_reason, notice, decision, refusal, basis, obj, grounds, answer,
               answer_date, dispute, commission if dispute else None, outcome, end, withdrawn,
               female)


# ---------------------------------------------------------------------------------------------
# Writers

CLEAN_HEADER = [
    "Nomor Pendaftaran", "Tanggal Permohonan", "Nama Pemohon", "NIK", "Alamat", "Nomor Telepon",
    "Email", "Pekerjaan", "Informasi yang Diminta", "Tujuan Penggunaan Informasi",
    "Cara Permohonan", "Tanggal Perpanjangan", "Alasan Perpanjangan",
    "Tanggal Pemberitahuan Tertulis", "Keputusan", "Alasan Penolakan", "Dasar Pengecualian",
    "Tanggal Keberatan", "Alasan Keberatan", "Tanggapan Atasan PPID",
    "Tanggal Tanggapan Atasan PPID", "Tanggal Sengketa", "Komisi Informasi", "Hasil Sengketa",
    "Tanggal Putusan Sengketa", "Tanggal Pencabutan",
]
CLEAN_CHANNEL = ["Langsung", "Surel", "Laman", "Pos"]
CLEAN_DECISION = ["Dikabulkan seluruhnya", "Dikabulkan sebagian", "Ditolak"]
CLEAN_REFUSAL = ["Dikecualikan", "Tidak dikuasai", "Belum didokumentasikan",
                 "Tidak memenuhi persyaratan"]
CLEAN_ANSWER = ["Menguatkan", "Membatalkan", "Sebagian"]
CLEAN_OUTCOME = ["Mediasi berhasil", "Dikabulkan seluruhnya", "Dikabulkan sebagian", "Ditolak",
                 "Dicabut", "Gugur"]


def basis_text(letter):
    return f"Pasal 17 huruf {letter} UU 14/2008"


def write_clean(rows, out, cal, until):
    base = cal.base
    dates = [dt.date.fromordinal(o).strftime("%d/%m/%Y") for o in range(base, until + 1)]

    def ds(o):
        return "" if o is None else dates[o - base]

    writer = csv.writer(out, delimiter=",", quotechar='"', lineterminator="\n",
                        quoting=csv.QUOTE_MINIMAL)
    writer.writerow(CLEAN_HEADER)
    batch = []
    for (reg, recv, minutes, name, nik, address, tel, mail, occupation, info, purpose, channel,
         ext, ext_reason, notice, decision, refusal, basis, obj, grounds, answer, answer_date,
         dispute, commission, outcome, end, withdrawn, _female) in rows:
        received = dates[recv - base]
        if minutes is not None:
            received = f"{received} {minutes // 60:02d}.{minutes % 60:02d}"
        batch.append((
            reg, received, name, nik, address, tel, mail, occupation, info, purpose,
            CLEAN_CHANNEL[channel], ds(ext),
            "" if ext_reason is None else EXTENSION_REASONS[ext_reason], ds(notice),
            "" if decision is None else CLEAN_DECISION[decision],
            "" if refusal is None else CLEAN_REFUSAL[refusal],
            "" if basis is None else basis_text(basis), ds(obj), grounds or "",
            "" if answer is None else CLEAN_ANSWER[answer], ds(answer_date), ds(dispute),
            commission or "", "" if outcome is None else CLEAN_OUTCOME[outcome], ds(end),
            ds(withdrawn),
        ))
        if len(batch) == 2000:
            writer.writerows(batch)
            batch.clear()
    writer.writerows(batch)


MESSY_HEADER = ("No. Reg;Hari/Tanggal Masuk;Nama;No. KTP;Alamat;Kontak;Pekerjaan;Rincian Informasi;"
                "Tujuan;Cara;Tgl Perpanjangan;Alasan Perpanjangan;Keputusan PPID;Dasar;"
                "Tgl Pemberitahuan;Tgl Keberatan;Alasan Keberatan;Tanggapan Atasan;Tgl Tanggapan;"
                "Tgl Sengketa KI;Hasil Sengketa;Tgl Putusan;Tgl Cabut;Keterangan").split(";")
MESSY_CHANNEL = ["Datang langsung", "Email", "Website", "Pos"]
MESSY_DECISION = {
    (GRANTED, None): "Diberikan seluruhnya", (PARTIAL, None): "Diberikan sebagian",
    (REFUSED, EXEMPT): "Ditolak - dikecualikan", (REFUSED, NOT_HELD): "Ditolak - tidak dikuasai",
    (REFUSED, NOT_DOCUMENTED): "Ditolak - belum didokumentasikan",
    (REFUSED, PROCEDURAL): "Ditolak - tidak lengkap",
}
MESSY_ANSWER = ["Menguatkan putusan PPID", "Membatalkan putusan PPID", "Sebagian"]
MESSY_OUTCOME = ["Mediasi berhasil", "Dikabulkan", "Dikabulkan sebagian", "Ditolak", "Dicabut",
                 "Gugur"]
MONTHS_ID = ["", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
             "September", "Oktober", "November", "Desember"]
MONTHS_ID_ABBR = ["", "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov",
                  "Des"]
MONTHS_EN = ["", "January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
WEEKDAYS_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]  # date.weekday()
REMARKS = ["Informasi diserahkan dalam bentuk softcopy", "Dikirim via email",
           "Sudah diambil pemohon", "Biaya penggandaan Rp 25.000", "Pemohon datang kembali",
           "Berkas diantar kurir", "Diteruskan ke Dinas terkait", "Melalui kuasa dari LBH",
           "Salinan dilegalisir", "Pemohon minta dikirim lewat WhatsApp",
           "Fotokopi KTP menyusul", "Koordinasi dengan bidang anggaran"]
# Cells that are "special" in the shipped example, so that it shows every quirk at least once.
SPECIAL_NAMES = {False: ["Ahmad Ma’ruf Nasution", "José Fernandes",
                        "Mu’min Abdullah Basalamah"],
                 True: ["Siti Ma’rufah", "Maria José Pereira", "Theresia da Costa"]}


def messy_date(o, form, minutes=None):
    d = dt.date.fromordinal(o)
    if form == "slash":
        text = f"{d.day:02d}/{d.month:02d}/{d.year}"
    elif form == "slash1":  # a spreadsheet's short date, without leading zeros
        text = f"{d.day}/{d.month}/{d.year}"
    elif form == "dash":
        text = f"{d.day:02d}-{d.month:02d}-{d.year}"
    elif form == "iso":
        text = d.isoformat()
    elif form == "long":
        text = f"{d.day} {MONTHS_ID[d.month]} {d.year}"
    elif form == "abbr":
        text = f"{d.day} {MONTHS_ID_ABBR[d.month]} {d.year}"
    elif form == "english":
        text = f"{d.day} {MONTHS_EN[d.month]} {d.year}"
    else:  # "weekday"
        text = f"{WEEKDAYS_ID[d.weekday()]}, {d.day} {MONTHS_ID[d.month]} {d.year}"
    if minutes is not None:
        hh, mm = minutes // 60, minutes % 60
        if form == "iso":
            text += f" {hh:02d}:{mm:02d}"
        elif form == "weekday":
            text += f" pukul {hh:02d}.{mm:02d}"
        else:
            text += f" {hh:02d}.{mm:02d}"
    return text


MESSY_FORMS = bag([("slash", 30), ("slash1", 5), ("dash", 14), ("iso", 14), ("long", 15),
                   ("abbr", 10), ("weekday", 8), ("english", 4)])
RECEIVED_FORMS = bag([("weekday", 35), ("slash", 20), ("dash", 10), ("iso", 10), ("long", 11),
                      ("abbr", 8), ("slash1", 3), ("english", 3)])
TIMED_FORMS = bag([("slash", 4), ("weekday", 4), ("iso", 3), ("dash", 1)])


def write_messy(rows, out, seed, n):
    r = random.Random(f"messy-{seed}").random
    writer = csv.writer(out, delimiter=";", quotechar='"', lineterminator="\r\n",
                        quoting=csv.QUOTE_MINIMAL)
    writer.writerow(MESSY_HEADER)
    blank_after = n // 2
    special = 0
    for i, (reg, recv, minutes, name, nik, address, tel, mail, occupation, info, purpose,
            channel, ext, ext_reason, notice, decision, refusal, basis, obj, grounds, answer,
            answer_date, dispute, commission, outcome, end, withdrawn, female) in enumerate(rows):
        # This clerk's habits for the row: a usual date form, '-' for empty cells or not.
        habit = pick(r, MESSY_FORMS)
        dash = "-" if r() < 0.35 else ""

        def ds(o):
            if o is None:
                return dash if r() < 0.85 else ""
            return messy_date(o, habit if r() < 0.7 else pick(r, MESSY_FORMS))

        if minutes is not None:
            received = messy_date(recv, pick(r, TIMED_FORMS), minutes)
        else:
            received = messy_date(recv, pick(r, RECEIVED_FORMS))
        if i % 97 == 41:  # an address typed with a line break inside the cell
            street, _, rest = address.partition(", ")
            if "RT " in street:
                street = street.split(" RT ")[0]
            city = rest.rsplit(", ", 1)[-1]
            address = f"{street}\nRT 0{1 + int(r() * 9)}/RW 0{1 + int(r() * 9)}, {city}"
        if i % 113 == 57:
            year = dt.date.fromordinal(recv).year
            info = f'Salinan "Rencana Strategis" {pick(r, AGENCIES)} {year}; lampiran'
        elif i % 89 == 30:
            info = f"Rencana Strategis {pick(r, AGENCIES)} 2021–2026"
        if i % 61 == 13:  # names outside ASCII that Windows-1252 can hold
            names = SPECIAL_NAMES[female]
            name = names[special % len(names)]
            special += 1
            if mail:
                words = name.translate(ASCII_MAIL).lower().split(".")
                mail = f"{words[0]}.{words[-1]}@{mail.partition('@')[2]}"
        if tel and mail:
            contact = f"{tel} / {mail}"
        else:
            contact = tel or mail
        if decision is None:
            verdict = dash
        else:
            verdict = MESSY_DECISION[(decision, refusal)]
            v = r()
            if v < 0.06:
                verdict = verdict.lower()
            elif v < 0.1:
                verdict = verdict.replace(" ", "  ", 1) + " "
        remark = ""
        v = r()
        if withdrawn is not None and v < 0.6:
            remark = "Dicabut pemohon secara tertulis"
        elif notice is None and withdrawn is None and v < 0.5:
            remark = "Dalam proses"
        elif ext is not None and v < 0.4:
            remark = "Perpanjangan disampaikan lewat surat"
        elif v < 0.12:
            remark = pick(r, REMARKS)
        cells = [
            reg, received, name, nik or dash, address, contact or dash, occupation, info, purpose,
            MESSY_CHANNEL[channel], ds(ext),
            dash if ext_reason is None else EXTENSION_REASONS[ext_reason], verdict,
            basis_text(basis) if basis else dash, ds(notice), ds(obj), grounds or dash,
            dash if answer is None else MESSY_ANSWER[answer], ds(answer_date), ds(dispute),
            dash if outcome is None else MESSY_OUTCOME[outcome], ds(end), ds(withdrawn), remark,
        ]
        for k in range(len(cells)):
            if cells[k] and cells[k] != "-" and r() < 0.025:  # stray spaces around a value
                cells[k] = pick(r, (" ", "  ", "")) + cells[k] + pick(r, (" ", "   "))
        writer.writerow(cells)
        if i == blank_after:
            out.write("\r\n")
    out.write("\r\n\r\n")


# ---------------------------------------------------------------------------------------------


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, required=True, help="number of requests")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--until", type=dt.date.fromisoformat, default=dt.date(2026, 11, 24),
                        help="no event after this date (YYYY-MM-DD); default 2026-11-24")
    parser.add_argument("--from-year", type=int, default=2022, help="first year of receipts")
    parser.add_argument("--style", choices=("clean", "messy"), default="clean")
    parser.add_argument("-o", "--output", help="file to write (default: standard output)")
    args = parser.parse_args(argv)
    if args.rows < 0:
        parser.error("--rows must not be negative")
    if not 1900 <= args.from_year <= args.until.year:
        parser.error("--from-year must be between 1900 and the year of --until")

    until = args.until.toordinal()
    # Deadlines are computed past --until (and dropped when they fall after it): keep two
    # years of working days beyond it.
    cal = Calendar(HOLIDAYS_DIR, dt.date(args.from_year, 1, 1).toordinal(), until + 730)
    encoding = "cp1252" if args.style == "messy" else "utf-8"
    if args.output:
        out = open(args.output, "w", encoding=encoding, newline="", buffering=1 << 20)
    else:
        out = io.TextIOWrapper(sys.stdout.buffer, encoding=encoding, newline="",
                               write_through=False)
    try:
        rows = generate(args, cal)
        if args.style == "clean":
            write_clean(rows, out, cal, until)
        else:
            write_messy(rows, out, args.seed, args.rows)
        out.flush()
    except BrokenPipeError:
        return 1
    finally:
        if args.output:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
