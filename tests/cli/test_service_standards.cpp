// The service standards seen in the field (DOMAIN.md), each typed in end to end as its body would:
// every statutory limit is the law's whatever the body promises, and each target stands beside
// it. September to November 2026 has no holiday, so working days there are Monday to Friday;
// the Commission's 100 working days run on across Christmas, New Year and Idul Fitri 2027.

#include "support/desk.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

using ppid::test::Desk;
using json = nlohmann::json;
using Lines = std::vector<std::string>;

namespace {

// "kind due (duration) status[ on MET][ late N]" for every deadline of the case, in order.
Lines deadlines(const json& c) {
  Lines out;
  for (const auto& d : c["deadlines"]) {
    auto line = d["kind"].get<std::string>() + " " + d["due"].get<std::string>() + " (" +
                d["duration"].get<std::string>() + ") " + d["status"].get<std::string>();
    if (d.contains("met_on")) {
      line += " on " + d["met_on"].get<std::string>();
    }
    if (d.contains("working_days_late")) {
      line += " late " + std::to_string(d["working_days_late"].get<int>());
    }
    out.push_back(line);
  }
  return out;
}

}  // namespace

TEST_SUITE("service standards") {
  TEST_CASE(
      "Kab. Kotawaringin Barat: notice in 10 working days, the information handed over "
      "for a copying cost") {
    Desk d{"2026-11-24", "[targets]\nresponse = \"10 hk\"\n"};
    d.ok({"request", "new", "--name", "Budi", "--info", "Data anggaran", "--at",
          "2026-09-07T09:00"});
    d.reg = "001/PPID/IX/2026";
    d.ok({"respond", d.reg, "--decision", "granted", "--at", "2026-09-15T10:00"});
    d.ok({"deliver", d.reg, "--form", "hardcopy", "--channel", "pickup", "--cost", "Rp 10.000",
          "--paid-by", "cash", "--at", "2026-09-16T10:00"});
    const auto c = d.shown();
    CHECK(deadlines(c) == Lines{"response 2026-09-21 (10 wd) met on 2026-09-15",
                                "target 2026-09-21 (10 wd) met on 2026-09-15",
                                "objection_filing 2026-10-27 (30 wd) expired"});
    // Handing over is not a new state: the request stays answered, its delivery listed.
    CHECK(c["state"] == "answered");
    CHECK(c["deliveries"] == json::parse(R"([{"form": "hardcopy", "channel": "pickup",
      "cost": 10000, "paid_by": "cash", "delivered_at": "2026-09-16T10:00:00+07:00"}])"));
  }

  TEST_CASE("Kab. Pasuruan: 4 days promised, the law's 10 working days unchanged") {
    Desk d{"2026-11-24", "[targets]\nresponse = \"4 hari\"\n"};
    d.ok({"request", "new", "--name", "Sari", "--info", "Data jalan", "--at", "2026-09-07T09:00"});
    d.reg = "001/PPID/IX/2026";
    // Answered and handed over at once a week later, the fifth working day: late against the
    // promise of four days, well within the law.
    d.ok({"respond", d.reg, "--decision", "granted", "--delivered", "--at", "2026-09-14T10:00"});
    const auto c = d.shown();
    CHECK(deadlines(c) == Lines{"response 2026-09-21 (10 wd) met on 2026-09-14",
                                "target 2026-09-11 (4 d) late on 2026-09-14 late 1",
                                "objection_filing 2026-10-26 (30 wd) expired"});
    CHECK(c["deliveries"] ==
          json::parse(R"([{"cost": 0, "delivered_at": "2026-09-14T10:00:00+07:00"}])"));
    const auto overdue = d.run({"report", "overdue", "--format", "json"});
    CHECK(json::parse(overdue.out)["rows"] == json::array());
  }

  TEST_CASE(
      "Kab. Ketapang: sectoral statistics in 5 working days, routed to the unit that holds "
      "them") {
    Desk d{"2026-11-24",
           "[services.data-statistik]\ntitle = \"Data statistik sektoral\"\n"
           "target = \"5 hk\"\n"};
    d.ok({"request", "new", "--name", "Joko", "--info", "Statistik penduduk", "--service",
          "data-statistik", "--at", "2026-09-08T09:00"});
    d.reg = "001/PPID/IX/2026";
    d.ok({"assign", d.reg, "--to", "Bidang Statistik", "--target", "2 hk", "--at",
          "2026-09-08T10:00"});
    d.ok({"assign", d.reg, "--returned", "--at", "2026-09-10T15:00"});
    d.ok({"respond", d.reg, "--decision", "partial", "--reason", "exempt", "--basis",
          "Pasal 17 huruf h", "--at", "2026-09-14T10:00"});
    d.ok(
        {"deliver", d.reg, "--form", "softcopy", "--channel", "email", "--at", "2026-09-14T11:00"});
    const auto c = d.shown();
    CHECK(deadlines(c) == Lines{"response 2026-09-22 (10 wd) met on 2026-09-14",
                                "target 2026-09-15 (5 wd) met on 2026-09-14",
                                "objection_filing 2026-10-26 (30 wd) expired"});
    // The unit's own two working days stand with its assignment, not among the law's limits.
    const auto& assigned = c["assignments"];
    REQUIRE(assigned.size() == 1);
    CHECK(assigned[0]["unit"] == "Bidang Statistik");
    CHECK(assigned[0]["returned_at"] == "2026-09-10T15:00:00+07:00");
    CHECK(assigned[0]["target"]["due"] == "2026-09-10");
    CHECK(assigned[0]["target"]["status"] == "met");
    CHECK(c["deliveries"][0]["cost"] == 0);
  }

  TEST_CASE(
      "DPK Kalimantan Barat: the superior's answer promised in 7 working days does not "
      "shorten the applicant's way to the Commission") {
    Desk d{"2026-11-10", "[targets]\nobjection_answer = \"7 hk\"\n"};
    d.ok({"request", "new", "--name", "Dewi", "--info", "Kontrak pengadaan", "--at",
          "2026-09-07T09:00"});
    d.reg = "001/PPID/IX/2026";
    d.ok({"respond", d.reg, "--decision", "refused", "--reason", "exempt", "--basis",
          "Pasal 17 huruf b", "--at", "2026-09-14T10:00"});
    d.ok({"object", d.reg, "--ground", "a", "--at", "2026-09-21T10:00"});
    // Never answered: the window to the Commission runs from the end of the law's 30 working
    // days (2026-11-02), not from the target's 7.
    d.ok({"escalate", d.reg, "--commission", "KI Provinsi Kalimantan Barat", "--at",
          "2026-11-10T10:00"});
    const auto c = d.shown();
    CHECK(deadlines(c) == Lines{"response 2026-09-21 (10 wd) met on 2026-09-14",
                                "objection_filing 2026-10-26 (30 wd) met on 2026-09-21",
                                "objection_answer 2026-11-02 (30 wd) overdue late 6",
                                "objection_target 2026-09-30 (7 wd) overdue late 29",
                                "dispute_filing 2026-11-20 (14 wd) met on 2026-11-10",
                                "commission_start 2026-11-30 (14 wd) pending",
                                "commission_settlement 2027-04-16 (100 wd) pending"});
  }

  TEST_CASE(
      "Kab. Bengkalis: 10 working days, 17 with the extension, the objection in 30, the "
      "dispute in 14") {
    Desk d{"2026-11-24", "[targets]\nresponse = \"10 hk\"\nobjection_answer = \"30 hk\"\n"};
    d.ok({"request", "new", "--name", "Rudi", "--info", "Izin bangunan", "--at",
          "2026-09-07T09:00"});
    d.reg = "001/PPID/IX/2026";
    d.ok({"extend", d.reg, "--reason", "Informasi belum dikuasai", "--at", "2026-09-18T10:00"});
    d.ok({"respond", d.reg, "--decision", "granted", "--at", "2026-09-29T10:00"});
    d.ok({"deliver", d.reg, "--form", "hardcopy", "--channel", "post", "--cost", "Rp 25.000",
          "--paid-by", "transfer", "--at", "2026-09-30T10:00"});
    d.ok({"object", d.reg, "--ground", "f", "--at", "2026-10-01T10:00"});
    d.ok({"object", d.reg, "--answer", "upheld", "--at", "2026-10-20T10:00"});
    d.ok({"escalate", d.reg, "--commission", "KI Provinsi Riau", "--at", "2026-10-26T10:00"});
    const auto c = d.shown();
    CHECK(deadlines(c) == Lines{"response 2026-09-30 (10 wd + 7 wd) met on 2026-09-29",
                                "target 2026-09-21 (10 wd) late on 2026-09-29 late 6",
                                "objection_filing 2026-11-10 (30 wd) met on 2026-10-01",
                                "objection_answer 2026-11-12 (30 wd) met on 2026-10-20",
                                "objection_target 2026-11-12 (30 wd) met on 2026-10-20",
                                "dispute_filing 2026-11-09 (14 wd) met on 2026-10-26",
                                "commission_start 2026-11-13 (14 wd) overdue late 7",
                                "commission_settlement 2027-04-01 (100 wd) pending"});
    CHECK(c["delivery_cost"] == 25000);
  }
}
