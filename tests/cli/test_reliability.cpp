#include "support/run_ppid.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <sys/stat.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>
#include <iostream>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

using ppid::test::read_file;
using ppid::test::Sandbox;
namespace fs = std::filesystem;

namespace {

long count_requests(const fs::path& file) {
  SQLite::Database db{file.string(), SQLite::OPEN_READONLY};
  return db.execAndGet("SELECT count(*) FROM request").getInt64();
}

std::string integrity(const fs::path& file) {
  SQLite::Database db{file.string(), SQLite::OPEN_READONLY};
  return db.execAndGet("PRAGMA integrity_check").getString();
}

// A register of `rows` answered requests of January 2026, in the register's usual headers.
std::string make_register(int rows) {
  std::string csv =
      "Nomor Pendaftaran,Tanggal Permohonan,Nama Pemohon,Informasi yang Diminta,"
      "Tanggal Pemberitahuan Tertulis,Keputusan\n";
  for (int i = 1; i <= rows; ++i) {
    csv += fmt::format(
        "{:04}/PPID/I/2026,05/01/2026,Pemohon {},Dokumen anggaran {},12/01/2026,"
        "Dikabulkan seluruhnya\n",
        i, i, i);
  }
  return csv;
}

bool one_line(const std::string& text) {
  return !text.empty() && text.back() == '\n' && text.find('\n') == text.size() - 1;
}

void reset_file(const fs::path& from, const fs::path& to) {
  for (const char* suffix : {"", "-wal", "-shm"}) {
    fs::remove(to.string() + suffix);
  }
  fs::copy_file(from, to);
  fs::permissions(to, fs::perms::owner_read | fs::perms::owner_write);
}

}  // namespace

TEST_SUITE("reliability") {
  TEST_CASE("4 processes register 250 requests each while reports run in a loop") {
    Sandbox box;
    REQUIRE(box.ppid({"init"}).exit_code == 0);
    constexpr int k_processes = 4;
    constexpr int k_each = 250;
    std::atomic<bool> writing{true};
    auto reader = std::async(std::launch::async, [&] {
      std::vector<int> codes;
      while (writing) {
        codes.push_back(box.ppid({"report", "overdue", "--format", "json"}).exit_code);
        codes.push_back(box.ppid({"request", "list", "--format", "json"}).exit_code);
      }
      return codes;
    });
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::future<std::vector<int>>> workers;
    for (int p = 0; p < k_processes; ++p) {
      workers.push_back(std::async(std::launch::async, [&box, p] {
        std::vector<int> codes;
        for (int i = 0; i < k_each; ++i) {
          codes.push_back(box.ppid({"request", "new", "--name", fmt::format("P{} R{}", p, i),
                                    "--info", "Data", "--at", "2026-11-24"})
                              .exit_code);
        }
        return codes;
      }));
    }
    std::vector<int> writer_codes;
    for (auto& worker : workers) {
      const auto codes = worker.get();
      writer_codes.insert(writer_codes.end(), codes.begin(), codes.end());
    }
    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    writing = false;
    const auto reader_codes = reader.get();
    CHECK(writer_codes == std::vector<int>(k_processes * k_each, 0));
    CHECK(reader_codes == std::vector<int>(reader_codes.size(), 0));
    CHECK(reader_codes.size() >= 2);

    const auto list = nlohmann::json::parse(box.ppid({"request", "list", "--format", "json"}).out);
    std::set<std::string> numbers;
    for (const auto& c : list) {
      numbers.insert(c["register_no"].get<std::string>());
    }
    std::set<std::string> expected;
    for (int n = 1; n <= k_processes * k_each; ++n) {
      expected.insert(fmt::format("{:03}/PPID/XI/2026", n));
    }
    CHECK(list.size() == 1000);
    CHECK(numbers == expected);
    CHECK(box.ppid({"verify"}).out == "Case file sound: 1000 cases, 1000 events, chain intact.\n");
    std::cout << fmt::format(
        "reliability: {} requests by {} processes in {:.1f} s, {} report runs alongside, "
        "no error\n",
        k_processes * k_each, k_processes, seconds, reader_codes.size());
  }

  TEST_CASE("a writer waits for the lock up to --busy-timeout, then gives up with exit 75") {
    Sandbox box;
    REQUIRE(box.ppid({"init"}).exit_code == 0);
    const auto file = box.path("ppid.sqlite");
    SQLite::Database holder{file.string(), SQLite::OPEN_READWRITE};
    holder.exec("BEGIN IMMEDIATE");

    SUBCASE("the lock stays: exit 75 after the timeout, nothing written") {
      const auto before = ppid::test::dump_case_file(file);
      const auto started = std::chrono::steady_clock::now();
      const auto r = box.ppid({"--busy-timeout", "1", "request", "new", "--name", "A", "--info",
                               "B", "--at", "2026-11-24"});
      const auto waited = std::chrono::steady_clock::now() - started;
      CHECK(r.exit_code == 75);
      CHECK(r.err == "ppid: error: case file is busy, try again: \"./ppid.sqlite\"\n");
      CHECK(r.out == "");
      CHECK(waited >= std::chrono::milliseconds{900});
      holder.exec("ROLLBACK");
      CHECK(ppid::test::dump_case_file(file) == before);
    }
    SUBCASE("the lock is let go within the timeout: the writer goes on") {
      auto release = std::async(std::launch::async, [&] {
        std::this_thread::sleep_for(std::chrono::milliseconds{500});
        holder.exec("COMMIT");
      });
      const auto r =
          box.ppid({"request", "new", "--name", "A", "--info", "B", "--at", "2026-11-24"},
                   {{"PPID_BUSY_TIMEOUT", "5"}});
      release.get();
      CHECK(r.exit_code == 0);
      CHECK(r.out.starts_with("Request registered: 001/PPID/XI/2026\n"));
    }
    SUBCASE("a malformed timeout is a usage error") {
      const auto r = box.ppid({"--busy-timeout", "soon", "verify"});
      CHECK(r.exit_code == 64);
      CHECK(r.err ==
            "ppid: error: invalid busy timeout: \"soon\"; write seconds from 0 to 3600, e.g. 30\n");
      holder.exec("ROLLBACK");
    }
  }

  TEST_CASE("request new killed at random moments leaves all or nothing, 20 times") {
    Sandbox box;
    REQUIRE(box.ppid({"init"}).exit_code == 0);
    const auto file = box.path("ppid.sqlite");
    const std::vector<std::string> args = {"request", "new",  "--name", "Siti",
                                           "--info",  "Data", "--at",   "2026-11-24"};
    // How long one registration takes here, to spread the kills over it.
    const auto started = std::chrono::steady_clock::now();
    REQUIRE(box.ppid(args).exit_code == 0);
    const auto took = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::steady_clock::now() - started);
    std::mt19937 random{20261124};
    std::uniform_int_distribution<long> moment{0, took.count() * 3 / 2};
    int interrupted = 0;
    for (int attempt = 0; attempt < 20; ++attempt) {
      CAPTURE(attempt);
      const long before = count_requests(file);
      int exit_code = 0;
      const bool killed =
          box.ppid_killed_after(args, std::chrono::microseconds{moment(random)}, exit_code);
      if (killed) {
        ++interrupted;
      } else {
        CHECK(exit_code == 0);
      }
      CHECK(integrity(file) == "ok");
      const auto verify = box.ppid({"verify"});
      CHECK(verify.exit_code == 0);
      const long after = count_requests(file);
      CHECK((after == before || after == before + 1));
    }
    // The numbers stay gap-free whatever was interrupted.
    const auto list = nlohmann::json::parse(box.ppid({"request", "list", "--format", "json"}).out);
    for (std::size_t i = 0; i < list.size(); ++i) {
      CHECK(list[i]["register_no"] == fmt::format("{:03}/PPID/XI/2026", i + 1));
    }
    std::cout << fmt::format(
        "reliability: request new killed 20 times ({} while running, one registration ~{} ms); "
        "file sound every time\n",
        interrupted, took.count() / 1000);
  }

  TEST_CASE("import killed at random moments leaves all or nothing, 20 times") {
    Sandbox box;
    constexpr int k_rows = 3000;
    box.write("register.csv", make_register(k_rows));
    REQUIRE(box.ppid({"--file", "template.sqlite", "init"}).exit_code == 0);
    const auto file = box.path("ppid.sqlite");
    reset_file(box.path("template.sqlite"), file);
    const auto started = std::chrono::steady_clock::now();
    REQUIRE(box.ppid({"import", "register.csv"}).exit_code == 0);
    const auto took = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::steady_clock::now() - started);
    REQUIRE(count_requests(file) == k_rows);
    std::mt19937 random{20261125};
    std::uniform_int_distribution<long> moment{0, took.count() * 6 / 5};
    int interrupted = 0;
    for (int attempt = 0; attempt < 20; ++attempt) {
      CAPTURE(attempt);
      reset_file(box.path("template.sqlite"), file);
      int exit_code = 0;
      const bool killed = box.ppid_killed_after(
          {"import", "register.csv"}, std::chrono::microseconds{moment(random)}, exit_code);
      if (killed) {
        ++interrupted;
      } else {
        CHECK(exit_code == 0);
      }
      CHECK(integrity(file) == "ok");
      CHECK(box.ppid({"verify"}).exit_code == 0);
      const long after = count_requests(file);
      CHECK((after == 0 || after == k_rows));
      if (!killed) {
        CHECK(after == k_rows);
      }
    }
    std::cout << fmt::format(
        "reliability: import of {} rows killed 20 times ({} while running, one import ~{} ms); "
        "none or all of it every time\n",
        k_rows, interrupted, took.count() / 1000);
  }

  TEST_CASE("broken case files are refused with their exit code, one line, and left alone") {
    Sandbox box;
    REQUIRE(box.ppid({"--file", "good.sqlite", "init"}).exit_code == 0);
    REQUIRE(box.ppid({"--file", "good.sqlite", "request", "new", "--name", "Siti", "--info", "Data",
                      "--at", "2026-11-20"})
                .exit_code == 0);
    {
      SQLite::Database db{box.path("good.sqlite").string(), SQLite::OPEN_READWRITE};
      db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    const auto good = read_file(box.path("good.sqlite"));
    const std::vector<std::vector<std::string>> commands = {
        {"report", "overdue"},
        {"request", "new", "--name", "Budi", "--info", "Data", "--at", "2026-11-24"},
        {"respond", "001/PPID/XI/2026", "--decision", "granted", "--at", "2026-11-24"},
        {"verify"}};
    const auto refused_by_all = [&](const std::string& name, int exit_code,
                                    const std::string& message) {
      const auto before = fs::exists(box.path(name)) && !fs::is_directory(box.path(name))
                              ? read_file(box.path(name))
                              : std::string{};
      for (const auto& command : commands) {
        CAPTURE(command.front());
        auto args = command;
        args.insert(args.begin(), {"--file", name});
        const auto r = box.ppid(args);
        CHECK(r.exit_code == exit_code);
        CHECK(one_line(r.err));
        CHECK(r.err == message);
        CHECK(r.out == "");
        if (!fs::is_directory(box.path(name))) {
          CHECK((fs::exists(box.path(name)) ? read_file(box.path(name)) : std::string{}) == before);
        }
      }
    };
    SUBCASE("missing") {
      refused_by_all("missing.sqlite", 66,
                     "ppid: error: case file not found: \"missing.sqlite\"; create one with "
                     "'ppid init' or choose another with --file\n");
      CHECK_FALSE(fs::exists(box.path("missing.sqlite")));
    }
    SUBCASE("a directory") {
      fs::create_directory(box.path("dir.sqlite"));
      refused_by_all("dir.sqlite", 66, "ppid: error: case file is a directory: \"dir.sqlite\"\n");
    }
    SUBCASE("zero bytes") {
      box.write("empty.sqlite", "");
      refused_by_all("empty.sqlite", 66, "ppid: error: not a ppid case file: \"empty.sqlite\"\n");
    }
    SUBCASE("truncated") {
      box.write("cut.sqlite", good.substr(0, good.size() / 2));
      refused_by_all("cut.sqlite", 66,
                     "ppid: error: the case file is damaged: \"cut.sqlite\"; restore it from a "
                     "backup (ppid backup)\n");
    }
    SUBCASE("not SQLite") {
      box.write("text.sqlite", "Nomor Pendaftaran,Nama\n001,Siti\n");
      refused_by_all("text.sqlite", 66, "ppid: error: not a ppid case file: \"text.sqlite\"\n");
    }
    SUBCASE("from a newer ppid") {
      box.write("newer.sqlite", good);
      {
        SQLite::Database db{box.path("newer.sqlite").string(), SQLite::OPEN_READWRITE};
        db.exec("PRAGMA user_version = 99");
      }
      const auto r = box.ppid({"--file", "newer.sqlite", "verify"});
      CHECK(r.exit_code == 65);
      CHECK(one_line(r.err));
      CHECK(r.err.starts_with("ppid: error: "));
    }
    SUBCASE("read-only: readers read, writers are refused before anything is written") {
      box.write("ro.sqlite", good);
      fs::permissions(box.path("ro.sqlite"), fs::perms::owner_read);
      CHECK(box.ppid({"--file", "ro.sqlite", "report", "overdue"}).exit_code == 0);
      CHECK(box.ppid({"--file", "ro.sqlite", "verify"}).exit_code == 0);
      for (const auto& command : {commands[1], commands[2], std::vector<std::string>{"recalc"}}) {
        CAPTURE(command.front());
        auto args = command;
        args.insert(args.begin(), {"--file", "ro.sqlite"});
        const auto r = box.ppid(args);
        CHECK(r.exit_code == 74);
        CHECK(r.err ==
              "ppid: error: the case file is read-only: \"ro.sqlite\"; a command that records "
              "needs write permission on it\n");
        CHECK(read_file(box.path("ro.sqlite")) == good);
      }
    }
    SUBCASE("an event edited behind ppid's back") {
      box.write("edited.sqlite", good);
      {
        SQLite::Database db{box.path("edited.sqlite").string(), SQLite::OPEN_READWRITE};
        db.exec("UPDATE event SET data = replace(data, 'Siti', 'Sitti')");
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
      }
      const auto edited = read_file(box.path("edited.sqlite"));
      auto r = box.ppid({"--file", "edited.sqlite", "verify"});
      CHECK(r.exit_code == 1);
      CHECK(r.out == "Case 001/PPID/XI/2026, event 1: the event was changed outside ppid\n");
      // Acting on or showing the edited case is refused: the record cannot be trusted.
      for (const auto& command :
           {commands[2], std::vector<std::string>{"show", "001/PPID/XI/2026"}}) {
        CAPTURE(command.front());
        auto args = command;
        args.insert(args.begin(), {"--file", "edited.sqlite"});
        r = box.ppid(args);
        CHECK(r.exit_code == 65);
        CHECK(r.err ==
              "ppid: error: the recorded events of 001/PPID/XI/2026 do not match their hashes "
              "(changed outside ppid); see 'ppid verify' and restore from a backup\n");
        CHECK(read_file(box.path("edited.sqlite")) == edited);
      }
    }
  }

  TEST_CASE("hostile text: escape sequences refused, SQL metacharacters kept as typed") {
    Sandbox box;
    REQUIRE(box.ppid({"init"}).exit_code == 0);
    const std::string clear_screen = "Siti\x1b[2J";

    SUBCASE("an escape sequence in a field, a mapping or a configuration never reaches stdout") {
      auto r = box.ppid({"request", "new", "--name", clear_screen, "--info", "Data"});
      CHECK(r.exit_code == 64);
      CHECK(r.err ==
            "ppid: error: invalid name; no control characters (line breaks only in long text)\n");
      box.write("register.csv",
                "Nomor Pendaftaran,Tanggal Permohonan,Nama Pemohon,Informasi yang Diminta\n"
                "001/PPID/XI/2026,02/11/2026," +
                    clear_screen + ",Data\n");
      r = box.ppid({"import", "register.csv"});
      CHECK(r.exit_code == 65);
      CHECK(r.err ==
            "register.csv:2: Nama Pemohon: invalid name; no control characters (line breaks "
            "only in long text)\n");
      box.write("agency.toml", "[agency]\nname = \"Dinas\\u001b[2J Kominfo\"\n");
      r = box.ppid({"--file", "other.sqlite", "init", "--config", "agency.toml"});
      CHECK(r.exit_code == 78);
      CHECK(r.err ==
            "ppid: error: agency.toml:2:8: invalid value for agency.name: \"Dinas\\x1b[2J "
            "Kominfo\"; no control characters (line breaks only in long text)\n");
      CHECK_FALSE(fs::exists(box.path("other.sqlite")));
    }
    SUBCASE("quotes, semicolons and SQL words are stored and shown exactly as typed") {
      const std::string name = "Robert'); DROP TABLE request;-- \"Bobby\" 100% _x_";
      const std::string info = "SELECT * FROM event WHERE 1=1; -- 'quoted' \\ backslash";
      auto r = box.ppid({"request", "new", "--name", name, "--info", info, "--at", "2026-11-24"});
      REQUIRE(r.exit_code == 0);
      const auto shown =
          nlohmann::json::parse(box.ppid({"show", "001/PPID/XI/2026", "--format", "json"}).out);
      CHECK(shown["applicant"]["name"] == name);
      CHECK(shown["request"]["info"] == info);
      CHECK(box.ppid({"verify"}).out == "Case file sound: 1 cases, 1 events, chain intact.\n");
      r = box.ppid({"request", "new", "--name", "Budi", "--info", "Data", "--at", "2026-11-24"});
      CHECK(r.out.starts_with("Request registered: 002/PPID/XI/2026\n"));
    }
    SUBCASE("a very long field is refused with its limit") {
      const auto r = box.ppid({"request", "new", "--name", std::string(201, 'a'), "--info", "x"});
      CHECK(r.exit_code == 64);
      CHECK(r.err == "ppid: error: invalid name; at most 200 bytes\n");
    }
  }
}
