#include "support/run_ppid.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

using ppid::test::Sandbox;

namespace {

std::string data(const std::string& name) {
  return (ppid::test::source_dir() / "tests" / "data" / name).string();
}

}  // namespace

TEST_SUITE("calendar") {
  TEST_CASE("calendar add prints the due date, with no case file needed") {
    Sandbox box;
    const auto r = box.ppid({"calendar", "add", "2025-03-27", "10 wd"});
    CHECK(r.exit_code == 0);
    CHECK(r.out == "2025-04-22\n");
    CHECK(r.err == "");
    CHECK(box.ppid({"calendar", "add", "2025-03-27", "10 hk"}).out == "2025-04-22\n");
    CHECK(box.ppid({"calendar", "add", "2026-11-24", "14 hari"}).out == "2026-12-08\n");
  }

  TEST_CASE("calendar add --explain says why each day was passed over") {
    Sandbox box;
    const auto r = box.ppid({"calendar", "add", "2025-03-27", "10 wd", "--explain"});
    CHECK(r.exit_code == 0);
    CHECK(r.out ==
          "2025-04-22\n"
          "  2025-03-27 Thu     day 0, not counted\n"
          "  2025-03-28 Fri     skipped: collective leave — Collective leave (Day of Silence) "
          "(SKB 1017/2024, 2/2024, 2/2024)\n"
          "  2025-03-29 Sat     skipped: national holiday — Day of Silence (Saka New Year) "
          "(SKB 1017/2024, 2/2024, 2/2024)\n"
          "  2025-03-30 Sun     skipped: weekend\n"
          "  2025-03-31 Mon     skipped: national holiday — Eid al-Fitr (day 1) "
          "(SKB 1017/2024, 2/2024, 2/2024)\n"
          "  2025-04-01 Tue     skipped: national holiday — Eid al-Fitr (day 2) "
          "(SKB 1017/2024, 2/2024, 2/2024)\n"
          "  2025-04-02 Wed     skipped: collective leave — Collective leave (Eid al-Fitr) "
          "(SKB 1017/2024, 2/2024, 2/2024)\n"
          "  2025-04-03 Thu     skipped: collective leave — Collective leave (Eid al-Fitr) "
          "(SKB 1017/2024, 2/2024, 2/2024)\n"
          "  2025-04-04 Fri     skipped: collective leave — Collective leave (Eid al-Fitr) "
          "(SKB 1017/2024, 2/2024, 2/2024)\n"
          "  2025-04-05 Sat     skipped: weekend\n"
          "  2025-04-06 Sun     skipped: weekend\n"
          "  2025-04-07 Mon     skipped: collective leave — Collective leave (Eid al-Fitr) "
          "(SKB 1017/2024, 2/2024, 2/2024)\n"
          "  2025-04-08 Tue     working day 1\n"
          "  2025-04-09 Wed     working day 2\n"
          "  2025-04-10 Thu     working day 3\n"
          "  2025-04-11 Fri     working day 4\n"
          "  2025-04-12 Sat     skipped: weekend\n"
          "  2025-04-13 Sun     skipped: weekend\n"
          "  2025-04-14 Mon     working day 5\n"
          "  2025-04-15 Tue     working day 6\n"
          "  2025-04-16 Wed     working day 7\n"
          "  2025-04-17 Thu     working day 8\n"
          "  2025-04-18 Fri     skipped: national holiday — Good Friday "
          "(SKB 1017/2024, 2/2024, 2/2024)\n"
          "  2025-04-19 Sat     skipped: weekend\n"
          "  2025-04-20 Sun     skipped: national holiday — Easter Sunday "
          "(SKB 1017/2024, 2/2024, 2/2024)\n"
          "  2025-04-21 Mon     working day 9\n"
          "  2025-04-22 Tue     working day 10\n");
  }

  TEST_CASE("calendar add in Indonesian by default") {
    Sandbox box;
    box.env.erase("PPID_LANG");
    const auto r = box.ppid({"calendar", "add", "2026-12-23", "1 hk", "--explain"});
    CHECK(r.out ==
          "2026-12-28\n"
          "  2026-12-23 Rabu    hari ke-0, tidak dihitung\n"
          "  2026-12-24 Kamis   dilewati: cuti bersama — Cuti Bersama Kelahiran Yesus Kristus "
          "(SKB 1497/2025, 2/2025, 5/2025)\n"
          "  2026-12-25 Jumat   dilewati: hari libur nasional — Kelahiran Yesus Kristus (Natal) "
          "(SKB 1497/2025, 2/2025, 5/2025)\n"
          "  2026-12-26 Sabtu   dilewati: akhir pekan\n"
          "  2026-12-27 Minggu  dilewati: akhir pekan\n"
          "  2026-12-28 Senin   hari kerja ke-1\n");
    CHECK(box.ppid({"calendar", "add", "2027-12-20", "10 hk"}).out == "2028-01-04 (sementara)\n");
  }

  TEST_CASE("calendar add --explain in plain days counts every day, closed or not (art. 50)") {
    Sandbox box;
    const auto r = box.ppid({"calendar", "add", "2026-12-23", "3 d", "--explain"});
    CHECK(r.exit_code == 0);
    CHECK(r.out ==
          "2026-12-26\n"
          "  2026-12-23 Wed     day 0, not counted\n"
          "  2026-12-24 Thu     day 1 (collective leave — Collective leave (Christmas) (SKB "
          "1497/2025, 2/2025, 5/2025))\n"
          "  2026-12-25 Fri     day 2 (national holiday — Christmas Day (SKB 1497/2025, 2/2025, "
          "5/2025))\n"
          "  2026-12-26 Sat     day 3 (weekend)\n");
    const auto id =
        box.ppid({"--lang", "id", "calendar", "add", "2026-12-28", "2 hari", "--explain"});
    CHECK(id.out ==
          "2026-12-30\n"
          "  2026-12-28 Senin   hari ke-0, tidak dihitung\n"
          "  2026-12-29 Selasa  hari ke-1\n"
          "  2026-12-30 Rabu    hari ke-2\n");
  }

  TEST_CASE("calendar add --format json, with and without --explain") {
    Sandbox box;
    const auto r = box.ppid({"calendar", "add", "2027-12-20", "10 hk", "--format", "json"});
    CHECK(r.exit_code == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j == nlohmann::json{{"from", "2027-12-20"},
                              {"duration", "10 wd"},
                              {"due", "2028-01-04"},
                              {"provisional", true}});
    const auto e = nlohmann::json::parse(
        box.ppid({"calendar", "add", "2026-12-23", "1 wd", "--format", "json", "--explain"}).out);
    CHECK(e["due"] == "2026-12-28");
    CHECK(e["provisional"] == false);
    REQUIRE(e["days"].size() == 5);
    CHECK(e["days"][0] == nlohmann::json{{"date", "2026-12-24"},
                                         {"counted", false},
                                         {"reason", "collective-leave"},
                                         {"name_id", "Cuti Bersama Kelahiran Yesus Kristus"},
                                         {"name_en", "Collective leave (Christmas)"},
                                         {"basis", "SKB 1497/2025, 2/2025, 5/2025"},
                                         {"covered", true}});
    CHECK(e["days"][2]["reason"] == "weekend");
    CHECK(e["days"][4] == nlohmann::json{{"date", "2026-12-28"},
                                         {"counted", true},
                                         {"ordinal", 1},
                                         {"reason", "working"},
                                         {"covered", true}});
  }

  TEST_CASE("calendar add rejects bad dates and durations with exit 64") {
    Sandbox box;
    const std::string date_hint = "; use YYYY-MM-DD, e.g. 2026-11-24\n";
    const std::string unit_hint =
        "; write a number and a unit: \"10 wd\" or \"10 hk\" (working days), \"14 d\" or "
        "\"14 hari\" (plain days)\n";
    const std::string range_hint = "; the number of days must be 0 to 1000\n";
    const std::pair<std::vector<std::string>, std::string> cases[] = {
        {{"2026-02-30", "10 wd"}, "ppid: error: invalid date: \"2026-02-30\"" + date_hint},
        {{"2026-13-01", "10 wd"}, "ppid: error: invalid date: \"2026-13-01\"" + date_hint},
        {{"2026-11-24", "10 wx"}, "ppid: error: invalid duration: \"10 wx\"" + unit_hint},
        {{"2026-11-24", "-3 wd"}, "ppid: error: invalid duration: \"-3 wd\"" + range_hint},
        {{"2026-11-24", "999999 wd"}, "ppid: error: invalid duration: \"999999 wd\"" + range_hint},
        {{"2026-11-24", ""}, "ppid: error: invalid duration: \"\"" + unit_hint},
    };
    for (const auto& [args, message] : cases) {
      std::vector<std::string> full{"calendar", "add"};
      full.insert(full.end(), args.begin(), args.end());
      const auto r = box.ppid(full);
      CAPTURE(args[0] + " " + args[1]);
      CHECK(r.exit_code == 64);
      CHECK(r.out == "");
      CHECK(r.err == message);
    }
  }

  TEST_CASE("calendar add - reads DATE DURATION lines and answers each in order") {
    Sandbox box;
    const auto r = box.ppid({"calendar", "add", "-"}, {},
                            "2025-03-27 10 wd\n2026-11-24 14 hari\n\n2027-12-20\t10 hk\r\n");
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    CHECK(r.out == "2025-04-22\n2026-12-08\n\n2028-01-04 (provisional)\n");
    const auto j = box.ppid({"calendar", "add", "-", "--format", "json"}, {}, "2025-03-27 10 wd\n");
    CHECK(j.out ==
          "{\"from\": \"2025-03-27\", \"duration\": \"10 wd\", \"due\": \"2025-04-22\", "
          "\"provisional\": false}\n");
  }

  TEST_CASE("calendar add - stops at a bad line, names it, and writes nothing after it") {
    Sandbox box;
    SUBCASE("a bad date") {
      const auto r = box.ppid({"calendar", "add", "-"}, {},
                              "2025-03-27 10 wd\n2026-02-30 1 wd\n2026-01-05 1 wd\n");
      CHECK(r.exit_code == 65);
      CHECK(r.out == "2025-04-22\n");
      CHECK(
          r.err ==
          "ppid: error: stdin:2: invalid date: \"2026-02-30\"; use YYYY-MM-DD, e.g. 2026-11-24\n");
    }
    SUBCASE("a bad duration") {
      const auto r = box.ppid({"calendar", "add", "-"}, {}, "2026-01-05 10 wx\n2026-01-05 1 wd\n");
      CHECK(r.exit_code == 65);
      CHECK(r.out == "");
      CHECK(r.err ==
            "ppid: error: stdin:1: invalid duration: \"10 wx\"; write a number and a unit: "
            "\"10 wd\" or \"10 hk\" (working days), \"14 d\" or \"14 hari\" (plain days)\n");
    }
    SUBCASE("a line without a duration") {
      const auto r = box.ppid({"calendar", "add", "-"}, {}, "2026-01-05\n");
      CHECK(r.exit_code == 65);
      CHECK(r.err ==
            "ppid: error: stdin:1: invalid line: \"2026-01-05\"; each line: DATE DURATION, e.g. "
            "2026-11-24 10 wd\n");
    }
    SUBCASE("too many days") {
      const auto r = box.ppid({"calendar", "add", "-"}, {}, "2026-01-05 -3 wd\n");
      CHECK(r.exit_code == 65);
      CHECK(r.err ==
            "ppid: error: stdin:1: invalid duration: \"-3 wd\"; the number of days must be 0 "
            "to 1000\n");
    }
  }

  TEST_CASE("calendar between counts working days, none when the second date is not after") {
    Sandbox box;
    CHECK(box.ppid({"calendar", "between", "2025-03-27", "2025-04-22"}).out == "10\n");
    CHECK(box.ppid({"calendar", "between", "2025-04-22", "2025-03-27"}).out == "0\n");
    CHECK(box.ppid({"calendar", "between", "2025-04-22", "2025-04-22"}).out == "0\n");
    // Reversed across years without holiday data: nothing counted, so nothing provisional.
    CHECK(box.ppid({"calendar", "between", "2028-01-10", "2027-12-01"}).out == "0\n");
    CHECK(box.ppid({"calendar", "between", "2027-12-01", "2028-01-10"}).out ==
          "27 (provisional)\n");
    const auto j = nlohmann::json::parse(
        box.ppid({"calendar", "between", "2026-11-20", "2026-11-24", "--format", "json"}).out);
    CHECK(j == nlohmann::json{{"from", "2026-11-20"},
                              {"to", "2026-11-24"},
                              {"working_days", 2},
                              {"provisional", false}});
  }

  TEST_CASE("calendar holidays lists a year in text, CSV and JSON") {
    Sandbox box;
    const auto csv = box.ppid({"calendar", "holidays", "2021", "--format", "csv"});
    CHECK(csv.exit_code == 0);
    CHECK(csv.out.starts_with(
        "date,kind,name_id,name_en,basis\r\n"
        "2021-01-01,holiday,Tahun Baru 2021 Masehi,New Year's Day,\"SKB 642/2020, 4/2020, "
        "4/2020\"\r\n"));
    CHECK(csv.out.find("2021-05-13,holiday,Kenaikan Isa Al Masih; Hari Raya Idul Fitri 1442 H "
                       "(hari 1),Ascension Day; Eid al-Fitr (day 1),\"SKB 642/2020, 4/2020, "
                       "4/2020\"\r\n") != std::string::npos);
    // 15 dates of holidays and 1 of cuti bersama, plus the header.
    CHECK(std::count(csv.out.begin(), csv.out.end(), '\n') == 17);

    const auto j =
        nlohmann::json::parse(box.ppid({"calendar", "holidays", "2026", "--format", "json"}).out);
    REQUIRE(j.size() == 25);
    CHECK(j[0] == nlohmann::json{{"date", "2026-01-01"},
                                 {"kind", "holiday"},
                                 {"name_id", "Tahun Baru 2026 Masehi"},
                                 {"name_en", "New Year's Day"},
                                 {"basis", "SKB 1497/2025, 2/2025, 5/2025"}});

    const auto text = box.ppid({"calendar", "holidays", "2026"});
    CHECK(text.out.starts_with(
        "2026: 17 national holidays, 8 collective-leave days (built-in data)\n"
        "  2026-01-01 Thu     national holiday  New Year's Day (SKB 1497/2025, 2/2025, 5/2025)\n"));
  }

  TEST_CASE("calendar holidays refuses a year without data and a malformed year") {
    Sandbox box;
    auto r = box.ppid({"calendar", "holidays", "2030"});
    CHECK(r.exit_code == 64);
    CHECK(r.err ==
          "ppid: error: no holiday data for this year: \"2030\"; years available: 2020–2027; "
          "load a file with 'ppid calendar load FILE.toml'\n");
    r = box.ppid({"calendar", "holidays", "20x6"});
    CHECK(r.exit_code == 64);
    CHECK(r.err == "ppid: error: invalid year: \"20x6\"; a four-digit year, 1900 to 2999\n");
    r = box.ppid({"calendar", "holidays", "2026", "--format", "html"});
    CHECK(r.exit_code == 64);
    CHECK(r.err ==
          "ppid: error: unknown output format: \"html\"; allowed: text, csv, json, toml\n");
  }

  TEST_CASE("calendar check warns before the holiday data runs out") {
    Sandbox box;
    auto r = box.ppid({"calendar", "check", "--today", "2026-11-25"});
    CHECK(r.exit_code == 0);
    CHECK(r.out ==
          "Holiday data available for: 2020–2027\n"
          "The next 12 months (2026-11-25 to 2027-11-24) are covered.\n");
    r = box.ppid({"calendar", "check", "--today", "2027-01-04"});
    CHECK(r.exit_code == 1);
    CHECK(r.out ==
          "Holiday data available for: 2020–2027\n"
          "No holiday data for 2028: the next 12 months (2027-01-04 to 2028-01-03) are not fully "
          "covered; load it with 'ppid calendar load 2028.toml'.\n");
    CHECK(r.err == "");
  }

  TEST_CASE("calendar load stores a holiday file in the case file and the calendar uses it") {
    Sandbox box;
    REQUIRE(box.ppid({"init"}).exit_code == 0);
    auto r = box.ppid({"calendar", "load", data("holidays/2028-test.toml")});
    CHECK(r.exit_code == 0);
    CHECK(r.out == "Holiday data for 2028 loaded from " + data("holidays/2028-test.toml") +
                       ": 1 national holidays, 1 collective-leave days; it replaces the earlier "
                       "data of that year.\nNo deadline moved.\n");
    // Without --file the built-in data; with it, 2028 is covered and 3 Jan is closed.
    CHECK(box.ppid({"calendar", "add", "2027-12-31", "1 wd"}).out == "2028-01-03 (provisional)\n");
    CHECK(box.ppid({"calendar", "add", "2027-12-31", "1 wd", "--file", "ppid.sqlite"}).out ==
          "2028-01-04\n");
    r = box.ppid({"calendar", "check", "--today", "2027-01-04", "--file", "ppid.sqlite"});
    CHECK(r.exit_code == 0);
    CHECK(r.out.starts_with("Holiday data available for: 2020–2028\n"));
    CHECK(box.ppid({"calendar", "holidays", "2028", "--file", "ppid.sqlite"})
              .out.starts_with("2028: 1 national holidays, 1 collective-leave days (loaded into "
                               "the case file)\n"));
  }

  TEST_CASE("calendar load refuses a bad holiday file and changes nothing") {
    Sandbox box;
    REQUIRE(box.ppid({"init"}).exit_code == 0);
    const auto before = ppid::test::dump_case_file(box.path("ppid.sqlite"));
    SUBCASE("dates out of order") {
      const auto r = box.ppid({"calendar", "load", data("holidays/unsorted.toml")});
      CHECK(r.exit_code == 65);
      CHECK(r.err == "ppid: error: " + data("holidays/unsorted.toml") +
                         ":11:8: dates out of order: \"2028-01-01\"; list days sorted by date, "
                         "one entry per date\n");
    }
    SUBCASE("an unknown kind") {
      box.write("kind.toml",
                "year = 2028\n[[day]]\ndate = 2028-01-01\nkind = \"libur\"\nname_id = \"A\"\n"
                "name_en = \"A\"\nbasis = \"X\"\n");
      const auto r = box.ppid({"calendar", "load", "kind.toml"});
      CHECK(r.exit_code == 65);
      CHECK(r.err ==
            "ppid: error: kind.toml:4:8: invalid value for day.kind: \"libur\"; allowed: holiday, "
            "collective-leave\n");
    }
    SUBCASE("a date outside the file's year") {
      box.write("year.toml",
                "year = 2028\n[[day]]\ndate = 2029-01-01\nkind = \"holiday\"\nname_id = \"A\"\n"
                "name_en = \"A\"\nbasis = \"X\"\n");
      const auto r = box.ppid({"calendar", "load", "year.toml"});
      CHECK(r.exit_code == 65);
      CHECK(r.err ==
            "ppid: error: year.toml:3:8: invalid value for day.date: \"2029-01-01\"; the date "
            "must be in 2028 (the file's year)\n");
    }
    SUBCASE("a missing file") {
      const auto r = box.ppid({"calendar", "load", "nope.toml"});
      CHECK(r.exit_code == 66);
      CHECK(r.err == "ppid: error: cannot read file: \"nope.toml\"\n");
    }
    SUBCASE("a directory") {
      std::filesystem::create_directory(box.path("2028.toml"));
      const auto r = box.ppid({"calendar", "load", "2028.toml"});
      CHECK(r.exit_code == 66);
      CHECK(r.err == "ppid: error: cannot read file: \"2028.toml\"\n");
    }
    CHECK(ppid::test::dump_case_file(box.path("ppid.sqlite")) == before);
  }

  TEST_CASE("a year exported as toml, with a day added, loads back and moves deadlines") {
    Sandbox box;
    REQUIRE(box.ppid({"init"}).exit_code == 0);
    const auto exported = box.ppid({"calendar", "holidays", "2026", "--format", "toml"});
    REQUIRE(exported.exit_code == 0);
    CHECK(
        exported.out.starts_with("year = 2026\nbasis = [\n  \"SKB 1497/2025, 2/2025, 5/2025 "
                                 "(19 Sep 2025)\",\n]\n\n[[day]]\ndate = 2026-01-01\n"
                                 "kind = \"holiday\"\nname_id = \"Tahun Baru 2026 Masehi\"\n"));
    // An election day decreed after the release, inserted in date order.
    auto edited = exported.out;
    const auto christmas_eve = edited.find("[[day]]\ndate = 2026-12-24");
    REQUIRE(christmas_eve != std::string::npos);
    edited.insert(christmas_eve,
                  "[[day]]\ndate = 2026-12-09\nkind = \"holiday\"\nname_id = \"Pemungutan Suara\"\n"
                  "name_en = \"Election day\"\nbasis = \"Keppres 99/2026\"\n\n");
    box.write("2026.toml", edited);
    CHECK(box.ppid({"calendar", "add", "2026-12-08", "1 wd", "--file", "ppid.sqlite"}).out ==
          "2026-12-09\n");
    REQUIRE(box.ppid({"calendar", "load", "2026.toml"}).exit_code == 0);
    const auto r =
        box.ppid({"calendar", "add", "2026-12-08", "1 wd", "--file", "ppid.sqlite", "--explain"});
    CHECK(r.out ==
          "2026-12-10\n"
          "  2026-12-08 Tue     day 0, not counted\n"
          "  2026-12-09 Wed     skipped: national holiday — Election day (Keppres 99/2026)\n"
          "  2026-12-10 Thu     working day 1\n");
    // Everything else of 2026 is as before.
    CHECK(box.ppid({"calendar", "add", "2025-03-27", "10 wd", "--file", "ppid.sqlite"}).out ==
          "2025-04-22\n");
    CHECK(box.ppid({"calendar", "between", "2026-01-01", "2026-12-31", "--file", "ppid.sqlite"})
              .out == "239\n");
  }

  TEST_CASE("the toml format needs one year") {
    Sandbox box;
    const auto r = box.ppid({"calendar", "holidays", "--format", "toml"});
    CHECK(r.exit_code == 64);
    CHECK(r.err == "ppid: error: the toml format needs one YEAR: \"toml\"\n");
  }

  TEST_CASE("calendar load needs a case file") {
    Sandbox box;
    const auto r = box.ppid({"calendar", "load", data("holidays/2028-test.toml")});
    CHECK(r.exit_code == 66);
    CHECK(r.err ==
          "ppid: error: case file not found: \"./ppid.sqlite\"; create one with 'ppid init' or "
          "choose another with --file\n");
  }
}
