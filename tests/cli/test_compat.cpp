#include "support/run_ppid.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

using ppid::test::Sandbox;

namespace {

namespace fs = std::filesystem;

// One act of the fixture cases: the day it is recorded on and ppid's arguments.
struct Act {
  std::string today;
  std::vector<std::string> args;
};

// The acts of tests/data/case-files/make-fixtures.sh, in its order (keep the two equal).
const std::vector<Act> k_acts{
    // 001/PPID/III/2026
    {"2026-03-02", {"request",      "new",
                    "--name",       "Budi Santoso",
                    "--id-number",  "3201010101800001",
                    "--address",    "Jl. Melati No. 5, RT 01/RW 02, Kelurahan Sukajadi, Contoh",
                    "--phone",      "+62 812-3456-7890",
                    "--email",      "budi.santoso@example.id",
                    "--occupation", "Wiraswasta",
                    "--purpose",    "Penelitian anggaran desa",
                    "--service",    "informasi-berkala",
                    "--channel",    "desk",
                    "--access",     "softcopy",
                    "--delivery",   "email",
                    "--info",       "Laporan realisasi anggaran 2025",
                    "--at",         "2026-03-02T09:15"}},
    {"2026-03-05",
     {"respond", "001/PPID/III/2026", "--decision", "granted", "--note", "Dikirim lewat surel",
      "--at", "2026-03-05T10:00"}},
    // 002/PPID/III/2026
    {"2026-03-03",
     {"request",
      "new",
      "--name",
      "Siti Aminah",
      "--applicant-type",
      "person",
      "--id-number",
      "3201024505900002",
      "--email",
      "siti.aminah@example.id",
      "--phone",
      "081298765432",
      "--address",
      "Jl. Kenanga 12, Contoh",
      "--channel",
      "email",
      "--access",
      "hardcopy",
      "--delivery",
      "post",
      "--incomplete",
      "--info",
      "Salinan kontrak pembangunan jalan 2025",
      "--at",
      "2026-03-03T15:30"}},
    {"2026-03-05", {"request", "complete", "002/PPID/III/2026", "--at", "2026-03-05T09:00"}},
    {"2026-03-16",
     {"extend", "002/PPID/III/2026", "--reason", "Informasi masih dihimpun dari bidang teknis",
      "--at", "2026-03-16T11:00"}},
    {"2026-03-24",
     {"respond", "002/PPID/III/2026", "--decision", "partial", "--basis", "Pasal 17 huruf b",
      "--note", "Lampiran harga satuan dihitamkan", "--at", "2026-03-24T14:00"}},
    // 003/PPID/IV/2026
    {"2026-04-06",
     {"request",
      "new",
      "--name",
      "LSM Transparansi Contoh",
      "--applicant-type",
      "organization",
      "--address",
      "Jl. Sudirman 45, Contoh",
      "--email",
      "info@lsm-contoh.example.id",
      "--phone",
      "(021) 555-0101",
      "--channel",
      "web",
      "--purpose",
      "Pengawasan pengadaan",
      "--info",
      "Dokumen kontrak pengadaan alat kesehatan",
      "--at",
      "2026-04-06T10:00"}},
    {"2026-04-15",
     {"respond", "003/PPID/IV/2026", "--decision", "refused", "--reason", "exempt", "--basis",
      "Pasal 17 huruf b", "--note", "Uji konsekuensi terlampir", "--at", "2026-04-15"}},
    {"2026-04-27",
     {"object", "003/PPID/IV/2026", "--ground", "a", "--proxy", "Andi Wijaya, S.H.", "--note",
      "Pemohon menilai informasi tidak dikecualikan", "--at", "2026-04-27"}},
    {"2026-05-20",
     {"object", "003/PPID/IV/2026", "--answer", "upheld", "--official", "Sekretaris Daerah",
      "--position", "Atasan PPID", "--at", "2026-05-20"}},
    {"2026-05-28",
     {"escalate", "003/PPID/IV/2026", "--commission", "KI Provinsi Jawa Barat", "--at",
      "2026-05-28"}},
    {"2026-09-15", {"escalate", "003/PPID/IV/2026", "--outcome", "refused", "--at", "2026-09-15"}},
    // 004/PPID/IV/2026
    {"2026-04-14",
     {"request", "new", "--name", "Dewi Lestari", "--email", "dewi.lestari@example.id", "--channel",
      "email", "--info", "Rencana detail tata ruang 2027", "--at", "2026-04-14T08:30"}},
    {"2026-04-21",
     {"respond", "004/PPID/IV/2026", "--decision", "refused", "--reason", "not-yet-held", "--at",
      "2026-04-21"}},
    {"2026-07-15",
     {"object", "004/PPID/IV/2026", "--ground", "e", "--late-accepted", "--note",
      "Keberatan terlambat diterima karena pemohon sakit", "--at", "2026-07-15"}},
    {"2026-07-29",
     {"object", "004/PPID/IV/2026", "--answer", "overturned", "--official", "Bupati Contoh",
      "--position", "Atasan PPID", "--at", "2026-07-29"}},
    // 005/PPID/IV/2026
    {"2026-04-22",
     {"request", "new", "--name", "Kelompok Tani Makmur", "--applicant-type", "group", "--address",
      "Desa Sukamaju, Kecamatan Contoh", "--phone", "081377788899", "--service",
      "informasi-setiap-saat", "--info", "Daftar penerima pupuk bersubsidi", "--at",
      "2026-04-22T10:30"}},
    {"2026-04-29",
     {"respond", "005/PPID/IV/2026", "--decision", "refused", "--reason", "not-documented", "--at",
      "2026-04-29"}},
    {"2026-05-11",
     {"object", "005/PPID/IV/2026", "--ground", "g", "--ground", "b", "--arose", "2026-04-30",
      "--at", "2026-05-11"}},
    {"2026-06-03",
     {"object", "005/PPID/IV/2026", "--answer", "partial", "--official", "Sekretaris Daerah",
      "--at", "2026-06-03"}},
    {"2026-06-10",
     {"escalate", "005/PPID/IV/2026", "--commission", "KI Provinsi Jawa Barat", "--at",
      "2026-06-10"}},
    // 006/PPID/V/2026
    {"2026-05-04",
     {"request", "new", "--name", "Agus Salim", "--channel", "phone", "--info",
      "Notulen rapat anggaran", "--at", "2026-05-04T09:00"}},
    {"2026-05-06",
     {"respond", "006/PPID/V/2026", "--decision", "refused", "--reason", "procedural", "--note",
      "Permohonan tidak mencantumkan identitas", "--at", "2026-05-06"}},
    {"2026-05-08", {"withdraw", "006/PPID/V/2026", "--at", "2026-05-08"}},
    // 007/PPID/V/2026
    {"2026-05-11",
     {"request", "new", "--name", "Yayasan Cahaya", "--applicant-type", "organization", "--channel",
      "fax", "--info", "Laporan keuangan BUMD 2025", "--at", "2026-05-11T14:00"}},
    {"2026-06-05", {"object", "007/PPID/V/2026", "--ground", "c", "--at", "2026-06-05"}},
    {"2026-06-24",
     {"object", "007/PPID/V/2026", "--answer", "upheld", "--official", "Sekretaris Daerah",
      "--position", "Atasan PPID", "--at", "2026-06-24"}},
    {"2026-07-01",
     {"escalate", "007/PPID/V/2026", "--commission", "KI Provinsi Jawa Barat", "--at",
      "2026-07-01"}},
    {"2026-08-12", {"escalate", "007/PPID/V/2026", "--outcome", "mediated", "--at", "2026-08-12"}},
    // 008/PPID/X/2026
    {"2026-10-05",
     {"request", "new", "--name", "Rahmat Hidayat", "--id-number", "3201031203850003", "--phone",
      "085711223344", "--channel", "post", "--access", "see", "--delivery", "pickup", "--info",
      "Data penerima bantuan sosial 2025", "--at", "2026-10-05T13:00"}},
    {"2026-10-12",
     {"respond", "008/PPID/X/2026", "--decision", "refused", "--reason", "not-held", "--holder",
      "Dinas Sosial Kabupaten Contoh", "--at", "2026-10-12"}},
    {"2026-10-26",
     {"object", "008/PPID/X/2026", "--ground", "e", "--ground", "d", "--at", "2026-10-26"}},
    // 009/PPID/XI/2026
    {"2026-11-21",
     {"request", "new", "--name", "Putri Maharani", "--id-number", "3201036607950004", "--email",
      "putri.maharani@example.id", "--service", "data-statistik", "--channel", "web", "--info",
      "Jumlah penduduk per kecamatan 2026", "--at", "2026-11-21T10:00"}},
    // 010/PPID/XI/2026
    {"2026-11-23",
     {"request", "new", "--name", "Hendra Gunawan", "--info", "Daftar aset daerah", "--at",
      "2026-11-23T10:00"}},
    {"2026-11-25", {"withdraw", "010/PPID/XI/2026", "--at", "2026-11-25T09:30"}},
};

// The day the released binary printed the expected output on.
const std::string k_today = "2026-12-01";

fs::path compat_dir() {
  return ppid::test::source_dir() / "tests" / "data" / "compat";
}

std::string expected(const std::string& name) {
  const auto path = compat_dir() / name;
  const auto content = ppid::test::read_file(path);
  REQUIRE_MESSAGE(!content.empty(), "missing expected output " << path.string());
  return content;
}

// kind, happened_at and data of every event in order, tab-separated, one line each.
std::string event_rows(const fs::path& path) {
  SQLite::Database db{path.string(), SQLite::OPEN_READONLY};
  SQLite::Statement query{db, "SELECT kind, happened_at, data FROM event ORDER BY id"};
  std::string out;
  while (query.executeStep()) {
    out += query.getColumn(0).getString() + "\t" + query.getColumn(1).getString() + "\t" +
           query.getColumn(2).getString() + "\n";
  }
  return out;
}

// A sandbox holding a copy of tests/data/case-files/schema-4.sqlite as ppid.sqlite.
struct ReleasedFile {
  Sandbox box;
  ReleasedFile() {
    const auto fixture =
        ppid::test::source_dir() / "tests" / "data" / "case-files" / "schema-4.sqlite";
    const auto content = ppid::test::read_file(fixture);
    REQUIRE_MESSAGE(!content.empty(), "missing fixture " << fixture.string());
    box.write("ppid.sqlite", content);
  }

  ppid::test::RunResult run(const std::string& lang, std::vector<std::string> args) const {
    args.insert(args.end(), {"--lang", lang, "--today", k_today});
    return box.ppid(args);
  }
};

const std::vector<std::string> k_shown{"002/PPID/III/2026", "003/PPID/IV/2026", "004/PPID/IV/2026",
                                       "008/PPID/X/2026"};

// "003/PPID/IV/2026" -> "003"
std::string seq_of(const std::string& register_no) {
  return register_no.substr(0, 3);
}

}  // namespace

TEST_SUITE("compat") {
  TEST_CASE("the fixture acts store the event data the released version stored") {
    Sandbox box;
    const auto config = (ppid::test::source_dir() / "examples" / "ppid.toml").string();
    const auto init = box.ppid({"init", "--config", config});
    INFO(init.err);
    REQUIRE(init.exit_code == 0);
    for (const auto& act : k_acts) {
      std::vector<std::string> args{"--today", act.today};
      args.insert(args.end(), act.args.begin(), act.args.end());
      const auto r = box.ppid(args);
      INFO(act.args[0] << " on " << act.today << ": " << r.err);
      REQUIRE(r.exit_code == 0);
    }
    CHECK(event_rows(box.path("ppid.sqlite")) == expected("events.tsv"));
  }

  TEST_CASE("show prints a case of the released case file as the released version did") {
    const ReleasedFile file;
    for (const auto& reg : k_shown) {
      for (const std::string lang : {"id", "en"}) {
        const auto stem = "show-" + seq_of(reg) + "-" + lang;
        CAPTURE(stem);
        const auto text = file.run(lang, {"show", reg});
        CHECK(text.exit_code == 0);
        CHECK(text.err == "");
        CHECK(text.out == expected(stem + ".txt"));
        const auto json = file.run(lang, {"show", reg, "--format", "json"});
        CHECK(json.exit_code == 0);
        CHECK(json.err == "");
        CHECK(json.out == expected(stem + ".json"));
      }
    }
  }

  TEST_CASE("verify finds the released case file sound, as the released version did") {
    const ReleasedFile file;
    for (const std::string lang : {"id", "en"}) {
      CAPTURE(lang);
      const auto r = file.run(lang, {"verify"});
      CHECK(r.exit_code == 0);
      CHECK(r.err == "");
      CHECK(r.out == expected("verify-" + lang + ".txt"));
    }
  }
}
