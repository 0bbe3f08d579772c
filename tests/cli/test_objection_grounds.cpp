#include "support/run_ppid.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using ppid::test::Sandbox;

namespace {

// A case file with one request received on Monday 2026-11-02 (limit 2026-11-16), today
// 2026-11-24 unless an act says otherwise.
struct OneRequest {
  Sandbox box;
  const std::string reg = "001/PPID/XI/2026";
  OneRequest() {
    REQUIRE(box.ppid({"init"}).exit_code == 0);
    REQUIRE(box.ppid({"request", "new", "--name", "Budi", "--info", "Data", "--at", "2026-11-02"})
                .exit_code == 0);
  }
  ppid::test::RunResult run(const std::vector<std::string>& args) const { return box.ppid(args); }
  std::string dump() const { return ppid::test::dump_case_file(box.path("ppid.sqlite")); }
};

}  // namespace

TEST_SUITE("objection grounds") {
  TEST_CASE("ground b needs no notice, and its window runs from when it arose") {
    OneRequest f;
    auto r = f.run({"object", f.reg, "--ground", "b", "--at", "2026-11-05"});
    CHECK(r.exit_code == 64);
    CHECK(r.err ==
          "ppid: error: ground b or g needs --arose; --arose DATE: when the ground arose (b: the "
          "date the applicant gives; g: when the information was delivered)\n");
    const auto before = f.dump();
    r = f.run({"object", f.reg, "--ground", "b", "--arose", "2026-09-01", "--at", "2026-11-05"});
    CHECK(r.exit_code == 69);
    CHECK(r.err ==
          "ppid: error: cannot object 001/PPID/XI/2026: the objection window ended on 2026-10-13 "
          "(--late-accepted records that the body accepted it anyway); allowed now: respond, "
          "object, withdraw\n");
    CHECK(f.dump() == before);
    r = f.run({"object", f.reg, "--ground", "b", "--arose", "2026-11-02", "--at", "2026-11-05"});
    CHECK(r.exit_code == 0);
    CHECK(
        r.out.starts_with("Objection 001/KEB/PPID/XI/2026 on 001/PPID/XI/2026 recorded on "
                          "2026-11-05\n"));
  }

  TEST_CASE("ground c does not apply to a request answered within its limit") {
    OneRequest f;
    REQUIRE(f.run({"respond", f.reg, "--decision", "granted", "--at", "2026-11-03"}).exit_code ==
            0);
    const auto before = f.dump();
    const auto r = f.run({"object", f.reg, "--ground", "c", "--at", "2026-11-10"});
    CHECK(r.exit_code == 69);
    CHECK(r.err ==
          "ppid: error: cannot object 001/PPID/XI/2026: it was answered on 2026-11-03, within its "
          "limit; ground c does not apply; allowed now: deliver, object, withdraw\n");
    CHECK(f.dump() == before);
  }

  TEST_CASE("ground c applies to a request answered after its limit") {
    OneRequest f;
    REQUIRE(f.run({"respond", f.reg, "--decision", "granted", "--at", "2026-11-18"}).exit_code ==
            0);
    CHECK(f.run({"object", f.reg, "--ground", "c", "--at", "2026-11-20"}).exit_code == 0);
  }

  TEST_CASE("without a notice, ground a cannot be added to ground c") {
    OneRequest f;
    const auto before = f.dump();
    const auto r = f.run({"object", f.reg, "--ground", "a", "--ground", "c", "--at", "2026-11-20"});
    CHECK(r.exit_code == 69);
    CHECK(r.err ==
          "ppid: error: cannot object 001/PPID/XI/2026: without a notice only ground c applies "
          "(the limit 2026-11-16 passed unanswered); allowed now: respond, object, withdraw\n");
    CHECK(f.dump() == before);
  }

  TEST_CASE("a dispute on ground a alone cannot end in mediation") {
    OneRequest f;
    REQUIRE(f.run({"respond", f.reg, "--decision", "refused", "--reason", "exempt", "--basis",
                   "Pasal 17 huruf h", "--at", "2026-11-03"})
                .exit_code == 0);
    REQUIRE(f.run({"object", f.reg, "--ground", "a", "--at", "2026-11-04"}).exit_code == 0);
    REQUIRE(f.run({"object", f.reg, "--answer", "upheld", "--at", "2026-11-05"}).exit_code == 0);
    REQUIRE(f.run({"escalate", f.reg, "--at", "2026-11-06"}).exit_code == 0);
    const auto before = f.dump();
    const auto r = f.run({"escalate", f.reg, "--outcome", "mediated", "--at", "2026-11-20"});
    CHECK(r.exit_code == 69);
    CHECK(r.err ==
          "ppid: error: cannot escalate --outcome mediated 001/PPID/XI/2026: the dispute since "
          "2026-11-06 is on ground a alone (an exemption), settled by adjudication, not "
          "mediation; allowed now: escalate --outcome, escalate --stage\n");
    CHECK(f.dump() == before);
    CHECK(f.run({"escalate", f.reg, "--outcome", "refused", "--at", "2026-11-20"}).exit_code == 0);
  }

  TEST_CASE("control characters in a text field are refused, never stored") {
    OneRequest f;
    const auto before = f.dump();
    const std::vector<std::string> names{"Budi\x1b[2J", "Budi\nSantoso",
                                         "Bu\x7f"
                                         "di"};
    for (const auto& name : names) {
      const auto r = f.run({"request", "new", "--name", name, "--info", "Data"});
      CHECK(r.exit_code == 64);
      CHECK(r.err ==
            "ppid: error: invalid name; no control characters (line breaks only in long text)\n");
    }
    CHECK(f.dump() == before);
    // A line break in long text is kept.
    CHECK(
        f.run({"request", "new", "--name", "Budi", "--info", "Baris satu\nBaris dua"}).exit_code ==
        0);
  }
}
