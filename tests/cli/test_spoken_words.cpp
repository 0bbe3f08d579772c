// The words people type and read: Indonesian values on the command line as well as codes, and
// show's details in the reader's words. CSV and JSON keep the codes.

#include "support/desk.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>

using ppid::test::Desk;
using json = nlohmann::json;

TEST_SUITE("spoken words") {
  TEST_CASE("Indonesian values on the command line are stored as their codes") {
    Desk d;
    d.ok({"request", "new", "--name", "Yayasan Hijau", "--applicant-type", "badan hukum",
          "--channel", "surel", "--access", "salinan elektronik", "--delivery", "Surel", "--info",
          "Izin lingkungan", "--at", "2026-11-02T09:00"});
    d.ok({"respond", d.reg, "--decision", "ditolak", "--reason", "dikecualikan", "--basis",
          "Pasal 17 huruf b", "--at", "2026-11-05T10:00"});
    d.ok({"object", d.reg, "--ground", "a", "--at", "2026-11-09T10:00"});
    d.ok({"object", d.reg, "--answer", "menguatkan", "--at", "2026-11-16T10:00"});
    const auto c = d.shown();
    CHECK(c["applicant"]["type"] == "organization");
    CHECK(c["request"]["channel"] == "email");
    CHECK(c["request"]["access"] == "softcopy");
    CHECK(c["request"]["delivery"] == "email");
    CHECK(c["events"][1]["data"] == json::parse(R"({"decision": "refused", "reason": "exempt",
                          "basis": "Pasal 17 huruf b"})"));
    CHECK(c["events"][3]["data"]["answer"] == "upheld");
    const auto listed = d.run({"request", "list", "--state", "keberatan ditanggapi"});
    CHECK(listed.exit_code == 0);
    CHECK(listed.out.find("001/PPID/XI/2026") != std::string::npos);
  }

  TEST_CASE("a word that names no value is refused with the codes, nothing written") {
    Desk d;
    d.ok({"request", "new", "--name", "Budi", "--info", "Data", "--at", "2026-11-02T09:00"});
    d.refused({"respond", d.reg, "--decision", "tolakan", "--at", "2026-11-05T10:00"}, 64,
              "ppid: error: invalid decision: \"tolakan\"; allowed: granted, partial, refused\n");
    // A word of another vocabulary means nothing here.
    d.refused({"respond", d.reg, "--decision", "surel", "--at", "2026-11-05T10:00"}, 64,
              "ppid: error: invalid decision: \"surel\"; allowed: granted, partial, refused\n");
    d.refused({"request", "list", "--state", "hilang"}, 64,
              "ppid: error: invalid state: \"hilang\"; allowed: open, answered, objection, "
              "objection_answered, dispute, closed, withdrawn, court\n");
  }

  TEST_CASE("show lists what each act recorded as labelled words, in English and Indonesian") {
    Desk d;
    d.ok({"request", "new", "--name", "Budi", "--info", "Data anggaran", "--applicant-type",
          "group", "--channel", "desk", "--access", "hardcopy", "--delivery", "pickup", "--at",
          "2026-11-02T09:00"});
    d.ok({"respond", d.reg, "--decision", "partial", "--reason", "exempt", "--basis",
          "Pasal 17 huruf h", "--at", "2026-11-05T10:00"});
    d.ok({"deliver", d.reg, "--part", "--cost", "Rp 15.000", "--paid-by", "cash", "--at",
          "2026-11-06T11:00"});
    d.ok({"object", d.reg, "--ground", "a", "--ground", "f", "--at", "2026-11-09T10:00"});
    const auto en = d.run({"show", d.reg});
    REQUIRE(en.exit_code == 0);
    // From `heading` on, without the lines that say who recorded each act and when.
    const auto from = [](const std::string& out, const std::string& heading) {
      const auto at = out.find(heading);
      std::string kept;
      std::istringstream lines{at == std::string::npos ? std::string{} : out.substr(at)};
      for (std::string line; std::getline(lines, line);) {
        if (line.rfind("                    recorded ", 0) != 0) {
          kept += line + "\n";
        }
      }
      return kept;
    };
    CHECK(from(en.out, "Applicant\n") ==
          "Applicant\n"
          "  Name                       Budi\n"
          "  Type                       a group of people\n"
          "\n"
          "Request\n"
          "  Information requested      Data anggaran\n"
          "  Channel                    in person at the desk\n"
          "  Access                     printed copy (hardcopy)\n"
          "  Delivery                   collected in person\n"
          "  Objection number           001/KEB/PPID/XI/2026\n"
          "\n"
          "Events\n"
          "  2026-11-02T09:00  request received\n"
          "  2026-11-05T10:00  written notice\n"
          "                    Decision: granted in part\n"
          "                    Reason for refusal: exempt information\n"
          "                    Basis of the exemption: Pasal 17 huruf h\n"
          "  2026-11-06T11:00  information delivered\n"
          "                    Handed over: in part\n"
          "                    Form: printed copy (hardcopy)\n"
          "                    Delivered by: collected in person\n"
          "                    Cost: Rp 15.000\n"
          "                    Paid by: cash\n"
          "  2026-11-09T10:00  objection filed\n"
          "                    Objection number: 001/KEB/PPID/XI/2026\n"
          "                    Grounds: a \u2014 refusal based on an exemption (art. 17)\n"
          "                    Grounds: f \u2014 an unreasonable cost\n");
    const auto in_id = d.box.ppid({"show", d.reg, "--lang", "id"});
    REQUIRE(in_id.exit_code == 0);
    CHECK(in_id.out.find("  2026-11-05T10:00  pemberitahuan tertulis\n"
                         "                    Keputusan: dikabulkan sebagian\n"
                         "                    Alasan penolakan: informasi yang dikecualikan\n"
                         "                    Dasar pengecualian: Pasal 17 huruf h\n") !=
          std::string::npos);
    CHECK(
        in_id.out.find("                    Alasan keberatan: f \u2014 biaya yang tidak wajar\n") !=
        std::string::npos);
    CHECK(in_id.out.find("  Jenis pemohon              kelompok orang\n") != std::string::npos);
  }
}
