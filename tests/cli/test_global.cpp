#include "support/run_ppid.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

using ppid::test::Sandbox;

namespace {

const std::string k_missing_en =
    "ppid: error: case file not found: \"nope.sqlite\"; create one with 'ppid init' or choose "
    "another with --file\n";
const std::string k_missing_id =
    "ppid: error: berkas kasus tidak ditemukan: \"nope.sqlite\"; buat dengan 'ppid init' atau "
    "pilih berkas lain dengan --file\n";

const std::string k_init_help_start =
    "create a new case file with the agency's configuration\n"
    "Usage: ppid init [OPTIONS]\n";

}  // namespace

TEST_SUITE("global options") {
  TEST_CASE("an unknown option is a usage error wherever it is") {
    Sandbox box;
    for (const auto& args :
         {std::vector<std::string>{"--foo"}, std::vector<std::string>{"--foo", "init"},
          std::vector<std::string>{"init", "--foo"},
          std::vector<std::string>{"config", "show", "--foo"}}) {
      CAPTURE(args.front());
      CAPTURE(args.back());
      const auto r = box.ppid(args);
      CHECK(r.exit_code == 64);
      CHECK(r.out == "");
      CHECK(r.err == "ppid: error: unknown option: \"--foo\"; see 'ppid --help'\n");
    }
    CHECK(std::filesystem::is_empty(box.dir()));
  }

  TEST_CASE("no command is a usage error") {
    Sandbox box;
    SUBCASE("nothing at all") {
      const auto r = box.ppid({});
      CHECK(r.exit_code == 64);
      CHECK(r.out == "");
      CHECK(r.err == "ppid: error: no command given; see 'ppid --help'\n");
    }
    SUBCASE("only global options") {
      const auto r = box.ppid({"--file", "x.sqlite", "--lang", "en"});
      CHECK(r.exit_code == 64);
      CHECK(r.out == "");
      CHECK(r.err == "ppid: error: no command given; see 'ppid --help'\n");
    }
    CHECK(std::filesystem::is_empty(box.dir()));
  }

  TEST_CASE("other command line mistakes are usage errors") {
    Sandbox box;
    SUBCASE("an option without its value") {
      const auto r = box.ppid({"init", "--agency"});
      CHECK(r.exit_code == 64);
      CHECK(r.out == "");
      CHECK(r.err == "ppid: error: option needs a value: \"--agency\"; see 'ppid --help'\n");
    }
    SUBCASE("an unexpected argument") {
      const auto r = box.ppid({"init", "extra"});
      CHECK(r.exit_code == 64);
      CHECK(r.out == "");
      CHECK(r.err == "ppid: error: unexpected argument: \"extra\"; see 'ppid --help'\n");
    }
    SUBCASE("--file given twice") {
      const auto r = box.ppid({"--file", "a.sqlite", "init", "--file", "b.sqlite"});
      CHECK(r.exit_code == 64);
      CHECK(r.out == "");
      CHECK(r.err == "ppid: error: option given more than once: \"--file\"; see 'ppid --help'\n");
    }
    CHECK(std::filesystem::is_empty(box.dir()));
  }

  TEST_CASE("--file is accepted before and after the command") {
    Sandbox box;
    SUBCASE("before") {
      const auto r = box.ppid({"--file", "cases.sqlite", "init"});
      CHECK(r.exit_code == 0);
      CHECK(r.err == "");
      CHECK(r.out == "Case file created: cases.sqlite (agency: -)\n");
    }
    SUBCASE("after") {
      const auto r = box.ppid({"init", "--file", "cases.sqlite"});
      CHECK(r.exit_code == 0);
      CHECK(r.err == "");
      CHECK(r.out == "Case file created: cases.sqlite (agency: -)\n");
    }
    SUBCASE("in --file=PATH form") {
      const auto r = box.ppid({"init", "--file=cases.sqlite"});
      CHECK(r.exit_code == 0);
      CHECK(r.err == "");
      CHECK(r.out == "Case file created: cases.sqlite (agency: -)\n");
    }
    CHECK(std::filesystem::exists(box.path("cases.sqlite")));
    CHECK(!std::filesystem::exists(box.path("ppid.sqlite")));
    CHECK(box.ppid({"config", "show", "--file", "cases.sqlite"}).exit_code == 0);
    CHECK(box.ppid({"--file", "cases.sqlite", "config", "show"}).exit_code == 0);
  }

  TEST_CASE("--lang is accepted before and after the command") {
    Sandbox box;
    box.env.erase("PPID_LANG");
    SUBCASE("before") {
      const auto r = box.ppid({"--lang", "en", "config", "show", "--file", "nope.sqlite"});
      CHECK(r.exit_code == 66);
      CHECK(r.err == k_missing_en);
    }
    SUBCASE("after") {
      const auto r = box.ppid({"config", "show", "--file", "nope.sqlite", "--lang", "en"});
      CHECK(r.exit_code == 66);
      CHECK(r.err == k_missing_en);
    }
    SUBCASE("between the group and its command") {
      const auto r = box.ppid({"config", "--lang", "en", "show", "--file", "nope.sqlite"});
      CHECK(r.exit_code == 66);
      CHECK(r.err == k_missing_en);
    }
    SUBCASE("in --lang=CODE form") {
      const auto r = box.ppid({"--lang=en", "config", "show", "--file", "nope.sqlite"});
      CHECK(r.exit_code == 66);
      CHECK(r.err == k_missing_en);
    }
  }

  TEST_CASE("--today is accepted before and after the command") {
    Sandbox box;
    SUBCASE("before") {
      const auto r = box.ppid({"--today", "2026-01-02", "init"});
      CHECK(r.exit_code == 0);
      CHECK(r.err == "");
      CHECK(r.out == "Case file created: ./ppid.sqlite (agency: -)\n");
    }
    SUBCASE("after") {
      const auto r = box.ppid({"init", "--today", "2026-01-02"});
      CHECK(r.exit_code == 0);
      CHECK(r.err == "");
      CHECK(r.out == "Case file created: ./ppid.sqlite (agency: -)\n");
    }
    CHECK(box.ppid({"config", "show", "--today", "2026-01-02"}).exit_code == 0);
  }

  TEST_CASE("PPID_FILE names the case file, and --file overrides it") {
    Sandbox box;
    const auto created = box.ppid({"init"}, {{"PPID_FILE", "env.sqlite"}});
    CHECK(created.exit_code == 0);
    CHECK(created.err == "");
    CHECK(created.out == "Case file created: env.sqlite (agency: -)\n");
    CHECK(std::filesystem::exists(box.path("env.sqlite")));
    CHECK(!std::filesystem::exists(box.path("ppid.sqlite")));
    CHECK(box.ppid({"config", "show"}, {{"PPID_FILE", "env.sqlite"}}).exit_code == 0);

    const auto overridden =
        box.ppid({"config", "show", "--file", "nope.sqlite"}, {{"PPID_FILE", "env.sqlite"}});
    CHECK(overridden.exit_code == 66);
    CHECK(overridden.out == "");
    CHECK(overridden.err == k_missing_en);
  }

  TEST_CASE("PPID_LANG chooses the language, and --lang overrides it") {
    Sandbox box;
    SUBCASE("PPID_LANG=id") {
      const auto r = box.ppid({"config", "show", "--file", "nope.sqlite"}, {{"PPID_LANG", "id"}});
      CHECK(r.exit_code == 66);
      CHECK(r.err == k_missing_id);
    }
    SUBCASE("PPID_LANG=en") {
      const auto r = box.ppid({"config", "show", "--file", "nope.sqlite"}, {{"PPID_LANG", "en"}});
      CHECK(r.exit_code == 66);
      CHECK(r.err == k_missing_en);
    }
    SUBCASE("--lang id over PPID_LANG=en") {
      const auto r = box.ppid({"config", "show", "--file", "nope.sqlite", "--lang", "id"},
                              {{"PPID_LANG", "en"}});
      CHECK(r.exit_code == 66);
      CHECK(r.err == k_missing_id);
    }
  }

  TEST_CASE("messages are in Indonesian by default") {
    Sandbox box;
    box.env.erase("PPID_LANG");
    SUBCASE("an error") {
      const auto r = box.ppid({"config", "show", "--file", "nope.sqlite"});
      CHECK(r.exit_code == 66);
      CHECK(r.out == "");
      CHECK(r.err == k_missing_id);
    }
    SUBCASE("init's output") {
      const auto r = box.ppid({"init", "--agency", "Dinas Kominfo Kab. Contoh"});
      CHECK(r.exit_code == 0);
      CHECK(r.err == "");
      CHECK(r.out == "Berkas kasus dibuat: ./ppid.sqlite (instansi: Dinas Kominfo Kab. Contoh)\n");
    }
    SUBCASE("a usage error") {
      const auto r = box.ppid({"--foo"});
      CHECK(r.exit_code == 64);
      CHECK(r.out == "");
      CHECK(r.err == "ppid: error: opsi tidak dikenal: \"--foo\"; lihat 'ppid --help'\n");
    }
  }

  TEST_CASE("an unknown language is a usage error") {
    Sandbox box;
    box.env.erase("PPID_LANG");
    SUBCASE("--lang") {
      const auto r = box.ppid({"--lang", "xx", "init"});
      CHECK(r.exit_code == 64);
      CHECK(r.out == "");
      CHECK(r.err == "ppid: error: bahasa tidak dikenal: \"xx\"; pilihan: id, en\n");
    }
    SUBCASE("PPID_LANG") {
      const auto r = box.ppid({"init"}, {{"PPID_LANG", "xx"}});
      CHECK(r.exit_code == 64);
      CHECK(r.out == "");
      CHECK(r.err == "ppid: error: bahasa tidak dikenal: \"xx\"; pilihan: id, en\n");
    }
    SUBCASE("a bad --lang is reported in the language PPID_LANG asks for") {
      const auto r = box.ppid({"--lang", "xx", "init"}, {{"PPID_LANG", "en"}});
      CHECK(r.exit_code == 64);
      CHECK(r.err == "ppid: error: unknown language: \"xx\"; allowed: id, en\n");
    }
    // Refused before anything is created.
    CHECK(std::filesystem::is_empty(box.dir()));
  }

  TEST_CASE("a malformed --today or --format is refused even by a command that does not use it") {
    Sandbox box;
    auto r = box.ppid({"init", "--today", "2026-13-45"});
    CHECK(r.exit_code == 64);
    CHECK(r.out == "");
    CHECK(r.err == "ppid: error: invalid date: \"2026-13-45\"; use YYYY-MM-DD, e.g. 2026-11-24\n");
    r = box.ppid({"init"}, {{"PPID_TODAY", "24/11/2026"}});
    CHECK(r.exit_code == 64);
    CHECK(r.err == "ppid: error: invalid date: \"24/11/2026\"; use YYYY-MM-DD, e.g. 2026-11-24\n");
    r = box.ppid({"init", "--format", "json"});
    CHECK(r.exit_code == 64);
    CHECK(r.err == "ppid: error: unknown output format: \"json\"; allowed: text\n");
    CHECK(std::filesystem::is_empty(box.dir()));
  }

  TEST_CASE("--version prints the version") {
    Sandbox box;
    const auto r = box.ppid({"--version"});
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    CHECK(r.out == "ppid 0.1.0\n");
  }

  TEST_CASE("--help describes ppid and lists the exit codes") {
    Sandbox box;
    const auto r = box.ppid({"--help"});
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    CHECK(r.out.starts_with(
        "ppid: public information request management for PPID offices (UU 14/2008, Perki "
        "1/2021).\n"));
    CHECK(r.out.find("Usage: ppid [OPTIONS] [SUBCOMMAND]\n") != std::string::npos);
    CHECK(
        r.out.ends_with("Exit codes:\n"
                        "  0   success\n"
                        "  1   a check or report found something\n"
                        "  64  usage error (unknown option, malformed date or duration)\n"
                        "  65  bad input data (file content, CSV row, case file from a newer "
                        "version)\n"
                        "  66  case file missing, unreadable, or not a ppid case file\n"
                        "  69  action not allowed in the case's current state\n"
                        "  70  internal error\n"
                        "  73  cannot create a file\n"
                        "  74  I/O error\n"
                        "  75  case file busy, try again\n"
                        "  78  configuration error\n"));
    CHECK(std::filesystem::is_empty(box.dir()));
  }

  TEST_CASE("the help of init, asked for either way") {
    Sandbox box;
    const auto by_help = box.ppid({"help", "init"});
    const auto by_flag = box.ppid({"init", "--help"});
    CHECK(by_help.exit_code == 0);
    CHECK(by_help.err == "");
    CHECK(by_help.out.starts_with(k_init_help_start));
    CHECK(by_help.out.find("--agency NAME") != std::string::npos);
    CHECK(by_help.out.find("--config FILE") != std::string::npos);
    CHECK(by_help.out.ends_with("  ppid init --config examples/ppid.toml --file cases.sqlite\n"));
    CHECK(by_flag.exit_code == 0);
    CHECK(by_flag.err == "");
    CHECK(by_flag.out == by_help.out);
    // Asking for help creates nothing.
    CHECK(std::filesystem::is_empty(box.dir()));
  }

  TEST_CASE("help of an unknown command is a usage error") {
    Sandbox box;
    const auto r = box.ppid({"help", "nope"});
    CHECK(r.exit_code == 64);
    CHECK(r.out == "");
    CHECK(r.err == "ppid: error: unexpected argument: \"nope\"; see 'ppid --help'\n");
  }
}
