#include "support/run_ppid.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

using nlohmann::json;
using ppid::test::RunResult;
using ppid::test::Sandbox;

namespace {

using Args = std::vector<std::string>;
using Lines = std::vector<std::string>;

std::string example(const std::string& name) {
  return (ppid::test::source_dir() / "examples" / "import" / name).string();
}

// A sandbox holding an empty case file, made by `ppid init`.
struct Office {
  Sandbox box;

  Office() { REQUIRE(box.ppid({"init"}).exit_code == 0); }

  RunResult run(const Args& args, const std::string& input = {}) const {
    return box.ppid(args, {}, input);
  }

  // A command that must succeed; its standard output.
  std::string ok(const Args& args) const {
    const auto r = run(args);
    INFO(args.front() << ": " << r.err);
    REQUIRE(r.exit_code == 0);
    return r.out;
  }

  json show(const std::string& reg) const {
    return json::parse(ok({"show", reg, "--format", "json"}));
  }

  // The register numbers in the case file, in the order `request list` gives them.
  Lines numbers() const {
    Lines out;
    for (const auto& c : json::parse(ok({"request", "list", "--format", "json"}))) {
      out.push_back(c["register_no"].get<std::string>());
    }
    return out;
  }

  std::string dump() const { return ppid::test::dump_case_file(box.path("ppid.sqlite")); }
  std::string bytes() const { return ppid::test::read_file(box.path("ppid.sqlite")); }
};

// "kind: due status" for every deadline, in order (as in test_lifecycle.cpp).
Lines deadlines(const json& c) {
  Lines out;
  for (const auto& d : c["deadlines"]) {
    std::string line = d["kind"].get<std::string>() + ": " +
                       (d["due"].is_null() ? std::string{"-"} : d["due"].get<std::string>()) + " " +
                       d["status"].get<std::string>();
    if (d.contains("met_on")) {
      line += " on " + d["met_on"].get<std::string>();
    }
    if (d.contains("working_days_left")) {
      line += " left " + std::to_string(d["working_days_left"].get<int>());
    }
    if (d.contains("working_days_late")) {
      line += " late " + std::to_string(d["working_days_late"].get<int>());
    }
    if (d.value("extended", false)) {
      line += " extended";
    }
    if (d["provisional"].get<bool>()) {
      line += " provisional";
    }
    out.push_back(line);
  }
  return out;
}

// "kind happened_at data" for every event (the data's keys sorted).
Lines events(const json& c) {
  Lines out;
  for (const auto& e : c["events"]) {
    out.push_back(e["kind"].get<std::string>() + " " + e["happened_at"].get<std::string>() + " " +
                  e["data"].dump());
  }
  return out;
}

// The lines of `text`, sorted: a case file's content regardless of the order rows were written.
Lines sorted_lines(const std::string& text) {
  Lines out;
  std::istringstream in{text};
  for (std::string line; std::getline(in, line);) {
    out.push_back(line);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// A register as a clerk's form exports it: UTF-8 with a byte order mark, CRLF, ';' between
// columns, the usual Indonesian headers, a quoted address over two lines with doubled quotes and
// the separator, a blank line and a row of separators in the middle, padded and '-' cells, a date
// in every form registers use, and blank lines at the end. Lines: 1 header, 2-3 001, 4 002,
// 5 blank, 6 separators only, 7 003, 8 004, 9 005, 10 006, 11 007, 12 008, 13-14 blank.
const std::string k_messy =
    "\xEF\xBB\xBF"
    "Nomor Pendaftaran;Hari dan Tanggal Permohonan;Nama Pemohon;Alamat;Nomor Telepon;"
    "Informasi yang Diminta;Cara Permohonan;Tanggal Perpanjangan;Alasan Perpanjangan;"
    "Tanggal Pemberitahuan Tertulis;Keputusan;Alasan Penolakan;Dasar Pengecualian;"
    "Tanggal Pencabutan\r\n"
    "001/PPID/XI/2026;02/11/2026 09.30;  Budi Santoso  ;\"Jl. Mawar No. 1; RT 02/RW 03\r\n"
    "Kel. \"\"Sukamaju\"\", Bandung\";0812-3456-7890;\"Salinan \"\"DPA\"\" 2026; lampiran\";"
    "langsung;-;-;16-11-2026;dikabulkan;-;-;-\r\n"
    "002/PPID/XI/2026;03-11-2026 10.05 WIB;Siti Aminah;Jl. Melati 2;-;Data sekolah;surel;;;"
    "2026-11-17;Dikabulkan sebagian;;;\r\n"
    "\r\n"
    ";;;;;;;;;;;;;\r\n"
    "003/PPID/XI/2026;2026-11-04 09:30; Joko ;-;-;Data jalan;Laman;;;24 November 2026;ditolak;"
    "dikecualikan;Pasal 17 huruf h;\r\n"
    "004/PPID/XI/2026;5 November 2026;Dewi;-;-;Data pajak;pos;Kamis, 19 November 2026;"
    "Informasi belum dikuasai;;;;;\r\n"
    "005/PPID/XI/2026;6 Nov 2026;Eko;-;-;Data izin;;;;;;;;Senin, 9 November 2026\r\n"
    "006/PPID/XI/2026;Monday, 9 November 2026 09:30;Ani;-;-;Data pegawai;;;;13 Nov 2026;granted;"
    ";;\r\n"
    "007/PPID/X/2026;30 October 2026;Rudi;-;-;Data sungai;;;;Thursday, 12 November 2026;"
    "Granted in part;;;\r\n"
    "008/PPID/XI/2026;Selasa, 24 November 2026 pukul 14.15;Lina;-;-;Data pasar;;;;;;;;\r\n"
    "\r\n"
    "   \r\n";

// The same request as one clerk wrote it in Windows-1252 (é E9, ’ 92, “ 93, ” 94).
const std::string k_1252_name = "Jos\xE9 Ma\x92ruf";
const std::string k_1252_address = "Jl. Caf\xE9 1, Bandung";
const std::string k_1252_info =
    "Data \x93"
    "anggaran\x94 2026";

// A register with a problem in most rows, each of another kind. Lines: 1 header, 2 good (001),
// 3 blank, 4 impossible date, 5-7 a good record over three lines (003), 8 two-digit year,
// 9 weekday not matching, 10 unknown decision, 11 notice before the request, 12 ground c with a
// notice on time, 13 no name, 14 more columns than the header, 15 malformed quotes, 16 a date
// after today, 17 good (013).
const std::string k_bad =
    "Nomor Pendaftaran,Tanggal Permohonan,Nama Pemohon,Alamat,Informasi yang Diminta,"
    "Tanggal Pemberitahuan Tertulis,Keputusan,Tanggal Keberatan,Alasan Keberatan\n"
    "001/PPID/XI/2026,02/11/2026,Budi Santoso,Jl. Mawar 1,Data anggaran,16/11/2026,dikabulkan,,\n"
    "\n"
    "002/PPID/XI/2026,31/02/2026,Siti Aminah,,Data sekolah,,,,\n"
    "003/PPID/XI/2026,03/11/2026,Joko,\"Jl. Kenanga 3\nKel. Sukamaju\nBandung\",Data jalan,,,,\n"
    "004/PPID/XI/2026,04/11/26,Dewi,,Data pajak,,,,\n"
    "005/PPID/XI/2026,\"Senin, 24 November 2026\",Eko,,Data izin,,,,\n"
    "006/PPID/XI/2026,05/11/2026,Ani,,Data pegawai,19/11/2026,disetujui,,\n"
    "007/PPID/XI/2026,10/11/2026,Rudi,,Data sungai,09/11/2026,dikabulkan,,\n"
    "008/PPID/XI/2026,02/11/2026,Lina,,Data pasar,13/11/2026,dikabulkan,20/11/2026,c\n"
    "009/PPID/XI/2026,06/11/2026,,,Data pasar,,,,\n"
    "010/PPID/XI/2026,06/11/2026,Tono,,Data,,,,,catatan\n"
    "011/PPID/XI/2026,06/11/2026,\"Maya\" Sari,,Data,,,,\n"
    "012/PPID/XI/2026,25/11/2026,Wati,,Data,,,,\n"
    "013/PPID/XI/2026,09/11/2026,Yusuf,,Data,,,,\n";

const std::string k_bad_errors =
    "register.csv:4: Tanggal Permohonan: no such day in the calendar: \"31/02/2026\"\n"
    "register.csv:8: Tanggal Permohonan: a two-digit year is not guessed; write the four-digit "
    "year: \"04/11/26\"\n"
    "register.csv:9: Tanggal Permohonan: the weekday does not match the date: \"Senin, 24 "
    "November 2026\"\n"
    "register.csv:10: Keputusan: unknown value: \"disetujui\"; write one of: granted, partial, "
    "refused, or map it in [values.decision] of a mapping file (--mapping)\n"
    "register.csv:11: Tanggal Pemberitahuan Tertulis: time is before the case's last event "
    "(2026-11-10): \"2026-11-09\"\n"
    // The hint after ';' names the command-line acts of a case that is not in the file; kept as
    // ppid prints it today (see the report on this test file).
    "register.csv:12: Tanggal Keberatan: cannot object 008/PPID/XI/2026: it was answered on "
    "2026-11-13, within its limit; ground c does not apply\n"
    "register.csv:13: Nama Pemohon: required\n"
    "register.csv:14: this row has 10 columns, the header row only 9\n"
    "register.csv:15: malformed quotes: a closing quote must be followed by the separator or the "
    "end of the line; write a quote inside a field as \"\"\n"
    "register.csv:16: Tanggal Permohonan: time is after now (2026-11-24): \"2026-11-25\"\n";

// Two small registers for re-imports and conflicts.
const std::string k_two =
    "Nomor Pendaftaran,Tanggal Permohonan,Nama Pemohon,Informasi yang Diminta\n"
    "001/PPID/XI/2026,02/11/2026,Budi,Data anggaran\n"
    "002/PPID/XI/2026,03/11/2026,Siti,Data sekolah\n";

}  // namespace

TEST_SUITE("import") {
  TEST_CASE("import: the example register 2023-2026 with its mapping") {
    Office office;
    const auto r = office.run({"import", example("register-2023-2026.csv"), "--mapping",
                               example("register-mapping.toml")});
    CHECK(r.exit_code == 0);
    CHECK(r.out ==
          "Rows read              240\n"
          "Imported               240\n"
          "Already present          0\n"
          "Conflicts                0\n"
          "Rejected                 0\n"
          "Text was read as Windows-1252 and converted to UTF-8.\n"
          "Columns not used: Keterangan\n");
    CHECK(r.err == "");
    // 240 requests and 544 acts: each row's receipt and every date it fills in (counted in the
    // CSV independently of ppid).
    CHECK(office.ok({"verify"}) == "Case file sound: 240 cases, 544 events, chain intact.\n");

    // Deadlines computed by hand from holidays/*.toml (holidays and cuti bersama non-working;
    // day 0 is the receipt day, or the next working day when received on a closed day).
    SUBCASE("granted on time, received on Nyepi before Idul Fitri's days off") {
      // Received Thu 2026-03-19 (Nyepi); 03-20 cuti bersama, 03-21/22 Idul Fitri (a weekend),
      // 03-23/24 cuti bersama: day 0 is Wed 03-25; 10 wd → 04-09 (04-03 Good Friday skipped).
      const auto c = office.show("014/PPID/III/2026");
      CHECK(c["state"] == "answered");
      CHECK(c["received_at"] == "2026-03-19");
      CHECK(c["day0"] == "2026-03-25");
      CHECK(deadlines(c) == Lines{"response: 2026-04-09 met on 2026-04-07",
                                  "objection_filing: 2026-05-22 expired"});
      CHECK(c["decision"]["decision"] == "granted");
      CHECK(c["applicant"]["name"] == "Endang Rahmawati");
      CHECK(c["applicant"]["phone"] == "087893981908");
      CHECK(c["applicant"]["email"] == "endangrahmawati13@gmail.com");
      CHECK(c["request"]["channel"] == "web");
    }
    SUBCASE("extended, received on a Sunday") {
      // Received Sun 2026-01-04: day 0 Mon 01-05; 10 wd → 01-19; + 7 wd → 01-29 (01-16 Isra
      // Mikraj skipped).
      const auto c = office.show("001/PPID/I/2026");
      CHECK(c["day0"] == "2026-01-05");
      CHECK(deadlines(c) == Lines{"response: 2026-01-29 met on 2026-01-28 extended",
                                  "objection_filing: 2026-03-13 expired"});
      CHECK(events(c) ==
            Lines{"received 2026-01-04 {}",
                  R"(extended 2026-01-19 {"reason":"Informasi belum didokumentasikan"})",
                  R"(answered 2026-01-28 {"decision":"granted"})"});
    }
    SUBCASE("a late notice") {
      // Received Mon 2026-05-25; 05-27 Idul Adha, 05-28 its cuti bersama, 06-01 Pancasila: due
      // 06-11; answered 06-26, 10 working days late (06-16 Islamic New Year skipped).
      const auto c = office.show("024/PPID/V/2026");
      CHECK(deadlines(c) == Lines{"response: 2026-06-11 late on 2026-06-26 late 10",
                                  "objection_filing: 2026-08-07 expired"});
    }
    SUBCASE("refused as exempt, objection, the superior's answer, no dispute in time") {
      const auto c = office.show("046/PPID/IX/2026");
      CHECK(c["state"] == "objection_answered");
      CHECK(c["objection_no"] == "005/KEB/PPID/X/2026");
      CHECK(deadlines(c) == Lines{"response: 2026-10-12 met on 2026-10-08",
                                  "objection_filing: 2026-11-19 met on 2026-10-15",
                                  "objection_answer: 2026-11-26 met on 2026-11-03",
                                  "dispute_filing: 2026-11-23 expired"});
      CHECK(events(c) == Lines{
                             "received 2026-09-28 {}",
                             R"(answered 2026-10-08 {"basis":"Pasal 17 huruf h UU 14/2008",)"
                             R"("decision":"refused","reason":"exempt"})",
                             R"(objected 2026-10-15 {"grounds":["a"],)"
                             R"("objection_no":"005/KEB/PPID/X/2026","within_window":true})",
                             R"(objection_answered 2026-11-03 {"answer":"upheld"})",
                         });
    }
    SUBCASE("a dispute decided by the Commission") {
      const auto c = office.show("016/PPID/IV/2026");
      CHECK(c["state"] == "closed");
      CHECK(c["received_at"] == "2026-04-07T11:15:00+07:00");
      CHECK(c["objection_no"] == "003/KEB/PPID/IV/2026");
      CHECK(deadlines(c) == Lines{"response: 2026-04-21 met on 2026-04-14",
                                  "objection_filing: 2026-06-03 met on 2026-04-22",
                                  "objection_answer: 2026-06-11 met on 2026-05-05",
                                  "dispute_filing: 2026-05-29 met on 2026-05-07",
                                  "commission_start: 2026-06-03 void",
                                  "commission_settlement: 2026-10-06 late on 2026-10-14 late 6",
                                  "court_filing: 2026-11-03 expired"});
      CHECK(c["events"][5]["data"] == json{{"outcome", "refused"}});
    }
    SUBCASE("withdrawn before the notice") {
      const auto c = office.show("029/PPID/VI/2023");
      CHECK(c["state"] == "withdrawn");
      CHECK(deadlines(c) ==
            Lines{"response: 2023-07-10 void", "objection_filing: 2023-08-23 void"});
    }
    SUBCASE("still open") {
      const auto c = office.show("056/PPID/XI/2026");
      CHECK(c["state"] == "open");
      CHECK(deadlines(c) == Lines{"response: 2026-12-04 pending left 8"});
    }
    SUBCASE("ground c after a late notice, the superior never answered") {
      const auto c = office.show("020/PPID/IV/2025");
      CHECK(c["state"] == "objection");
      CHECK(deadlines(c) == Lines{"response: 2025-05-19 late on 2025-05-22 late 3",
                                  "objection_filing: 2025-07-07 met on 2025-06-30",
                                  "objection_answer: 2025-08-11 overdue late 313",
                                  "dispute_filing: 2025-09-01 expired"});
    }
    SUBCASE("the annual report of 2025") {
      // Counted in the CSV: 61 rows received in 2025; channels, decisions and reasons from
      // their cells; objections and disputes by the date they were filed.
      const auto report =
          json::parse(office.ok({"report", "annual", "--year", "2025", "--format", "json"}));
      const auto& requests = report["requests"];
      CHECK(requests["received"] == 61);
      CHECK(requests["by_month"] == json::parse(R"({"2025-01": 5, "2025-02": 5, "2025-03": 5,
        "2025-04": 5, "2025-05": 4, "2025-06": 5, "2025-07": 6, "2025-08": 5, "2025-09": 5,
        "2025-10": 6, "2025-11": 5, "2025-12": 5})"));
      CHECK(requests["by_channel"] ==
            json::parse(R"({"desk": 34, "email": 16, "web": 9, "post": 2, "fax": 0, "phone": 0})"));
      CHECK(requests["by_applicant_type"] ==
            json::parse(R"({"person": 61, "group": 0, "organization": 0})"));
      CHECK(requests["unanswered"] == 0);
      CHECK(requests["withdrawn"] == 0);
      CHECK(requests["extended"] == 4);
      CHECK(report["decisions"]["counts"] ==
            json::parse(R"({"granted": 43, "partial": 11, "refused": 7})"));
      CHECK(report["decisions"]["refusal_reasons"] ==
            json::parse(R"({"exempt": 3, "not-held": 2, "not-yet-held": 0, "not-documented": 1,
              "procedural": 1})"));
      CHECK(report["time_to_answer"]["answered"] == 61);
      CHECK(report["time_to_answer"]["bands"] ==
            json::parse(R"({"<=5": 12, "6-10": 41, "11-17": 7, ">17": 1})"));
      CHECK(report["time_to_answer"]["within_statutory"] == 57);
      CHECK(report["objections"]["filed"] == 9);
      CHECK(report["objections"]["by_ground"] ==
            json::parse(R"({"a": 1, "b": 0, "c": 2, "d": 5, "e": 3, "f": 0, "g": 0})"));
      CHECK(report["objections"]["answers"] ==
            json::parse(R"({"upheld": 2, "overturned": 6, "partial": 0, "unanswered": 1})"));
      CHECK(report["disputes"]["filed"] == 1);
      CHECK(report["disputes"]["outcomes"]["mediated"] == 1);
    }
  }

  TEST_CASE("import: a messy form export: UTF-8 with BOM, CRLF, semicolons, no mapping") {
    Office office;
    office.box.write("register.csv", k_messy);
    const auto before = office.bytes();
    const auto r = office.run({"import", "register.csv"});
    CHECK(r.exit_code == 0);
    CHECK(r.out ==
          "Rows read                8\n"
          "Imported                 8\n"
          "Already present          0\n"
          "Conflicts                0\n"
          "Rejected                 0\n");
    CHECK(r.err == "");
    CHECK(office.bytes() != before);
    CHECK(office.numbers() == Lines{"001/PPID/XI/2026", "002/PPID/XI/2026", "003/PPID/XI/2026",
                                    "004/PPID/XI/2026", "005/PPID/XI/2026", "006/PPID/XI/2026",
                                    "007/PPID/X/2026", "008/PPID/XI/2026"});

    const auto budi = office.show("001/PPID/XI/2026");
    CHECK(budi["received_at"] == "2026-11-02T09:30:00+07:00");
    CHECK(budi["applicant"] == json{{"name", "Budi Santoso"},
                                    {"type", "person"},
                                    {"address",
                                     "Jl. Mawar No. 1; RT 02/RW 03\nKel. \"Sukamaju\", "
                                     "Bandung"},
                                    {"phone", "0812-3456-7890"}});
    CHECK(budi["request"] == json{{"info", "Salinan \"DPA\" 2026; lampiran"},
                                  {"channel", "desk"},
                                  {"incomplete", false}});
    CHECK(deadlines(budi) == Lines{"response: 2026-11-16 met on 2026-11-16",
                                   "objection_filing: 2026-12-30 pending left 24"});
    CHECK(events(budi) == Lines{"received 2026-11-02T09:30:00+07:00 {}",
                                R"(answered 2026-11-16 {"decision":"granted"})"});

    const auto siti = office.show("002/PPID/XI/2026");
    CHECK(siti["received_at"] == "2026-11-03T10:05:00+07:00");
    CHECK(siti["applicant"] ==
          json{{"name", "Siti Aminah"}, {"type", "person"}, {"address", "Jl. Melati 2"}});
    CHECK(siti["request"]["channel"] == "email");
    CHECK(deadlines(siti) == Lines{"response: 2026-11-17 met on 2026-11-17",
                                   "objection_filing: 2026-12-31 pending left 25"});
    CHECK(siti["decision"]["decision"] == "partial");

    const auto joko = office.show("003/PPID/XI/2026");
    CHECK(joko["received_at"] == "2026-11-04T09:30:00+07:00");
    CHECK(joko["applicant"]["name"] == "Joko");
    CHECK(!joko["applicant"].contains("address"));
    CHECK(joko["request"]["channel"] == "web");
    CHECK(deadlines(joko) == Lines{"response: 2026-11-18 late on 2026-11-24 late 4",
                                   "objection_filing: 2027-01-11 pending left 30"});
    CHECK(events(joko)[1] == R"(answered 2026-11-24 {"basis":"Pasal 17 huruf h",)"
                             R"("decision":"refused","reason":"exempt"})");

    const auto dewi = office.show("004/PPID/XI/2026");
    CHECK(dewi["received_at"] == "2026-11-05");
    CHECK(dewi["request"]["channel"] == "post");
    CHECK(deadlines(dewi) == Lines{"response: 2026-11-30 pending left 4 extended"});
    CHECK(events(dewi)[1] == R"(extended 2026-11-19 {"reason":"Informasi belum dikuasai"})");

    const auto eko = office.show("005/PPID/XI/2026");
    CHECK(eko["received_at"] == "2026-11-06");
    CHECK(eko["state"] == "withdrawn");
    CHECK(events(eko) == Lines{"received 2026-11-06 {}", "withdrawn 2026-11-09 {}"});

    const auto ani = office.show("006/PPID/XI/2026");
    CHECK(ani["received_at"] == "2026-11-09T09:30:00+07:00");
    CHECK(deadlines(ani) == Lines{"response: 2026-11-23 met on 2026-11-13",
                                  "objection_filing: 2026-12-29 pending left 23"});

    const auto rudi = office.show("007/PPID/X/2026");
    CHECK(rudi["received_at"] == "2026-10-30");
    CHECK(events(rudi)[1] == R"(answered 2026-11-12 {"decision":"partial"})");

    const auto lina = office.show("008/PPID/XI/2026");
    CHECK(lina["received_at"] == "2026-11-24T14:15:00+07:00");
    CHECK(deadlines(lina) == Lines{"response: 2026-12-08 pending left 10"});
    CHECK(office.ok({"verify"}) == "Case file sound: 8 cases, 15 events, chain intact.\n");
  }

  TEST_CASE("import: English headers, ',' and LF, English dates and words") {
    Office office;
    office.box.write(
        "register.csv",
        "Register number,Date received,Name,Address,Phone,Information requested,Purpose,Channel,"
        "Extension date,Extension reason,Date of written notice,Decision,Reason for refusal,"
        "Held by,Date withdrawn\n"
        "101/PPID/XI/2026,\"Tuesday, 3 November 2026 09:30\",Agus Pranoto,\"Jl. Merdeka 5, "
        "Bandung\",+62 812 3456 7801,Budget 2026,Research,e-mail,,,17 November 2026,granted in "
        "full,,,\n"
        "102/PPID/XI/2026,4 Nov 2026,Maria Pereira,-,-,Road data,-,online,,,\"Wednesday, 18 "
        "November 2026\",refused,not held,Dinas PU,\n"
        "103/PPID/XI/2026,2026-11-05,Rina,-,-,Water data,-,post,\"Thursday, 19 November 2026\","
        "not yet documented,,,,,\n");
    const auto r = office.run({"import", "register.csv", "--format", "json"});
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    CHECK(json::parse(r.out) == json::parse(R"({"rows_read": 3, "imported": 3,
      "already_present": 0, "conflicts": 0, "rejected": 0, "errors": [], "written": true,
      "dry_run": false, "delimiter": ",", "converted_from_windows_1252": false,
      "unused_columns": []})"));
    const auto agus = office.show("101/PPID/XI/2026");
    CHECK(agus["received_at"] == "2026-11-03T09:30:00+07:00");
    CHECK(agus["applicant"] == json{{"name", "Agus Pranoto"},
                                    {"type", "person"},
                                    {"address", "Jl. Merdeka 5, Bandung"},
                                    {"phone", "+62 812 3456 7801"}});
    CHECK(agus["request"] == json{{"info", "Budget 2026"},
                                  {"purpose", "Research"},
                                  {"channel", "email"},
                                  {"incomplete", false}});
    CHECK(deadlines(agus) == Lines{"response: 2026-11-17 met on 2026-11-17",
                                   "objection_filing: 2026-12-31 pending left 25"});
    const auto maria = office.show("102/PPID/XI/2026");
    CHECK(maria["request"]["channel"] == "web");
    // 30 working days after 2026-11-18 skip 12-24, 12-25 and 2027-01-01.
    CHECK(deadlines(maria) == Lines{"response: 2026-11-18 met on 2026-11-18",
                                    "objection_filing: 2027-01-04 pending left 26"});
    CHECK(events(maria)[1] ==
          R"(answered 2026-11-18 {"decision":"refused","holder":"Dinas PU","reason":"not-held"})");
    const auto rina = office.show("103/PPID/XI/2026");
    CHECK(rina["request"]["channel"] == "post");
    CHECK(deadlines(rina) == Lines{"response: 2026-11-30 pending left 4 extended"});
    CHECK(events(rina)[1] == R"(extended 2026-11-19 {"reason":"not yet documented"})");
  }

  TEST_CASE("import: Windows-1252 text, comma-separated or tab-separated") {
    SUBCASE("comma-separated, CRLF, no byte order mark") {
      Office office;
      office.box.write("register.csv",
                       "Nomor Pendaftaran,Tanggal Permohonan,Nama Pemohon,Alamat,Informasi yang "
                       "Diminta\r\n001/PPID/XI/2026,02/11/2026," +
                           k_1252_name + ",\"" + k_1252_address + "\"," + k_1252_info + "\r\n");
      const auto r = office.run({"import", "register.csv"});
      CHECK(r.exit_code == 0);
      CHECK(r.out ==
            "Rows read                1\n"
            "Imported                 1\n"
            "Already present          0\n"
            "Conflicts                0\n"
            "Rejected                 0\n"
            "Text was read as Windows-1252 and converted to UTF-8.\n");
      CHECK(r.err == "");
      const auto c = office.show("001/PPID/XI/2026");
      CHECK(c["applicant"]["name"] == "José Ma’ruf");
      CHECK(c["applicant"]["address"] == "Jl. Café 1, Bandung");
      CHECK(c["request"]["info"] == "Data “anggaran” 2026");
    }
    SUBCASE("tab-separated with --delimiter tab, a comma inside a cell") {
      Office office;
      office.box.write("register.tsv",
                       "Nomor Pendaftaran\tTanggal Permohonan\tNama Pemohon\tAlamat\tInformasi "
                       "yang Diminta\n001/PPID/XI/2026\t02/11/2026\t" +
                           k_1252_name + "\t" + k_1252_address + "\t" + k_1252_info + "\n");
      const auto r =
          office.run({"import", "register.tsv", "--delimiter", "tab", "--format", "json"});
      CHECK(r.exit_code == 0);
      CHECK(r.err == "");
      const auto out = json::parse(r.out);
      CHECK(out["imported"] == 1);
      CHECK(out["delimiter"] == "\t");
      CHECK(out["converted_from_windows_1252"] == true);
      const auto c = office.show("001/PPID/XI/2026");
      CHECK(c["applicant"]["name"] == "José Ma’ruf");
      CHECK(c["applicant"]["address"] == "Jl. Café 1, Bandung");
      CHECK(c["request"]["info"] == "Data “anggaran” 2026");
    }
    SUBCASE("a byte Windows-1252 does not define is a problem of its row") {
      Office office;
      office.box.write("register.csv",
                       "Nomor Pendaftaran,Tanggal Permohonan,Nama Pemohon,Informasi yang Diminta\n"
                       "001/PPID/XI/2026,02/11/2026,A\x81"
                       "b,Data\n");
      const auto r = office.run({"import", "register.csv"});
      CHECK(r.exit_code == 65);
      CHECK(r.err ==
            "register.csv:2: text is neither UTF-8 nor Windows-1252; save the file as CSV UTF-8\n");
    }
  }

  TEST_CASE("import: bad rows with --on-error abort write nothing") {
    Office office;
    office.box.write("register.csv", k_bad);
    const auto bytes = office.bytes();
    const auto dump = office.dump();
    const auto files = ppid::test::listing(office.box.dir());
    SUBCASE("abort is the default") {
      const auto r = office.run({"import", "register.csv"});
      CHECK(r.exit_code == 65);
      CHECK(r.err == k_bad_errors);
      CHECK(r.out ==
            "Rows read                 13\n"
            "Would be imported          3\n"
            "Already present            0\n"
            "Conflicts                  0\n"
            "Rejected                  10\n"
            "Nothing was written: 10 rows have problems and --on-error is abort. Fix them, or use "
            "--on-error skip to import the good rows.\n");
    }
    SUBCASE("abort named") {
      const auto r = office.run({"import", "register.csv", "--on-error", "abort"});
      CHECK(r.exit_code == 65);
      CHECK(r.err == k_bad_errors);
    }
    CHECK(office.bytes() == bytes);
    CHECK(office.dump() == dump);
    // No write-ahead log left holding the rows either.
    CHECK(ppid::test::listing(office.box.dir()) == files);
    CHECK(office.numbers().empty());
    CHECK(office.ok({"verify"}) == "Case file sound: 0 cases, 0 events, chain intact.\n");
  }

  TEST_CASE("import: a quote left open") {
    Office office;
    std::string text =
        "Nomor Pendaftaran,Tanggal Permohonan,Nama Pemohon,Informasi yang Diminta\n"
        "001/PPID/XI/2026,02/11/2026,Budi,Data\n"
        "002/PPID/XI/2026,02/11/2026,\"Siti,Data\n"
        "003/PPID/XI/2026,03/11/2026,Joko,Data\n";
    std::string error;
    SUBCASE("to the end of the file") {
      error = "register.csv:3: a quoted field is not closed before the end of the file\n";
    }
    SUBCASE("for more than 1 MiB: reading stops there") {
      for (int i = 4; i < 20000; ++i) {
        text += std::to_string(i) + "/PPID/XI/2026,03/11/2026,Nama " + std::to_string(i) +
                ",Data sekolah dan data lainnya\n";
      }
      REQUIRE(text.size() > (1U << 20));
      error = "register.csv:3: row longer than 1 MiB (a quote left open?); reading stops here\n";
    }
    office.box.write("register.csv", text);
    const auto r = office.run({"import", "register.csv", "--on-error", "skip"});
    CHECK(r.exit_code == 65);
    CHECK(r.err == error);
    CHECK(r.out ==
          "Rows read                2\n"
          "Imported                 1\n"
          "Already present          0\n"
          "Conflicts                0\n"
          "Rejected                 1\n"
          "1 row with a problem was skipped; the others were imported.\n");
    CHECK(office.numbers() == Lines{"001/PPID/XI/2026"});
  }

  TEST_CASE("import: bad rows with --on-error skip import the good ones") {
    Office office;
    office.box.write("register.csv", k_bad);
    const auto r = office.run({"import", "register.csv", "--on-error", "skip"});
    CHECK(r.exit_code == 65);
    CHECK(r.err == k_bad_errors);
    CHECK(r.out ==
          "Rows read               13\n"
          "Imported                 3\n"
          "Already present          0\n"
          "Conflicts                0\n"
          "Rejected                10\n"
          "10 rows with problems were skipped; the others were imported.\n");
    CHECK(office.numbers() == Lines{"001/PPID/XI/2026", "003/PPID/XI/2026", "013/PPID/XI/2026"});
    CHECK(office.show("003/PPID/XI/2026")["applicant"]["address"] ==
          "Jl. Kenanga 3\nKel. Sukamaju\nBandung");
    CHECK(office.ok({"verify"}) == "Case file sound: 3 cases, 4 events, chain intact.\n");
  }

  TEST_CASE("import: --format json reports every count and error, nothing on stderr") {
    Office office;
    office.box.write("register.csv", k_bad);
    const auto dump = office.dump();
    const auto r = office.run({"import", "register.csv", "--format", "json"});
    CHECK(r.exit_code == 65);
    CHECK(r.err == "");
    CHECK(r.out == R"json({
  "rows_read": 13,
  "imported": 3,
  "already_present": 0,
  "conflicts": 0,
  "rejected": 10,
  "errors": [
    {
      "line": 4,
      "field": "Tanggal Permohonan",
      "message": "no such day in the calendar: \"31/02/2026\""
    },
    {
      "line": 8,
      "field": "Tanggal Permohonan",
      "message": "a two-digit year is not guessed; write the four-digit year: \"04/11/26\""
    },
    {
      "line": 9,
      "field": "Tanggal Permohonan",
      "message": "the weekday does not match the date: \"Senin, 24 November 2026\""
    },
    {
      "line": 10,
      "field": "Keputusan",
      "message": "unknown value: \"disetujui\"; write one of: granted, partial, refused, or map it in [values.decision] of a mapping file (--mapping)"
    },
    {
      "line": 11,
      "field": "Tanggal Pemberitahuan Tertulis",
      "message": "time is before the case's last event (2026-11-10): \"2026-11-09\""
    },
    {
      "line": 12,
      "field": "Tanggal Keberatan",
      "message": "cannot object 008/PPID/XI/2026: it was answered on 2026-11-13, within its limit; ground c does not apply"
    },
    {
      "line": 13,
      "field": "Nama Pemohon",
      "message": "required"
    },
    {
      "line": 14,
      "field": "",
      "message": "this row has 10 columns, the header row only 9"
    },
    {
      "line": 15,
      "field": "",
      "message": "malformed quotes: a closing quote must be followed by the separator or the end of the line; write a quote inside a field as \"\""
    },
    {
      "line": 16,
      "field": "Tanggal Permohonan",
      "message": "time is after now (2026-11-24): \"2026-11-25\""
    }
  ],
  "written": false,
  "dry_run": false,
  "delimiter": ",",
  "converted_from_windows_1252": false,
  "unused_columns": []
}
)json");
    CHECK(office.dump() == dump);

    SUBCASE("with --on-error skip and --dry-run") {
      const auto skipped =
          office.run({"import", "register.csv", "--format", "json", "--on-error", "skip"});
      CHECK(skipped.exit_code == 65);
      const auto out = json::parse(skipped.out);
      CHECK(out["written"] == true);
      CHECK(out["imported"] == 3);
      CHECK(out["errors"].size() == 10);
      CHECK(office.numbers().size() == 3);
      const auto again = office.run({"import", "register.csv", "--format", "json", "--dry-run"});
      CHECK(again.exit_code == 65);
      const auto dry = json::parse(again.out);
      CHECK(dry["dry_run"] == true);
      CHECK(dry["written"] == false);
      CHECK(dry["imported"] == 0);
      CHECK(dry["already_present"] == 3);
      CHECK(dry["rejected"] == 10);
    }
  }

  TEST_CASE("import: --dry-run checks a good file and writes nothing") {
    Office office;
    office.box.write("register.csv", k_messy);
    const auto bytes = office.bytes();
    const auto files = ppid::test::listing(office.box.dir());
    const auto r = office.run({"import", "register.csv", "--dry-run"});
    CHECK(r.exit_code == 0);
    CHECK(r.out ==
          "Rows read                  8\n"
          "Would be imported          8\n"
          "Already present            0\n"
          "Conflicts                  0\n"
          "Rejected                   0\n"
          "Dry run: nothing was written.\n");
    CHECK(r.err == "");
    CHECK(office.bytes() == bytes);
    CHECK(ppid::test::listing(office.box.dir()) == files);
    CHECK(office.numbers().empty());
  }

  TEST_CASE("import: the same file twice adds nothing the second time") {
    Office office;
    office.box.write("register.csv", k_messy);
    REQUIRE(office.run({"import", "register.csv"}).exit_code == 0);
    const auto bytes = office.bytes();
    const auto dump = office.dump();
    const auto r = office.run({"import", "register.csv"});
    CHECK(r.exit_code == 0);
    CHECK(r.out ==
          "Rows read                8\n"
          "Imported                 0\n"
          "Already present          8\n"
          "Conflicts                0\n"
          "Rejected                 0\n");
    CHECK(r.err == "");
    CHECK(office.dump() == dump);
    CHECK(office.bytes() == bytes);

    SUBCASE("also after an act typed since: the register's history is a prefix of the case") {
      office.ok(
          {"respond", "008/PPID/XI/2026", "--decision", "granted", "--at", "2026-11-24T15:00"});
      const auto typed = office.dump();
      const auto again = office.run({"import", "register.csv", "--format", "json"});
      CHECK(again.exit_code == 0);
      CHECK(json::parse(again.out)["already_present"] == 8);
      CHECK(office.dump() == typed);
    }
  }

  TEST_CASE("import: a number already in the case file with other content is a conflict") {
    Office office;
    office.box.write("first.csv", k_two);
    REQUIRE(office.run({"import", "first.csv"}).exit_code == 0);
    office.box.write("second.csv",
                     "Nomor Pendaftaran,Tanggal Permohonan,Nama Pemohon,Informasi yang Diminta\n"
                     "001/PPID/XI/2026,02/11/2026,Budi,Data anggaran\n"
                     "002/PPID/XI/2026,03/11/2026,Siti Aminah,Data sekolah\n"
                     "003/PPID/XI/2026,04/11/2026,Joko,Data jalan\n");
    const auto dump = office.dump();
    const std::string conflict =
        "second.csv:3: Nomor Pendaftaran: number 002/PPID/XI/2026 is already in the case file "
        "with other content; not overwritten (compare with: ppid show 002/PPID/XI/2026)\n";
    SUBCASE("abort") {
      const auto r = office.run({"import", "second.csv"});
      CHECK(r.exit_code == 65);
      CHECK(r.err == conflict);
      CHECK(r.out ==
            "Rows read                  3\n"
            "Would be imported          1\n"
            "Already present            1\n"
            "Conflicts                  1\n"
            "Rejected                   0\n"
            "Nothing was written: 1 row has a problem and --on-error is abort. Fix it, or use "
            "--on-error skip to import the good rows.\n");
      CHECK(office.dump() == dump);
    }
    SUBCASE("skip: the other rows are imported, the case is left as it was") {
      const auto r = office.run({"import", "second.csv", "--on-error", "skip"});
      CHECK(r.exit_code == 65);
      CHECK(r.err == conflict);
      CHECK(r.out ==
            "Rows read                3\n"
            "Imported                 1\n"
            "Already present          1\n"
            "Conflicts                1\n"
            "Rejected                 0\n"
            "1 row with a problem was skipped; the others were imported.\n");
      CHECK(office.numbers() == Lines{"001/PPID/XI/2026", "002/PPID/XI/2026", "003/PPID/XI/2026"});
    }
    const auto siti = office.show("002/PPID/XI/2026");
    CHECK(siti["applicant"]["name"] == "Siti");
    CHECK(events(siti) == Lines{"received 2026-11-03 {}"});
  }

  TEST_CASE("import: a number twice in one file with other content is named as such") {
    Office office;
    office.box.write("register.csv",
                     "Nomor Pendaftaran,Tanggal Permohonan,Nama Pemohon,Informasi yang Diminta\n"
                     "001/PPID/XI/2026,02/11/2026,Budi,Data\n"
                     "001/PPID/XI/2026,02/11/2026,Budi,Data\n"
                     "001/PPID/XI/2026,02/11/2026,Siti,Data\n");
    const auto before = office.dump();
    const auto r = office.run({"import", "register.csv"});
    CHECK(r.exit_code == 65);
    CHECK(r.err ==
          "register.csv:4: Nomor Pendaftaran: number 001/PPID/XI/2026 already appears earlier in "
          "this file with other content\n");
    CHECK(r.out ==
          "Rows read                  3\n"
          "Would be imported          1\n"
          "Already present            1\n"
          "Conflicts                  1\n"
          "Rejected                   0\n"
          "Nothing was written: 1 row has a problem and --on-error is abort. Fix it, or use "
          "--on-error skip to import the good rows.\n");
    CHECK(office.dump() == before);
  }

  TEST_CASE("import: a late objection is refused unless the register says it was accepted") {
    Office office;
    const std::string header =
        "Nomor Pendaftaran,Tanggal Permohonan,Nama Pemohon,Informasi yang Diminta,"
        "Tanggal Pemberitahuan Tertulis,Keputusan,Tanggal Keberatan,Alasan Keberatan";
    office.box.write("late.csv", header +
                                     "\n001/PPID/VIII/2026,03/08/2026,Budi,Data,05/08/2026,"
                                     "sebagian,20/11/2026,d\n");
    auto r = office.run({"import", "late.csv"});
    CHECK(r.exit_code == 65);
    CHECK(r.err ==
          "late.csv:2: Tanggal Keberatan: cannot object 001/PPID/VIII/2026: the objection window "
          "ended on 2026-09-18 (write yes in a late_accepted column when the body accepted it "
          "anyway)\n");
    office.box.write("accepted.csv", header +
                                         ",Keberatan Terlambat Diterima\n001/PPID/VIII/2026,"
                                         "03/08/2026,Budi,Data,05/08/2026,sebagian,20/11/2026,d,"
                                         "ya\n");
    r = office.run({"import", "accepted.csv"});
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    CHECK(office.show("001/PPID/VIII/2026")["state"] == "objection");
  }

  TEST_CASE("import: a title row above the header, with the separator found below it") {
    Office office;
    office.box.write("map.toml", "[csv]\nskip_rows = 1\n");
    office.box.write("register.csv",
                     "BUKU REGISTER PERMOHONAN INFORMASI 2026\n"
                     "\n"
                     "Nomor Pendaftaran;Tanggal Permohonan;Nama Pemohon;Informasi yang Diminta\n"
                     "001/PPID/XI/2026;02/11/2026;Budi, S.H.;Data\n");
    const auto r = office.run({"import", "register.csv", "--mapping", "map.toml"});
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    CHECK(office.show("001/PPID/XI/2026")["applicant"]["name"] == "Budi, S.H.");
  }

  TEST_CASE("import: --encoding utf-8 on a Windows-1252 file says what to do") {
    Office office;
    office.box.write("register.csv",
                     "Nomor Pendaftaran,Tanggal Permohonan,Nama Pemohon,Informasi yang Diminta\n"
                     "001/PPID/XI/2026,02/11/2026,Jos\xe9,Data\n");
    const auto r = office.run({"import", "register.csv", "--encoding", "utf-8"});
    CHECK(r.exit_code == 65);
    CHECK(r.err ==
          "register.csv:2: text is not UTF-8; use --encoding auto or windows-1252 when the file "
          "was saved as plain CSV\n");
  }

  TEST_CASE("import: register and objection numbers continue after the imported ones") {
    SUBCASE("a small register up to 012/PPID/XI/2026") {
      Office office;
      office.box.write(
          "register.csv",
          "Nomor Pendaftaran,Tanggal Permohonan,Nama Pemohon,Informasi yang Diminta,"
          "Tanggal Pemberitahuan Tertulis,Keputusan,Tanggal Keberatan,Alasan Keberatan,"
          "Nomor Keberatan\n"
          "001/PPID/XI/2026,02/11/2026,Budi,Data,05/11/2026,sebagian,10/11/2026,d,\n"
          "002/PPID/XI/2026,02/11/2026,Siti,Data,05/11/2026,sebagian,11/11/2026,d,"
          "004/KEB/PPID/XI/2026\n"
          "012/PPID/XI/2026,03/11/2026,Joko,Data,,,,,\n");
      REQUIRE(office.run({"import", "register.csv"}).exit_code == 0);
      CHECK(office.show("001/PPID/XI/2026")["objection_no"] == "001/KEB/PPID/XI/2026");
      CHECK(office.show("002/PPID/XI/2026")["objection_no"] == "004/KEB/PPID/XI/2026");
      CHECK(
          office.ok({"request", "new", "--name", "Dewi", "--info", "Data", "--at", "2026-11-24"}) ==
          "Request registered: 013/PPID/XI/2026\n"
          "  State: awaiting the notice\n"
          "  Received 2026-11-24; day 0: 2026-11-24\n"
          "  Deadlines:\n"
          "    written notice (10 wd)                 2026-12-08  pending, 10 working days "
          "left\n");
      office.ok({"respond", "013/PPID/XI/2026", "--decision", "partial", "--at", "2026-11-24"});
      CHECK(office.ok({"object", "013/PPID/XI/2026", "--ground", "d", "--at", "2026-11-24"})
                .starts_with("Objection 005/KEB/PPID/XI/2026 on 013/PPID/XI/2026 recorded on "
                             "2026-11-24\n"));
      CHECK(office.ok({"verify"}) == "Case file sound: 4 cases, 10 events, chain intact.\n");
    }
    SUBCASE("an objection without a number after one with a number takes the next") {
      Office office;
      office.box.write("register.csv",
                       "Nomor Pendaftaran,Tanggal Permohonan,Nama Pemohon,Informasi yang Diminta,"
                       "Tanggal Pemberitahuan Tertulis,Keputusan,Nomor Keberatan,"
                       "Tanggal Keberatan,Alasan Keberatan\n"
                       "001/PPID/XI/2026,02/11/2026,Budi,Data,05/11/2026,sebagian,"
                       "004/KEB/PPID/XI/2026,10/11/2026,d\n"
                       "002/PPID/XI/2026,02/11/2026,Siti,Data,05/11/2026,sebagian,,11/11/2026,d\n");
      REQUIRE(office.run({"import", "register.csv"}).exit_code == 0);
      CHECK(office.show("002/PPID/XI/2026")["objection_no"] == "005/KEB/PPID/XI/2026");
    }
    SUBCASE("the example register") {
      Office office;
      REQUIRE(office
                  .run({"import", example("register-2023-2026.csv"), "--mapping",
                        example("register-mapping.toml")})
                  .exit_code == 0);
      // The last row of 2026 is 056/PPID/XI/2026; five objections were filed in 2026.
      CHECK(office.ok({"request", "new", "--name", "Dewi", "--info", "Data", "--at", "2026-11-24"})
                .starts_with("Request registered: 057/PPID/XI/2026\n"));
      office.ok({"respond", "057/PPID/XI/2026", "--decision", "partial", "--at", "2026-11-24"});
      CHECK(office.ok({"object", "057/PPID/XI/2026", "--ground", "d", "--at", "2026-11-24"})
                .starts_with("Objection 006/KEB/PPID/XI/2026 on 057/PPID/XI/2026"));
    }
  }

  TEST_CASE("import: '-' reads standard input") {
    Office office;
    SUBCASE("a good register") {
      const auto r = office.run({"import", "-"}, k_two);
      CHECK(r.exit_code == 0);
      CHECK(r.out ==
            "Rows read                2\n"
            "Imported                 2\n"
            "Already present          0\n"
            "Conflicts                0\n"
            "Rejected                 0\n");
      CHECK(r.err == "");
      CHECK(office.numbers() == Lines{"001/PPID/XI/2026", "002/PPID/XI/2026"});
    }
    SUBCASE("its rows are named stdin:LINE") {
      const auto r = office.run({"import", "-", "--on-error", "skip"}, k_bad);
      CHECK(r.exit_code == 65);
      std::string expected = k_bad_errors;
      for (auto at = expected.find("register.csv:"); at != std::string::npos;
           at = expected.find("register.csv:", at)) {
        expected.replace(at, std::string{"register.csv"}.size(), "stdin");
      }
      CHECK(r.err == expected);
      CHECK(office.numbers() == Lines{"001/PPID/XI/2026", "003/PPID/XI/2026", "013/PPID/XI/2026"});
    }
    SUBCASE("nothing at all") {
      const auto r = office.run({"import", "-"});
      CHECK(r.exit_code == 65);
      CHECK(r.err == "ppid: error: stdin: the file has no header row\n");
    }
  }

  TEST_CASE("import: files, mappings and options that are refused change nothing") {
    Office office;
    const auto dump = office.dump();
    SUBCASE("a missing file") {
      const auto r = office.run({"import", "nope.csv"});
      CHECK(r.exit_code == 66);
      CHECK(r.out == "");
      CHECK(r.err == "ppid: error: cannot read file: \"nope.csv\"\n");
    }
    SUBCASE("a directory") {
      std::filesystem::create_directory(office.box.path("register.csv"));
      const auto r = office.run({"import", "register.csv"});
      CHECK(r.exit_code == 66);
      CHECK(r.out == "");
      CHECK(r.err == "ppid: error: cannot read file: \"register.csv\"\n");
    }
    SUBCASE("a mapping with an unknown key") {
      office.box.write("register.csv", k_two);
      office.box.write("mapping.toml",
                       "[columns]\nname = \"Nama Pemohon\"\n\n[csv]\nseparator = "
                       "\";\"\n");
      const auto r = office.run({"import", "register.csv", "--mapping", "mapping.toml"});
      CHECK(r.exit_code == 78);
      CHECK(r.out == "");
      CHECK(r.err ==
            "ppid: error: mapping.toml:5:1: unknown key: \"csv.separator\"; allowed: delimiter, "
            "encoding, skip_rows\n");
    }
    SUBCASE("a mapping that names an unknown field") {
      office.box.write("register.csv", k_two);
      office.box.write("mapping.toml", "[columns]\nnama = \"Nama Pemohon\"\n");
      const auto r = office.run({"import", "register.csv", "--mapping", "mapping.toml"});
      CHECK(r.exit_code == 78);
      CHECK(r.err.starts_with(
          "ppid: error: mapping.toml:2:1: unknown key: \"columns.nama\"; allowed: register_no, "
          "received, name, "));
    }
    SUBCASE("a mapping naming a column the file does not have") {
      office.box.write("register.csv", k_two);
      office.box.write("mapping.toml", "[columns]\nname = \"Nama Lengkap\"\n");
      const auto r = office.run({"import", "register.csv", "--mapping", "mapping.toml"});
      CHECK(r.exit_code == 65);
      CHECK(r.out == "");
      CHECK(r.err ==
            "ppid: error: register.csv:1: the column the mapping names for name is not in the "
            "header row: \"Nama Lengkap\"\n");
    }
    SUBCASE("a header without a required column") {
      office.box.write("register.csv", "Nomor Pendaftaran,Tanggal Permohonan,Nama Pemohon\n");
      const auto r = office.run({"import", "register.csv"});
      CHECK(r.exit_code == 65);
      CHECK(r.err ==
            "ppid: error: register.csv:1: no column for info; name its column in [columns] of a "
            "mapping file (--mapping)\n");
    }
    SUBCASE("an empty file") {
      office.box.write("register.csv", "");
      const auto r = office.run({"import", "register.csv"});
      CHECK(r.exit_code == 65);
      CHECK(r.out == "");
      CHECK(r.err == "ppid: error: register.csv: the file has no header row\n");
    }
    SUBCASE("a file of blank lines") {
      office.box.write("register.csv", "\r\n  \r\n\r\n");
      const auto r = office.run({"import", "register.csv"});
      CHECK(r.exit_code == 65);
      CHECK(r.err == "ppid: error: register.csv: the file has no header row\n");
    }
    SUBCASE("--on-error maybe") {
      office.box.write("register.csv", k_two);
      const auto r = office.run({"import", "register.csv", "--on-error", "maybe"});
      CHECK(r.exit_code == 64);
      CHECK(r.out == "");
      CHECK(r.err == "ppid: error: invalid on-error: \"maybe\"; allowed: abort, skip\n");
    }
    SUBCASE("--encoding latin-1") {
      office.box.write("register.csv", k_two);
      const auto r = office.run({"import", "register.csv", "--encoding", "latin-1"});
      CHECK(r.exit_code == 64);
      CHECK(r.err ==
            "ppid: error: invalid encoding: \"latin-1\"; allowed: auto, utf-8, windows-1252\n");
    }
    SUBCASE("--delimiter '|'") {
      office.box.write("register.csv", k_two);
      const auto r = office.run({"import", "register.csv", "--delimiter", "|"});
      CHECK(r.exit_code == 64);
      CHECK(r.err == "ppid: error: invalid separator: \"|\"; allowed: ',', ';', tab\n");
    }
    CHECK(office.dump() == dump);
  }

  TEST_CASE("import: a mapping with column numbers, month-first dates, own words, defaults") {
    Office office;
    office.box.write("mapping.toml",
                     "[csv]\nskip_rows = 1\n\n[dates]\norder = \"month-first\"\n\n"
                     "[columns]\nregister_no = 1\nreceived = \"Tgl\"\nname = 3\n"
                     "info = \"Permintaan\"\nanswered = \"Jawab\"\ndecision = \"Hasil\"\n\n"
                     "[values.decision]\n\"OK\" = \"granted\"\n\"Tolak (rahasia)\" = { decision = "
                     "\"refused\", reason = \"exempt\", basis = \"Pasal 17 huruf h\" }\n\n"
                     "[defaults]\nchannel = \"email\"\napplicant_type = \"organization\"\n");
    office.box.write("register.csv",
                     "REGISTER PERMOHONAN 2026;;;;;;\n"
                     "No;Tgl;Pemohon;Permintaan;Jawab;Hasil;Catatan\n"
                     "A-1;11/02/2026 09:30;LSM Contoh;Data;11/16/2026;ok;-\n"
                     "A-2;11/03/2026;LSM Lain;Data;11/17/2026;tolak  (RAHASIA);-\n");
    const auto r = office.run({"import", "register.csv", "--mapping", "mapping.toml"});
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    CHECK(r.out ==
          "Rows read                2\n"
          "Imported                 2\n"
          "Already present          0\n"
          "Conflicts                0\n"
          "Rejected                 0\n"
          "Columns not used: Catatan\n");
    const auto a1 = office.show("A-1");
    CHECK(a1["received_at"] == "2026-11-02T09:30:00+07:00");
    CHECK(a1["applicant"] == json{{"name", "LSM Contoh"}, {"type", "organization"}});
    CHECK(a1["request"]["channel"] == "email");
    CHECK(deadlines(a1)[0] == "response: 2026-11-16 met on 2026-11-16");
    const auto a2 = office.show("A-2");
    CHECK(a2["decision"] == json{{"decision", "refused"},
                                 {"reason", "exempt"},
                                 {"basis", "Pasal 17 huruf h"},
                                 {"answered_at", "2026-11-17"}});
    // Numbers outside the body's format leave its sequence where it was.
    CHECK(office.ok({"request", "new", "--name", "Dewi", "--info", "Data", "--at", "2026-11-24"})
              .starts_with("Request registered: 001/PPID/XI/2026\n"));
  }

  TEST_CASE("import: an imported case is the case the commands would have recorded") {
    // One row telling a whole history, and the same history typed act by act.
    Office imported;
    imported.box.write(
        "register.csv",
        "Nomor Pendaftaran;Tanggal Permohonan;Nama Pemohon;NIK;Jenis Pemohon;Alamat;Telepon;Email;"
        "Pekerjaan;Informasi yang Diminta;Tujuan;Cara Permohonan;Bentuk Informasi;Cara "
        "Pengiriman;Kuasa;Tanggal Lengkap;Tanggal Perpanjangan;Alasan Perpanjangan;Tanggal "
        "Pemberitahuan;Keputusan;Alasan Penolakan;Dasar Pengecualian;Tanggal Keberatan;Alasan "
        "Keberatan;Tanggapan Atasan PPID;Tanggal Tanggapan Atasan PPID;Nama Atasan PPID;Jabatan "
        "Atasan PPID;Tanggal Sengketa;Komisi Informasi;Hasil Sengketa;Tanggal Putusan Sengketa\n"
        "001/PPID/IV/2026;07/04/2026 11.15;Nurhalimah Lubis;1371014507950001;perorangan;\"Jl. "
        "Kapten Tendean No. 117\nPadang\";0816 4123 7630;nurhalimah@example.id;Mahasiswa;Laporan "
        "dana BOS 2025;Penelitian tesis;datang langsung;salinan elektronik;surel;LBH Padang;"
        "08/04/2026;20/04/2026;Belum diputuskan apakah dikecualikan;28/04/2026;ditolak;"
        "dikecualikan;Pasal 17 huruf b;04/05/2026;a;menguatkan;25/05/2026;Sekretaris Daerah;"
        "Atasan PPID;02/06/2026;Komisi Informasi Provinsi Sumatera Barat;ditolak;14/10/2026\n");
    const auto r = imported.run({"import", "register.csv"});
    CHECK(r.err == "");
    REQUIRE(r.exit_code == 0);

    Office typed;
    const std::string reg = "001/PPID/IV/2026";
    typed.ok({"request",          "new",
              "--name",           "Nurhalimah Lubis",
              "--id-number",      "1371014507950001",
              "--applicant-type", "person",
              "--address",        "Jl. Kapten Tendean No. 117\nPadang",
              "--phone",          "0816 4123 7630",
              "--email",          "nurhalimah@example.id",
              "--occupation",     "Mahasiswa",
              "--info",           "Laporan dana BOS 2025",
              "--purpose",        "Penelitian tesis",
              "--channel",        "desk",
              "--access",         "softcopy",
              "--delivery",       "email",
              "--proxy",          "LBH Padang",
              "--incomplete",     "--at",
              "2026-04-07T11:15"});
    typed.ok({"request", "complete", reg, "--at", "2026-04-08"});
    typed.ok(
        {"extend", reg, "--reason", "Belum diputuskan apakah dikecualikan", "--at", "2026-04-20"});
    typed.ok({"respond", reg, "--decision", "refused", "--reason", "exempt", "--basis",
              "Pasal 17 huruf b", "--at", "2026-04-28"});
    typed.ok({"object", reg, "--ground", "a", "--at", "2026-05-04"});
    typed.ok({"object", reg, "--answer", "upheld", "--official", "Sekretaris Daerah", "--position",
              "Atasan PPID", "--at", "2026-05-25"});
    typed.ok({"escalate", reg, "--commission", "Komisi Informasi Provinsi Sumatera Barat", "--at",
              "2026-06-02"});
    typed.ok({"escalate", reg, "--outcome", "refused", "--at", "2026-10-14"});

    auto mine = imported.show(reg);
    auto theirs = typed.show(reg);
    CHECK(mine["state"] == "closed");
    CHECK(mine["request"]["incomplete"] == true);
    CHECK(mine["events"].size() == 8);
    // Both were recorded today by the same account, so even the recorded_* fields agree; they
    // are left out all the same: the history is what must be the same.
    for (auto* c : {&mine, &theirs}) {
      for (auto& e : (*c)["events"]) {
        e.erase("recorded_at");
        e.erase("recorded_by");
      }
    }
    CHECK(mine.dump(2) == theirs.dump(2));
    CHECK(imported.ok({"request", "list", "--format", "json"}) ==
          typed.ok({"request", "list", "--format", "json"}));
    // The same rows in both case files: events with their hash chain, deadlines, sequences.
    CHECK(sorted_lines(imported.dump()) == sorted_lines(typed.dump()));
  }

  // The request register as the Perki template heads it, exported from a spreadsheet: no
  // mapping, no channel column, its own words in the cells.
  TEST_CASE("import: a Perki-template register, every column, no mapping") {
    Office office;
    office.box.write(
        "register.csv",
        "No.;Tgl;Nama;Alamat;Nomor Kontak;Pekerjaan;Informasi yang Diminta;Tujuan Penggunaan "
        "Informasi;Status Informasi;Bentuk Informasi yang Dikuasai;Jenis Permohonan;Keputusan;"
        "Alasan Penolakan;Hari dan Tanggal Pemberitahuan Tertulis;Hari dan Tanggal Pemberian "
        "Informasi;Biaya dan Cara Pembayaran\n"
        "001/PPID/X/2026;Kamis, 1 Oktober 2026;Budi Santoso;Jl. Mawar 1;0812-3456-7801;"
        "Wiraswasta;Anggaran dinas 2026;Penelitian;Dikuasai;Softcopy;Meminta salinan;Dikabulkan "
        "seluruhnya;-;Selasa, 6 Oktober 2026;Rabu, 7 Oktober 2026;Rp 5.000, tunai\n"
        "002/PPID/X/2026;2 Oktober 2026;Siti Aminah;-;-;Guru;Daftar sekolah;-;Dikuasai;Hardcopy;"
        "Melihat/mengetahui;Dikabulkan sebagian;-;Rabu, 14 Oktober 2026;-;Gratis\n"
        "003/PPID/X/2026;5 Oktober 2026;Joko Widodo;-;-;Wartawan;Kontrak pengadaan;-;Dikuasai;"
        "Softcopy;Meminta salinan;Ditolak;Informasi dikecualikan Pasal 17 huruf h;16 Oktober "
        "2026;-;-\n"
        "004/PPID/X/2026;6 Oktober 2026;Dewi Lestari;-;-;-;Data kesehatan;-;Tidak dikuasai, "
        "dikuasai oleh BPS;-;-;Ditolak;-;8 Oktober 2026;-;-\n");
    const auto r = office.run({"import", "register.csv", "--format", "json"});
    CHECK(r.err == "");
    REQUIRE(r.exit_code == 0);
    const auto report = json::parse(r.out);
    CHECK(report["imported"] == 4);
    CHECK(report["errors"] == json::array());
    CHECK(report["unused_columns"] == json::array());

    const auto budi = office.show("001/PPID/X/2026");
    CHECK(budi["applicant"]["phone"] == "0812-3456-7801");
    // No channel column: not claimed to be the desk.
    CHECK(budi["request"] == json{{"info", "Anggaran dinas 2026"},
                                  {"purpose", "Penelitian"},
                                  {"channel", "unknown"},
                                  {"access", "softcopy"},
                                  {"held_form", "softcopy"},
                                  {"incomplete", false}});
    CHECK(events(budi) ==
          Lines{R"(received 2026-10-01 {})", R"(answered 2026-10-06 {"decision":"granted"})",
                R"(delivered 2026-10-07 {"cost":5000,"form":"softcopy","paid_by":"cash"})"});
    const auto siti = office.show("002/PPID/X/2026");
    CHECK(siti["request"]["access"] == "see");
    CHECK(siti["request"]["held_form"] == "hardcopy");
    const auto joko = office.show("003/PPID/X/2026");
    CHECK(
        events(joko)[1] ==
        R"(answered 2026-10-16 {"basis":"Pasal 17 huruf h","decision":"refused","reason":"exempt"})");
    const auto dewi = office.show("004/PPID/X/2026");
    CHECK(events(dewi)[1] ==
          R"(answered 2026-10-08 {"decision":"refused","holder":"BPS","reason":"not-held"})");

    // The register gives back what the paper said, column by column.
    const auto reg =
        json::parse(office.ok({"report", "register", "--year", "2026", "--format", "json"}));
    Lines rows;
    for (const auto& row : reg["rows"]) {
      std::string line;
      for (const char* key :
           {"register_no", "info_status", "holder", "form", "kind", "decision", "refusal_reason",
            "basis", "notice_date", "delivered_date", "cost", "paid_by"}) {
        line += (line.empty() ? "" : "|") +
                (row[key].is_string() ? row[key].get<std::string>() : row[key].dump());
      }
      rows.push_back(line);
    }
    CHECK(rows ==
          Lines{"001/PPID/X/2026|held||softcopy|copy|granted|||2026-10-06|2026-10-07|5000|cash",
                "002/PPID/X/2026|held||hardcopy|see|partial|||2026-10-14|null|0|",
                "003/PPID/X/2026|held||softcopy|copy|refused|exempt|Pasal 17 huruf "
                "h|2026-10-16|null|0|",
                "004/PPID/X/2026|not-held|BPS|||refused|not-held||2026-10-08|null|0|"});
  }

  TEST_CASE("import: a Perki-template register's errors name its columns, never options") {
    Office office;
    office.box.write(
        "register.csv",
        "No.;Tgl;Nama;Informasi yang Diminta;Status Informasi;Bentuk Informasi yang Dikuasai;"
        "Jenis Permohonan;Keputusan;Alasan Penolakan;Hari dan Tanggal Pemberitahuan Tertulis;"
        "Biaya\n"
        "001/PPID/X/2026;1/10/2026;Budi;Data;Dikuasai;-;-;Ditolak;Dikecualikan;6/10/2026;-\n"
        "002/PPID/X/2026;1/10/2026;Siti;Data;Tidak dikuasai;-;-;Dikabulkan;-;6/10/2026;-\n"
        "003/PPID/X/2026;1/10/2026;Joko;Data;-;-;Meminta salinan;-;-;-;-\n"
        "004/PPID/X/2026;1/10/2026;Dewi;Data;Dikuasai;-;-;Ditolak;-;6/10/2026;-\n"
        "005/PPID/X/2026;1/10/2026;Eko;Data;-;-;-;Dikabulkan;-;6/10/2026;Rp 5.000\n"
        "006/PPID/X/2026;1/10/2026;Rudi;Data;-;-;-;Dikabulkan;-;6/10/2026;lima ribu\n");
    const auto before = office.bytes();
    const auto r = office.run({"import", "register.csv"});
    CHECK(r.exit_code == 65);
    CHECK(
        r.err ==
        "register.csv:2: Alasan Penolakan: an exemption needs its article (art. 17): write e.g. "
        "\"Dikecualikan Pasal 17 huruf h\", or fill a Dasar Pengecualian column\n"
        "register.csv:3: Status Informasi: does not agree with Keputusan\n"
        "register.csv:4: Jenis Permohonan: a request for a copy needs its form: write softcopy "
        "or hardcopy in Bentuk Informasi yang Dikuasai\n"
        "register.csv:5: Alasan Penolakan: required; write one of: exempt, not-held, "
        "not-yet-held, not-documented, procedural, or map it in [values.reason] of a mapping file "
        "(--mapping)\n"
        "register.csv:6: Biaya: filled in, but delivered is empty\n"
        "register.csv:7: Biaya: unreadable cost; write e.g. Rp 5.000 or gratis: \"lima ribu\"\n");
    CHECK(r.out.find("Rejected                   6\n") != std::string::npos);
    CHECK(office.bytes() == before);
  }
}
