#include "support/run_ppid.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

using ppid::test::Sandbox;

namespace {

using Args = std::vector<std::string>;
using Env = std::map<std::string, std::string>;

// The fixture: one case in each state, all in one case file, built through the CLI with every
// act dated by --at. Today is the Sandbox's 2026-11-24 (a Tuesday), and no limit that matters has
// passed: the notice limits are 2026-12-03 or later, the superior's limit is 2026-12-21.
const std::string k_open = "001/PPID/XI/2026";        // received 2026-11-20T09:30, due 12-04
const std::string k_extended = "002/PPID/XI/2026";    // received 11-10, extended 11-20, due 12-03
const std::string k_incomplete = "003/PPID/XI/2026";  // received 11-23, incomplete, due 12-07
const std::string k_answered = "004/PPID/XI/2026";    // answered 11-10
const std::string k_objection = "005/PPID/XI/2026";   // objection (ground a) 11-09
const std::string k_objection_answered = "006/PPID/XI/2026";  // superior answered 11-12
const std::string k_dispute = "007/PPID/XI/2026";             // dispute filed 11-16
const std::string k_closed = "008/PPID/XI/2026";              // mediated 11-20
const std::string k_withdrawn = "009/PPID/XI/2026";           // withdrawn 11-06

std::string joined(const Args& args) {
  std::string out = "ppid";
  for (const auto& arg : args) {
    out += " " + arg;
  }
  return out;
}

// Runs an act that must succeed.
std::string act(const Sandbox& box, const Args& args, const Env& env = {}) {
  const auto r = box.ppid(args, env);
  INFO(joined(args) << "\n" << r.err);
  REQUIRE(r.exit_code == 0);
  return r.out;
}

// Runs `args`, which ppid must refuse with `exit_code`, nothing on stdout and exactly `err` on
// stderr, leaving the case file `file` byte for byte as it was.
void check_refused(const Sandbox& box, const Args& args, int exit_code, const std::string& err,
                   const Env& env = {}, const std::string& file = "ppid.sqlite") {
  CAPTURE(joined(args));
  const auto before = ppid::test::dump_case_file(box.path(file));
  const auto r = box.ppid(args, env);
  CHECK(r.exit_code == exit_code);
  CHECK(r.out == "");
  CHECK(r.err == err);
  CHECK(ppid::test::dump_case_file(box.path(file)) == before);
}

// Each act the tables try, in its plainest form.
Args complete(const std::string& reg) {
  return {"request", "complete", reg};
}
Args respond(const std::string& reg) {
  return {"respond", reg, "--decision", "granted"};
}
Args extend(const std::string& reg) {
  return {"extend", reg, "--reason", "information not yet documented"};
}
Args object(const std::string& reg) {
  return {"object", reg, "--ground", "a"};
}
Args answer(const std::string& reg) {
  return {"object", reg, "--answer", "upheld"};
}
Args escalate(const std::string& reg) {
  return {"escalate", reg};
}
Args outcome(const std::string& reg) {
  return {"escalate", reg, "--outcome", "mediated"};
}
Args withdraw(const std::string& reg) {
  return {"withdraw", reg};
}

void build_fixture(const Sandbox& box) {
  act(box, {"init"});
  // 001: open, fresh.
  act(box, {"request", "new", "--name", "Ani", "--info", "Data", "--at", "2026-11-20T09:30"});
  // 002: open, extended (the original limit 2026-11-24, extended to 2026-12-03).
  act(box, {"request", "new", "--name", "Budi", "--info", "Data", "--at", "2026-11-10"});
  act(box,
      {"extend", k_extended, "--reason", "information not yet documented", "--at", "2026-11-20"});
  // 003: open, incomplete.
  act(box, {"request", "new", "--name", "Citra", "--info", "Data", "--incomplete", "--at",
            "2026-11-23"});
  // 004: answered.
  act(box, {"request", "new", "--name", "Dedi", "--info", "Data", "--at", "2026-11-02"});
  act(box, {"respond", k_answered, "--decision", "granted", "--at", "2026-11-10"});
  // 005: objection, awaiting the superior (limit 2026-12-21).
  act(box, {"request", "new", "--name", "Eka", "--info", "Data", "--at", "2026-11-02"});
  act(box, {"respond", k_objection, "--decision", "refused", "--reason", "exempt", "--basis",
            "Pasal 17 huruf b", "--at", "2026-11-04"});
  act(box, {"object", k_objection, "--ground", "a", "--at", "2026-11-09"});
  // 006: objection answered.
  act(box, {"request", "new", "--name", "Fajar", "--info", "Data", "--at", "2026-11-02"});
  act(box, {"respond", k_objection_answered, "--decision", "partial", "--at", "2026-11-03"});
  act(box, {"object", k_objection_answered, "--ground", "d", "--at", "2026-11-04"});
  act(box, {"object", k_objection_answered, "--answer", "upheld", "--at", "2026-11-12"});
  // 007: dispute at the Commission (ground d: mediation is open to it).
  act(box, {"request", "new", "--name", "Gita", "--info", "Data", "--at", "2026-11-02"});
  act(box, {"respond", k_dispute, "--decision", "partial", "--at", "2026-11-03"});
  act(box, {"object", k_dispute, "--ground", "d", "--at", "2026-11-04"});
  act(box, {"object", k_dispute, "--answer", "upheld", "--at", "2026-11-05"});
  act(box, {"escalate", k_dispute, "--at", "2026-11-16"});
  // 008: closed by mediation.
  act(box, {"request", "new", "--name", "Hadi", "--info", "Data", "--at", "2026-11-02"});
  act(box, {"respond", k_closed, "--decision", "partial", "--at", "2026-11-03"});
  act(box, {"object", k_closed, "--ground", "d", "--at", "2026-11-04"});
  act(box, {"object", k_closed, "--answer", "upheld", "--at", "2026-11-05"});
  act(box, {"escalate", k_closed, "--at", "2026-11-16"});
  act(box, {"escalate", k_closed, "--outcome", "mediated", "--at", "2026-11-20"});
  // 009: withdrawn.
  act(box, {"request", "new", "--name", "Indah", "--info", "Data", "--at", "2026-11-03"});
  act(box, {"withdraw", k_withdrawn, "--at", "2026-11-06"});
}

struct Refusal {
  Args args;
  std::string err;
};

void check_refusals(const Sandbox& box, const std::vector<Refusal>& refusals) {
  for (const auto& [args, err] : refusals) {
    check_refused(box, args, 69, err);
  }
}

}  // namespace

TEST_SUITE("lifecycle refusals") {
  TEST_CASE("the fixture has one case in each state") {
    Sandbox box;
    build_fixture(box);
    const auto r = box.ppid({"request", "list"});
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    CHECK(r.out ==
          "Number                   Received   State                        Due        Status\n"
          "001/PPID/XI/2026         2026-11-20 awaiting the notice          2026-12-04 pending, "
          "8 working days left\n"
          "002/PPID/XI/2026         2026-11-10 awaiting the notice          2026-12-03 pending, "
          "7 working days left\n"
          "003/PPID/XI/2026         2026-11-23 awaiting the notice          2026-12-07 pending, "
          "9 working days left\n"
          "004/PPID/XI/2026         2026-11-02 answered                     2026-11-16 met on "
          "2026-11-10\n"
          "005/PPID/XI/2026         2026-11-02 objection, awaiting superior 2026-12-21 pending, "
          "19 working days left\n"
          "006/PPID/XI/2026         2026-11-02 objection answered           2026-11-16 met on "
          "2026-11-03\n"
          "007/PPID/XI/2026         2026-11-02 dispute at the Commission    2026-11-16 met on "
          "2026-11-03\n"
          "008/PPID/XI/2026         2026-11-02 closed                       2026-11-16 met on "
          "2026-11-03\n"
          "009/PPID/XI/2026         2026-11-03 withdrawn                    2026-11-17 void\n");
  }

  TEST_CASE("open: only respond, extend and withdraw") {
    Sandbox box;
    build_fixture(box);
    check_refusals(
        box,
        {
            {complete(k_open),
             "ppid: error: cannot request complete 001/PPID/XI/2026: it was complete when "
             "received on 2026-11-20; allowed now: respond, extend, withdraw\n"},
            {object(k_open),
             "ppid: error: cannot object 001/PPID/XI/2026: it is unanswered and its response "
             "limit 2026-12-04 has not passed; allowed now: respond, extend, withdraw\n"},
            {answer(k_open),
             "ppid: error: cannot object --answer 001/PPID/XI/2026: it awaits the written "
             "notice, due 2026-12-04; allowed now: respond, extend, withdraw\n"},
            {escalate(k_open),
             "ppid: error: cannot escalate 001/PPID/XI/2026: it awaits the written notice, due "
             "2026-12-04; allowed now: respond, extend, withdraw\n"},
            {outcome(k_open),
             "ppid: error: cannot escalate --outcome 001/PPID/XI/2026: it awaits the written "
             "notice, due 2026-12-04; allowed now: respond, extend, withdraw\n"},
        });
  }

  TEST_CASE("open and extended: no second extension (art. 22(8)), the limit is the extended one") {
    Sandbox box;
    build_fixture(box);
    check_refusals(
        box,
        {
            {complete(k_extended),
             "ppid: error: cannot request complete 002/PPID/XI/2026: it was complete when "
             "received on 2026-11-10; allowed now: respond, withdraw\n"},
            {extend(k_extended),
             "ppid: error: cannot extend 002/PPID/XI/2026: it was already extended on 2026-11-20 "
             "(art. 22(8): once only); allowed now: respond, withdraw\n"},
            {object(k_extended),
             "ppid: error: cannot object 002/PPID/XI/2026: it is unanswered and its response "
             "limit 2026-12-03 has not passed; allowed now: respond, withdraw\n"},
            {answer(k_extended),
             "ppid: error: cannot object --answer 002/PPID/XI/2026: it awaits the written "
             "notice, due 2026-12-03; allowed now: respond, withdraw\n"},
            {escalate(k_extended),
             "ppid: error: cannot escalate 002/PPID/XI/2026: it awaits the written notice, due "
             "2026-12-03; allowed now: respond, withdraw\n"},
            {outcome(k_extended),
             "ppid: error: cannot escalate --outcome 002/PPID/XI/2026: it awaits the written "
             "notice, due 2026-12-03; allowed now: respond, withdraw\n"},
        });
  }

  TEST_CASE("open and incomplete: the clock runs from receipt, request complete is allowed") {
    Sandbox box;
    build_fixture(box);
    check_refusals(
        box,
        {
            {object(k_incomplete),
             "ppid: error: cannot object 003/PPID/XI/2026: it is unanswered and its response "
             "limit 2026-12-07 has not passed; allowed now: request complete, respond, extend, "
             "withdraw\n"},
            {answer(k_incomplete),
             "ppid: error: cannot object --answer 003/PPID/XI/2026: it awaits the written "
             "notice, due 2026-12-07; allowed now: request complete, respond, extend, "
             "withdraw\n"},
            {escalate(k_incomplete),
             "ppid: error: cannot escalate 003/PPID/XI/2026: it awaits the written notice, due "
             "2026-12-07; allowed now: request complete, respond, extend, withdraw\n"},
            {outcome(k_incomplete),
             "ppid: error: cannot escalate --outcome 003/PPID/XI/2026: it awaits the written "
             "notice, due 2026-12-07; allowed now: request complete, respond, extend, "
             "withdraw\n"},
        });
  }

  TEST_CASE("answered: only deliver, object and withdraw") {
    Sandbox box;
    build_fixture(box);
    const std::string why =
        "it was answered on 2026-11-10; allowed now: deliver, object, withdraw\n";
    check_refusals(
        box,
        {
            {complete(k_answered), "ppid: error: cannot request complete 004/PPID/XI/2026: " + why},
            {respond(k_answered), "ppid: error: cannot respond 004/PPID/XI/2026: " + why},
            {extend(k_answered), "ppid: error: cannot extend 004/PPID/XI/2026: " + why},
            {answer(k_answered), "ppid: error: cannot object --answer 004/PPID/XI/2026: " + why},
            {escalate(k_answered), "ppid: error: cannot escalate 004/PPID/XI/2026: " + why},
            {outcome(k_answered),
             "ppid: error: cannot escalate --outcome 004/PPID/XI/2026: " + why},
        });
  }

  TEST_CASE("objection: only the superior's answer and withdraw before the superior's limit") {
    Sandbox box;
    build_fixture(box);
    const std::string why =
        "an objection was filed on 2026-11-09; allowed now: object --answer, withdraw\n";
    check_refusals(
        box, {
                 {complete(k_objection),
                  "ppid: error: cannot request complete 005/PPID/XI/2026: " + why},
                 {respond(k_objection), "ppid: error: cannot respond 005/PPID/XI/2026: " + why},
                 {extend(k_objection), "ppid: error: cannot extend 005/PPID/XI/2026: " + why},
                 {object(k_objection), "ppid: error: cannot object 005/PPID/XI/2026: " + why},
                 {escalate(k_objection),
                  "ppid: error: cannot escalate 005/PPID/XI/2026: the superior's limit 2026-12-21 "
                  "has not passed; allowed now: object --answer, withdraw\n"},
                 {outcome(k_objection),
                  "ppid: error: cannot escalate --outcome 005/PPID/XI/2026: " + why},
             });
  }

  TEST_CASE("objection answered (in part): only deliver, escalate and withdraw") {
    Sandbox box;
    build_fixture(box);
    const std::string why =
        "the superior answered the objection on 2026-11-12; allowed now: deliver, escalate, "
        "withdraw\n";
    check_refusals(
        box,
        {
            {complete(k_objection_answered),
             "ppid: error: cannot request complete 006/PPID/XI/2026: " + why},
            {respond(k_objection_answered), "ppid: error: cannot respond 006/PPID/XI/2026: " + why},
            {extend(k_objection_answered), "ppid: error: cannot extend 006/PPID/XI/2026: " + why},
            {object(k_objection_answered), "ppid: error: cannot object 006/PPID/XI/2026: " + why},
            {answer(k_objection_answered),
             "ppid: error: cannot object --answer 006/PPID/XI/2026: " + why},
            {outcome(k_objection_answered),
             "ppid: error: cannot escalate --outcome 006/PPID/XI/2026: " + why},
        });
  }

  TEST_CASE("dispute: only its outcome — a withdrawal is one of the outcomes") {
    Sandbox box;
    build_fixture(box);
    const std::string why =
        "it is in dispute at the Information Commission since 2026-11-16; allowed now: "
        "deliver, escalate --outcome, escalate --stage\n";
    check_refusals(
        box,
        {
            {complete(k_dispute), "ppid: error: cannot request complete 007/PPID/XI/2026: " + why},
            {respond(k_dispute), "ppid: error: cannot respond 007/PPID/XI/2026: " + why},
            {extend(k_dispute), "ppid: error: cannot extend 007/PPID/XI/2026: " + why},
            {object(k_dispute), "ppid: error: cannot object 007/PPID/XI/2026: " + why},
            {answer(k_dispute), "ppid: error: cannot object --answer 007/PPID/XI/2026: " + why},
            {escalate(k_dispute), "ppid: error: cannot escalate 007/PPID/XI/2026: " + why},
            {withdraw(k_dispute),
             "ppid: error: cannot withdraw 007/PPID/XI/2026: it is in dispute since 2026-11-16; "
             "record a withdrawal with 'ppid escalate --outcome withdrawn'; allowed now: "
             "deliver, escalate --outcome, escalate --stage\n"},
        });
  }

  TEST_CASE("closed by mediation: only the delivery") {
    Sandbox box;
    build_fixture(box);
    const std::string why = "the dispute ended on 2026-11-20; allowed now: deliver\n";
    check_refusals(
        box,
        {
            {complete(k_closed), "ppid: error: cannot request complete 008/PPID/XI/2026: " + why},
            {respond(k_closed), "ppid: error: cannot respond 008/PPID/XI/2026: " + why},
            {extend(k_closed), "ppid: error: cannot extend 008/PPID/XI/2026: " + why},
            {object(k_closed), "ppid: error: cannot object 008/PPID/XI/2026: " + why},
            {answer(k_closed), "ppid: error: cannot object --answer 008/PPID/XI/2026: " + why},
            {escalate(k_closed), "ppid: error: cannot escalate 008/PPID/XI/2026: " + why},
            {outcome(k_closed), "ppid: error: cannot escalate --outcome 008/PPID/XI/2026: " + why},
            {withdraw(k_closed), "ppid: error: cannot withdraw 008/PPID/XI/2026: " + why},
        });
  }

  TEST_CASE("withdrawn: nothing more") {
    Sandbox box;
    build_fixture(box);
    const std::string why =
        "it was withdrawn on 2026-11-06; nothing more can be recorded; see 'ppid show'\n";
    check_refusals(
        box,
        {
            {complete(k_withdrawn),
             "ppid: error: cannot request complete 009/PPID/XI/2026: " + why},
            {respond(k_withdrawn), "ppid: error: cannot respond 009/PPID/XI/2026: " + why},
            {extend(k_withdrawn), "ppid: error: cannot extend 009/PPID/XI/2026: " + why},
            {object(k_withdrawn), "ppid: error: cannot object 009/PPID/XI/2026: " + why},
            {answer(k_withdrawn), "ppid: error: cannot object --answer 009/PPID/XI/2026: " + why},
            {escalate(k_withdrawn), "ppid: error: cannot escalate 009/PPID/XI/2026: " + why},
            {outcome(k_withdrawn),
             "ppid: error: cannot escalate --outcome 009/PPID/XI/2026: " + why},
            {withdraw(k_withdrawn), "ppid: error: cannot withdraw 009/PPID/XI/2026: " + why},
        });
  }

  TEST_CASE("the acts the tables leave out are the ones allowed") {
    Sandbox box;
    build_fixture(box);
    const std::pair<std::string, std::vector<Args>> allowed[] = {
        {k_open, {respond(k_open), extend(k_open), withdraw(k_open)}},
        {k_extended, {respond(k_extended), withdraw(k_extended)}},
        {k_incomplete,
         {complete(k_incomplete), respond(k_incomplete), extend(k_incomplete),
          withdraw(k_incomplete)}},
        {k_answered, {object(k_answered), withdraw(k_answered)}},
        {k_objection, {answer(k_objection), withdraw(k_objection)}},
        {k_objection_answered, {escalate(k_objection_answered), withdraw(k_objection_answered)}},
        {k_dispute, {outcome(k_dispute)}},
    };
    for (const auto& [reg, acts] : allowed) {
      for (auto args : acts) {
        // Each act on a fresh copy of the fixture, so that one does not change the next.
        std::filesystem::copy_file(box.path("ppid.sqlite"), box.path("try.sqlite"),
                                   std::filesystem::copy_options::overwrite_existing);
        args.insert(args.end(), {"--file", "try.sqlite"});
        CAPTURE(joined(args));
        const auto r = box.ppid(args);
        CHECK(r.exit_code == 0);
        CHECK(r.err == "");
      }
    }
  }
}

TEST_SUITE("lifecycle time rules") {
  TEST_CASE("--at before the case's last event is refused with 65") {
    Sandbox box;
    build_fixture(box);
    const Refusal refusals[] = {
        {{"respond", k_open, "--decision", "granted", "--at", "2026-11-19"},
         "ppid: error: time is before the case's last event (2026-11-20T09:30): "
         "\"2026-11-19\"\n"},
        // The same day, earlier in it.
        {{"respond", k_open, "--decision", "granted", "--at", "2026-11-20T09:29"},
         "ppid: error: time is before the case's last event (2026-11-20T09:30): "
         "\"2026-11-20T09:29\"\n"},
        {{"extend", k_open, "--reason", "x", "--at", "2026-11-19"},
         "ppid: error: time is before the case's last event (2026-11-20T09:30): "
         "\"2026-11-19\"\n"},
        {{"withdraw", k_open, "--at", "2026-11-20T08:00"},
         "ppid: error: time is before the case's last event (2026-11-20T09:30): "
         "\"2026-11-20T08:00\"\n"},
        {{"respond", k_extended, "--decision", "granted", "--at", "2026-11-19"},
         "ppid: error: time is before the case's last event (2026-11-20): \"2026-11-19\"\n"},
        {{"request", "complete", k_incomplete, "--at", "2026-11-22"},
         "ppid: error: time is before the case's last event (2026-11-23): \"2026-11-22\"\n"},
        {{"object", k_answered, "--ground", "a", "--at", "2026-11-09"},
         "ppid: error: time is before the case's last event (2026-11-10): \"2026-11-09\"\n"},
        {{"object", k_objection, "--answer", "upheld", "--at", "2026-11-06"},
         "ppid: error: time is before the case's last event (2026-11-09): \"2026-11-06\"\n"},
        {{"withdraw", k_objection, "--at", "2026-11-08"},
         "ppid: error: time is before the case's last event (2026-11-09): \"2026-11-08\"\n"},
        {{"escalate", k_objection_answered, "--at", "2026-11-11"},
         "ppid: error: time is before the case's last event (2026-11-12): \"2026-11-11\"\n"},
        {{"escalate", k_dispute, "--outcome", "mediated", "--at", "2026-11-13"},
         "ppid: error: time is before the case's last event (2026-11-16): \"2026-11-13\"\n"},
    };
    for (const auto& [args, err] : refusals) {
      check_refused(box, args, 65, err);
    }
    // The last event's own day, with no time of day, is not before it.
    CHECK(act(box, {"respond", k_open, "--decision", "granted", "--at", "2026-11-20"})
              .starts_with("Written notice on 001/PPID/XI/2026: granted in full, on "
                           "2026-11-20\n"));
  }

  TEST_CASE("--at after today is refused with 65") {
    Sandbox box;
    build_fixture(box);
    const Refusal refusals[] = {
        {{"respond", k_open, "--decision", "granted", "--at", "2026-11-25"},
         "ppid: error: time is after now (2026-11-24): \"2026-11-25\"\n"},
        {{"respond", k_open, "--decision", "granted", "--at", "2026-11-25T08:00"},
         "ppid: error: time is after now (2026-11-24): \"2026-11-25T08:00\"\n"},
        {{"request", "complete", k_incomplete, "--at", "2026-12-01"},
         "ppid: error: time is after now (2026-11-24): \"2026-12-01\"\n"},
        {{"extend", k_open, "--reason", "x", "--at", "2026-11-25"},
         "ppid: error: time is after now (2026-11-24): \"2026-11-25\"\n"},
        {{"object", k_answered, "--ground", "a", "--at", "2027-01-04"},
         "ppid: error: time is after now (2026-11-24): \"2027-01-04\"\n"},
        {{"object", k_objection, "--answer", "upheld", "--at", "2026-11-25"},
         "ppid: error: time is after now (2026-11-24): \"2026-11-25\"\n"},
        {{"escalate", k_objection_answered, "--at", "2026-11-25"},
         "ppid: error: time is after now (2026-11-24): \"2026-11-25\"\n"},
        {{"escalate", k_dispute, "--outcome", "mediated", "--at", "2026-11-25"},
         "ppid: error: time is after now (2026-11-24): \"2026-11-25\"\n"},
        {{"withdraw", k_open, "--at", "2026-11-25"},
         "ppid: error: time is after now (2026-11-24): \"2026-11-25\"\n"},
    };
    for (const auto& [args, err] : refusals) {
      check_refused(box, args, 65, err);
    }
    // --today moves "now": the same act is then accepted.
    CHECK(act(box, {"withdraw", k_open, "--at", "2026-11-25", "--today", "2026-11-25"})
              .starts_with("001/PPID/XI/2026 withdrawn on 2026-11-25\n"));
  }

  TEST_CASE("a malformed --at is refused with 64") {
    Sandbox box;
    build_fixture(box);
    const std::string hint = "; use YYYY-MM-DD or YYYY-MM-DDTHH:MM, e.g. 2026-11-24T09:30\n";
    for (const auto& at : {"2026-11-31", "2026-02-29", "2026-11-24T24:00", "2026-11-24T09:60",
                           "24-11-2026", "yesterday", ""}) {
      check_refused(box, {"respond", k_open, "--decision", "granted", "--at", at}, 64,
                    "ppid: error: invalid time: \"" + std::string{at} + "\"" + hint);
    }
    check_refused(box, {"withdraw", k_withdrawn, "--at", "2026-11-31"}, 64,
                  "ppid: error: invalid time: \"2026-11-31\"" + hint);
  }

  TEST_CASE("an unknown register number is refused with 65") {
    Sandbox box;
    build_fixture(box);
    const std::string reg = "099/PPID/XI/2026";
    const std::string err = "ppid: error: no request with this register number: \"" + reg + "\"\n";
    for (const auto& args : {complete(reg), respond(reg), extend(reg), object(reg), answer(reg),
                             escalate(reg), outcome(reg), withdraw(reg)}) {
      check_refused(box, args, 65, err);
    }
    // Close to a real one is not the real one.
    check_refused(box, respond("1/PPID/XI/2026"), 65,
                  "ppid: error: no request with this register number: \"1/PPID/XI/2026\"\n");
  }

  TEST_CASE("an extension after the response limit has passed is refused (art. 22(8))") {
    Sandbox box;
    act(box, {"init"});
    // Received Monday 2026-11-02: the limit is 2026-11-16, passed by today, 2026-11-24.
    act(box, {"request", "new", "--name", "Ani", "--info", "Data", "--at", "2026-11-02"});
    const std::string reg = "001/PPID/XI/2026";
    const std::string err =
        "ppid: error: cannot extend 001/PPID/XI/2026: its response limit 2026-11-16 has passed; "
        "allowed now: respond, object, withdraw\n";
    check_refused(box, extend(reg), 69, err);
    check_refused(box, {"extend", reg, "--reason", "x", "--at", "2026-11-17"}, 69, err);
    // On the limit day itself it is still in time.
    CHECK(act(box, {"extend", reg, "--reason", "x", "--at", "2026-11-16"}) ==
          "001/PPID/XI/2026 extended on 2026-11-16\n"
          "  State: awaiting the notice\n"
          "  Received 2026-11-02; day 0: 2026-11-02\n"
          "  Deadlines:\n"
          "    written notice (10 wd + 7 wd)          2026-11-25  pending, 1 working day left\n");
  }

  TEST_CASE("a second extension is refused, whenever it is dated") {
    Sandbox box;
    act(box, {"init"});
    act(box, {"request", "new", "--name", "Ani", "--info", "Data", "--at", "2026-11-16"});
    const std::string reg = "001/PPID/XI/2026";
    act(box, {"extend", reg, "--reason", "information not yet documented", "--at", "2026-11-20"});
    const std::string err =
        "ppid: error: cannot extend 001/PPID/XI/2026: it was already extended on 2026-11-20 "
        "(art. 22(8): once only); allowed now: respond, withdraw\n";
    check_refused(box, extend(reg), 69, err);
    check_refused(box, {"extend", reg, "--reason", "x", "--at", "2026-11-20"}, 69, err);
  }

  TEST_CASE("an objection to an unanswered request waits for the response limit") {
    Sandbox box;
    act(box, {"init"});
    // Received 2026-11-10: the limit is today, 2026-11-24, and has not passed on its own day.
    act(box, {"request", "new", "--name", "Ani", "--info", "Data", "--at", "2026-11-10"});
    const std::string reg = "001/PPID/XI/2026";
    const std::string err =
        "ppid: error: cannot object 001/PPID/XI/2026: it is unanswered and its response limit "
        "2026-11-24 has not passed; allowed now: respond, extend, withdraw\n";
    check_refused(box, {"object", reg, "--ground", "c"}, 69, err);
    check_refused(box, {"object", reg, "--ground", "a"}, 69, err);
    check_refused(box, {"object", reg, "--ground", "c", "--at", "2026-11-20"}, 69, err);
  }

  TEST_CASE("an objection to an unanswered request after the limit needs ground c") {
    Sandbox box;
    act(box, {"init"});
    act(box, {"request", "new", "--name", "Ani", "--info", "Data", "--at", "2026-11-02"});
    const std::string reg = "001/PPID/XI/2026";
    const std::string err =
        "ppid: error: cannot object 001/PPID/XI/2026: without a notice only ground c applies "
        "(the limit 2026-11-16 passed unanswered); allowed now: respond, object, withdraw\n";
    check_refused(box, {"object", reg, "--ground", "a"}, 69, err);
    check_refused(box, {"object", reg, "--ground", "a", "--ground", "e"}, 69, err);
    // The day the limit falls is not yet after it.
    check_refused(box, {"object", reg, "--ground", "c", "--at", "2026-11-16"}, 69,
                  "ppid: error: cannot object 001/PPID/XI/2026: it is unanswered and its response "
                  "limit 2026-11-16 has not passed; allowed now: respond, object, withdraw\n");
    CHECK(act(box, {"object", reg, "--ground", "c", "--at", "2026-11-17"})
              .starts_with("Objection 001/KEB/PPID/XI/2026 on 001/PPID/XI/2026 recorded on "
                           "2026-11-17\n  State: objection, awaiting superior\n"));
  }

  TEST_CASE("an objection after the 30-working-day window is refused unless --late-accepted") {
    Sandbox box;
    act(box, {"init"});
    // Answered 2026-09-03: the window ends 2026-10-15 (30 working days).
    for (const auto& name : {"Ani", "Budi"}) {
      act(box, {"request", "new", "--name", name, "--info", "Data", "--at", "2026-09-01"});
    }
    for (const auto& reg : {"001/PPID/IX/2026", "002/PPID/IX/2026"}) {
      act(box, {"respond", reg, "--decision", "refused", "--reason", "exempt", "--basis",
                "Pasal 17 huruf b", "--at", "2026-09-03"});
    }
    const std::string reg = "001/PPID/IX/2026";
    const std::string err =
        "ppid: error: cannot object 001/PPID/IX/2026: the objection window ended on 2026-10-15 "
        "(--late-accepted records that the body accepted it anyway); allowed now: object, "
        "withdraw\n";
    check_refused(box, {"object", reg, "--ground", "a"}, 69, err);
    check_refused(box, {"object", reg, "--ground", "a", "--at", "2026-10-16"}, 69, err);
    CHECK(act(box, {"object", reg, "--ground", "a", "--late-accepted", "--at", "2026-11-20"}) ==
          "Objection 001/KEB/PPID/XI/2026 on 001/PPID/IX/2026 recorded on 2026-11-20\n"
          "  State: objection, awaiting superior\n"
          "  Received 2026-09-01; day 0: 2026-09-01\n"
          "  Deadlines:\n"
          "    written notice (10 wd)                 2026-09-15  met on 2026-09-03\n"
          "    objection filing (30 wd)               2026-10-15  done on 2026-11-20, 26 working "
          "days late\n"
          "    superior's answer (30 wd)              2027-01-07  pending, 28 working days left\n");
    // The window's last day is within it.
    CHECK(act(box, {"object", "002/PPID/IX/2026", "--ground", "a", "--at", "2026-10-15"})
              .starts_with("Objection 002/KEB/PPID/X/2026 on 002/PPID/IX/2026 recorded on "
                           "2026-10-15\n"));
  }

  TEST_CASE("an objection on ground c runs from the response limit, and can be late too") {
    Sandbox box;
    act(box, {"init"});
    // Received 2026-09-01, never answered: the limit 2026-09-15, the window ends 2026-10-27.
    act(box, {"request", "new", "--name", "Ani", "--info", "Data", "--at", "2026-09-01"});
    const std::string reg = "001/PPID/IX/2026";
    check_refused(box, {"object", reg, "--ground", "c"}, 69,
                  "ppid: error: cannot object 001/PPID/IX/2026: the objection window ended on "
                  "2026-10-27 (--late-accepted records that the body accepted it anyway); allowed "
                  "now: respond, object, withdraw\n");
    CHECK(act(box, {"object", reg, "--ground", "c", "--late-accepted"})
              .starts_with("Objection 001/KEB/PPID/XI/2026 on 001/PPID/IX/2026 recorded on "
                           "2026-11-24\n"));
  }

  TEST_CASE("a dispute from an unanswered objection waits for the superior's 30 working days") {
    Sandbox box;
    act(box, {"init"});
    // Objection on 2026-10-01: the superior's limit is 2026-11-12.
    act(box, {"request", "new", "--name", "Ani", "--info", "Data", "--at", "2026-09-01"});
    const std::string reg = "001/PPID/IX/2026";
    act(box, {"respond", reg, "--decision", "refused", "--reason", "exempt", "--basis",
              "Pasal 17 huruf b", "--at", "2026-09-03"});
    act(box, {"object", reg, "--ground", "a", "--at", "2026-10-01"});
    // Today the limit's own day: escalate is not offered either.
    check_refused(box, {"escalate", reg, "--today", "2026-11-12"}, 69,
                  "ppid: error: cannot escalate 001/PPID/IX/2026: the superior's limit 2026-11-12 "
                  "has not passed; allowed now: object --answer, withdraw\n");
    // Today after the limit, but the filing dated on it.
    check_refused(box, {"escalate", reg, "--at", "2026-11-12"}, 69,
                  "ppid: error: cannot escalate 001/PPID/IX/2026: the superior's limit 2026-11-12 "
                  "has not passed; allowed now: object --answer, escalate, withdraw\n");
    CHECK(act(box, {"escalate", reg, "--at", "2026-11-13"}) ==
          "Dispute on 001/PPID/IX/2026 at the Information Commission recorded on 2026-11-13\n"
          "  State: dispute at the Commission\n"
          "  Received 2026-09-01; day 0: 2026-09-01\n"
          "  Deadlines:\n"
          "    written notice (10 wd)                 2026-09-15  met on 2026-09-03\n"
          "    objection filing (30 wd)               2026-10-15  met on 2026-10-01\n"
          "    superior's answer (30 wd)              2026-11-12  overdue by 8 working days\n"
          "    dispute filing (14 wd)                 2026-12-02  met on 2026-11-13\n"
          "    Commission starts (14 wd)              2026-12-03  pending, 7 working days left\n"
          "    Commission settles (100 wd)            2027-04-21  pending, 93 working days left\n");
  }
}
