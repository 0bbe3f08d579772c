#include "support/run_ppid.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

using ppid::test::Sandbox;

namespace {

using Args = std::vector<std::string>;

// A body whose configuration states a reason for a five-day notice limit and promises the
// superior's answer within 7 working days. Two requests: 001 received Monday 2026-11-02 and left
// unanswered; 002 received the 3rd, refused on the 5th, objected on Friday the 6th. Today is
// 2026-11-24; messages in English.
struct TwoRequests {
  Sandbox box;
  TwoRequests() {
    box.env["PPID_LANG"] = "en";
    box.env["PPID_TODAY"] = "2026-11-24";
    box.write("ppid.toml",
              "[deadlines]\n"
              "override = \"UU 99/2031 pasal 3\"\n"
              "response = \"5 hk\"\n"
              "[targets]\n"
              "objection_answer = \"7 hk\"\n");
    ok({"init", "--config", "ppid.toml"});
    ok({"request", "new", "--name", "Budi", "--info", "Data anggaran", "--at", "2026-11-02T09:00"});
    ok({"request", "new", "--name", "Sari", "--info", "Data gaji", "--at", "2026-11-03T09:00"});
    ok({"respond", "002/PPID/XI/2026", "--decision", "refused", "--reason", "not-held", "--at",
        "2026-11-05T10:00"});
    ok({"object", "002/PPID/XI/2026", "--ground", "a", "--at", "2026-11-06T10:00"});
  }
  void ok(const Args& args) const {
    const auto r = box.ppid(args);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
  }
};

const std::string k_law_notes =
    "deadlines.response = \"5 wd\" differs from the law's \"10 wd\" (UU 14/2008 art. 22(7))\n"
    "The limits above are not those of UU 14/2008; the configuration's reason: UU 99/2031 "
    "pasal 3\n";

}  // namespace

TEST_SUITE("targets") {
  TEST_CASE("a report says in its heading which limits are not the law's, and why") {
    const TwoRequests t;
    const auto r = t.box.ppid({"report", "overdue"});
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    CHECK(r.out ==
          "Overdue duties as of 2026-11-24\n"
          "Measured against the statutory limits (UU 14/2008), in working days.\n"
          "Limits run from receipt of the request (clock_starts = receipt).\n" +
              k_law_notes +
              "1 row.\n"
              "\n"
              "  Number            Stage   Applicant  Service  Day 0       Due         Late\n"
              "  001/PPID/XI/2026  notice  Budi       -        2026-11-02  2026-11-09    11\n");
    const auto j = nlohmann::json::parse(t.box.ppid({"report", "due", "--format", "json"}).out);
    const nlohmann::json limit = {{"key", "deadlines.response"},
                                  {"law", "10 wd"},
                                  {"configured", "5 wd"},
                                  {"article", "22(7)"}};
    CHECK(j["law_override"] == nlohmann::json{{"reason", "UU 99/2031 pasal 3"},
                                              {"limits", nlohmann::json::array({limit})}});
    const auto annual = t.box.ppid({"report", "annual", "--year", "2026"});
    CHECK(annual.out.find(k_law_notes) != std::string::npos);
    const auto reg = t.box.ppid({"report", "register", "--year", "2026"});
    CHECK(reg.out.find(k_law_notes) != std::string::npos);
  }

  TEST_CASE("a report under the law's limits has no such note") {
    Sandbox box;
    box.env["PPID_LANG"] = "en";
    REQUIRE(box.ppid({"init"}).exit_code == 0);
    const auto r = box.ppid({"report", "overdue"});
    CHECK(r.out.find("not those of UU 14/2008") == std::string::npos);
    const auto j = nlohmann::json::parse(box.ppid({"report", "overdue", "--format", "json"}).out);
    CHECK(j["law_override"] == nullptr);
  }

  TEST_CASE("the superior's answer has the body's target beside the law's 30 working days") {
    const TwoRequests t;
    const auto shown =
        nlohmann::json::parse(t.box.ppid({"show", "002/PPID/XI/2026", "--format", "json"}).out);
    const auto expected = nlohmann::json::parse(R"([
      {"kind": "response", "due": "2026-11-10", "provisional": false, "status": "met",
       "met_on": "2026-11-05", "duration": "5 wd"},
      {"kind": "objection_filing", "due": "2026-12-17", "provisional": false, "status": "met",
       "met_on": "2026-11-06", "duration": "30 wd"},
      {"kind": "objection_answer", "due": "2026-12-18", "provisional": false,
       "status": "pending", "working_days_left": 18, "duration": "30 wd"},
      {"kind": "objection_target", "due": "2026-11-17", "provisional": false,
       "status": "overdue", "working_days_late": 5, "duration": "7 wd"}])");
    CHECK(shown["deadlines"] == expected);
    const auto text = t.box.ppid({"show", "002/PPID/XI/2026"});
    CHECK(
        text.out.find("    superior's answer (30 wd)              2026-12-18  pending, 18 working "
                      "days left\n"
                      "    superior's answer, target (7 wd)       2026-11-17  overdue by 5 "
                      "working days\n") != std::string::npos);
    // Late against the target, not against the law: only the target's report lists it.
    const auto law = t.box.ppid({"report", "overdue", "--format", "json"});
    CHECK(nlohmann::json::parse(law.out)["rows"].size() == 1);
    const auto own = nlohmann::json::parse(
        t.box.ppid({"report", "overdue", "--against", "target", "--format", "json"}).out);
    REQUIRE(own["rows"].size() == 1);
    CHECK(own["rows"][0]["register_no"] == "002/PPID/XI/2026");
    CHECK(own["rows"][0]["objection_no"] == "001/KEB/PPID/XI/2026");
    CHECK(own["rows"][0]["stage"] == "objection_answer");
    CHECK(own["rows"][0]["due"] == "2026-11-17");
    CHECK(own["rows"][0]["working_days_late"] == 5);
  }
}
