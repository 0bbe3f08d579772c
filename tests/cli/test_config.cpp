#include "store/case_file.hpp"
#include "support/run_ppid.hpp"

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <set>
#include <string>

using ppid::test::listing;
using ppid::test::Sandbox;

namespace {

const std::string k_header = "# Effective ppid configuration (accepted by: ppid init --config)\n\n";

}  // namespace

TEST_SUITE("config show") {
  TEST_CASE("config show prints every default of a new case file") {
    Sandbox box;
    REQUIRE(box.ppid({"init"}).exit_code == 0);
    const auto r = box.ppid({"config", "show"});
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    CHECK(r.out == k_header +
                       "[agency]\n"
                       "name = \"\"\n"
                       "address = \"\"\n"
                       "time_zone = \"WIB\"\n"
                       "register_format = \"{seq:03}/PPID/{month:roman}/{year}\"\n"
                       "register_reset = \"yearly\"\n"
                       "objection_format = \"{seq:03}/KEB/PPID/{month:roman}/{year}\"\n"
                       "\n"
                       "[calendar]\n"
                       "weekend = [\"saturday\", \"sunday\"]\n"
                       "collective_leave_closed = true\n"
                       "closed_days = []\n"
                       "working_days = []\n"
                       "receipt_outside_hours = \"next-working-day\"\n"
                       "objection_receipt = \"next-working-day\"\n"
                       "clock_starts = \"receipt\"\n"
                       "\n"
                       "[calendar.service_hours]\n"
                       "\n"
                       "[deadlines]\n"
                       "response = \"10 wd\"\n"
                       "extension = \"7 wd\"\n"
                       "objection_filing = \"30 wd\"\n"
                       "objection_answer = \"30 wd\"\n"
                       "dispute_filing = \"14 wd\"\n"
                       "commission_start = \"14 wd\"\n"
                       "commission_settlement = \"100 wd\"\n"
                       "court_filing = \"14 wd\"\n"
                       "cassation_filing = \"14 d\"\n"
                       "\n"
                       "[targets]\n"
                       "\n"
                       "[requirements]\n"
                       "person = [\"form\", \"ktp\"]\n"
                       "group = [\"form\", \"ktp-members\"]\n"
                       "organization = [\"form\", \"deed\", \"domicile\"]\n"
                       "proxy = [\"power-of-attorney\"]\n");
  }

  TEST_CASE("config show prints a changed configuration in canonical form") {
    Sandbox box;
    const auto fixture =
        ppid::test::source_dir() / "tests" / "data" / "config" / "every_key_changed.toml";
    REQUIRE(box.ppid({"init", "--config", fixture.string()}).exit_code == 0);
    const auto before = ppid::test::dump_case_file(box.path("ppid.sqlite"));
    const auto r = box.ppid({"config", "show"});
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    // English weekday names, sorted days and services, canonical units; each limit other than
    // the law's named above, as comments.
    CHECK(r.out ==
          "# Effective ppid configuration (accepted by: ppid init --config)\n"
          "# deadlines.response = \"9 wd\" differs from the law's \"10 wd\" (UU 14/2008 "
          "art. 22(7))\n"
          "# deadlines.extension = \"5 wd\" differs from the law's \"7 wd\" (UU 14/2008 "
          "art. 22(8))\n"
          "# deadlines.objection_filing = \"20 wd\" differs from the law's \"30 wd\" (UU "
          "14/2008 art. 36(1))\n"
          "# deadlines.objection_answer = \"25 wd\" differs from the law's \"30 wd\" (UU "
          "14/2008 art. 36(2))\n"
          "# deadlines.dispute_filing = \"10 wd\" differs from the law's \"14 wd\" (UU "
          "14/2008 art. 37(2))\n"
          "# deadlines.commission_start = \"12 wd\" differs from the law's \"14 wd\" (UU "
          "14/2008 art. 38(1))\n"
          "# deadlines.commission_settlement = \"90 wd\" differs from the law's \"100 "
          "wd\" (UU 14/2008 art. 38(2))\n"
          "# deadlines.court_filing = \"13 wd\" differs from the law's \"14 wd\" (UU "
          "14/2008 art. 48(1))\n"
          "# deadlines.cassation_filing = \"10 d\" differs from the law's \"14 d\" (UU "
          "14/2008 art. 50)\n"
          "\n"
          "[agency]\n"
          "name = \"Badan Pusat \\\"Contoh\\\" Provinsi\"\n"
          "address = \"Jl. Diponegoro No. 7\\nKota Contoh\"\n"
          "time_zone = \"WITA\"\n"
          "register_format = \"PPID-{seq}/{month:02}\"\n"
          "register_reset = \"never\"\n"
          "objection_format = \"KEB-{seq:04}\"\n"
          "\n"
          "[calendar]\n"
          "weekend = [\"friday\", \"sunday\"]\n"
          "collective_leave_closed = false\n"
          "closed_days = [\n"
          "  { date = 2026-03-02, name = \"Hari Jadi Provinsi\" },\n"
          "  { date = 2026-12-24, name = \"Rapat Kerja Daerah\" },\n"
          "]\n"
          "working_days = [\n"
          "  { date = 2026-11-28, name = \"\" },\n"
          "]\n"
          "receipt_outside_hours = \"same-day\"\n"
          "objection_receipt = \"same-day\"\n"
          "clock_starts = \"completion\"\n"
          "\n"
          "[calendar.service_hours]\n"
          "monday = \"07:30-12:00, 13:00-15:30\"\n"
          "saturday = \"08:00-12:00\"\n"
          "\n"
          "[deadlines]\n"
          "override = \"Peraturan uji coba: batas waktu yang lain\"\n"
          "response = \"9 wd\"\n"
          "extension = \"5 wd\"\n"
          "objection_filing = \"20 wd\"\n"
          "objection_answer = \"25 wd\"\n"
          "dispute_filing = \"10 wd\"\n"
          "commission_start = \"12 wd\"\n"
          "commission_settlement = \"90 wd\"\n"
          "court_filing = \"13 wd\"\n"
          "cassation_filing = \"10 d\"\n"
          "\n"
          "[targets]\n"
          "response = \"5 wd\"\n"
          "objection_answer = \"7 wd\"\n"
          "\n"
          "[requirements]\n"
          "person = [\"form\", \"ktp\", \"npwp\"]\n"
          "group = [\"form\", \"ktp-members\"]\n"
          "organization = [\"deed\"]\n"
          "proxy = []\n"
          "\n"
          "[services.informasi-berkala]\n"
          "title = \"Informasi berkala\"\n"
          "target = \"5 d\"\n"
          "\n"
          "[services.konsultasi]\n"
          "title = \"Konsultasi\"\n"
          "\n"
          "[services.salinan-dokumen]\n"
          "title = \"Salinan dokumen\"\n"
          "target = \"3\"\n");
    CHECK(ppid::test::dump_case_file(box.path("ppid.sqlite")) == before);
  }

  TEST_CASE("config show offers text and json output") {
    Sandbox box;
    REQUIRE(box.ppid({"init", "--config",
                      (ppid::test::source_dir() / "examples" / "ppid.toml").string()})
                .exit_code == 0);
    const auto j = box.ppid({"config", "show", "--format", "json"});
    CHECK(j.exit_code == 0);
    const auto config = nlohmann::json::parse(j.out);
    CHECK(config["agency"]["time_zone"] == "WIB");
    CHECK(config["deadlines"]["response"] == "10 wd");
    CHECK(config["deadlines"]["cassation_filing"] == "14 d");
    CHECK(
        config["calendar"]["closed_days"] ==
        nlohmann::json::parse(R"([{"date": "2026-10-15", "name": "Hari Jadi Kabupaten Contoh"}])"));
    CHECK(config["services"]["data-statistik"]["target"] == "4 d");
    const auto r = box.ppid({"config", "show", "--format", "csv"});
    CHECK(r.exit_code == 64);
    CHECK(r.out == "");
    CHECK(r.err == "ppid: error: unknown output format: \"csv\"; allowed: text, json\n");
  }

  TEST_CASE("config show without a case file") {
    Sandbox box;
    SUBCASE("the default ./ppid.sqlite") {
      const auto r = box.ppid({"config", "show"});
      CHECK(r.exit_code == 66);
      CHECK(r.out == "");
      CHECK(r.err ==
            "ppid: error: case file not found: \"./ppid.sqlite\"; create one with 'ppid init' or "
            "choose another with --file\n");
    }
    SUBCASE("a --file that does not exist") {
      const auto r = box.ppid({"config", "show", "--file", "cases.sqlite"});
      CHECK(r.exit_code == 66);
      CHECK(r.out == "");
      CHECK(r.err ==
            "ppid: error: case file not found: \"cases.sqlite\"; create one with 'ppid init' or "
            "choose another with --file\n");
    }
    CHECK(listing(box.dir()).empty());
  }

  TEST_CASE("config show refuses a directory as the case file") {
    Sandbox box;
    std::filesystem::create_directory(box.path("cases"));
    const auto r = box.ppid({"config", "show", "--file", "cases"});
    CHECK(r.exit_code == 66);
    CHECK(r.out == "");
    CHECK(r.err == "ppid: error: case file is a directory: \"cases\"\n");
    CHECK(listing(box.dir()) == "cases");
    CHECK(std::filesystem::is_empty(box.path("cases")));
  }

  TEST_CASE("config show refuses a file that is not a ppid case file and leaves it alone") {
    Sandbox box;
    SUBCASE("a zero-byte file") {
      box.write("empty.sqlite", "");
      const auto r = box.ppid({"config", "show", "--file", "empty.sqlite"});
      CHECK(r.exit_code == 66);
      CHECK(r.out == "");
      CHECK(r.err == "ppid: error: not a ppid case file: \"empty.sqlite\"\n");
      CHECK(std::filesystem::file_size(box.path("empty.sqlite")) == 0);
      CHECK(listing(box.dir()) == "empty.sqlite");
    }
    SUBCASE("a text file") {
      const std::string text = "Daftar permohonan informasi\n1. Budi\n";
      box.write("cases.txt", text);
      const auto r = box.ppid({"config", "show", "--file", "cases.txt"});
      CHECK(r.exit_code == 66);
      CHECK(r.out == "");
      CHECK(r.err == "ppid: error: not a ppid case file: \"cases.txt\"\n");
      CHECK(ppid::test::read_file(box.path("cases.txt")) == text);
      CHECK(listing(box.dir()) == "cases.txt");
    }
    SUBCASE("another program's SQLite database") {
      {
        SQLite::Database db{box.path("other.sqlite").string(),
                            SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE};
        db.exec("CREATE TABLE contact (name TEXT, phone TEXT)");
        db.exec("INSERT INTO contact VALUES ('Budi', '0812')");
      }
      const auto before = ppid::test::dump_case_file(box.path("other.sqlite"));
      const auto bytes_before = ppid::test::read_file(box.path("other.sqlite"));
      const auto r = box.ppid({"config", "show", "--file", "other.sqlite"});
      CHECK(r.exit_code == 66);
      CHECK(r.out == "");
      CHECK(r.err == "ppid: error: not a ppid case file: \"other.sqlite\"\n");
      CHECK(ppid::test::dump_case_file(box.path("other.sqlite")) == before);
      CHECK(ppid::test::read_file(box.path("other.sqlite")) == bytes_before);
      CHECK(listing(box.dir()) == "other.sqlite");
    }
  }

  TEST_CASE("config show refuses a damaged case file: ppid's mark but none of its tables") {
    Sandbox box;
    {
      SQLite::Database db{box.path("damaged.sqlite").string(),
                          SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE};
      db.exec("PRAGMA application_id = 1347438916");  // "PPID"
      db.exec("PRAGMA user_version = " +
              std::to_string(ppid::store::CaseFile::latest_schema_version()));
      db.exec("CREATE TABLE note (text TEXT)");
    }
    const auto before = ppid::test::dump_case_file(box.path("damaged.sqlite"));
    const auto r = box.ppid({"config", "show", "--file", "damaged.sqlite"});
    CHECK(r.exit_code == 66);
    CHECK(r.out == "");
    CHECK(r.err == "ppid: error: not a ppid case file: \"damaged.sqlite\"\n");
    CHECK(ppid::test::dump_case_file(box.path("damaged.sqlite")) == before);
  }

  TEST_CASE("config show refuses a file with ppid's mark but no schema, and does not write to it") {
    Sandbox box;
    {
      SQLite::Database db{box.path("marked.sqlite").string(),
                          SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE};
      db.exec("PRAGMA application_id = 1347438916");  // "PPID", user_version left at 0
    }
    const auto bytes_before = ppid::test::read_file(box.path("marked.sqlite"));
    const auto r = box.ppid({"config", "show", "--file", "marked.sqlite"});
    CHECK(r.exit_code == 66);
    CHECK(r.err == "ppid: error: not a ppid case file: \"marked.sqlite\"\n");
    CHECK(ppid::test::read_file(box.path("marked.sqlite")) == bytes_before);
  }

  TEST_CASE("config show refuses a case file from a newer ppid and leaves it alone") {
    Sandbox box;
    REQUIRE(box.ppid({"init"}).exit_code == 0);
    {
      SQLite::Database db{box.path("ppid.sqlite").string(), SQLite::OPEN_READWRITE};
      db.exec("PRAGMA user_version = 99");
    }
    const auto before = ppid::test::dump_case_file(box.path("ppid.sqlite"));
    REQUIRE(before.starts_with("user_version=99\n"));
    const auto r = box.ppid({"config", "show"});
    CHECK(r.exit_code == 65);
    CHECK(r.out == "");
    CHECK(r.err ==
          "ppid: error: case file is from a newer ppid (schema 99; this ppid knows "
          "schemas up to " +
              std::to_string(ppid::store::CaseFile::latest_schema_version()) +
              "): \"./ppid.sqlite\"; use a newer version of ppid\n");
    CHECK(ppid::test::dump_case_file(box.path("ppid.sqlite")) == before);
  }
}
