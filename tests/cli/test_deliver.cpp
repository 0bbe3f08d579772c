#include "support/desk.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace {

// A case file with one request received on Monday 2026-11-02 (notice limit 2026-11-16), asked
// as a hard copy to be picked up; today is the Sandbox's 2026-11-24.
struct OneRequest : ppid::test::Desk {
  OneRequest() {
    ok({"request", "new", "--name", "Budi", "--info", "Data anggaran", "--access", "hardcopy",
        "--delivery", "pickup", "--at", "2026-11-02T09:00"});
  }
};

}  // namespace

TEST_SUITE("deliver") {
  TEST_CASE(
      "a delivery after a notice that grants: its form, channel and cost are the request's "
      "unless given") {
    OneRequest f;
    f.ok({"respond", f.reg, "--decision", "granted", "--at", "2026-11-05T10:00"});
    const auto r = f.run(
        {"deliver", f.reg, "--cost", "Rp 15.000", "--paid-by", "cash", "--at", "2026-11-06T11:00"});
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    CHECK(r.out ==
          "001/PPID/XI/2026: information delivered on 2026-11-06T11:00\n"
          "  State: answered\n"
          "  Received 2026-11-02T09:00; day 0: 2026-11-02\n"
          "  Information delivered in full 2026-11-06T11:00; cost Rp 15.000\n"
          "  Deadlines:\n"
          "    written notice (10 wd)                 2026-11-16  met on 2026-11-05\n"
          "    objection filing (30 wd)               2026-12-17  pending, 17 working days left\n");
    const auto json = f.shown();
    CHECK(json["delivered_at"] == "2026-11-06T11:00:00+07:00");
    CHECK(json["delivery_cost"] == 15000);
    REQUIRE(json["deliveries"].size() == 1);
    CHECK(json["deliveries"][0] == nlohmann::json::parse(R"({"form": "hardcopy",
      "channel": "pickup", "cost": 15000, "paid_by": "cash",
      "delivered_at": "2026-11-06T11:00:00+07:00"})"));
    const auto text = f.run({"show", f.reg});
    CHECK(text.out.find("  Information delivered in full 2026-11-06T11:00; cost Rp 15.000\n") !=
          std::string::npos);
  }

  TEST_CASE("a delivery in part may be followed by more; after the whole, no more") {
    OneRequest f;
    f.ok({"respond", f.reg, "--decision", "partial", "--reason", "exempt", "--basis",
          "Pasal 17 huruf h", "--at", "2026-11-05T10:00"});
    f.ok({"deliver", f.reg, "--part", "--form", "softcopy", "--channel", "email", "--at",
          "2026-11-05T10:30"});
    auto json = f.shown();
    CHECK(json["delivered_at"] == nullptr);
    CHECK(json["delivery_cost"] == 0);
    CHECK(f.run({"show", f.reg})
              .out.find("  Information delivered in part, last 2026-11-05T10:30\n") !=
          std::string::npos);
    f.ok({"deliver", f.reg, "--cost", "2000", "--at", "2026-11-09T08:00"});
    json = f.shown();
    CHECK(json["delivered_at"] == "2026-11-09T08:00:00+07:00");
    CHECK(json["delivery_cost"] == 2000);
    REQUIRE(json["deliveries"].size() == 2);
    CHECK(json["deliveries"][0]["part"] == true);
    CHECK(json["deliveries"][0]["form"] == "softcopy");
    CHECK(json["deliveries"][1]["form"] == "hardcopy");
    CHECK(json["deliveries"][1].contains("part") == false);
    f.refused({"deliver", f.reg, "--at", "2026-11-10T08:00"}, 69,
              "ppid: error: cannot deliver 001/PPID/XI/2026: the information was delivered in "
              "full on 2026-11-09; allowed now: object, withdraw\n");
  }

  TEST_CASE("no delivery before a notice, after a refusal or after a withdrawal") {
    OneRequest f;
    f.refused({"deliver", f.reg, "--at", "2026-11-03T10:00"}, 69,
              "ppid: error: cannot deliver 001/PPID/XI/2026: it awaits the written notice, due "
              "2026-11-16; allowed now: respond, object, withdraw\n");
    f.ok({"respond", f.reg, "--decision", "refused", "--reason", "not-held", "--at",
          "2026-11-05T10:00"});
    f.refused({"deliver", f.reg, "--at", "2026-11-06T10:00"}, 69,
              "ppid: error: cannot deliver 001/PPID/XI/2026: the written notice of 2026-11-05 "
              "gives no information (refused); allowed now: object, withdraw\n");
  }

  TEST_CASE("bad values: a cost that is no amount, a payment without a cost, an unknown form") {
    OneRequest f;
    f.ok({"respond", f.reg, "--decision", "granted", "--at", "2026-11-05T10:00"});
    f.refused({"deliver", f.reg, "--cost", "lima ribu"}, 64,
              "ppid: error: invalid cost: \"lima ribu\"; an amount in rupiah, e.g. "
              "15000, 15.000 or \"Rp 15.000\"\n");
    f.refused({"deliver", f.reg, "--paid-by", "cash"}, 64,
              "ppid: error: --paid-by goes only with a cost (--cost)\n");
    f.refused({"deliver", f.reg, "--form", "parchment"}, 64,
              "ppid: error: invalid form: \"parchment\"; allowed: see, read, listen, "
              "note, softcopy, hardcopy\n");
  }

  TEST_CASE("a notice may say the information is delivered at once: one act records both") {
    OneRequest f;
    const auto r = f.run({"respond", f.reg, "--decision", "granted", "--delivered", "--form",
                          "softcopy", "--channel", "email", "--at", "2026-11-05T10:00"});
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    const auto json = f.shown();
    CHECK(json["state"] == "answered");
    CHECK(json["delivered_at"] == "2026-11-05T10:00:00+07:00");
    REQUIRE(json["deliveries"].size() == 1);
    CHECK(json["deliveries"][0]["form"] == "softcopy");
    CHECK(json["deliveries"][0]["channel"] == "email");
    // Delivery options without --delivered, or --delivered with a refusal: nothing written.
    OneRequest g;
    g.refused({"respond", g.reg, "--decision", "granted", "--form", "softcopy"}, 64,
              "ppid: error: --form, --channel, --cost and --paid-by go only with --delivered\n");
    g.refused({"respond", g.reg, "--decision", "refused", "--reason", "not-held", "--delivered",
               "--at", "2026-11-05T10:00"},
              64, "ppid: error: --delivered goes only with --decision granted or partial\n");
  }

  TEST_CASE("the request register fills its delivery and cost columns") {
    OneRequest f;
    f.ok({"respond", f.reg, "--decision", "granted", "--at", "2026-11-05T10:00"});
    f.ok({"deliver", f.reg, "--cost", "15.000", "--paid-by", "transfer", "--at",
          "2026-11-06T11:00"});
    const auto r = f.run(
        {"report", "register", "--from", "2026-11-01", "--to", "2026-11-30", "--format", "json"});
    REQUIRE(r.exit_code == 0);
    const auto row = nlohmann::json::parse(r.out)["rows"][0];
    CHECK(row["delivered_date"] == "2026-11-06");
    CHECK(row["delivered_in_part"] == false);
    CHECK(row["cost"] == 15000);
    CHECK(row["paid_by"] == "transfer");
    const auto csv = f.run(
        {"report", "register", "--from", "2026-11-01", "--to", "2026-11-30", "--format", "csv"});
    REQUIRE(csv.exit_code == 0);
    CHECK(csv.out.find(",2026-11-05,2026-11-06,Rp 15.000 (bank transfer),no,") !=
          std::string::npos);
  }

  // Art. 12 asks for the time needed to fulfil each request: to the written notice and, apart,
  // to the delivery that completed it, both in working days from day 0.
  TEST_CASE("the annual report gives the time to the notice and the time to delivery, by band") {
    ppid::test::Desk d{"2026-11-30"};
    for (const auto* at : {"2026-11-02T09:00", "2026-11-02T10:00", "2026-11-03T10:00"}) {
      d.ok({"request", "new", "--name", "Budi", "--info", "Data", "--at", at});
    }
    // Noticed and delivered on the 2nd working day.
    d.ok({"respond", "001/PPID/XI/2026", "--decision", "granted", "--delivered", "--cost", "5000",
          "--paid-by", "cash", "--at", "2026-11-04T10:00"});
    // Noticed on the 5th, a part on the 6th, the rest on the 14th.
    d.ok({"respond", "002/PPID/XI/2026", "--decision", "partial", "--reason", "exempt", "--basis",
          "Pasal 17 huruf h", "--at", "2026-11-09T10:00"});
    d.ok({"deliver", "002/PPID/XI/2026", "--part", "--at", "2026-11-10T10:00"});
    d.ok({"deliver", "002/PPID/XI/2026", "--at", "2026-11-20T10:00"});
    // Noticed on the 10th, nothing delivered yet.
    d.ok({"respond", "003/PPID/XI/2026", "--decision", "granted", "--at", "2026-11-17T10:00"});

    const auto r = d.run({"report", "annual", "--year", "2026", "--format", "json"});
    REQUIRE(r.exit_code == 0);
    const auto report = nlohmann::json::parse(r.out);
    CHECK(report["time_to_answer"] == nlohmann::json::parse(R"({"answered": 3, "median": 5.0,
      "mean": 5.7, "p90": 10.0, "bands": {"<=5": 2, "6-10": 1, "11-17": 0, ">17": 0},
      "within_statutory": 3, "with_target": 0, "within_target": 0})"));
    CHECK(report["time_to_delivery"] == nlohmann::json::parse(R"({"delivered": 2, "median": 8.0,
      "mean": 8.0, "p90": 14.0, "bands": {"<=5": 1, "6-10": 0, "11-17": 1, ">17": 0},
      "delivered_in_part": 0, "cost": 5000})"));
    const auto text = d.run({"report", "annual", "--year", "2026"});
    REQUIRE(text.exit_code == 0);
    CHECK(text.out.find("  Time to delivery, median (working days)                      8.0\n"
                        "  Cost of copying and postage                             Rp 5.000\n") !=
          std::string::npos);
    CHECK(text.out.find("Time to delivery (working days)\n"
                        "  Item   Count\n"
                        "  <=5        1\n"
                        "  6-10       0\n"
                        "  11-17      1\n"
                        "  >17        0\n") != std::string::npos);
  }
}
