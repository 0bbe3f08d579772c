#include "support/desk.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

using ppid::test::Sandbox;

namespace {

// A case file with the default checklist ([requirements] left out); today is 2026-11-02, the
// day the requests are received.
struct Desk : ppid::test::Desk {
  Desk() : ppid::test::Desk("2026-11-02") {}
};

}  // namespace

TEST_SUITE("requirements") {
  TEST_CASE("what is missing at receipt is named from the checklist and handed in piece by piece") {
    Desk f;
    const auto registered =
        f.run({"request", "new", "--name", "Siti", "--info", "Data", "--proxy", "Andi", "--missing",
               "power-of-attorney,ktp", "--at", "2026-11-02T09:00"});
    CHECK(registered.exit_code == 0);
    CHECK(registered.out ==
          "Request registered: 001/PPID/XI/2026\n"
          "  State: awaiting the notice\n"
          "  Received 2026-11-02T09:00; day 0: 2026-11-02\n"
          "  Requirements missing: copy of the KTP, power of attorney\n"
          "  Deadlines:\n"
          "    written notice (10 wd)                 2026-11-16  pending, 10 working days left\n");
    CHECK(f.shown()["request"]["still_missing"] == nlohmann::json{"ktp", "power-of-attorney"});

    f.box.env["PPID_TODAY"] = "2026-11-04";
    const auto part =
        f.run({"request", "complete", f.reg, "--provided", "ktp", "--at", "2026-11-03"});
    CHECK(part.exit_code == 0);
    CHECK(part.out ==
          "Requirements of 001/PPID/XI/2026 handed in on 2026-11-03; still missing: power of "
          "attorney\n"
          "  State: awaiting the notice\n"
          "  Received 2026-11-02T09:00; day 0: 2026-11-02\n"
          "  Requirements missing: power of attorney\n"
          "  Deadlines:\n"
          "    written notice (10 wd)                 2026-11-16  pending, 8 working days left\n");
    auto json = f.shown();
    CHECK(json["request"]["still_missing"] == nlohmann::json{"power-of-attorney"});
    CHECK(!json["request"].contains("completed_at"));

    const auto rest = f.run({"request", "complete", f.reg, "--at", "2026-11-04"});
    CHECK(rest.exit_code == 0);
    CHECK(rest.out.find("001/PPID/XI/2026") != std::string::npos);
    json = f.shown();
    CHECK(!json["request"].contains("still_missing"));
    CHECK(json["request"]["completed_at"] == "2026-11-04");
    // The statutory limit still runs from receipt (art. 22(7)).
    CHECK(json["deadlines"][0]["due"] == "2026-11-16");
    CHECK(f.run({"show", f.reg}).out.find("Requirements missing") == std::string::npos);
  }

  TEST_CASE("a requirement not on the applicant's checklist is refused, the case file unchanged") {
    Desk f;
    const auto before = f.dump();
    const auto r = f.run({"request", "new", "--name", "Siti", "--info", "Data", "--missing", "deed",
                          "--at", "2026-11-02T09:00"});
    CHECK(r.exit_code == 64);
    CHECK(r.out == "");
    CHECK(r.err == "ppid: error: invalid missing: \"deed\"; allowed: form, ktp\n");
    CHECK(f.dump() == before);
    // An organisation has its own checklist; a proxy adds the power of attorney.
    f.ok({"request", "new", "--name", "LSM", "--applicant-type", "organization", "--info", "Data",
          "--missing", "deed,domicile", "--at", "2026-11-02T09:00"});
    CHECK(f.shown()["request"]["still_missing"] == nlohmann::json{"deed", "domicile"});
    f.refused({"request", "new", "--name", "Siti", "--info", "Data", "--missing",
               "power-of-attorney", "--at", "2026-11-02T09:00"},
              64, "ppid: error: invalid missing: \"power-of-attorney\"; allowed: form, ktp\n");
  }

  TEST_CASE("only what is still missing can be handed in") {
    Desk f;
    f.ok({"request", "new", "--name", "Siti", "--info", "Data", "--missing", "form,ktp", "--at",
          "2026-11-02T09:00"});
    f.box.env["PPID_TODAY"] = "2026-11-04";
    f.ok({"request", "complete", f.reg, "--provided", "form", "--at", "2026-11-03"});
    f.refused({"request", "complete", f.reg, "--provided", "form", "--at", "2026-11-04"}, 64,
              "ppid: error: invalid provided: \"form\"; allowed: ktp\n");
    // Naming every one still missing completes the request.
    f.ok({"request", "complete", f.reg, "--provided", "ktp", "--at", "2026-11-04"});
    CHECK(f.shown()["request"]["completed_at"] == "2026-11-04");
  }

  TEST_CASE("recorded incomplete without a list: complete it without --provided") {
    Desk f;
    f.ok({"request", "new", "--name", "Siti", "--info", "Data", "--incomplete", "--at",
          "2026-11-02T09:00"});
    CHECK(f.run({"show", f.reg}).out.find("  Requirements not yet complete\n") !=
          std::string::npos);
    f.box.env["PPID_TODAY"] = "2026-11-04";
    f.refused({"request", "complete", f.reg, "--provided", "ktp", "--at", "2026-11-03"}, 64,
              "ppid: error: invalid provided: \"ktp\"; the request was recorded incomplete "
              "without a list of requirements; leave out --provided\n");
  }

  TEST_CASE("a body's own checklist") {
    Desk f;
    const auto config =
        f.box.write("own.toml", "[requirements]\nperson = [\"ktp\", \"npwp\"]\nproxy = []\n");
    Sandbox other;
    other.env["PPID_LANG"] = "en";
    REQUIRE(other.ppid({"init", "--config", config.string()}).exit_code == 0);
    const auto r = other.ppid({"request", "new", "--name", "Siti", "--info", "Data", "--missing",
                               "npwp", "--at", "2026-11-02T09:00"});
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("  Requirements missing: npwp\n") != std::string::npos);
    const auto bad = other.ppid({"request", "new", "--name", "Siti", "--info", "Data", "--missing",
                                 "form", "--at", "2026-11-02T09:00"});
    CHECK(bad.exit_code == 64);
    CHECK(bad.err == "ppid: error: invalid missing: \"form\"; allowed: ktp, npwp\n");
  }
}
