#include "support/run_ppid.hpp"
#include "support/umask_guard.hpp"

#include <doctest/doctest.h>

#include <sys/stat.h>

#include <filesystem>
#include <set>
#include <string>

using ppid::test::listing;
using ppid::test::Sandbox;
using ppid::test::UmaskGuard;

namespace {

// Copies tests/data/config/`fixture` into the sandbox under the same name.
void copy_fixture(const Sandbox& box, const std::string& fixture) {
  const auto source = ppid::test::source_dir() / "tests" / "data" / "config" / fixture;
  const auto content = ppid::test::read_file(source);
  REQUIRE_MESSAGE(!content.empty(), "missing fixture " << source.string());
  box.write(fixture, content);
}

// `ppid init --config FIXTURE` is refused with exit code 78 and exactly `message` on stderr,
// and leaves nothing behind but the configuration file itself.
void check_config_refused(const std::string& fixture, const std::string& message) {
  Sandbox box;
  copy_fixture(box, fixture);
  const auto r = box.ppid({"init", "--config", fixture});
  CHECK(r.exit_code == 78);
  CHECK(r.out == "");
  CHECK(r.err == message);
  CHECK(listing(box.dir()) == fixture);
}

mode_t permissions(const std::filesystem::path& path) {
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  return st.st_mode & 07777;
}

}  // namespace

TEST_SUITE("init") {
  TEST_CASE("init creates a 0600 case file whatever the umask") {
    Sandbox box;
    const UmaskGuard permissive{0};
    const auto r = box.ppid({"init", "--agency", "Dinas Kominfo Kab. Contoh"});
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    CHECK(r.out == "Case file created: ./ppid.sqlite (agency: Dinas Kominfo Kab. Contoh)\n");
    CHECK(permissions(box.path("ppid.sqlite")) == 0600);
    // Built under a temporary name and linked into place: nothing else is left.
    CHECK(listing(box.dir()) == "ppid.sqlite");
  }

  TEST_CASE("init then config show round-trips the example configuration") {
    Sandbox box;
    const auto example = (ppid::test::source_dir() / "examples" / "ppid.toml").string();
    REQUIRE(box.ppid({"init", "--config", example}).exit_code == 0);
    const auto first = box.ppid({"config", "show"});
    REQUIRE(first.exit_code == 0);
    box.write("shown.toml", first.out);
    REQUIRE(box.ppid({"init", "--file", "again.sqlite", "--config", "shown.toml"}).exit_code == 0);
    const auto second = box.ppid({"config", "show", "--file", "again.sqlite"});
    CHECK(second.exit_code == 0);
    CHECK(second.out == first.out);
  }

  TEST_CASE("init --agency overrides the name from --config") {
    Sandbox box;
    copy_fixture(box, "every_key_changed.toml");
    const auto r = box.ppid({"init", "--config", "every_key_changed.toml", "--agency", "Lain"});
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    CHECK(r.out == "Case file created: ./ppid.sqlite (agency: Lain)\n");
    const auto shown = box.ppid({"config", "show"});
    CHECK(shown.out.find("\nname = \"Lain\"\n") != std::string::npos);
  }

  TEST_CASE("init refuses to overwrite an existing case file") {
    Sandbox box;
    REQUIRE(box.ppid({"init"}).exit_code == 0);
    const auto before = ppid::test::dump_case_file(box.path("ppid.sqlite"));
    const auto names_before = listing(box.dir());
    const auto r = box.ppid({"init", "--agency", "Lain"});
    CHECK(r.exit_code == 73);
    CHECK(r.out == "");
    CHECK(r.err ==
          "ppid: error: case file already exists: \"./ppid.sqlite\"; ppid never overwrites a case "
          "file; choose another name with --file\n");
    CHECK(ppid::test::dump_case_file(box.path("ppid.sqlite")) == before);
    CHECK(listing(box.dir()) == names_before);
  }

  TEST_CASE("init refuses to replace any existing file, not only a case file") {
    Sandbox box;
    box.write("notes.txt", "not a case file\n");
    const auto r = box.ppid({"init", "--file", "notes.txt"});
    CHECK(r.exit_code == 73);
    CHECK(r.out == "");
    CHECK(r.err ==
          "ppid: error: case file already exists: \"notes.txt\"; ppid never overwrites a case "
          "file; choose another name with --file\n");
    CHECK(ppid::test::read_file(box.path("notes.txt")) == "not a case file\n");
    CHECK(listing(box.dir()) == "notes.txt");
  }

  TEST_CASE("init reports a path it cannot create and leaves nothing behind") {
    Sandbox box;
    SUBCASE("a directory that does not exist") {
      const auto r = box.ppid({"init", "--file", "missing-dir/x.sqlite"});
      CHECK(r.exit_code == 73);
      CHECK(r.out == "");
      CHECK(r.err ==
            "ppid: error: cannot create file: \"missing-dir/x.sqlite\"; no such directory, or it "
            "cannot hold files\n");
      CHECK(listing(box.dir()).empty());
    }
    SUBCASE("a directory under /proc, where no file can be created") {
      const auto r = box.ppid({"init", "--file", "/proc/nope/x.sqlite"});
      CHECK(r.exit_code == 73);
      CHECK(r.out == "");
      CHECK(r.err ==
            "ppid: error: cannot create file: \"/proc/nope/x.sqlite\"; no such directory, or it "
            "cannot hold files\n");
      CHECK(listing(box.dir()).empty());
    }
    SUBCASE("a parent that is a regular file") {
      box.write("notes.txt", "x\n");
      const auto r = box.ppid({"init", "--file", "notes.txt/x.sqlite"});
      CHECK(r.exit_code == 73);
      CHECK(r.out == "");
      CHECK(r.err ==
            "ppid: error: cannot create file: \"notes.txt/x.sqlite\"; no such directory, or it "
            "cannot hold files\n");
      CHECK(listing(box.dir()) == "notes.txt");
      CHECK(ppid::test::read_file(box.path("notes.txt")) == "x\n");
    }
  }

  TEST_CASE("init refuses a configuration file it cannot read") {
    Sandbox box;
    SUBCASE("missing") {
      const auto r = box.ppid({"init", "--config", "nope.toml"});
      CHECK(r.exit_code == 78);
      CHECK(r.out == "");
      CHECK(r.err == "ppid: error: cannot read configuration file: \"nope.toml\"\n");
      CHECK(listing(box.dir()).empty());
    }
    SUBCASE("a directory") {
      std::filesystem::create_directory(box.path("conf.d"));
      const auto r = box.ppid({"init", "--config", "conf.d"});
      CHECK(r.exit_code == 78);
      CHECK(r.out == "");
      CHECK(r.err == "ppid: error: cannot read configuration file: \"conf.d\"\n");
      CHECK(listing(box.dir()) == "conf.d");
    }
  }

  TEST_CASE("init refuses malformed TOML, naming the file, line and column") {
    check_config_refused(
        "malformed.toml",
        "ppid: error: malformed.toml:3:22: malformed TOML: \"Error while parsing string: "
        "unescaped control characters other than TAB (U+0009) are explicitly prohibited\"\n");
  }

  TEST_CASE("init refuses a week without a working day: no count could ever end") {
    check_config_refused("all_weekend.toml",
                         "ppid: error: all_weekend.toml:3:11: invalid value for calendar.weekend: "
                         "\"monday, tuesday, wednesday, thursday, friday, saturday, sunday\"; at "
                         "least one day of the week must be a working day\n");
  }

  TEST_CASE("init refuses a statutory limit other than the law's without a reason") {
    check_config_refused("shorter_than_law.toml",
                         "ppid: error: shorter_than_law.toml:3:20: deadlines.objection_answer = "
                         "\"7 wd\" is not the law's \"30 wd\" (UU 14/2008 art. 36(2)); a body's "
                         "own standard goes in [targets]; a different statutory limit needs "
                         "override = \"why\"\n");
  }

  TEST_CASE("init refuses a target beyond the statutory limit it sits inside") {
    check_config_refused("target_beyond_law.toml",
                         "ppid: error: target_beyond_law.toml:4:20: invalid value for "
                         "targets.objection_answer: \"35 hk\"; a target must be within the law: "
                         "at most \"30 wd\" (deadlines.objection_answer = \"30 wd\")\n");
  }

  TEST_CASE("init refuses unknown keys and tables, listing what is allowed") {
    SUBCASE("a misspelt key names the dotted key") {
      check_config_refused("unknown_key.toml",
                           "ppid: error: unknown_key.toml:3:1: unknown key: \"calendar.weekends\"; "
                           "allowed: weekend, collective_leave_closed, closed_days, working_days, "
                           "service_hours, receipt_outside_hours, objection_receipt, "
                           "clock_starts\n");
    }
    SUBCASE("an unknown top-level table") {
      check_config_refused("unknown_table.toml",
                           "ppid: error: unknown_table.toml:5:2: unknown key: \"holidays\"; "
                           "allowed: agency, calendar, deadlines, targets, requirements, "
                           "services\n");
    }
  }

  TEST_CASE("init refuses values of the wrong type") {
    SUBCASE("a string where true or false is expected") {
      check_config_refused("wrong_type_boolean.toml",
                           "ppid: error: wrong_type_boolean.toml:3:27: wrong type of value: "
                           "\"calendar.collective_leave_closed\"; must be true or false\n");
    }
    SUBCASE("a quoted date in closed_days") {
      check_config_refused("wrong_type_date.toml",
                           "ppid: error: wrong_type_date.toml:4:12: wrong type of value: "
                           "\"calendar.closed_days.date\"; must be a date (YYYY-MM-DD, "
                           "unquoted)\n");
    }
  }

  TEST_CASE("init refuses invalid values, naming the key and the rule") {
    SUBCASE("a duration with an unknown unit") {
      check_config_refused(
          "bad_duration.toml",
          "ppid: error: bad_duration.toml:3:12: invalid value for deadlines.response: \"10 wx\"; "
          "write a number and a unit: \"10 wd\" or \"10 hk\" (working days), \"14 d\" or "
          "\"14 hari\" (plain days)\n");
    }
    SUBCASE("a time zone outside Indonesia's three") {
      check_config_refused("bad_time_zone.toml",
                           "ppid: error: bad_time_zone.toml:3:13: invalid value for "
                           "agency.time_zone: \"Asia/Jakarta\"; allowed: WIB, WITA, WIT\n");
    }
    SUBCASE("a register format without {seq}") {
      check_config_refused(
          "register_format_without_seq.toml",
          "ppid: error: register_format_without_seq.toml:3:19: invalid value for "
          "agency.register_format: \"PPID/{month:roman}/{year}\"; the format must contain {seq} "
          "(or {seq:03}); other fields: {year}, {month}, {month:02}, {month:roman}\n");
    }
    SUBCASE("a register format with an unknown field") {
      check_config_refused(
          "register_format_unknown_field.toml",
          "ppid: error: register_format_unknown_field.toml:3:19: invalid value for "
          "agency.register_format: \"{seq:03}/PPID/{day}/{year}\"; the format must contain {seq} "
          "(or {seq:03}); other fields: {year}, {month}, {month:02}, {month:roman}\n");
    }
    SUBCASE("a yearly sequence with a register format without {year}") {
      check_config_refused("register_format_yearly_without_year.toml",
                           "ppid: error: register_format_yearly_without_year.toml:4:19: invalid "
                           "value for agency.register_format: \"{seq:03}/PPID\"; with a sequence "
                           "reset every year the format must contain {year} to keep numbers "
                           "unique\n");
    }
    SUBCASE("a service name with capitals and a space") {
      check_config_refused("bad_service_name.toml",
                           "ppid: error: bad_service_name.toml:2:11: invalid value for services: "
                           "\"Informasi Berkala\"; a service name has only lower-case letters, "
                           "digits, '-' and '_'\n");
    }
    SUBCASE("a service without a title") {
      check_config_refused("service_without_title.toml",
                           "ppid: error: service_without_title.toml:2:1: required key missing: "
                           "\"services.informasi-berkala.title\"; must be a string\n");
    }
    SUBCASE("service hours that close before they open") {
      check_config_refused("service_hours_reversed.toml",
                           "ppid: error: service_hours_reversed.toml:3:10: invalid value for "
                           "calendar.service_hours.monday: \"16:00-08:00\"; write service hours "
                           "as \"08:00-16:00\", with a break \"08.00-12.00, 13.00-15.00\": "
                           "spans in order, each opening before it closes\n");
    }
    SUBCASE("a closed day listed twice") {
      check_config_refused("duplicate_closed_day.toml",
                           "ppid: error: duplicate_closed_day.toml:6:12: date listed twice in "
                           "calendar.closed_days: \"2026-10-15\"; list each date only "
                           "once\n");
    }
  }
}
