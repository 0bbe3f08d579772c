#include "support/run_ppid.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <map>
#include <string>
#include <vector>

using nlohmann::json;
using ppid::test::Sandbox;

namespace {

// A case file in a sandbox, with "today" moving as the story goes.
struct Story {
  Sandbox box;

  explicit Story(const std::vector<std::string>& init_args = {}) {
    std::vector<std::string> args{"init"};
    args.insert(args.end(), init_args.begin(), init_args.end());
    REQUIRE(box.ppid(args).exit_code == 0);
  }

  // Runs ppid on day `today`; the act must succeed.
  std::string act(const std::string& today, std::vector<std::string> args) {
    const auto r = box.ppid(args, {{"PPID_TODAY", today}});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return r.out;
  }

  json show(const std::string& today, const std::string& reg) {
    return json::parse(act(today, {"show", reg, "--format", "json"}));
  }

  std::string dump() const { return ppid::test::dump_case_file(box.path("ppid.sqlite")); }
};

// "kind: due status" for every deadline, in order: a compact, exact picture of a case.
std::vector<std::string> deadlines(const json& c) {
  std::vector<std::string> out;
  for (const auto& d : c["deadlines"]) {
    std::string line = d["kind"].get<std::string>() + ": " +
                       (d["due"].is_null() ? std::string{"-"} : d["due"].get<std::string>()) + " " +
                       d["status"].get<std::string>();
    if (d.contains("met_on")) {
      line += " on " + d["met_on"].get<std::string>();
    }
    if (d.contains("working_days_left")) {
      line += " left " + std::to_string(d["working_days_left"].get<int>());
    }
    if (d.contains("working_days_late")) {
      line += " late " + std::to_string(d["working_days_late"].get<int>());
    }
    if (d.value("extended", false)) {
      line += " extended";
    }
    if (d["provisional"].get<bool>()) {
      line += " provisional";
    }
    out.push_back(line);
  }
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_SUITE("lifecycle") {
  TEST_CASE("granted on time, across Nyepi, Idul Fitri and its cuti bersama, and Good Friday") {
    Story story;
    const auto registered =
        story.act("2026-03-16", {"request", "new", "--name", "Budi Santoso", "--info",
                                 "Anggaran 2026", "--at", "2026-03-16T10:00"});
    CHECK(registered ==
          "Request registered: 001/PPID/III/2026\n"
          "  State: awaiting the notice\n"
          "  Received 2026-03-16T10:00; day 0: 2026-03-16\n"
          "  Deadlines:\n"
          "    written notice (10 wd)                 2026-04-07  pending, 10 working days left\n");
    story.act("2026-04-07", {"respond", "001/PPID/III/2026", "--decision", "granted", "--at",
                             "2026-04-07T14:00"});
    const auto c = story.show("2026-04-07", "001/PPID/III/2026");
    CHECK(c["state"] == "answered");
    CHECK(c["received_at"] == "2026-03-16T10:00:00+07:00");
    CHECK(c["day0"] == "2026-03-16");
    CHECK(deadlines(c) == Lines{"response: 2026-04-07 met on 2026-04-07",
                                "objection_filing: 2026-05-22 pending left 30"});
    CHECK(c["decision"]["decision"] == "granted");
    CHECK(c["decision"]["answered_at"] == "2026-04-07T14:00:00+07:00");
    REQUIRE(c["events"].size() == 2);
    CHECK(c["events"][1]["kind"] == "answered");
    CHECK(c["events"][1]["recorded_at"] == "2026-04-07");
    // Once the applicant's window has passed unused, it is expired.
    CHECK(deadlines(story.show("2026-05-25", "001/PPID/III/2026")) ==
          Lines{"response: 2026-04-07 met on 2026-04-07", "objection_filing: 2026-05-22 expired"});
  }

  TEST_CASE(
      "refused as exempt, objection on ground a, upheld, dispute, refused by the Commission") {
    Story story;
    const std::string reg = "001/PPID/V/2026";
    story.act("2026-05-11", {"request", "new", "--name", "LSM Contoh", "--applicant-type",
                             "organization", "--info", "Kontrak pengadaan", "--at", "2026-05-11"});
    CHECK(deadlines(story.show("2026-05-11", reg)) ==
          Lines{"response: 2026-05-29 pending left 10"});
    story.act("2026-05-26", {"respond", reg, "--decision", "refused", "--reason", "exempt",
                             "--basis", "Pasal 17 huruf b", "--at", "2026-05-26"});
    CHECK(deadlines(story.show("2026-05-26", reg)) ==
          Lines{"response: 2026-05-29 met on 2026-05-26",
                "objection_filing: 2026-07-13 pending left 30"});
    const auto objected =
        story.act("2026-06-08", {"object", reg, "--ground", "a", "--at", "2026-06-08"});
    CHECK(
        objected.starts_with("Objection 001/KEB/PPID/VI/2026 on 001/PPID/V/2026 recorded on "
                             "2026-06-08\n  State: objection, awaiting superior\n"));
    CHECK(deadlines(story.show("2026-06-08", reg)) ==
          Lines{"response: 2026-05-29 met on 2026-05-26",
                "objection_filing: 2026-07-13 met on 2026-06-08",
                "objection_answer: 2026-07-21 pending left 30"});
    story.act("2026-07-01", {"object", reg, "--answer", "upheld", "--official", "Sekretaris Daerah",
                             "--position", "Atasan PPID", "--at", "2026-07-01"});
    CHECK(deadlines(story.show("2026-07-01", reg)) ==
          Lines{"response: 2026-05-29 met on 2026-05-26",
                "objection_filing: 2026-07-13 met on 2026-06-08",
                "objection_answer: 2026-07-21 met on 2026-07-01",
                "dispute_filing: 2026-07-21 pending left 14"});
    story.act("2026-07-10",
              {"escalate", reg, "--commission", "KI Provinsi Jawa Barat", "--at", "2026-07-10"});
    CHECK(deadlines(story.show("2026-07-10", reg)) ==
          Lines{"response: 2026-05-29 met on 2026-05-26",
                "objection_filing: 2026-07-13 met on 2026-06-08",
                "objection_answer: 2026-07-21 met on 2026-07-01",
                "dispute_filing: 2026-07-21 met on 2026-07-10",
                "commission_start: 2026-07-30 pending left 14",
                "commission_settlement: 2026-12-01 pending left 100"});
    story.act("2026-11-16", {"escalate", reg, "--outcome", "refused", "--at", "2026-11-16"});
    const auto c = story.show("2026-11-24", reg);
    CHECK(c["state"] == "closed");
    CHECK(c["objection_no"] == "001/KEB/PPID/VI/2026");
    CHECK(deadlines(c) == Lines{"response: 2026-05-29 met on 2026-05-26",
                                "objection_filing: 2026-07-13 met on 2026-06-08",
                                "objection_answer: 2026-07-21 met on 2026-07-01",
                                "dispute_filing: 2026-07-21 met on 2026-07-10",
                                "commission_start: 2026-07-30 void",
                                "commission_settlement: 2026-12-01 met on 2026-11-16",
                                "court_filing: 2026-12-04 pending left 8"});
    CHECK(c["decision"]["reason"] == "exempt");
    CHECK(c["decision"]["basis"] == "Pasal 17 huruf b");
    CHECK(c["events"][5]["data"] == json{{"outcome", "refused"}});
    CHECK(story.box.ppid({"verify"}).exit_code == 0);
  }

  TEST_CASE(
      "unanswered, objection on ground c after the limit, no answer, dispute after the "
      "superior's limit") {
    Story story;
    const std::string reg = "001/PPID/VIII/2026";
    story.act("2026-08-13",
              {"request", "new", "--name", "Ani", "--info", "Data sekolah", "--at", "2026-08-13"});
    CHECK(deadlines(story.show("2026-09-01", reg)) ==
          Lines{"response: 2026-08-31 overdue late 1",
                "objection_filing: 2026-10-12 pending left 29"});
    story.act("2026-09-07", {"object", reg, "--ground", "c", "--at", "2026-09-07"});
    CHECK(deadlines(story.show("2026-09-07", reg)) ==
          Lines{"response: 2026-08-31 overdue late 5",
                "objection_filing: 2026-10-12 met on 2026-09-07",
                "objection_answer: 2026-10-19 pending left 30"});
    // The superior does not answer; after the limit the dispute window runs from it.
    CHECK(deadlines(story.show("2026-10-20", reg)) ==
          Lines{"response: 2026-08-31 overdue late 36",
                "objection_filing: 2026-10-12 met on 2026-09-07",
                "objection_answer: 2026-10-19 overdue late 1",
                "dispute_filing: 2026-11-06 pending left 13"});
    const auto filed = story.act("2026-10-26", {"escalate", reg, "--at", "2026-10-26"});
    CHECK(
        filed.starts_with("Dispute on 001/PPID/VIII/2026 at the Information Commission "
                          "recorded on 2026-10-26\n"));
    const auto c = story.show("2026-10-26", reg);
    CHECK(c["state"] == "dispute");
    CHECK(c["events"][2]["data"] == json{{"within_window", true}});
    CHECK(deadlines(c) == Lines{"response: 2026-08-31 overdue late 40",
                                "objection_filing: 2026-10-12 met on 2026-09-07",
                                "objection_answer: 2026-10-19 overdue late 5",
                                "dispute_filing: 2026-11-06 met on 2026-10-26",
                                "commission_start: 2026-11-13 pending left 14",
                                "commission_settlement: 2027-04-01 pending left 100"});
  }

  TEST_CASE("extended across Christmas and New Year, then answered late") {
    Story story;
    const std::string reg = "001/PPID/XII/2026";
    story.act("2026-12-16", {"request", "new", "--name", "Rudi", "--info", "Peta tata ruang",
                             "--at", "2026-12-16"});
    CHECK(deadlines(story.show("2026-12-16", reg)) ==
          Lines{"response: 2027-01-04 pending left 10"});
    const auto extended = story.act(
        "2026-12-30",
        {"extend", reg, "--reason", "informasi belum didokumentasikan", "--at", "2026-12-30"});
    CHECK(extended ==
          "001/PPID/XII/2026 extended on 2026-12-30\n"
          "  State: awaiting the notice\n"
          "  Received 2026-12-16; day 0: 2026-12-16\n"
          "  Deadlines:\n"
          "    written notice (10 wd + 7 wd)          2027-01-14  pending, 9 working days left\n");
    story.act("2027-01-18", {"respond", reg, "--decision", "partial", "--at", "2027-01-18"});
    const auto c = story.show("2027-01-18", reg);
    CHECK(deadlines(c) == Lines{"response: 2027-01-14 late on 2027-01-18 late 2 extended",
                                "objection_filing: 2027-03-02 pending left 30"});
  }

  TEST_CASE("incomplete, then completed: the clock runs from receipt by default") {
    Story story;
    const std::string reg = "001/PPID/XI/2026";
    story.act("2026-11-02", {"request", "new", "--name", "Dewi", "--info", "Data", "--incomplete",
                             "--at", "2026-11-02"});
    story.act("2026-11-05", {"request", "complete", reg, "--at", "2026-11-05"});
    const auto c = story.show("2026-11-05", reg);
    CHECK(c["day0"] == "2026-11-02");
    CHECK(c["request"]["incomplete"] == true);
    CHECK(c["request"]["completed_at"] == "2026-11-05");
    CHECK(deadlines(c) == Lines{"response: 2026-11-16 pending left 7"});
  }

  TEST_CASE(
      "incomplete, then completed: with clock_starts = completion the target waits, the law "
      "does not") {
    Sandbox setup;
    const auto config =
        setup.write("completion.toml", "[calendar]\nclock_starts = \"completion\"\n");
    Story story{{"--config", config.string()}};
    const std::string reg = "001/PPID/XI/2026";
    const auto registered =
        story.act("2026-11-02", {"request", "new", "--name", "Dewi", "--info", "Data", "--missing",
                                 "ktp,form", "--at", "2026-11-02"});
    CHECK(registered ==
          "Request registered: 001/PPID/XI/2026\n"
          "  State: awaiting the notice\n"
          "  Received 2026-11-02; day 0: 2026-11-02\n"
          "  Requirements missing: request form, copy of the KTP\n"
          "  Deadlines:\n"
          "    written notice (10 wd)                 2026-11-16  pending, 10 working days left\n");
    CHECK(story.show("2026-11-02", reg)["day0"] == "2026-11-02");
    story.act("2026-11-05", {"request", "complete", reg, "--at", "2026-11-05"});
    const auto c = story.show("2026-11-05", reg);
    CHECK(c["day0"] == "2026-11-02");
    // The statutory limit is unchanged; the body's own date runs from completion beside it.
    CHECK(deadlines(c) ==
          Lines{"response: 2026-11-16 pending left 7", "target: 2026-11-19 pending left 10"});
    // Never answered: overdue against the law, whatever the target says.
    CHECK(deadlines(story.show("2026-11-18", reg)) ==
          Lines{"response: 2026-11-16 overdue late 2", "target: 2026-11-19 pending left 1",
                "objection_filing: 2026-12-30 pending left 28"});
  }

  TEST_CASE("withdrawn: the body's duties no longer apply") {
    Story story;
    const std::string reg = "001/PPID/XI/2026";
    story.act("2026-11-18",
              {"request", "new", "--name", "Eko", "--info", "Data", "--at", "2026-11-18"});
    const auto out = story.act("2026-11-20", {"withdraw", reg, "--at", "2026-11-20"});
    CHECK(out ==
          "001/PPID/XI/2026 withdrawn on 2026-11-20\n"
          "  State: withdrawn\n"
          "  Received 2026-11-18; day 0: 2026-11-18\n"
          "  Deadlines:\n"
          "    written notice (10 wd)                 2026-12-02  void\n");
    CHECK(story.show("2026-11-24", reg)["state"] == "withdrawn");
  }

  TEST_CASE("verify finds a row changed with the sqlite3 shell") {
    Story story;
    story.act("2026-11-20",
              {"request", "new", "--name", "Budi", "--info", "Data", "--at", "2026-11-20"});
    story.act("2026-11-23",
              {"respond", "001/PPID/XI/2026", "--decision", "granted", "--at", "2026-11-23"});
    story.act("2026-11-23",
              {"request", "new", "--name", "Siti", "--info", "Data", "--at", "2026-11-23"});
    auto r = story.box.ppid({"verify"});
    CHECK(r.exit_code == 0);
    CHECK(r.out == "Case file sound: 2 cases, 3 events, chain intact.\n");
    const auto sqlite3 = [&](const std::string& sql) {
      const auto command =
          "sqlite3 '" + story.box.path("ppid.sqlite").string() + "' \"" + sql + "\"";
      REQUIRE(std::system(command.c_str()) == 0);
    };
    SUBCASE("an event's data") {
      sqlite3("UPDATE event SET data = replace(data, 'granted', 'refused') WHERE id = 2");
      r = story.box.ppid({"verify"});
      CHECK(r.exit_code == 1);
      CHECK(r.out == "Case 001/PPID/XI/2026, event 2: the event was changed outside ppid\n");
    }
    SUBCASE("an event's date") {
      sqlite3("UPDATE event SET happened_at = '2026-11-21' WHERE id = 2");
      r = story.box.ppid({"verify"});
      CHECK(r.exit_code == 1);
      CHECK(r.out == "Case 001/PPID/XI/2026, event 2: the event was changed outside ppid\n");
    }
    SUBCASE("an event removed") {
      sqlite3("DELETE FROM event WHERE id = 2");
      r = story.box.ppid({"verify"});
      CHECK(r.exit_code == 1);
      CHECK(r.out ==
            "Case 002/PPID/XI/2026, event 3: the event chain is broken: an event was "
            "removed or inserted outside ppid\n");
    }
    SUBCASE("the receipt removed: show and acts refuse the case, verify names it") {
      sqlite3("DELETE FROM event WHERE id = 1");
      r = story.box.ppid({"show", "001/PPID/XI/2026"});
      CHECK(r.exit_code == 65);
      CHECK(r.out.empty());
      const std::string refused =
          "ppid: error: the case 001/PPID/XI/2026 has no receipt event (changed outside ppid); "
          "see 'ppid verify' and restore from a backup\n";
      CHECK(r.err == refused);
      const auto before = story.dump();
      r = story.box.ppid({"withdraw", "001/PPID/XI/2026"});
      CHECK(r.exit_code == 65);
      CHECK(r.err == refused);
      CHECK(story.dump() == before);
      r = story.box.ppid({"report", "overdue"});
      CHECK(r.exit_code == 65);
      CHECK(r.err == refused);
      r = story.box.ppid({"verify"});
      CHECK(r.exit_code == 1);
      CHECK(r.out ==
            "Case 001/PPID/XI/2026, event 2: the event chain is broken: an event was "
            "removed or inserted outside ppid\n");
    }
    SUBCASE("a stored state") {
      sqlite3("UPDATE request SET state = 'closed' WHERE id = 1");
      r = story.box.ppid({"verify"});
      CHECK(r.exit_code == 1);
      CHECK(r.out ==
            "Case 001/PPID/XI/2026: stored \"closed\" differs from what its events "
            "give, \"answered\"\n");
    }
    SUBCASE("a stored deadline, until recalc puts it right") {
      sqlite3("UPDATE deadline SET due = '2026-12-31' WHERE request_id = 2");
      r = story.box.ppid({"verify"});
      CHECK(r.exit_code == 1);
      CHECK(r.out ==
            "Case 002/PPID/XI/2026: stored deadlines differ from what its events and "
            "the calendar give; run 'ppid recalc'\n");
      r = story.box.ppid({"recalc"});
      CHECK(r.exit_code == 0);
      CHECK(r.out ==
            "1 deadlines moved:\n"
            "  002/PPID/XI/2026         written notice                     2026-12-31 → "
            "2026-12-07\n");
      CHECK(story.box.ppid({"verify"}).exit_code == 0);
      CHECK(story.box.ppid({"recalc"}).out == "No deadline moved.\n");
    }
  }

  TEST_CASE("loading a decree with an extra holiday moves exactly the affected deadlines") {
    Story story;
    // A: open, due 2026-12-04; B: open, due 2026-12-07; C: answered on 2026-11-23 (its met
    // notice limit moves too, but is no news), its objection window runs to 2027-01-08;
    // D: open, due 2026-12-08; E: overdue since 2026-11-23, before the new holiday: unaffected.
    story.act("2026-11-09", {"request", "new", "--name", "E", "--info", "x", "--at", "2026-11-09"});
    story.act("2026-11-20", {"request", "new", "--name", "A", "--info", "x", "--at", "2026-11-20"});
    story.act("2026-11-23", {"request", "new", "--name", "B", "--info", "x", "--at", "2026-11-23"});
    story.act("2026-11-23", {"request", "new", "--name", "C", "--info", "x", "--at", "2026-11-23"});
    story.act("2026-11-23",
              {"respond", "004/PPID/XI/2026", "--decision", "granted", "--at", "2026-11-23"});
    story.act("2026-11-24", {"request", "new", "--name", "D", "--info", "x", "--at", "2026-11-24"});
    const auto exported =
        story.act("2026-11-24", {"calendar", "holidays", "2026", "--format", "toml"});
    auto edited = exported;
    edited.insert(edited.find("[[day]]\ndate = 2026-12-24"),
                  "[[day]]\ndate = 2026-12-03\nkind = \"holiday\"\nname_id = \"Pilkada ulang\"\n"
                  "name_en = \"Election re-run\"\nbasis = \"Keppres 99/2026\"\n\n");
    story.box.write("2026.toml", edited);
    const auto loaded = story.act("2026-11-24", {"calendar", "load", "2026.toml"});
    CHECK(
        loaded ==
        "Holiday data for 2026 loaded from 2026.toml: 18 national holidays, 8 "
        "collective-leave days; it replaces the earlier data of that year.\n"
        "4 deadlines moved:\n"
        "  002/PPID/XI/2026         written notice                     2026-12-04 → 2026-12-07\n"
        "  003/PPID/XI/2026         written notice                     2026-12-07 → 2026-12-08\n"
        "  004/PPID/XI/2026         objection filing                   2027-01-08 → 2027-01-11\n"
        "  005/PPID/XI/2026         written notice                     2026-12-08 → 2026-12-09\n");
    CHECK(story.act("2026-11-24", {"recalc"}) == "No deadline moved.\n");
    CHECK(story.box.ppid({"verify"}).exit_code == 0);
  }

  TEST_CASE("verify finds a file sound when time alone has opened a window since the last act") {
    Story story;
    // Unanswered: the objection window opens the day after the response limit (2026-05-29).
    story.act("2026-05-11",
              {"request", "new", "--name", "Budi", "--info", "Anggaran", "--at", "2026-05-11"});
    // Objected, then the superior's 30 days run out unanswered (dispute window).
    story.act("2026-05-11",
              {"request", "new", "--name", "Sari", "--info", "Kontrak", "--at", "2026-05-11"});
    story.act("2026-06-02", {"object", "002/PPID/V/2026", "--ground", "c", "--at", "2026-06-02"});
    // Withdrawn after its response limit passed unanswered.
    story.act("2026-05-11",
              {"request", "new", "--name", "Dewi", "--info", "Izin", "--at", "2026-05-11"});
    story.act("2026-06-03", {"withdraw", "003/PPID/V/2026", "--at", "2026-06-03"});
    for (const std::string day : {"2026-06-03", "2026-06-04", "2026-08-20", "2027-01-04"}) {
      const auto r = story.box.ppid({"verify"}, {{"PPID_TODAY", day}});
      INFO(day, " ", r.err);
      CHECK(r.exit_code == 0);
      CHECK(r.out == "Case file sound: 3 cases, 5 events, chain intact.\n");
    }
    // What verify accepts is what recalc then stores.
    story.act("2027-01-04", {"recalc"});
    CHECK(story.box.ppid({"verify"}, {{"PPID_TODAY", "2027-01-04"}}).exit_code == 0);
  }
}
