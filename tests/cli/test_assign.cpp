#include "support/desk.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>

namespace {

// A request received on Monday 2026-11-02 09:00 (the notice due 2026-11-16); today 2026-11-10.
struct Routed : ppid::test::Desk {
  Routed() : ppid::test::Desk("2026-11-10") {
    ok({"request", "new", "--name", "Budi", "--info", "Data anggaran", "--at", "2026-11-02T09:00"});
  }
};

const std::string k_notice_line =
    "    written notice (10 wd)                 2026-11-16  pending, 4 working days left\n";

}  // namespace

TEST_SUITE("assign") {
  TEST_CASE("a disposition with an internal target is listed beside the statutory limit") {
    Routed f;
    const auto r = f.run({"assign", f.reg, "--to", "Bidang Anggaran", "--target", "3 hari kerja",
                          "--note", "mohon segera", "--at", "2026-11-02T10:00"});
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    CHECK(r.out ==
          "001/PPID/XI/2026: routed to Bidang Anggaran on 2026-11-02T10:00\n"
          "  State: awaiting the notice\n"
          "  Received 2026-11-02T09:00; day 0: 2026-11-02\n"
          "  Internal routing:\n"
          "    Bidang Anggaran  since 2026-11-02T10:00  awaiting the answer  target 2026-11-05 (3 "
          "wd): overdue by 3 working days\n"
          "  Deadlines:\n" +
              k_notice_line);
    const auto json = f.shown();
    REQUIRE(json["assignments"].size() == 1);
    const auto expected = nlohmann::json::parse(
        R"({"unit": "Bidang Anggaran", "assigned_at": "2026-11-02T10:00:00+07:00",
            "returned_at": null, "target": {"kind": "internal", "due": "2026-11-05",
            "provisional": false, "status": "overdue", "working_days_late": 3,
            "duration": "3 wd"}, "note": "mohon segera"})");
    CHECK(json["assignments"][0] == expected);
    CHECK(json["events"][1]["kind"] == "assigned");
    CHECK(json["events"][1]["data"] ==
          nlohmann::json::parse(
              R"({"unit": "Bidang Anggaran", "target": "3 wd", "note": "mohon segera"})"));
    // The statutory limit is the same as without the disposition.
    REQUIRE(json["deadlines"].size() == 1);
    CHECK(json["deadlines"][0]["due"] == "2026-11-16");
  }

  TEST_CASE("the unit's answer closes its disposition; with several awaited, --to names it") {
    Routed f;
    f.ok({"assign", f.reg, "--to", "Bidang Anggaran", "--target", "3 hk", "--at", "2026-11-02"});
    f.ok({"assign", f.reg, "--to", "Bagian Umum", "--at", "2026-11-03"});
    f.refused({"assign", f.reg, "--returned", "--at", "2026-11-04"}, 64,
              "ppid: error: several units have not answered (Bidang Anggaran, Bagian Umum): name "
              "one with --to\n");
    f.refused({"assign", f.reg, "--returned", "--to", "Sekretariat"}, 64,
              "ppid: error: invalid unit: \"Sekretariat\"; awaiting an answer: Bidang Anggaran, "
              "Bagian Umum\n");
    const auto r =
        f.run({"assign", f.reg, "--returned", "--to", "Bidang Anggaran", "--at", "2026-11-04"});
    CHECK(r.exit_code == 0);
    CHECK(r.out ==
          "001/PPID/XI/2026: Bidang Anggaran answered on 2026-11-04\n"
          "  State: awaiting the notice\n"
          "  Received 2026-11-02T09:00; day 0: 2026-11-02\n"
          "  Internal routing:\n"
          "    Bidang Anggaran  since 2026-11-02  answered 2026-11-04  target 2026-11-05 (3 wd): "
          "met on 2026-11-04\n"
          "    Bagian Umum      since 2026-11-03  awaiting the answer\n"
          "  Deadlines:\n" +
              k_notice_line);
    // One unit left: --returned needs no --to.
    const auto last = f.run({"assign", f.reg, "--returned", "--at", "2026-11-05"});
    CHECK(last.exit_code == 0);
    CHECK(last.out.find("001/PPID/XI/2026: Bagian Umum answered on 2026-11-05\n") == 0);
    f.refused({"assign", f.reg, "--returned"}, 69,
              "ppid: error: cannot assign --returned 001/PPID/XI/2026: no disposition awaits an "
              "answer (last made 2026-11-03); allowed now: respond, extend, withdraw\n");
    // The same unit may be asked again once it answered.
    f.ok({"assign", f.reg, "--to", "Bidang Anggaran", "--at", "2026-11-06"});
    CHECK(f.shown()["assignments"].size() == 3);
  }

  TEST_CASE("refusals: an unanswered unit again, a target past the limit, no unit, no duty") {
    Routed f;
    f.ok({"assign", f.reg, "--to", "Bidang Anggaran", "--at", "2026-11-02"});
    f.refused({"assign", f.reg, "--to", "Bidang Anggaran"}, 69,
              "ppid: error: cannot assign 001/PPID/XI/2026: the disposition to that unit since "
              "2026-11-02 is not answered yet; allowed now: respond, extend, withdraw\n");
    // Ten working days from 2026-11-10 end on 2026-11-24, after the notice's 2026-11-16.
    f.refused({"assign", f.reg, "--to", "Bagian Umum", "--target", "10 hk"}, 64,
              "ppid: error: invalid target: \"10 hk\"; that target ends on 2026-11-24, after the "
              "written notice's limit of 2026-11-16; an internal step never moves a statutory "
              "limit\n");
    f.refused({"assign", f.reg, "--to", "Bagian Umum", "--target", "tiga"}, 64,
              "ppid: error: invalid duration: \"tiga\"; write a number and a unit: \"10 wd\" or "
              "\"10 hk\" (working days), \"14 d\" or \"14 hari\" (plain days)\n");
    f.refused({"assign", f.reg}, 64,
              "ppid: error: name the unit with --to, or give --returned for its answer; see 'ppid "
              "--help'\n");
    f.refused({"assign", f.reg, "--returned", "--target", "3 hk"}, 64,
              "ppid: error: --target goes with a new disposition, not with --returned; see 'ppid "
              "--help'\n");
    f.refused({"assign", f.reg, "--to", " "}, 64, "ppid: error: unit is required\n");
    // A refusal gives nothing to route; a grant does (the information is still to be handed over).
    f.ok({"respond", f.reg, "--decision", "refused", "--reason", "not-held", "--at", "2026-11-05"});
    f.refused({"assign", f.reg, "--to", "Bagian Umum"}, 69,
              "ppid: error: cannot assign 001/PPID/XI/2026: it was answered on 2026-11-05; allowed "
              "now: object, withdraw\n");
    f.ok({"request", "new", "--name", "Siti", "--info", "Data", "--at", "2026-11-03"});
    f.ok({"respond", "002/PPID/XI/2026", "--decision", "granted", "--at", "2026-11-04"});
    f.ok({"assign", "002/PPID/XI/2026", "--to", "Bagian Umum", "--at", "2026-11-04"});
  }

  TEST_CASE("report overdue and due --internal list the units' late and coming steps, per unit") {
    Routed f;
    f.ok({"request", "new", "--name", "Siti", "--info", "Data", "--at", "2026-11-03T09:00"});
    f.ok({"assign", f.reg, "--to", "Bidang Anggaran", "--target", "3 hk", "--at", "2026-11-02"});
    f.ok({"assign", "002/PPID/XI/2026", "--to", "Bidang Anggaran", "--target", "5 hk", "--at",
          "2026-11-04"});
    f.ok({"assign", "002/PPID/XI/2026", "--to", "Bagian Umum", "--target", "2 hk", "--at",
          "2026-11-04"});
    // No target: never late, never listed.
    f.ok({"assign", f.reg, "--to", "Sekretariat", "--at", "2026-11-04"});
    const auto overdue = f.run({"report", "overdue", "--internal"});
    CHECK(overdue.exit_code == 0);
    CHECK(overdue.out ==
          "Overdue duties as of 2026-11-10\n"
          "Internal routing to units, measured against its internal targets (not statutory "
          "limits).\n"
          "Limits run from receipt of the request (clock_starts = receipt).\n"
          "2 rows.\n"
          "\n"
          "  Unit             Number            Applicant  Routed      Due         Late\n"
          "  Bagian Umum      002/PPID/XI/2026  Siti       2026-11-04  2026-11-06     2\n"
          "  Bidang Anggaran  001/PPID/XI/2026  Budi       2026-11-02  2026-11-05     3\n");
    const auto due = f.run({"report", "due", "--internal", "--within", "5", "--format", "json"});
    CHECK(due.exit_code == 0);
    const auto expected = nlohmann::json::parse(R"({"as_of": "2026-11-10",
      "clock_starts": "receipt", "law_override": null, "internal": true, "within": 5,
      "rows": [{"register_no": "002/PPID/XI/2026", "stage": "internal", "unit": "Bidang Anggaran",
        "assigned": "2026-11-04", "applicant": "Siti", "service": null, "day0": "2026-11-03",
        "due": "2026-11-11", "working_days_left": 1, "provisional": false,
        "extended": false}]})");
    CHECK(nlohmann::json::parse(due.out) == expected);
    // The statutory report is not changed by them.
    const auto statutory = f.run({"report", "overdue"});
    CHECK(statutory.out.find("Nothing is overdue.\n") != std::string::npos);
    f.refused({"report", "overdue", "--internal", "--against", "target"}, 64,
              "ppid: error: --against does not go with --internal (internal steps are measured "
              "against their own target); see 'ppid --help'\n");
    // Answered or withdrawn: gone from the list.
    f.ok({"assign", "002/PPID/XI/2026", "--returned", "--to", "Bagian Umum", "--at", "2026-11-10"});
    f.ok({"withdraw", f.reg, "--at", "2026-11-10"});
    const auto after = f.run({"report", "overdue", "--internal", "--fail-if-any"});
    CHECK(after.exit_code == 0);
    CHECK(after.out.find("Nothing is overdue.\n") != std::string::npos);
  }

  TEST_CASE("a published copy keeps the units and targets, not the notes") {
    Routed f;
    f.ok({"assign", f.reg, "--to", "Bidang Anggaran", "--target", "3 hk", "--note",
          "hubungi Pak Joko", "--at", "2026-11-02"});
    f.ok({"assign", f.reg, "--returned", "--note", "sudah, lihat berkas", "--at", "2026-11-03"});
    const auto r = f.run({"redact", f.reg, "--format", "json"});
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("Pak Joko") == std::string::npos);
    CHECK(r.out.find("berkas") == std::string::npos);
    const auto json = nlohmann::json::parse(r.out);
    CHECK(json["assignments"][0]["unit"] == "Bidang Anggaran");
    CHECK_FALSE(json["assignments"][0].contains("note"));
  }

  TEST_CASE("Indonesian: the disposition in the officer's words") {
    Routed f;
    f.box.env["PPID_LANG"] = "id";
    const auto r = f.run(
        {"assign", f.reg, "--to", "Bidang Anggaran", "--target", "3 hk", "--at", "2026-11-09"});
    CHECK(r.exit_code == 0);
    CHECK(r.out ==
          "001/PPID/XI/2026: didisposisikan ke Bidang Anggaran pada 2026-11-09\n"
          "  Keadaan: menunggu pemberitahuan\n"
          "  Diterima 2026-11-02T09:00; hari ke-0: 2026-11-02\n"
          "  Disposisi:\n"
          "    Bidang Anggaran  sejak 2026-11-09  menunggu jawaban  target 2026-11-12 (3 wd): "
          "berjalan, 2 hari kerja lagi\n"
          "  Tenggat:\n"
          "    pemberitahuan tertulis (10 wd)         2026-11-16  berjalan, 4 hari kerja lagi\n");
  }
}
