#include "support/run_ppid.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

using nlohmann::json;
using ppid::test::Sandbox;

namespace {

const std::string k_reg = "001/PPID/XI/2026";

// Everything personal recorded about the case below; none of it may be published.
const std::vector<std::string> k_personal = {
    "Budi",         "Santoso",   "3201234567890001", "3201",    "********", "081234567890",
    "budi.santoso", "contoh.id", "Merdeka",          "Bandung", "Wartawan", "Siti Aminah",
    "Rahmat",       "Liputan",   "Dibahas",          "Diantar",
};

// A case with every personal field set: the request with an applicant's NIK, address, phone,
// e-mail, occupation, proxy and purpose; a refusal with a note; an objection through another
// proxy, with a note; the superior's answer. And a second request, by someone else.
struct Story {
  Sandbox box;

  Story() {
    box.env["PPID_TODAY"] = "2026-12-01";
    act({"init", "--agency", "Dinas Kominfo Kab. Contoh"});
    act({"request",      "new",
         "--name",       "Budi Santoso",
         "--info",       "Anggaran perjalanan dinas 2026",
         "--id-number",  "3201234567890001",
         "--phone",      "081234567890",
         "--email",      "budi.santoso@contoh.id",
         "--address",    "Jl. Merdeka No. 1, Bandung",
         "--occupation", "Wartawan Harian",
         "--proxy",      "Siti Aminah",
         "--purpose",    "Liputan anggaran daerah",
         "--channel",    "email",
         "--access",     "softcopy",
         "--delivery",   "email",
         "--at",         "2026-11-02T09:30"});
    act({"respond", k_reg, "--decision", "refused", "--reason", "exempt", "--basis",
         "Pasal 17 huruf h", "--note", "Dibahas dengan Budi Santoso", "--at", "2026-11-10"});
    act({"object", k_reg, "--ground", "a", "--proxy", "Rahmat Hidayat", "--note",
         "Diantar Rahmat Hidayat", "--at", "2026-11-16T10:00"});
    act({"object", k_reg, "--answer", "upheld", "--official", "Sekretaris Daerah", "--position",
         "Atasan PPID", "--at", "2026-11-27"});
    act({"request", "new", "--name", "Ani Lestari", "--info", "Data sekolah", "--at",
         "2026-11-03"});
  }

  std::string act(const std::vector<std::string>& args) const {
    const auto r = box.ppid(args);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return r.out;
  }
};

void check_nothing_personal(const std::string& out) {
  for (const auto& value : k_personal) {
    CAPTURE(value);
    CHECK(out.find(value) == std::string::npos);
  }
}

}  // namespace

TEST_SUITE("redact") {
  TEST_CASE("redact prints the case with no personal data and leaves the case file alone") {
    Story story;
    const auto before = ppid::test::dump_case_file(story.box.path("ppid.sqlite"));
    const auto r = story.box.ppid({"redact", k_reg});
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    CHECK(r.out ==
          "Request 001/PPID/XI/2026 (personal data removed)\n"
          "  State: objection answered\n"
          "  Received 2026-11-02T09:30; day 0: 2026-11-02\n"
          "  Deadlines:\n"
          "    written notice (10 wd)                 2026-11-16  met on 2026-11-10\n"
          "    objection filing (30 wd)               2026-12-22  met on 2026-11-16\n"
          "    superior's answer (30 wd)              2026-12-30  met on 2026-11-27\n"
          "    dispute filing (14 wd)                 2026-12-17  pending, 12 working days left\n"
          "\n"
          "Applicant\n"
          "  Name                       [redacted]\n"
          "  Type                       a person\n"
          "\n"
          "Request\n"
          "  Information requested      Anggaran perjalanan dinas 2026\n"
          "  Channel                    e-mail\n"
          "  Access                     electronic copy (softcopy)\n"
          "  Delivery                   e-mail\n"
          "  Objection number           001/KEB/PPID/XI/2026\n"
          "\n"
          "Events\n"
          "  2026-11-02T09:30  request received\n"
          "  2026-11-10        written notice\n"
          "                    Decision: refused\n"
          "                    Reason for refusal: exempt information\n"
          "                    Basis of the exemption: Pasal 17 huruf h\n"
          "  2026-11-16T10:00  objection filed\n"
          "                    Objection number: 001/KEB/PPID/XI/2026\n"
          "                    Grounds: a \u2014 refusal based on an exemption (art. 17)\n"
          "  2026-11-27        superior's answer\n"
          "                    Answer: upholds the PPID's decision\n"
          "                    Superior: Sekretaris Daerah\n"
          "                    Position: Atasan PPID\n");
    check_nothing_personal(r.out);
    // Who recorded each act is left out too.
    CHECK(r.out.find("recorded") == std::string::npos);
    // `show` still has it all: nothing was rewritten.
    const auto shown = story.act({"show", k_reg, "--unmasked"});
    CHECK(shown.find("3201234567890001") != std::string::npos);
    CHECK(shown.find("Dibahas dengan Budi Santoso") != std::string::npos);
    CHECK(ppid::test::dump_case_file(story.box.path("ppid.sqlite")) == before);
  }

  TEST_CASE("redact in Indonesian") {
    Story story;
    const auto r = story.box.ppid({"redact", k_reg}, {{"PPID_LANG", "id"}});
    CHECK(r.exit_code == 0);
    CHECK(r.out.starts_with("Permohonan 001/PPID/XI/2026 (tanpa data pribadi)\n"));
    CHECK(r.out.find("\n  Nama                       [disamarkan]\n") != std::string::npos);
    check_nothing_personal(r.out);
    CHECK(r.out.find("dicatat") == std::string::npos);
  }

  TEST_CASE("redact --format json: the shape of show, personal fields out") {
    Story story;
    const auto r = story.box.ppid({"redact", k_reg, "--format", "json"});
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    check_nothing_personal(r.out);
    const auto c = json::parse(r.out);
    const auto shown = json::parse(story.act({"show", k_reg, "--format", "json"}));
    for (const char* key :
         {"register_no", "objection_no", "state", "received_at", "day0", "deadlines"}) {
      CAPTURE(key);
      CHECK(c[key] == shown[key]);
    }
    CHECK(c["applicant"] == json{{"name", "[redacted]"}, {"type", "person"}});
    CHECK(c["request"] == json{{"info", "Anggaran perjalanan dinas 2026"},
                               {"channel", "email"},
                               {"access", "softcopy"},
                               {"delivery", "email"},
                               {"incomplete", false}});
    CHECK(c["decision"] == json{{"decision", "refused"},
                                {"reason", "exempt"},
                                {"basis", "Pasal 17 huruf h"},
                                {"answered_at", "2026-11-10"}});
    REQUIRE(c["events"].size() == 4);
    CHECK(c["events"][0] == json{{"id", 1},
                                 {"kind", "received"},
                                 {"happened_at", "2026-11-02T09:30:00+07:00"},
                                 {"data", json::object()}});
    CHECK(c["events"][2]["data"] == json{{"grounds", {"a"}},
                                         {"within_window", true},
                                         {"objection_no", "001/KEB/PPID/XI/2026"}});
    CHECK(c["events"][3]["data"] == json{{"answer", "upheld"},
                                         {"official", "Sekretaris Daerah"},
                                         {"position", "Atasan PPID"}});
    for (const auto& event : c["events"]) {
      CHECK(!event.contains("recorded_at"));
      CHECK(!event.contains("recorded_by"));
    }
    CHECK(c["redacted"] == true);
    const auto id = story.box.ppid({"redact", k_reg, "--format", "json"}, {{"PPID_LANG", "id"}});
    CHECK(json::parse(id.out)["applicant"]["name"] == "[disamarkan]");
  }

  TEST_CASE("redact of an unknown register number: exit 65, naming only the number") {
    Story story;
    const auto r = story.box.ppid({"redact", "999/PPID/XI/2026"});
    CHECK(r.exit_code == 65);
    CHECK(r.out == "");
    CHECK(r.err == "ppid: error: no request with this register number: \"999/PPID/XI/2026\"\n");
  }

  TEST_CASE("redact: usage errors and a missing case file") {
    Sandbox box;
    auto r = box.ppid({"redact"});
    CHECK(r.exit_code == 64);
    CHECK(r.err == "ppid: error: required option missing: \"register\"; see 'ppid --help'\n");
    r = box.ppid({"redact", k_reg, "--format", "csv"});
    CHECK(r.exit_code == 64);
    CHECK(r.err == "ppid: error: unknown output format: \"csv\"; allowed: text, json\n");
    r = box.ppid({"redact", k_reg});
    CHECK(r.exit_code == 66);
    CHECK(r.out == "");
  }

  TEST_CASE("redact: report register --anonymize replaces the name and drops the rest") {
    Story story;
    const auto r =
        story.box.ppid({"report", "register", "--year", "2026", "--format", "csv", "--anonymize"});
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    CHECK(r.out ==
          "Number,Received,Name,Address,Contact,Occupation,Information requested,Purpose,"
          "Information status,Form,Kind of request,Decision,Reason for refusal,Notice date,"
          "Information delivered,Cost,Extended,Working days\r\n"
          "001/PPID/XI/2026,\"Mon, 2026-11-02T09:30\",[redacted],,,,Anggaran perjalanan dinas "
          "2026,,held,softcopy,copy,refused,exempt (Pasal 17 huruf h),2026-11-10,,,no,6\r\n"
          "002/PPID/XI/2026,\"Tue, 2026-11-03\",[redacted],,,,Data sekolah,,,,,,,,,,no,\r\n");
    check_nothing_personal(r.out);
    check_nothing_personal(story.act({"report", "register", "--year", "2026", "--anonymize"}));
    const auto rows = json::parse(story.act(
        {"report", "register", "--year", "2026", "--format", "json", "--anonymize"}))["rows"];
    REQUIRE(rows.size() == 2);
    CHECK(rows[0]["name"] == "[redacted]");
    CHECK(rows[0]["occupation"] == "");
    CHECK(rows[0]["purpose"] == "");
    CHECK(rows[1]["name"] == "[redacted]");
  }

  TEST_CASE("redact: report objections --anonymize, and --anonymize excludes personal data") {
    Story story;
    const auto r =
        story.box.ppid({"report", "objections", "--year", "2026", "--format", "csv", "--anonymize"},
                       {{"PPID_LANG", "id"}});
    CHECK(r.exit_code == 0);
    CHECK(r.out.ends_with(
        "001/KEB/PPID/XI/2026,2026-11-16,[disamarkan],,001/PPID/XI/2026,Anggaran perjalanan "
        "dinas 2026,,a,upheld,\"Jumat, 2026-11-27\",Sekretaris Daerah (Atasan PPID),tidak,,\r\n"));
    check_nothing_personal(r.out);
    for (const char* personal : {"--show-personal-data", "--unmasked"}) {
      CAPTURE(personal);
      const auto refused = story.box.ppid({"report", "register", "--anonymize", personal});
      CHECK(refused.exit_code == 64);
      CHECK(refused.out == "");
      CHECK(refused.err == "ppid: error: option cannot be used with --anonymize: \"" +
                               std::string{personal} + "\"\n");
    }
  }
}
