#include "support/run_ppid.hpp"
#include "support/umask_guard.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

using ppid::test::listing;
using ppid::test::Sandbox;
using ppid::test::UmaskGuard;

namespace {

namespace fs = std::filesystem;

mode_t permissions(const fs::path& path) {
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  return st.st_mode & 07777;
}

// The hidden names in `dir`: a backup's temporaries are `.NAME.new-XXXXXX`.
std::string hidden_names(const fs::path& dir) {
  std::string out;
  for (const auto& entry : fs::directory_iterator{dir}) {
    const auto name = entry.path().filename().string();
    if (name.starts_with(".")) {
      out += name + " ";
    }
  }
  return out;
}

// A case file with two requests, one answered and objected to.
struct CaseFile {
  Sandbox box;

  CaseFile() {
    act({"init", "--agency", "Dinas Kominfo Kab. Contoh"});
    act({"request", "new", "--name", "Budi Santoso", "--info", "Anggaran 2026", "--id-number",
         "3201234567890001", "--phone", "081234567890", "--at", "2026-11-02T09:30"});
    act({"respond", "001/PPID/XI/2026", "--decision", "granted", "--at", "2026-11-10"});
    act({"request", "new", "--name", "Ani Lestari", "--info", "Data sekolah", "--at",
         "2026-11-03"});
  }

  void act(const std::vector<std::string>& args) const {
    const auto r = box.ppid(args);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
  }

  fs::path file() const { return box.path("ppid.sqlite"); }

  void sqlite3(const std::string& sql) const {
    const auto command = "sqlite3 '" + file().string() + "' \"" + sql + "\"";
    REQUIRE(std::system(command.c_str()) == 0);
  }
};

}  // namespace

TEST_SUITE("backup") {
  TEST_CASE("backup writes a 0600 copy whatever the umask, equal to the case file") {
    CaseFile f;
    const UmaskGuard usual{022};
    const auto r = f.box.ppid({"backup", "copy.sqlite"});
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    CHECK(r.out ==
          "Backup written: copy.sqlite; checked: SQLite integrity, 2 cases, 3 events, chain "
          "intact.\n");
    CHECK(permissions(f.box.path("copy.sqlite")) == 0600);
    CHECK(hidden_names(f.box.dir()) == "");
    CHECK(ppid::test::dump_case_file(f.box.path("copy.sqlite")) ==
          ppid::test::dump_case_file(f.file()));

    const auto verified = f.box.ppid({"--file", "copy.sqlite", "verify"});
    CHECK(verified.exit_code == 0);
    CHECK(verified.out == "Case file sound: 2 cases, 3 events, chain intact.\n");
    for (const auto& args :
         {std::vector<std::string>{"show", "001/PPID/XI/2026"},
          std::vector<std::string>{"show", "001/PPID/XI/2026", "--format", "json"},
          std::vector<std::string>{"request", "list"},
          std::vector<std::string>{"request", "list", "--format", "json"}}) {
      auto on_copy = args;
      on_copy.insert(on_copy.end(), {"--file", "copy.sqlite"});
      const auto original = f.box.ppid(args);
      const auto copied = f.box.ppid(on_copy);
      CHECK(original.exit_code == 0);
      CHECK(copied.exit_code == 0);
      CHECK(copied.out == original.out);
    }
  }

  TEST_CASE("backup speaks Indonesian by default and JSON on request") {
    CaseFile f;
    const auto id = f.box.ppid({"backup", "salinan.sqlite"}, {{"PPID_LANG", "id"}});
    CHECK(id.exit_code == 0);
    CHECK(id.out ==
          "Cadangan ditulis: salinan.sqlite; diperiksa: integritas SQLite, 2 kasus, 3 peristiwa, "
          "rantai utuh.\n");
    const auto r = f.box.ppid({"backup", "copy.sqlite", "--format", "json"});
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    const auto bytes = fs::file_size(f.box.path("copy.sqlite"));
    CHECK(r.out ==
          "{\n"
          "  \"path\": \"copy.sqlite\",\n"
          "  \"bytes\": " +
              std::to_string(bytes) +
              ",\n"
              "  \"cases\": 2,\n"
              "  \"events\": 3,\n"
              "  \"verified\": true\n"
              "}\n");
    CHECK(bytes == fs::file_size(f.file()));
  }

  TEST_CASE("backup into a directory names the copy after the case file and today") {
    CaseFile f;
    fs::create_directory(f.box.path("backups"));
    auto r = f.box.ppid({"backup", "backups"}, {{"PPID_TODAY", "2026-12-01"}});
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    CHECK(r.out ==
          "Backup written: backups/ppid-2026-12-01.sqlite; checked: SQLite integrity, 2 cases, "
          "3 events, chain intact.\n");
    CHECK(permissions(f.box.path("backups/ppid-2026-12-01.sqlite")) == 0600);

    SUBCASE("a trailing slash and another case file's name") {
      REQUIRE(fs::copy_file(f.file(), f.box.path("kasus.sqlite")));
      r = f.box.ppid({"backup", "backups/", "--file", "kasus.sqlite"},
                     {{"PPID_TODAY", "2026-12-01"}});
      CHECK(r.exit_code == 0);
      CHECK(r.out ==
            "Backup written: backups/kasus-2026-12-01.sqlite; checked: SQLite integrity, 2 "
            "cases, 3 events, chain intact.\n");
      CHECK(listing(f.box.path("backups")) == "kasus-2026-12-01.sqlite, ppid-2026-12-01.sqlite");
    }
    SUBCASE("the next day, another file; the same day again, refused") {
      r = f.box.ppid({"backup", "backups"}, {{"PPID_TODAY", "2026-12-02"}});
      CHECK(r.exit_code == 0);
      const auto before = ppid::test::read_file(f.box.path("backups/ppid-2026-12-01.sqlite"));
      r = f.box.ppid({"backup", "backups"}, {{"PPID_TODAY", "2026-12-01"}});
      CHECK(r.exit_code == 73);
      CHECK(r.out == "");
      CHECK(r.err ==
            "ppid: error: destination already exists: \"backups/ppid-2026-12-01.sqlite\"; ppid "
            "backup never replaces a file; choose another name\n");
      CHECK(ppid::test::read_file(f.box.path("backups/ppid-2026-12-01.sqlite")) == before);
      CHECK(listing(f.box.path("backups")) == "ppid-2026-12-01.sqlite, ppid-2026-12-02.sqlite");
    }
  }

  TEST_CASE("backup never replaces an existing file") {
    CaseFile f;
    const auto source_before = ppid::test::dump_case_file(f.file());
    SUBCASE("a file") {
      f.box.write("copy.sqlite", "yesterday's copy\n");
      const auto r = f.box.ppid({"backup", "copy.sqlite"});
      CHECK(r.exit_code == 73);
      CHECK(r.out == "");
      CHECK(r.err ==
            "ppid: error: destination already exists: \"copy.sqlite\"; ppid backup never "
            "replaces a file; choose another name\n");
      CHECK(ppid::test::read_file(f.box.path("copy.sqlite")) == "yesterday's copy\n");
    }
    SUBCASE("the case file itself") {
      const auto r = f.box.ppid({"backup", "ppid.sqlite"});
      CHECK(r.exit_code == 73);
      CHECK(r.err ==
            "ppid: error: destination already exists: \"ppid.sqlite\"; ppid backup never "
            "replaces a file; choose another name\n");
    }
    SUBCASE("a symbolic link, even one pointing nowhere") {
      fs::create_symlink("nowhere.sqlite", f.box.path("link.sqlite"));
      const auto r = f.box.ppid({"backup", "link.sqlite"});
      CHECK(r.exit_code == 73);
      CHECK(r.err ==
            "ppid: error: destination already exists: \"link.sqlite\"; ppid backup never "
            "replaces a file; choose another name\n");
      CHECK(!fs::exists(f.box.path("nowhere.sqlite")));
    }
    CHECK(ppid::test::dump_case_file(f.file()) == source_before);
    CHECK(hidden_names(f.box.dir()) == "");
  }

  TEST_CASE("backup into a missing directory: exit 73, nothing written") {
    CaseFile f;
    auto r = f.box.ppid({"backup", "missing/copy.sqlite"});
    CHECK(r.exit_code == 73);
    CHECK(r.out == "");
    CHECK(r.err ==
          "ppid: error: cannot create file: \"missing/copy.sqlite\"; no such directory, or it "
          "cannot hold files\n");
    r = f.box.ppid({"backup", "missing/"});
    CHECK(r.exit_code == 73);
    CHECK(r.err ==
          "ppid: error: cannot create file: \"missing/\"; no such directory, or it cannot hold "
          "files\n");
    CHECK(!fs::exists(f.box.path("missing")));
    CHECK(hidden_names(f.box.dir()) == "");
  }

  TEST_CASE("backup needs a case file and a destination") {
    Sandbox box;
    auto r = box.ppid({"backup", "copy.sqlite"});
    CHECK(r.exit_code == 66);
    CHECK(r.err ==
          "ppid: error: case file not found: \"./ppid.sqlite\"; create one with 'ppid init' or "
          "choose another with --file\n");
    r = box.ppid({"backup"});
    CHECK(r.exit_code == 64);
    CHECK(r.err == "ppid: error: required option missing: \"dest\"; see 'ppid --help'\n");
    CHECK(listing(box.dir()) == "");
  }

  TEST_CASE("backup --help says where a copy into a directory goes") {
    Sandbox box;
    const auto r = box.ppid({"backup", "--help"});
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("DEST/NAME-YYYY-MM-DD.sqlite (NAME from the case file, the date today in "
                     "the agency's zone)") != std::string::npos);
    CHECK(r.out.find("never replaced") != std::string::npos);
  }

  TEST_CASE("backup succeeds while another process holds a write transaction") {
    CaseFile f;
    std::atomic<bool> holding{false};
    std::thread writer{[&] {
      SQLite::Database db{f.file().string(), SQLite::OPEN_READWRITE};
      db.exec("BEGIN IMMEDIATE");
      db.exec("INSERT INTO setting (key, value) VALUES ('lock-test', 'x')");
      holding = true;
      std::this_thread::sleep_for(std::chrono::seconds(1));
      db.exec("COMMIT");
    }};
    while (!holding) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    {
      // The lock is real: no other writer gets in meanwhile.
      SQLite::Database other{f.file().string(), SQLite::OPEN_READWRITE};
      CHECK_THROWS(other.exec("BEGIN IMMEDIATE"));
    }
    const auto r = f.box.ppid({"backup", "copy.sqlite"});
    writer.join();
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    CHECK(r.out ==
          "Backup written: copy.sqlite; checked: SQLite integrity, 2 cases, 3 events, chain "
          "intact.\n");
    CHECK(f.box.ppid({"--file", "copy.sqlite", "verify"}).exit_code == 0);
    // The writer was not held up: its row is in the case file.
    SQLite::Database db{f.file().string(), SQLite::OPEN_READONLY};
    SQLite::Statement query{db, "SELECT count(*) FROM setting WHERE key = 'lock-test'"};
    REQUIRE(query.executeStep());
    CHECK(query.getColumn(0).getInt() == 1);
  }

  TEST_CASE("backup refuses a damaged case file and leaves nothing behind") {
    CaseFile f;
    const auto names_before = listing(f.box.dir());
    SUBCASE("an event changed behind ppid's back") {
      f.sqlite3("UPDATE event SET data = replace(data, 'granted', 'refused') WHERE id = 2");
      const auto r = f.box.ppid({"backup", "copy.sqlite"});
      CHECK(r.exit_code == 65);
      CHECK(r.out == "");
      CHECK(r.err ==
            "ppid: error: backup not written: the case file fails its check: \"./ppid.sqlite\"; "
            "the event was changed outside ppid\n");
    }
    SUBCASE("an event removed") {
      f.sqlite3("DELETE FROM event WHERE id = 2");
      const auto r = f.box.ppid({"backup", "copy.sqlite"});
      CHECK(r.exit_code == 65);
      CHECK(r.err ==
            "ppid: error: backup not written: the case file fails its check: \"./ppid.sqlite\"; "
            "the event chain is broken: an event was removed or inserted outside ppid\n");
    }
    SUBCASE("a damaged b-tree page") {
      // The events' root page claims 65535 cells: SQLite's integrity check fails.
      long page = 0;
      long page_size = 0;
      {
        SQLite::Database db{f.file().string(), SQLite::OPEN_READONLY};
        page = db.execAndGet("SELECT rootpage FROM sqlite_schema WHERE name = 'event'").getInt();
        page_size = db.execAndGet("PRAGMA page_size").getInt();
      }
      REQUIRE(page > 1);
      {
        std::FILE* file = std::fopen(f.file().c_str(), "r+b");
        REQUIRE(file != nullptr);
        REQUIRE(std::fseek(file, (page - 1) * page_size + 3, SEEK_SET) == 0);
        REQUIRE(std::fputc(0xff, file) != EOF);
        REQUIRE(std::fputc(0xff, file) != EOF);
        std::fclose(file);
      }
      const auto r = f.box.ppid({"backup", "copy.sqlite"});
      CHECK(r.exit_code == 65);
      CHECK(r.out == "");
      CHECK(r.err.starts_with(
          "ppid: error: backup not written: the case file fails its check: \"./ppid.sqlite\"; "
          "SQLite integrity check failed: "));
      // One line, however many problems SQLite lists.
      CHECK(r.err.find('\n') == r.err.size() - 1);
    }
    SUBCASE("a truncated file") {
      fs::resize_file(f.file(), 3 * 4096);
      const auto r = f.box.ppid({"backup", "copy.sqlite"});
      // Refused when opened, as by every command (the same exit code and message).
      const auto shown = f.box.ppid({"show", "001/PPID/XI/2026"});
      CHECK(shown.exit_code == 66);
      CHECK(r.exit_code == 66);
      CHECK(r.out == "");
      CHECK(r.err == shown.err);
      CHECK(r.err.starts_with("ppid: error: "));
      CHECK(r.err.find("\"./ppid.sqlite\"") != std::string::npos);
    }
    CHECK(!fs::exists(f.box.path("copy.sqlite")));
    CHECK(hidden_names(f.box.dir()) == "");
    // Only what reading a case file leaves (its -wal and -shm) may have appeared.
    for (const auto& entry : fs::directory_iterator{f.box.dir()}) {
      const auto name = entry.path().filename().string();
      CAPTURE(name);
      CHECK((names_before.find(name) != std::string::npos || name.starts_with("ppid.sqlite-")));
    }
  }

  TEST_CASE("backup copies stored deadlines that recalc would move, as they are") {
    CaseFile f;
    f.sqlite3("UPDATE deadline SET due = '2026-12-31' WHERE request_id = 2");
    const auto r = f.box.ppid({"backup", "copy.sqlite"});
    CHECK(r.exit_code == 0);
    CHECK(r.out ==
          "Backup written: copy.sqlite; checked: SQLite integrity, 2 cases, 3 events, chain "
          "intact.\n");
    const auto verified = f.box.ppid({"--file", "copy.sqlite", "verify"});
    CHECK(verified.exit_code == 1);
    CHECK(verified.out == f.box.ppid({"verify"}).out);
  }
}
