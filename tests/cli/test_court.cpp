#include "support/desk.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>

namespace {

// A request of Wednesday 2026-07-01 refused as exempt, its objection (ground `ground`) upheld by
// the superior, and a dispute filed on Monday 2026-07-13; today is 2026-11-24.
struct AtCommission : ppid::test::Desk {
  explicit AtCommission(const std::string& ground = "a") : ppid::test::Desk("2026-11-24") {
    reg = "001/PPID/VII/2026";
    ok({"request", "new", "--name", "Budi", "--info", "Data", "--at", "2026-07-01T09:00"});
    ok({"respond", reg, "--decision", "refused", "--reason", "exempt", "--basis",
        "Pasal 17 huruf b", "--at", "2026-07-02"});
    ok({"object", reg, "--ground", ground, "--at", "2026-07-03"});
    ok({"object", reg, "--answer", "upheld", "--at", "2026-07-10"});
    ok({"escalate", reg, "--commission", "KI Pusat", "--at", "2026-07-13"});
  }
  // The status of the deadline `kind` in show's JSON.
  nlohmann::json deadline(const std::string& kind) const {
    const auto json = shown();
    for (const auto& d : json["deadlines"]) {
      if (d["kind"] == kind) {
        return d;
      }
    }
    return nullptr;
  }
};

const std::string k_before_commission =
    "  Received 2026-07-01T09:00; day 0: 2026-07-01\n"
    "  Deadlines:\n"
    "    written notice (10 wd)                 2026-07-15  met on 2026-07-02\n"
    "    objection filing (30 wd)               2026-08-13  met on 2026-07-03\n"
    "    superior's answer (30 wd)              2026-08-14  met on 2026-07-10\n"
    "    dispute filing (14 wd)                 2026-07-30  met on 2026-07-13\n";

}  // namespace

TEST_SUITE("court") {
  TEST_CASE("the Commission's stages: the start of adjudication meets the 14-working-day limit") {
    AtCommission f;
    // Without a recorded start the Commission's limit (2026-07-31) is overdue today.
    CHECK(f.deadline("commission_start")["status"] == "overdue");
    f.refused({"escalate", f.reg, "--stage", "mediation", "--at", "2026-07-14"}, 69,
              "ppid: error: cannot escalate --stage mediation 001/PPID/VII/2026: the dispute since "
              "2026-07-13 is on ground a alone (an exemption), settled by adjudication, not "
              "mediation; allowed now: escalate --outcome, escalate --stage\n");
    f.ok({"escalate", f.reg, "--stage", "registered", "--at", "2026-07-15"});
    f.refused({"escalate", f.reg, "--stage", "registered", "--at", "2026-07-16"}, 69,
              "ppid: error: cannot escalate --stage registered 001/PPID/VII/2026: the Information "
              "Commission has been handling the dispute since 2026-07-15; allowed now: escalate "
              "--outcome, escalate --stage\n");
    f.refused({"escalate", f.reg, "--outcome", "not-registered", "--at", "2026-07-16"}, 69,
              "ppid: error: cannot escalate --outcome not-registered 001/PPID/VII/2026: the "
              "Information Commission has been handling the dispute since 2026-07-15; allowed now: "
              "escalate --outcome, escalate --stage\n");
    f.refused({"escalate", f.reg, "--stage", "hearing"}, 64,
              "ppid: error: invalid stage: \"hearing\"; allowed: registered, mediation, "
              "adjudication\n");
    f.refused({"escalate", f.reg, "--stage", "adjudication", "--outcome", "refused"}, 64,
              "ppid: error: --stage does not go with --commission or --outcome; see 'ppid "
              "--help'\n");
    const auto r = f.run({"escalate", f.reg, "--stage", "adjudication", "--at", "2026-07-20"});
    CHECK(r.exit_code == 0);
    CHECK(r.out ==
          "Dispute on 001/PPID/VII/2026: adjudication started, on 2026-07-20\n"
          "  State: dispute at the Commission\n" +
              k_before_commission +
              "    Commission starts (14 wd)              2026-07-31  met on 2026-07-20\n"
              "    Commission settles (100 wd)            2026-12-02  pending, 6 working days "
              "left\n");
    const auto events = f.shown()["events"];
    CHECK(events[5]["kind"] == "dispute_stage");
    CHECK(events[5]["data"] == nlohmann::json{{"stage", "registered"}});
  }

  TEST_CASE("an agreement ends a mediation, not an adjudication; not registered ends it unheard") {
    AtCommission f{"e"};
    f.ok({"escalate", f.reg, "--stage", "mediation", "--at", "2026-07-14"});
    f.ok({"escalate", f.reg, "--stage", "adjudication", "--at", "2026-08-03"});
    f.refused({"escalate", f.reg, "--stage", "mediation"}, 69,
              "ppid: error: cannot escalate --stage mediation 001/PPID/VII/2026: that stage was "
              "recorded on 2026-07-14; allowed now: escalate --outcome, escalate --stage\n");
    f.refused({"escalate", f.reg, "--outcome", "mediated"}, 69,
              "ppid: error: cannot escalate --outcome mediated 001/PPID/VII/2026: adjudication "
              "began on 2026-08-03; allowed now: escalate --outcome, escalate --stage\n");
    // Started by the mediation, the earlier of the two.
    CHECK(f.deadline("commission_start")["met_on"] == "2026-07-14");

    AtCommission unheard{"e"};
    unheard.ok({"escalate", unheard.reg, "--outcome", "not-registered", "--at", "2026-07-24"});
    const auto json = unheard.shown();
    CHECK(json["state"] == "closed");
    // Never started: the Commission's start limit no longer applies; no court after it.
    CHECK(unheard.deadline("commission_start")["status"] == "void");
    CHECK(unheard.deadline("court_filing") == nullptr);
    unheard.refused(
        {"court", unheard.reg, "--by", "applicant"}, 69,
        "ppid: error: cannot court 001/PPID/VII/2026: the dispute ended on 2026-07-24 "
        "without an adjudication decision (art. 47); nothing more can be recorded; see 'ppid "
        "show'\n");
  }

  TEST_CASE("after an adjudication: the court within 14 working days, cassation within 14 days") {
    AtCommission f;
    f.ok({"escalate", f.reg, "--stage", "adjudication", "--at", "2026-07-20"});
    f.refused({"court", f.reg, "--at", "2026-07-21"}, 69,
              "ppid: error: cannot court 001/PPID/VII/2026: it is in dispute at the Information "
              "Commission since 2026-07-13; allowed now: escalate --outcome, escalate --stage\n");
    f.ok({"escalate", f.reg, "--outcome", "refused", "--at", "2026-08-03"});
    // 14 working days from the decision, Independence Day (17 August) closed: 2026-08-24.
    const auto filed =
        f.run({"court", f.reg, "--court", "ptun", "--by", "applicant", "--at", "2026-08-10"});
    CHECK(filed.exit_code == 0);
    CHECK(filed.out ==
          "001/PPID/VII/2026: court case recorded on 2026-08-10\n"
          "  State: in court\n" +
              k_before_commission +
              "    Commission starts (14 wd)              2026-07-31  met on 2026-07-20\n"
              "    Commission settles (100 wd)            2026-12-02  met on 2026-08-03\n"
              "    court challenge (14 wd)                2026-08-24  met on 2026-08-10\n");
    f.refused({"court", f.reg, "--cassation", "--at", "2026-08-11"}, 69,
              "ppid: error: cannot court --cassation 001/PPID/VII/2026: it is in court since "
              "2026-08-10; allowed now: court --decision\n");
    f.refused({"court", f.reg, "--decision", "upheld", "--court", "ptun"}, 64,
              "ppid: error: --decision (the court's decision) does not go with --court, --by or "
              "--cassation; see 'ppid --help'\n");
    f.refused({"court", f.reg, "--decision", "won"}, 64,
              "ppid: error: invalid decision: \"won\"; allowed: upheld, overturned, partial\n");
    f.ok({"court", f.reg, "--decision", "upheld", "--at", "2026-09-14"});
    CHECK(f.deadline("cassation_filing") ==
          nlohmann::json::parse(R"({"kind": "cassation_filing", "due": "2026-09-28",
            "provisional": false, "status": "expired", "duration": "14 d"})"));
    f.refused({"court", f.reg, "--cassation", "--court", "district"}, 64,
              "ppid: error: --court is for the first instance; cassation always goes to the "
              "Supreme Court; see 'ppid --help'\n");
    // Plain days (art. 50): filed on the last of them, a Monday.
    const auto cassation =
        f.run({"court", f.reg, "--cassation", "--by", "applicant", "--at", "2026-09-28"});
    CHECK(cassation.exit_code == 0);
    CHECK(f.deadline("cassation_filing")["status"] == "met");
    // The Supreme Court sets the refusal aside: the information may now be delivered.
    f.refused({"deliver", f.reg}, 69,
              "ppid: error: cannot deliver 001/PPID/VII/2026: the written notice of 2026-07-02 "
              "gives no information (refused); allowed now: court --decision\n");
    f.ok({"court", f.reg, "--decision", "overturned", "--at", "2026-11-02"});
    f.refused({"court", f.reg, "--cassation"}, 69,
              "ppid: error: cannot court --cassation 001/PPID/VII/2026: cassation was filed on "
              "2026-09-28; allowed now: deliver\n");
    f.ok({"deliver", f.reg, "--at", "2026-11-03"});
    const auto json = f.shown();
    CHECK(json["state"] == "closed");
    CHECK(json["events"][7]["data"] == nlohmann::json::parse(R"({"court": "ptun",
      "by": "applicant", "within_window": true})"));
    CHECK(json["events"][9]["data"] == nlohmann::json::parse(R"({"cassation": true,
      "by": "applicant", "within_window": true})"));
    CHECK(json["events"][10]["data"] ==
          nlohmann::json::parse(R"({"cassation": true, "outcome": "overturned"})"));

    // Perki 1/2021 art. 56: the disputes and court cases with their results.
    const auto annual = f.run({"report", "annual", "--year", "2026", "--format", "json"});
    const auto r = nlohmann::json::parse(annual.out);
    CHECK(r["disputes"]["outcomes"]["refused"] == 1);
    CHECK(r["courts"] ==
          nlohmann::json::parse(R"({"filed": 1, "outcomes": {"upheld": 0, "overturned": 1,
            "partial": 0, "pending": 0}, "cassations": 1})"));
    const auto objections = f.run({"report", "objections", "--year", "2026", "--format", "json"});
    const auto row = nlohmann::json::parse(objections.out)["rows"][0];
    CHECK(row["dispute_outcome"] == "refused");
    CHECK(row["court_outcome"] == "overturned");
  }

  TEST_CASE("a challenge after its window is recorded as late: the court decides") {
    AtCommission f;
    f.ok({"escalate", f.reg, "--outcome", "refused", "--at", "2026-08-03"});
    const auto r =
        f.run({"court", f.reg, "--court", "district", "--by", "body", "--at", "2026-08-25"});
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("001/PPID/VII/2026: court case recorded on 2026-08-25, after its window (the "
                     "court decides)\n") == 0);
    CHECK(f.deadline("court_filing")["status"] == "late");
    f.refused({"withdraw", f.reg}, 69,
              "ppid: error: cannot withdraw 001/PPID/VII/2026: it is in court since 2026-08-25; "
              "allowed now: court --decision\n");
  }
}
