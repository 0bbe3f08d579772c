#include "support/run_ppid.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <thread>
#include <vector>

using ppid::test::RunResult;
using ppid::test::Sandbox;

namespace {

using json = nlohmann::ordered_json;
using Args = std::vector<std::string>;
using Lines = std::vector<std::string>;
using Table = std::vector<std::vector<std::string>>;

std::string joined(const Args& args) {
  std::string out = "ppid";
  for (const auto& arg : args) {
    out += " " + arg;
  }
  return out;
}

// The day reports run on when they are not given --as-of: well after every event of the file.
const std::string k_report_day = "2027-01-20";

// One case file with a case in every state, built through the CLI, every act dated by --at and
// run on its own day (PPID_TODAY). Configuration: examples/ppid.toml (services with targets:
// informasi-berkala 5 wd, informasi-serta-merta 1 wd, informasi-setiap-saat 7 wd,
// data-statistik 4 plain days; closed day 2026-10-15). The last event is on 2026-12-16, so every
// report below runs --as-of a day on which the file is complete.
//
//  001/PPID/X/2026   answered granted 10-06, on time, target (5 wd, 10-08) met
//  002/PPID/X/2026   answered partial 10-14, on time (10-19), target (7 wd, 10-13) missed
//  003/PPID/X/2026   refused exempt "Pasal 17 huruf b" 10-16
//  004/PPID/X/2026   refused not-held, objection e 10-12 (001/KEB), upheld 10-26, dispute 11-02,
//                    mediated 12-14: closed
//  005/PPID/X/2026   partial, objection d 10-13 (002/KEB, proxy), answered partial 11-05,
//                    dispute 11-16: dispute
//  006/PPID/X/2026   granted, objection f 10-22 (003/KEB), overturned 11-10: objection answered
//  007/PPID/X/2026   unanswered (due 10-26), objection c 10-27 (004/KEB), superior's limit
//                    2026-12-08 passed: objection, overdue
//  008/PPID/XI/2026  refused procedural 11-05, objection d+e 12-01 (005/KEB/PPID/XII), superior's
//                    limit 2027-01-18: objection, not yet due
//  009/PPID/XI/2026  withdrawn 11-12 (a group)
//  010/PPID/XI/2026  extended 11-20, answered 12-03 within the extended limit 12-04
//  011/PPID/XI/2026  data-statistik, answered 12-01 after the limit 11-27 (2 wd late)
//  012/PPID/XII/2026 open, extended 12-10: due 12-15 + 7 wd = 2026-12-28
//  013/PPID/XII/2026 open, incomplete (clock from receipt): due 2026-12-16
//  014/PPID/XII/2026 open, informasi-berkala: due 2026-12-23, target 2026-12-16
//  015/PPID/XII/2026 open, informasi-serta-merta: due 2027-01-04, target 2026-12-17
struct Builder {
  std::filesystem::path dir;

  void build() {
    act("2026-10-01",
        {"init", "--config", (ppid::test::source_dir() / "examples" / "ppid.toml").string()});
    request("2026-10-01T09:00", {"--name",       "Budi Santoso",
                                 "--id-number",  "3201234567890001",
                                 "--phone",      "0812-3456-7801",
                                 "--email",      "budi.santoso@example.id",
                                 "--address",    "Jl. Mawar 1, Bandung",
                                 "--occupation", "Wiraswasta",
                                 "--purpose",    "Penelitian\nskripsi",
                                 "--info",       "Anggaran dinas 2026",
                                 "--service",    "informasi-berkala",
                                 "--channel",    "desk",
                                 "--access",     "softcopy"});
    at("2026-10-06T14:00", {"respond", "001/PPID/X/2026", "--decision", "granted"});
    request("2026-10-02T10:00", {"--name",       "Siti Aminah",
                                 "--id-number",  "3201234567890002",
                                 "--phone",      "0812-3456-7802",
                                 "--email",      "siti.aminah@example.id",
                                 "--address",    "Jl. Melati 2, Bandung",
                                 "--occupation", "Guru",
                                 "--info",       "Daftar sekolah",
                                 "--service",    "informasi-setiap-saat",
                                 "--channel",    "email",
                                 "--access",     "hardcopy"});
    request("2026-10-05T11:00", {"--name", "Joko Widodo", "--id-number", "3201234567890003",
                                 "--phone", "0812-3456-7803", "--email", "joko@example.id",
                                 "--address", "Jl. Kenanga 3", "--occupation", "Wartawan", "--info",
                                 "Kontrak pengadaan", "--channel", "web", "--access", "see"});
    request("2026-10-06T09:30",
            {"--name", "Dewi Lestari", "--id-number", "3201234567890004", "--phone",
             "0812-3456-7804", "--email", "dewi@example.id", "--address", "Jl. Anggrek 4", "--info",
             "Data kesehatan", "--channel", "desk"});
    request("2026-10-07T09:00",
            {"--name", "Rudi Hartono", "--id-number", "3201234567890005", "--phone",
             "0812-3456-7805", "--email", "rudi@example.id", "--info", "Izin bangunan"});
    request("2026-10-08T13:00", {"--name", "Ani Yudhoyono", "--id-number", "3201234567890006",
                                 "--phone", "0812-3456-7806", "--email", "ani@example.id", "--info",
                                 "Peta jalan", "--channel", "email"});
    at("2026-10-08T15:00", {"respond", "004/PPID/X/2026", "--decision", "refused", "--reason",
                            "not-held", "--holder", "Dinas Kesehatan"});
    request("2026-10-09T10:00",
            {"--name", "Eko Prasetyo", "--id-number", "3201234567890007", "--phone",
             "0812-3456-7807", "--email", "eko@example.id", "--info", "Laporan keuangan"});
    at("2026-10-09T14:00", {"respond", "005/PPID/X/2026", "--decision", "partial"});
    at("2026-10-12", {"object", "004/PPID/X/2026", "--ground", "e"});
    at("2026-10-13", {"object", "005/PPID/X/2026", "--ground", "d", "--proxy", "LBH Bandung"});
    at("2026-10-14T10:00", {"respond", "002/PPID/X/2026", "--decision", "partial"});
    at("2026-10-16T10:00", {"respond", "003/PPID/X/2026", "--decision", "refused", "--reason",
                            "exempt", "--basis", "Pasal 17 huruf b"});
    at("2026-10-20T10:00", {"respond", "006/PPID/X/2026", "--decision", "granted"});
    at("2026-10-22", {"object", "006/PPID/X/2026", "--ground", "f"});
    at("2026-10-26", {"object", "004/PPID/X/2026", "--answer", "upheld", "--official",
                      "Sekretaris Daerah", "--position", "Atasan PPID"});
    at("2026-10-27", {"object", "007/PPID/X/2026", "--ground", "c"});
    at("2026-11-02", {"escalate", "004/PPID/X/2026", "--commission", "KI Provinsi Jawa Barat"});
    request("2026-11-02T09:00", {"--name", "Lina Marlina", "--id-number", "3201234567890008",
                                 "--phone", "0812-3456-7808", "--email", "lina@example.id",
                                 "--info", "Data pegawai", "--channel", "web"});
    at("2026-11-05",
       {"respond", "008/PPID/XI/2026", "--decision", "refused", "--reason", "procedural"});
    at("2026-11-05", {"object", "005/PPID/X/2026", "--answer", "partial", "--official",
                      "Sekretaris Daerah", "--position", "Atasan PPID"});
    at("2026-11-10", {"object", "006/PPID/X/2026", "--answer", "overturned", "--official",
                      "Sekretaris Daerah", "--position", "Atasan PPID"});
    request("2026-11-10T09:00", {"--name", "Hadi Susanto", "--applicant-type", "group",
                                 "--id-number", "3201234567890009", "--phone", "0812-3456-7809",
                                 "--email", "hadi@example.id", "--info", "Data pajak"});
    request("2026-11-11T09:00",
            {"--name", "Maya Sari", "--id-number", "3201234567890010", "--phone", "0812-3456-7810",
             "--email", "maya@example.id", "--info", "Rencana kerja", "--channel", "email"});
    at("2026-11-12", {"withdraw", "009/PPID/XI/2026"});
    request("2026-11-13T09:00",
            {"--name", "Tono Sugiarto", "--id-number", "3201234567890011", "--phone",
             "0812-3456-7811", "--email", "tono@example.id", "--info", "Statistik penduduk",
             "--service", "data-statistik", "--channel", "web"});
    at("2026-11-16", {"escalate", "005/PPID/X/2026", "--commission", "KI Provinsi Jawa Barat"});
    at("2026-11-20",
       {"extend", "010/PPID/XI/2026", "--reason", "informasi belum didokumentasikan"});
    at("2026-12-01", {"respond", "011/PPID/XI/2026", "--decision", "granted"});
    at("2026-12-01", {"object", "008/PPID/XI/2026", "--ground", "d", "--ground", "e"});
    request("2026-12-01T09:00",
            {"--name", "Wati Suryani", "--id-number", "3201234567890012", "--phone",
             "0812-3456-7812", "--email", "wati@example.id", "--info", "Dokumen AMDAL"});
    request("2026-12-02T09:00",
            {"--name", "Yusuf Maulana", "--id-number", "3201234567890013", "--phone",
             "0812-3456-7813", "--email", "yusuf@example.id", "--info", "Data bantuan sosial",
             "--channel", "post", "--incomplete"});
    at("2026-12-03", {"respond", "010/PPID/XI/2026", "--decision", "granted"});
    request("2026-12-09T09:00", {"--name", "Rina Wijaya", "--id-number", "3201234567890014",
                                 "--phone", "0812-3456-7814", "--email", "rina@example.id",
                                 "--info", "Jadwal pelayanan", "--service", "informasi-berkala"});
    at("2026-12-10", {"extend", "012/PPID/XII/2026", "--reason", "informasi belum dikuasai"});
    at("2026-12-14", {"escalate", "004/PPID/X/2026", "--outcome", "mediated"});
    request("2026-12-16T09:00", {"--name", "Agus Pranoto", "--id-number", "3201234567890015",
                                 "--phone", "0812-3456-7815", "--email", "agus@example.id",
                                 "--info", "Pengumuman \"banjir\", Desember", "--service",
                                 "informasi-serta-merta", "--channel", "phone"});
  }

  // Runs an act on day `today`; it must succeed.
  void act(const std::string& today, const Args& args) {
    const char* tz = std::getenv("TZ");
    const auto r = ppid::test::run_ppid(
        args, dir,
        {{"PPID_LANG", "en"}, {"PPID_TODAY", today}, {"TZ", tz != nullptr ? tz : "UTC"}});
    INFO(joined(args) << "\n" << r.err);
    REQUIRE(r.exit_code == 0);
  }

  // Runs `args` dated `--at at`, on the day of `at`.
  void at(const std::string& at, Args args) {
    args.insert(args.end(), {"--at", at});
    act(at.substr(0, 10), args);
  }

  void request(const std::string& at_time, const Args& args) {
    Args full{"request", "new"};
    full.insert(full.end(), args.begin(), args.end());
    at(at_time, full);
  }
};

// The case file, built once per test run in a directory of its own (removed at exit) and
// copied into each test's sandbox.
std::filesystem::path template_file() {
  struct Directory {
    std::filesystem::path path;
    Directory() {
      std::string pattern =
          (std::filesystem::temp_directory_path() / "ppid-report-template-XXXXXX").string();
      REQUIRE(::mkdtemp(pattern.data()) != nullptr);
      path = pattern;
    }
    Directory(const Directory&) = delete;
    Directory& operator=(const Directory&) = delete;
    ~Directory() {
      std::error_code ec;
      std::filesystem::remove_all(path, ec);
    }
  };
  static const Directory directory;
  static const bool built = [] {
    std::error_code ec;
    std::filesystem::remove(directory.path / "ppid.sqlite", ec);
    Builder{directory.path}.build();
    return true;
  }();
  REQUIRE(built);
  // ppid leaves nothing in a write-ahead log, so the file alone is the whole case file.
  const auto wal = directory.path / "ppid.sqlite-wal";
  REQUIRE((!std::filesystem::exists(wal) || std::filesystem::file_size(wal) == 0));
  return directory.path / "ppid.sqlite";
}

// A copy of the case file in a sandbox of the test's own.
struct CaseFile {
  Sandbox box;

  CaseFile() { std::filesystem::copy_file(template_file(), file()); }

  // Runs `ppid report ARGS` on k_report_day.
  RunResult report(const Args& args) const {
    Args full{"report"};
    full.insert(full.end(), args.begin(), args.end());
    return box.ppid(full, {{"PPID_TODAY", k_report_day}});
  }

  // A report that must succeed; its standard output.
  std::string ok(const Args& args) const {
    const auto r = report(args);
    INFO(joined(args) << "\n" << r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.err == "");
    return r.out;
  }

  json ok_json(const Args& args) const {
    Args full = args;
    full.insert(full.end(), {"--format", "json"});
    return json::parse(ok(full));
  }

  std::filesystem::path file() const { return box.path("ppid.sqlite"); }
};

std::string text_or_null(const json& value) {
  if (value.is_null()) {
    return "null";
  }
  if (value.is_boolean()) {
    return value.get<bool>() ? "true" : "false";
  }
  if (value.is_number()) {
    return std::to_string(value.get<int>());
  }
  return value.get<std::string>();
}

// The field `key` of `row` as text: "null", "true", "false", a number or the string itself;
// "MISSING" when absent.
std::string field(const json& row, const char* key) {
  const auto found = row.find(key);
  return found == row.end() ? "MISSING" : text_or_null(*found);
}

// A duty row of `report overdue` / `report due`, every documented field, in one line.
std::string duty(const json& row, bool overdue) {
  const char* days = overdue ? "working_days_late" : "working_days_left";
  std::string line = field(row, "register_no");
  line += " " + (row.contains("objection_no") ? field(row, "objection_no") : "-");
  line += " " + field(row, "stage") + " " + field(row, "applicant") + " " + field(row, "service");
  line += " day0 " + field(row, "day0") + " due " + field(row, "due");
  line += std::string{overdue ? " late " : " left "} + field(row, days);
  const auto provisional = field(row, "provisional");
  const auto extended = field(row, "extended");
  line += provisional == "true" ? " provisional" : provisional == "false" ? "" : " provisional?";
  line += extended == "true" ? " extended" : extended == "false" ? "" : " extended?";
  return line;
}

Lines duties(const json& report, bool overdue) {
  Lines out;
  for (const auto& row : report["rows"]) {
    out.push_back(duty(row, overdue));
  }
  return out;
}

// A row of `report register`, every field in the documented order, '|'-separated.
std::string register_row(const json& row) {
  std::string line;
  for (const char* key : {"register_no", "received_at", "name", "occupation", "info", "purpose",
                          "info_status", "holder", "form", "kind", "decision", "refusal_reason",
                          "basis", "notice_date", "state", "extended", "working_days_taken"}) {
    line += (line.empty() ? "" : "|") + field(row, key);
  }
  return line;
}

// A row of `report objections`, every field, '|'-separated (grounds joined by ',').
std::string objection_row(const json& row) {
  std::string line;
  for (const char* key :
       {"objection_no", "received", "name", "id_number", "proxy", "register_no", "info", "purpose",
        "grounds", "answer", "answer_date", "official", "position", "to_commission"}) {
    std::string cell;
    if (!row.contains(key)) {
      cell = "MISSING";
    } else if (row[key].is_array()) {
      for (const auto& ground : row[key]) {
        cell += (cell.empty() ? "" : ",") + ground.get<std::string>();
      }
    } else {
      cell = text_or_null(row[key]);
    }
    line += (line.empty() ? "" : "|") + cell;
  }
  return line;
}

// RFC 4180: records end with CRLF (a bare CR or LF only inside quotes), fields are separated by
// `separator`, a field with a separator, quote or line break is quoted, quotes doubled.
Table parse_csv(const std::string& text, char separator) {
  Table table;
  std::vector<std::string> record;
  std::string field;
  bool quoted = false;
  bool after_quote = false;
  // Stops the test at the first violation.
  const auto malformed = [&](const std::string& what, std::size_t at) {
    FAIL("malformed CSV: " << what << " at byte " << at << " of:\n" << text);
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    if (quoted) {
      if (ch == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
          after_quote = true;
        }
      } else {
        field += ch;
      }
      continue;
    }
    if (ch == '"') {
      if (!field.empty()) {
        malformed("a quote inside an unquoted field", i);
      }
      quoted = true;
    } else if (ch == separator) {
      record.push_back(field);
      field.clear();
      after_quote = false;
    } else if (ch == '\r') {
      if (i + 1 >= text.size() || text[i + 1] != '\n') {
        malformed("a bare CR", i);
      }
      record.push_back(field);
      table.push_back(record);
      record.clear();
      field.clear();
      after_quote = false;
      ++i;
    } else if (ch == '\n') {
      malformed("a bare LF", i);
    } else if (after_quote) {
      malformed("text after a closing quote", i);
    } else {
      field += ch;
    }
  }
  if (quoted) {
    malformed("an unterminated quote", text.size());
  }
  if (!field.empty() || !record.empty()) {
    malformed("the last record does not end with CRLF", text.size());
  }
  return table;
}

// Width on a terminal: one column per UTF-8 code point.
std::size_t code_points(const std::string& line) {
  return static_cast<std::size_t>(std::count_if(line.begin(), line.end(), [](char ch) {
    return (static_cast<unsigned char>(ch) & 0xc0) != 0x80;
  }));
}

Lines split_lines(const std::string& text) {
  Lines lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto end = text.find('\n', start);
    lines.push_back(text.substr(start, end - start));
    if (end == std::string::npos) {
      break;
    }
    start = end + 1;
  }
  return lines;
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  return text;
}

// An HTML document that loads nothing: no URL, no external script, stylesheet or image.
void check_self_contained(const std::string& html) {
  const auto text = lower(html);
  CHECK(text.starts_with("<!doctype html>"));
  CHECK(text.find("</html>") != std::string::npos);
  for (const char* forbidden : {"http:", "https:", "src=", "<script", "<link", "url(", "@import"}) {
    CHECK_MESSAGE(text.find(forbidden) == std::string::npos, forbidden);
  }
}

// The body rows of the HTML document's tables, each as its cells' text.
Table html_rows(const std::string& html) {
  Table rows;
  std::size_t pos = 0;
  while ((pos = html.find("<tbody>", pos)) != std::string::npos) {
    const auto end = html.find("</tbody>", pos);
    REQUIRE(end != std::string::npos);
    std::size_t tr = pos;
    while ((tr = html.find("<tr>", tr)) != std::string::npos && tr < end) {
      const auto tr_end = html.find("</tr>", tr);
      REQUIRE(tr_end != std::string::npos);
      std::vector<std::string> cells;
      std::size_t td = tr;
      while ((td = html.find("<td", td)) != std::string::npos && td < tr_end) {
        const auto open_end = html.find('>', td);
        const auto close = html.find("</td>", open_end);
        REQUIRE(close != std::string::npos);
        cells.push_back(html.substr(open_end + 1, close - open_end - 1));
        td = close;
      }
      rows.push_back(cells);
      tr = tr_end;
    }
    pos = end;
  }
  return rows;
}

Lines first_cells(const Table& table) {
  Lines out;
  for (const auto& row : table) {
    out.push_back(row.empty() ? "" : row.front());
  }
  return out;
}

}  // namespace

TEST_SUITE("report") {
  TEST_CASE("overdue: exact rows around a limit, across Christmas and the new year") {
    CaseFile f;
    SUBCASE("the day before 014's limit (2026-12-23): not listed") {
      const auto r = f.ok_json({"overdue", "--as-of", "2026-12-22"});
      CHECK(r["as_of"] == "2026-12-22");
      CHECK(r["against"] == "statutory");
      CHECK(duties(r, true) ==
            Lines{"007/PPID/X/2026 004/KEB/PPID/X/2026 objection_answer Eko Prasetyo null day0 "
                  "2026-10-09 due 2026-12-08 late 10",
                  "013/PPID/XII/2026 - response Yusuf Maulana null day0 2026-12-02 due "
                  "2026-12-16 late 4"});
    }
    SUBCASE("the limit day itself: not listed") {
      const auto r = f.ok_json({"overdue", "--as-of", "2026-12-23"});
      CHECK(r["as_of"] == "2026-12-23");
      CHECK(duties(r, true) ==
            Lines{"007/PPID/X/2026 004/KEB/PPID/X/2026 objection_answer Eko Prasetyo null day0 "
                  "2026-10-09 due 2026-12-08 late 11",
                  "013/PPID/XII/2026 - response Yusuf Maulana null day0 2026-12-02 due "
                  "2026-12-16 late 5"});
    }
    SUBCASE("the next working day, after cuti bersama 12-24 and Christmas 12-25: 1 day late") {
      const auto r = f.ok_json({"overdue", "--as-of", "2026-12-28"});
      CHECK(r["as_of"] == "2026-12-28");
      CHECK(r["against"] == "statutory");
      CHECK(duties(r, true) ==
            Lines{"007/PPID/X/2026 004/KEB/PPID/X/2026 objection_answer Eko Prasetyo null day0 "
                  "2026-10-09 due 2026-12-08 late 12",
                  "013/PPID/XII/2026 - response Yusuf Maulana null day0 2026-12-02 due "
                  "2026-12-16 late 6",
                  "014/PPID/XII/2026 - response Rina Wijaya informasi-berkala day0 2026-12-09 "
                  "due 2026-12-23 late 1"});
    }
    SUBCASE("on 2026-12-24, a closed day after the limit, late has started: 0 working days") {
      const auto r = f.ok_json({"overdue", "--as-of", "2026-12-24"});
      CHECK(duties(r, true) ==
            Lines{"007/PPID/X/2026 004/KEB/PPID/X/2026 objection_answer Eko Prasetyo null day0 "
                  "2026-10-09 due 2026-12-08 late 11",
                  "013/PPID/XII/2026 - response Yusuf Maulana null day0 2026-12-02 due "
                  "2026-12-16 late 5",
                  "014/PPID/XII/2026 - response Rina Wijaya informasi-berkala day0 2026-12-09 "
                  "due 2026-12-23 late 0"});
    }
    SUBCASE("the extended limit 2026-12-28 is listed the day after") {
      const auto r = f.ok_json({"overdue", "--as-of", "2026-12-29"});
      CHECK(duties(r, true) ==
            Lines{"007/PPID/X/2026 004/KEB/PPID/X/2026 objection_answer Eko Prasetyo null day0 "
                  "2026-10-09 due 2026-12-08 late 13",
                  "013/PPID/XII/2026 - response Yusuf Maulana null day0 2026-12-02 due "
                  "2026-12-16 late 7",
                  "014/PPID/XII/2026 - response Rina Wijaya informasi-berkala day0 2026-12-09 "
                  "due 2026-12-23 late 2",
                  "012/PPID/XII/2026 - response Wati Suryani null day0 2026-12-01 due 2026-12-28 "
                  "late 1 extended"});
    }
    SUBCASE("a limit of 2027-01-04 is 1 day late on 2027-01-06 (2027-01-05 is a holiday)") {
      const auto r = f.ok_json({"overdue", "--as-of", "2027-01-06"});
      CHECK(r["as_of"] == "2027-01-06");
      CHECK(duties(r, true) ==
            Lines{"007/PPID/X/2026 004/KEB/PPID/X/2026 objection_answer Eko Prasetyo null day0 "
                  "2026-10-09 due 2026-12-08 late 17",
                  "013/PPID/XII/2026 - response Yusuf Maulana null day0 2026-12-02 due "
                  "2026-12-16 late 11",
                  "014/PPID/XII/2026 - response Rina Wijaya informasi-berkala day0 2026-12-09 "
                  "due 2026-12-23 late 6",
                  "012/PPID/XII/2026 - response Wati Suryani null day0 2026-12-01 due 2026-12-28 "
                  "late 5 extended",
                  "015/PPID/XII/2026 - response Agus Pranoto informasi-serta-merta day0 "
                  "2026-12-16 due 2027-01-04 late 1"});
    }
    SUBCASE("against the service targets: only cases with a target, and the superior's duty") {
      const auto r = f.ok_json({"overdue", "--as-of", "2026-12-28", "--against", "target"});
      CHECK(r["as_of"] == "2026-12-28");
      CHECK(r["against"] == "target");
      CHECK(duties(r, true) ==
            Lines{"007/PPID/X/2026 004/KEB/PPID/X/2026 objection_answer Eko Prasetyo null day0 "
                  "2026-10-09 due 2026-12-08 late 12",
                  "014/PPID/XII/2026 - response Rina Wijaya informasi-berkala day0 2026-12-09 "
                  "due 2026-12-16 late 6",
                  "015/PPID/XII/2026 - response Agus Pranoto informasi-serta-merta day0 "
                  "2026-12-16 due 2026-12-17 late 5"});
      const auto before = f.ok_json({"overdue", "--as-of", "2026-12-16", "--against", "target"});
      CHECK(duties(before, true) ==
            Lines{"007/PPID/X/2026 004/KEB/PPID/X/2026 objection_answer Eko Prasetyo null day0 "
                  "2026-10-09 due 2026-12-08 late 6"});
    }
    SUBCASE("--service keeps that service's cases only") {
      const auto r =
          f.ok_json({"overdue", "--as-of", "2026-12-28", "--service", "informasi-berkala"});
      CHECK(duties(r, true) ==
            Lines{"014/PPID/XII/2026 - response Rina Wijaya informasi-berkala day0 2026-12-09 "
                  "due 2026-12-23 late 1"});
    }
    SUBCASE("--as-of defaults to today") {
      const auto r =
          f.box.ppid({"report", "overdue", "--format", "json"}, {{"PPID_TODAY", "2026-12-28"}});
      REQUIRE(r.exit_code == 0);
      CHECK(json::parse(r.out) == f.ok_json({"overdue", "--as-of", "2026-12-28"}));
    }
  }

  TEST_CASE("overdue --fail-if-any: exit 1 with rows, 0 without") {
    CaseFile f;
    const auto with_rows = f.report({"overdue", "--as-of", "2026-12-28", "--fail-if-any"});
    CHECK(with_rows.exit_code == 1);
    CHECK(with_rows.err == "");
    CHECK(with_rows.out.find("014/PPID/XII/2026") != std::string::npos);
    const auto json_rows =
        f.report({"overdue", "--as-of", "2026-12-28", "--fail-if-any", "--format", "json"});
    CHECK(json_rows.exit_code == 1);
    CHECK(json::parse(json_rows.out)["rows"].size() == 3U);
    // On 2026-11-20 nothing of the file is past its limit.
    const auto none = f.report({"overdue", "--as-of", "2026-11-20", "--fail-if-any"});
    CHECK(none.exit_code == 0);
    CHECK(none.err == "");
    CHECK(none.out ==
          "Overdue duties as of 2026-11-20\n"
          "Dinas Komunikasi dan Informatika Kabupaten Contoh\n"
          "Measured against the statutory limits (UU 14/2008), in working days.\n"
          "Limits run from receipt of the request (clock_starts = receipt).\n"
          "Nothing is overdue.\n");
    const auto none_json =
        f.report({"overdue", "--as-of", "2026-11-20", "--fail-if-any", "--format", "json"});
    CHECK(none_json.exit_code == 0);
    const auto none_rows = json::parse(none_json.out);
    CHECK(none_rows["as_of"] == "2026-11-20");
    CHECK(none_rows["against"] == "statutory");
    CHECK(none_rows["rows"] == json::array());
    // Without --fail-if-any, rows do not change the exit code.
    CHECK(f.report({"overdue", "--as-of", "2026-12-28"}).exit_code == 0);
    // The same for `report due`.
    CHECK(f.report({"due", "--as-of", "2026-12-22", "--fail-if-any"}).exit_code == 1);
    CHECK(f.report({"due", "--as-of", "2026-12-22", "--within", "0", "--fail-if-any"}).exit_code ==
          0);
  }

  TEST_CASE("overdue as text, CSV, Excel CSV, Markdown and HTML") {
    CaseFile f;
    SUBCASE("text: exact, and every line fits 80 columns") {
      const auto out = f.ok({"overdue", "--as-of", "2026-12-28"});
      CHECK(out ==
            "Overdue duties as of 2026-12-28\n"
            "Dinas Komunikasi dan Informatika Kabupaten Contoh\n"
            "Measured against the statutory limits (UU 14/2008), in working days.\n"
            "Limits run from receipt of the request (clock_starts = receipt).\n"
            "3 rows.\n"
            "\n"
            "  Number               Stage    Applica…  Service   Day 0       Due         Late\n"
            "  004/KEB/PPID/X/2026  object…  Eko Pra…  -         2026-10-09  2026-12-08    12\n"
            "  013/PPID/XII/2026    notice   Yusuf M…  -         2026-12-02  2026-12-16     6\n"
            "  014/PPID/XII/2026    notice   Rina Wi…  informa…  2026-12-09  2026-12-23     1\n");
      for (const auto& lang : {"en", "id"}) {
        for (const auto& as_of : {"2026-12-28", "2027-01-06"}) {
          const auto r = f.box.ppid({"report", "overdue", "--as-of", as_of},
                                    {{"PPID_TODAY", k_report_day}, {"PPID_LANG", lang}});
          REQUIRE(r.exit_code == 0);
          for (const auto& line : split_lines(r.out)) {
            CAPTURE(line);
            CHECK(code_points(line) <= 80U);
          }
        }
        const auto due = f.box.ppid({"report", "due", "--as-of", "2026-12-28", "--within", "15"},
                                    {{"PPID_TODAY", k_report_day}, {"PPID_LANG", lang}});
        REQUIRE(due.exit_code == 0);
        for (const auto& line : split_lines(due.out)) {
          CAPTURE(line);
          CHECK(code_points(line) <= 80U);
        }
      }
    }
    SUBCASE("CSV: RFC 4180, header row, CRLF, cell by cell") {
      const auto out = f.ok({"overdue", "--as-of", "2026-12-28", "--format", "csv"});
      CHECK(!out.starts_with("\xef\xbb\xbf"));
      CHECK(out.ends_with("\r\n"));
      CHECK(parse_csv(out, ',') ==
            Table{{"Number", "Stage", "Applicant", "Service", "Day 0", "Due", "Late"},
                  {"004/KEB/PPID/X/2026", "objection", "Eko Prasetyo", "-", "2026-10-09",
                   "2026-12-08", "12"},
                  {"013/PPID/XII/2026", "notice", "Yusuf Maulana", "-", "2026-12-02", "2026-12-16",
                   "6"},
                  {"014/PPID/XII/2026", "notice", "Rina Wijaya", "informasi-berkala", "2026-12-09",
                   "2026-12-23", "1"}});
    }
    SUBCASE("--excel: UTF-8 BOM, ';' between cells") {
      const auto out = f.ok({"overdue", "--as-of", "2026-12-28", "--format", "csv", "--excel"});
      REQUIRE(out.starts_with("\xef\xbb\xbf"));
      CHECK(out.substr(3).starts_with("Number;Stage;Applicant;Service;Day 0;Due;Late\r\n"));
      CHECK(parse_csv(out.substr(3), ';') ==
            Table{{"Number", "Stage", "Applicant", "Service", "Day 0", "Due", "Late"},
                  {"004/KEB/PPID/X/2026", "objection", "Eko Prasetyo", "-", "2026-10-09",
                   "2026-12-08", "12"},
                  {"013/PPID/XII/2026", "notice", "Yusuf Maulana", "-", "2026-12-02", "2026-12-16",
                   "6"},
                  {"014/PPID/XII/2026", "notice", "Rina Wijaya", "informasi-berkala", "2026-12-09",
                   "2026-12-23", "1"}});
    }
    SUBCASE("Markdown: a | table") {
      const auto out = f.ok({"overdue", "--as-of", "2026-12-28", "--format", "markdown"});
      CHECK(out.starts_with("# Overdue duties as of 2026-12-28\n"));
      CHECK(
          out.find("| Number | Stage | Applicant | Service | Day 0 | Due | Late |\n"
                   "|---|---|---|---|---|---|---:|\n"
                   "| 004/KEB/PPID/X/2026 | objection | Eko Prasetyo | - | 2026-10-09 | "
                   "2026-12-08 | 12 |\n"
                   "| 013/PPID/XII/2026 | notice | Yusuf Maulana | - | 2026-12-02 | 2026-12-16 "
                   "| 6 |\n"
                   "| 014/PPID/XII/2026 | notice | Rina Wijaya | informasi-berkala | 2026-12-09 | "
                   "2026-12-23 | 1 |\n") != std::string::npos);
    }
    SUBCASE("HTML: one table with the rows, nothing external") {
      const auto out = f.ok({"overdue", "--as-of", "2026-12-28", "--format", "html"});
      check_self_contained(out);
      CHECK(out.find("<title>Overdue duties as of 2026-12-28</title>") != std::string::npos);
      CHECK(out.find("<table>") != std::string::npos);
      CHECK(out.find("<th>Number</th>") != std::string::npos);
      const auto rows = html_rows(out);
      CHECK(first_cells(rows) ==
            Lines{"004/KEB/PPID/X/2026", "013/PPID/XII/2026", "014/PPID/XII/2026"});
      REQUIRE(rows.size() == 3U);
      CHECK(rows[2] == std::vector<std::string>{"014/PPID/XII/2026", "notice", "Rina Wijaya",
                                                "informasi-berkala", "2026-12-09", "2026-12-23",
                                                "1"});
    }
  }

  TEST_CASE("due --within N: soonest first, exact") {
    CaseFile f;
    SUBCASE("default within 3") {
      const auto r = f.ok_json({"due", "--as-of", "2026-12-22"});
      CHECK(r["as_of"] == "2026-12-22");
      CHECK(r["within"] == 3);
      CHECK(!r.contains("against"));
      CHECK(duties(r, false) ==
            Lines{"014/PPID/XII/2026 - response Rina Wijaya informasi-berkala day0 2026-12-09 "
                  "due 2026-12-23 left 1",
                  "012/PPID/XII/2026 - response Wati Suryani null day0 2026-12-01 due 2026-12-28 "
                  "left 2 extended"});
    }
    SUBCASE("due today counts, with 0 days left") {
      const auto r = f.ok_json({"due", "--as-of", "2026-12-28", "--within", "0"});
      CHECK(r["within"] == 0);
      CHECK(duties(r, false) ==
            Lines{"012/PPID/XII/2026 - response Wati Suryani null day0 2026-12-01 due 2026-12-28 "
                  "left 0 extended"});
    }
    SUBCASE("within 15, into the new year, the superior's duty included") {
      const auto r = f.ok_json({"due", "--as-of", "2026-12-28", "--within", "15"});
      CHECK(r["within"] == 15);
      CHECK(duties(r, false) ==
            Lines{"012/PPID/XII/2026 - response Wati Suryani null day0 2026-12-01 due 2026-12-28 "
                  "left 0 extended",
                  "015/PPID/XII/2026 - response Agus Pranoto informasi-serta-merta day0 "
                  "2026-12-16 due 2027-01-04 left 4",
                  "008/PPID/XI/2026 005/KEB/PPID/XII/2026 objection_answer Lina Marlina null "
                  "day0 2026-11-02 due 2027-01-18 left 13"});
    }
    SUBCASE("within 12 stops short of 2027-01-18") {
      const auto r = f.ok_json({"due", "--as-of", "2026-12-28", "--within", "12"});
      CHECK(duties(r, false) ==
            Lines{"012/PPID/XII/2026 - response Wati Suryani null day0 2026-12-01 due 2026-12-28 "
                  "left 0 extended",
                  "015/PPID/XII/2026 - response Agus Pranoto informasi-serta-merta day0 "
                  "2026-12-16 due 2027-01-04 left 4"});
    }
    SUBCASE("nothing within 0 on 2026-12-22") {
      const auto r = f.ok_json({"due", "--as-of", "2026-12-22", "--within", "0"});
      CHECK(r["as_of"] == "2026-12-22");
      CHECK(r["within"] == 0);
      CHECK(r["rows"] == json::array());
      CHECK(f.ok({"due", "--as-of", "2026-12-22", "--within", "0"}) ==
            "Duties falling due within 0 working days of 2026-12-22\n"
            "Dinas Komunikasi dan Informatika Kabupaten Contoh\n"
            "Limits run from receipt of the request (clock_starts = receipt).\n"
            "Nothing falls due.\n");
    }
  }

  TEST_CASE("register --year 2026: one row per request, in register order") {
    CaseFile f;
    const Lines expected{
        "001/PPID/X/2026|2026-10-01T09:00:00+07:00|Budi Santoso|Wiraswasta|Anggaran dinas 2026|"
        "Penelitian\nskripsi|held||softcopy|copy|granted|||2026-10-06|answered|false|3",
        "002/PPID/X/2026|2026-10-02T10:00:00+07:00|Siti Aminah|Guru|Daftar sekolah||held||"
        "hardcopy|copy|partial|||2026-10-14|answered|false|8",
        "003/PPID/X/2026|2026-10-05T11:00:00+07:00|Joko Widodo|Wartawan|Kontrak pengadaan||held|||"
        "see|refused|exempt|Pasal 17 huruf b|2026-10-16|answered|false|8",
        "004/PPID/X/2026|2026-10-06T09:30:00+07:00|Dewi Lestari||Data kesehatan||not-held|"
        "Dinas Kesehatan|||refused|not-held||2026-10-08|closed|false|2",
        "005/PPID/X/2026|2026-10-07T09:00:00+07:00|Rudi Hartono||Izin bangunan||held||||partial|||"
        "2026-10-09|dispute|false|2",
        "006/PPID/X/2026|2026-10-08T13:00:00+07:00|Ani Yudhoyono||Peta jalan||held||||granted|||"
        "2026-10-20|objection_answered|false|7",
        "007/PPID/X/2026|2026-10-09T10:00:00+07:00|Eko Prasetyo||Laporan keuangan|||||||||null|"
        "objection|false|null",
        "008/PPID/XI/2026|2026-11-02T09:00:00+07:00|Lina Marlina||Data pegawai||held||||refused|"
        "procedural||2026-11-05|objection|false|3",
        "009/PPID/XI/2026|2026-11-10T09:00:00+07:00|Hadi Susanto||Data pajak|||||||||null|"
        "withdrawn|false|null",
        "010/PPID/XI/2026|2026-11-11T09:00:00+07:00|Maya Sari||Rencana kerja||held||||granted|||"
        "2026-12-03|answered|true|16",
        "011/PPID/XI/2026|2026-11-13T09:00:00+07:00|Tono Sugiarto||Statistik penduduk||held||||"
        "granted|||2026-12-01|answered|false|12",
        "012/PPID/XII/2026|2026-12-01T09:00:00+07:00|Wati Suryani||Dokumen AMDAL|||||||||null|"
        "open|true|null",
        "013/PPID/XII/2026|2026-12-02T09:00:00+07:00|Yusuf Maulana||Data bantuan sosial|||||||||"
        "null|open|false|null",
        "014/PPID/XII/2026|2026-12-09T09:00:00+07:00|Rina Wijaya||Jadwal pelayanan|||||||||null|"
        "open|false|null",
        "015/PPID/XII/2026|2026-12-16T09:00:00+07:00|Agus Pranoto||Pengumuman \"banjir\", "
        "Desember|||||||||null|open|false|null"};

    SUBCASE("JSON without personal data") {
      const auto r = f.ok_json({"register", "--year", "2026", "--as-of", "2026-12-28"});
      CHECK(r["from"] == "2026-01-01");
      CHECK(r["to"] == "2026-12-31");
      Lines rows;
      for (const auto& row : r["rows"]) {
        rows.push_back(register_row(row));
        for (const char* key : {"address", "phone", "email", "id_number"}) {
          CHECK_MESSAGE(!row.contains(key), key);
        }
      }
      CHECK(rows == expected);
    }
    SUBCASE("JSON with --show-personal-data: address, phone and e-mail too") {
      const auto r = f.ok_json(
          {"register", "--year", "2026", "--as-of", "2026-12-28", "--show-personal-data"});
      REQUIRE(r["rows"].size() == 15U);
      Lines rows;
      for (const auto& row : r["rows"]) {
        rows.push_back(register_row(row));
        for (const char* key : {"address", "phone", "email"}) {
          CHECK_MESSAGE(row.contains(key), key);
        }
        CHECK(!row.contains("id_number"));
      }
      CHECK(rows == expected);
      const auto& first = r["rows"][0];
      CHECK(first["address"] == "Jl. Mawar 1, Bandung");
      CHECK(first["phone"] == "0812-3456-7801");
      CHECK(first["email"] == "budi.santoso@example.id");
      // Fields not recorded are empty.
      CHECK(r["rows"][4]["address"] == "");
      CHECK(r["rows"][4]["phone"] == "0812-3456-7805");
    }
    SUBCASE("a period: --month, --from/--to") {
      const auto december =
          f.ok_json({"register", "--year", "2026", "--month", "12", "--as-of", "2026-12-28"});
      CHECK(december["from"] == "2026-12-01");
      CHECK(december["to"] == "2026-12-31");
      Lines numbers;
      for (const auto& row : december["rows"]) {
        numbers.push_back(row["register_no"]);
      }
      CHECK(numbers == Lines{"012/PPID/XII/2026", "013/PPID/XII/2026", "014/PPID/XII/2026",
                             "015/PPID/XII/2026"});
      const auto range = f.ok_json({"register", "--from", "2026-10-08", "--to", "2026-11-10"});
      CHECK(range["from"] == "2026-10-08");
      CHECK(range["to"] == "2026-11-10");
      numbers.clear();
      for (const auto& row : range["rows"]) {
        numbers.push_back(row["register_no"]);
      }
      CHECK(numbers ==
            Lines{"006/PPID/X/2026", "007/PPID/X/2026", "008/PPID/XI/2026", "009/PPID/XI/2026"});
      CHECK(f.ok_json({"register", "--year", "2025"})["rows"] == json::array());
    }
    SUBCASE("CSV, cell by cell") {
      const auto out = f.ok({"register", "--year", "2026", "--format", "csv"});
      const auto table = parse_csv(out, ',');
      REQUIRE(table.size() == 16U);
      CHECK(table[0] == std::vector<std::string>{
                            "Number", "Received", "Name", "Address", "Contact", "Occupation",
                            "Information requested", "Purpose", "Information status", "Form",
                            "Kind of request", "Decision", "Reason for refusal", "Notice date",
                            "Information delivered", "Cost", "Extended", "Working days"});
      for (const auto& row : table) {
        CHECK(row.size() == 18U);
      }
      const Table expected_cells{
          {"001/PPID/X/2026", "Thu, 2026-10-01T09:00", "Budi Santoso", "", "", "Wiraswasta",
           "Anggaran dinas 2026", "Penelitian\nskripsi", "held", "softcopy", "copy",
           "granted in full", "", "2026-10-06", "", "", "no", "3"},
          {"002/PPID/X/2026", "Fri, 2026-10-02T10:00", "Siti Aminah", "", "", "Guru",
           "Daftar sekolah", "", "held", "hardcopy", "copy", "granted in part", "", "2026-10-14",
           "", "", "no", "8"},
          {"003/PPID/X/2026", "Mon, 2026-10-05T11:00", "Joko Widodo", "", "", "Wartawan",
           "Kontrak pengadaan", "", "held", "", "see", "refused", "exempt (Pasal 17 huruf b)",
           "2026-10-16", "", "", "no", "8"},
          {"004/PPID/X/2026", "Tue, 2026-10-06T09:30", "Dewi Lestari", "", "", "", "Data kesehatan",
           "", "not held — Dinas Kesehatan", "", "", "refused", "not-held", "2026-10-08", "", "",
           "no", "2"},
          {"005/PPID/X/2026", "Wed, 2026-10-07T09:00", "Rudi Hartono", "", "", "", "Izin bangunan",
           "", "held", "", "", "granted in part", "", "2026-10-09", "", "", "no", "2"},
          {"006/PPID/X/2026", "Thu, 2026-10-08T13:00", "Ani Yudhoyono", "", "", "", "Peta jalan",
           "", "held", "", "", "granted in full", "", "2026-10-20", "", "", "no", "7"},
          {"007/PPID/X/2026", "Fri, 2026-10-09T10:00", "Eko Prasetyo", "", "", "",
           "Laporan keuangan", "", "", "", "", "", "", "", "", "", "no", ""},
          {"008/PPID/XI/2026", "Mon, 2026-11-02T09:00", "Lina Marlina", "", "", "", "Data pegawai",
           "", "held", "", "", "refused", "procedural", "2026-11-05", "", "", "no", "3"},
          {"009/PPID/XI/2026", "Tue, 2026-11-10T09:00", "Hadi Susanto", "", "", "", "Data pajak",
           "", "", "", "", "", "", "", "", "", "no", ""},
          {"010/PPID/XI/2026", "Wed, 2026-11-11T09:00", "Maya Sari", "", "", "", "Rencana kerja",
           "", "held", "", "", "granted in full", "", "2026-12-03", "", "", "yes", "16"},
          {"011/PPID/XI/2026", "Fri, 2026-11-13T09:00", "Tono Sugiarto", "", "", "",
           "Statistik penduduk", "", "held", "", "", "granted in full", "", "2026-12-01", "", "",
           "no", "12"},
          {"012/PPID/XII/2026", "Tue, 2026-12-01T09:00", "Wati Suryani", "", "", "",
           "Dokumen AMDAL", "", "", "", "", "", "", "", "", "", "yes", ""},
          {"013/PPID/XII/2026", "Wed, 2026-12-02T09:00", "Yusuf Maulana", "", "", "",
           "Data bantuan sosial", "", "", "", "", "", "", "", "", "", "no", ""},
          {"014/PPID/XII/2026", "Wed, 2026-12-09T09:00", "Rina Wijaya", "", "", "",
           "Jadwal pelayanan", "", "", "", "", "", "", "", "", "", "no", ""},
          {"015/PPID/XII/2026", "Wed, 2026-12-16T09:00", "Agus Pranoto", "", "", "",
           "Pengumuman \"banjir\", Desember", "", "", "", "", "", "", "", "", "", "no", ""}};
      CHECK(Table(table.begin() + 1, table.end()) == expected_cells);
      // Quoting: a cell with ',' or '"' or a line break is quoted, '"' doubled.
      CHECK(out.find("\"Pengumuman \"\"banjir\"\", Desember\"") != std::string::npos);
      CHECK(out.find("\"Penelitian\nskripsi\"") != std::string::npos);
    }
    SUBCASE("CSV with --show-personal-data: address and contact") {
      const auto table = parse_csv(
          f.ok({"register", "--year", "2026", "--format", "csv", "--show-personal-data"}), ',');
      REQUIRE(table.size() == 16U);
      CHECK(table[1][3] == "Jl. Mawar 1, Bandung");
      CHECK(table[1][4] == "0812-3456-7801, budi.santoso@example.id");
      CHECK(table[5][3] == "");
      CHECK(table[5][4] == "0812-3456-7805, rudi@example.id");
      CHECK(table[15][4] == "0812-3456-7815, agus@example.id");
    }
    SUBCASE("Excel CSV") {
      const auto out = f.ok({"register", "--year", "2026", "--format", "csv", "--excel"});
      REQUIRE(out.starts_with("\xef\xbb\xbf"));
      const auto table = parse_csv(out.substr(3), ';');
      REQUIRE(table.size() == 16U);
      CHECK(table[1][1] == "Thu, 2026-10-01T09:00");
      CHECK(table[15][6] == "Pengumuman \"banjir\", Desember");
    }
  }

  TEST_CASE("personal data: NIK, phone, e-mail and address only when asked for") {
    CaseFile f;
    std::vector<std::string> niks;
    std::vector<std::string> masked;
    std::vector<std::string> contacts;
    for (int i = 1; i <= 15; ++i) {
      const auto n = (i < 10 ? "0" : "") + std::to_string(i);
      niks.push_back("32012345678900" + n);
      masked.push_back("3201********00" + n);
      contacts.push_back("0812-3456-78" + n);
    }
    for (const char* email :
         {"budi.santoso@example.id", "siti.aminah@example.id", "joko@example.id", "dewi@example.id",
          "rudi@example.id", "ani@example.id", "eko@example.id", "lina@example.id",
          "hadi@example.id", "maya@example.id", "tono@example.id", "wati@example.id",
          "yusuf@example.id", "rina@example.id", "agus@example.id"}) {
      contacts.emplace_back(email);
    }
    for (const char* address : {"Jl. Mawar 1", "Jl. Melati 2", "Jl. Kenanga 3", "Jl. Anggrek 4"}) {
      contacts.emplace_back(address);
    }
    const auto before = ppid::test::dump_case_file(f.file());
    // The words of `words` found in `out`, Markdown's backslash escapes (3201\*\*...) undone.
    const auto contains_any = [](const std::string& out, const std::vector<std::string>& words) {
      std::string plain;
      for (std::size_t i = 0; i < out.size(); ++i) {
        if (out[i] == '\\' && i + 1 < out.size()) {
          ++i;
        }
        plain += out[i];
      }
      std::string found;
      for (const auto& word : words) {
        if (plain.find(word) != std::string::npos) {
          found += (found.empty() ? "" : ", ") + word;
        }
      }
      return found;
    };
    const std::vector<Args> formats{{"--format", "text"},           {"--format", "csv"},
                                    {"--format", "csv", "--excel"}, {"--format", "json"},
                                    {"--format", "markdown"},       {"--format", "html"}};
    const std::vector<Args> reports{{"overdue", "--as-of", "2026-12-28"},
                                    {"overdue", "--as-of", "2026-12-28", "--against", "target"},
                                    {"due", "--as-of", "2026-12-28", "--within", "15"},
                                    {"register", "--year", "2026"},
                                    {"objections", "--year", "2026"},
                                    {"annual", "--year", "2026", "--as-of", "2026-12-28"}};
    for (const auto& report : reports) {
      for (const auto& format : formats) {
        Args args = report;
        args.insert(args.end(), format.begin(), format.end());
        CAPTURE(joined(args));
        const auto out = f.ok(args);
        CHECK(contains_any(out, niks) == "");
        CHECK(contains_any(out, masked) == "");
        CHECK(contains_any(out, contacts) == "");
        if (report[0] == "register" || report[0] == "objections") {
          // --unmasked alone shows nothing more.
          args.emplace_back("--unmasked");
          const auto unmasked = f.ok(args);
          CHECK(contains_any(unmasked, niks) == "");
          CHECK(contains_any(unmasked, masked) == "");
          CHECK(contains_any(unmasked, contacts) == "");
        }
      }
    }
    for (const auto& format : formats) {
      Args args{"register", "--year", "2026", "--show-personal-data"};
      args.insert(args.end(), format.begin(), format.end());
      CAPTURE(joined(args));
      const auto out = f.ok(args);
      CHECK(contains_any(out, niks) == "");
      CHECK(out.find("0812-3456-7801") != std::string::npos);
      CHECK(out.find("budi.santoso@example.id") != std::string::npos);
      CHECK(out.find("agus@example.id") != std::string::npos);

      Args objections{"objections", "--year", "2026", "--show-personal-data"};
      objections.insert(objections.end(), format.begin(), format.end());
      CAPTURE(joined(objections));
      const auto masked_out = f.ok(objections);
      // The objectors (004-008), masked; never the raw number.
      CHECK(contains_any(masked_out, niks) == "");
      CHECK(contains_any(masked_out, masked) ==
            "3201********0004, 3201********0005, 3201********0006, 3201********0007, "
            "3201********0008");
      objections.emplace_back("--unmasked");
      const auto unmasked_out = f.ok(objections);
      CHECK(contains_any(unmasked_out, niks) ==
            "3201234567890004, 3201234567890005, 3201234567890006, 3201234567890007, "
            "3201234567890008");
    }
    // Personal data options are for the registers only.
    const auto r = f.report({"overdue", "--show-personal-data"});
    CHECK(r.exit_code == 64);
    CHECK(r.out == "");
    // Reports change nothing.
    CHECK(ppid::test::dump_case_file(f.file()) == before);
  }

  TEST_CASE("objections --year 2026: exact rows") {
    CaseFile f;
    const Lines expected{
        "001/KEB/PPID/X/2026|2026-10-12|Dewi Lestari|||004/PPID/X/2026|Data kesehatan||e|upheld|"
        "2026-10-26|Sekretaris Daerah|Atasan PPID|true",
        "002/KEB/PPID/X/2026|2026-10-13|Rudi Hartono||LBH Bandung|005/PPID/X/2026|Izin bangunan||"
        "d|partial|2026-11-05|Sekretaris Daerah|Atasan PPID|true",
        "003/KEB/PPID/X/2026|2026-10-22|Ani Yudhoyono|||006/PPID/X/2026|Peta jalan||f|overturned|"
        "2026-11-10|Sekretaris Daerah|Atasan PPID|false",
        "004/KEB/PPID/X/2026|2026-10-27|Eko Prasetyo|||007/PPID/X/2026|Laporan "
        "keuangan||c||null|||"
        "false",
        "005/KEB/PPID/XII/2026|2026-12-01|Lina Marlina|||008/PPID/XI/2026|Data pegawai||d,e||"
        "null|||false"};
    const auto r = f.ok_json({"objections", "--year", "2026", "--as-of", "2026-12-28"});
    CHECK(r["from"] == "2026-01-01");
    CHECK(r["to"] == "2026-12-31");
    Lines rows;
    for (const auto& row : r["rows"]) {
      rows.push_back(objection_row(row));
    }
    CHECK(rows == expected);

    const auto shown = f.ok_json({"objections", "--year", "2026", "--show-personal-data"});
    REQUIRE(shown["rows"].size() == 5U);
    CHECK(shown["rows"][0]["id_number"] == "3201********0004");
    CHECK(shown["rows"][4]["id_number"] == "3201********0008");
    const auto unmasked =
        f.ok_json({"objections", "--year", "2026", "--show-personal-data", "--unmasked"});
    CHECK(unmasked["rows"][0]["id_number"] == "3201234567890004");

    SUBCASE("a period from November: only the objection of December") {
      const auto december = f.ok_json({"objections", "--from", "2026-11-01", "--to", "2026-12-31"});
      REQUIRE(december["rows"].size() == 1U);
      CHECK(december["rows"][0]["objection_no"] == "005/KEB/PPID/XII/2026");
    }
    SUBCASE("CSV, cell by cell") {
      const auto table = parse_csv(f.ok({"objections", "--year", "2026", "--format", "csv"}), ',');
      CHECK(
          table ==
          Table{{"Objection number", "Received", "Name", "Proxy", "Number", "Information requested",
                 "Purpose", "Grounds", "Superior's answer", "Day and date of answer", "Superior",
                 "To the Commission", "Dispute outcome", "Court decision"},
                {"001/KEB/PPID/X/2026", "2026-10-12", "Dewi Lestari", "", "004/PPID/X/2026",
                 "Data kesehatan", "", "e", "upheld", "Mon, 2026-10-26",
                 "Sekretaris Daerah (Atasan PPID)", "yes", "mediated", ""},
                {"002/KEB/PPID/X/2026", "2026-10-13", "Rudi Hartono", "LBH Bandung",
                 "005/PPID/X/2026", "Izin bangunan", "", "d", "partial", "Thu, 2026-11-05",
                 "Sekretaris Daerah (Atasan PPID)", "yes", "pending", ""},
                {"003/KEB/PPID/X/2026", "2026-10-22", "Ani Yudhoyono", "", "006/PPID/X/2026",
                 "Peta jalan", "", "f", "overturned", "Tue, 2026-11-10",
                 "Sekretaris Daerah (Atasan PPID)", "no", "", ""},
                {"004/KEB/PPID/X/2026", "2026-10-27", "Eko Prasetyo", "", "007/PPID/X/2026",
                 "Laporan keuangan", "", "c", "", "", "", "no", "", ""},
                {"005/KEB/PPID/XII/2026", "2026-12-01", "Lina Marlina", "", "008/PPID/XI/2026",
                 "Data pegawai", "", "d, e", "", "", "", "no", "", ""}});
    }
    SUBCASE("HTML") {
      const auto out = f.ok({"objections", "--year", "2026", "--format", "html"});
      check_self_contained(out);
      CHECK(first_cells(html_rows(out)) == Lines{"001/KEB/PPID/X/2026", "002/KEB/PPID/X/2026",
                                                 "003/KEB/PPID/X/2026", "004/KEB/PPID/X/2026",
                                                 "005/KEB/PPID/XII/2026"});
    }
  }

  TEST_CASE("annual --year 2026: every count") {
    CaseFile f;
    const auto r = f.ok_json({"annual", "--year", "2026", "--as-of", "2026-12-28"});
    CHECK(r["from"] == "2026-01-01");
    CHECK(r["to"] == "2026-12-31");
    CHECK(r["as_of"] == "2026-12-28");
    const auto& requests = r["requests"];
    CHECK(requests["received"] == 15);
    CHECK(requests["by_month"] == json{{"2026-01", 0},
                                       {"2026-02", 0},
                                       {"2026-03", 0},
                                       {"2026-04", 0},
                                       {"2026-05", 0},
                                       {"2026-06", 0},
                                       {"2026-07", 0},
                                       {"2026-08", 0},
                                       {"2026-09", 0},
                                       {"2026-10", 7},
                                       {"2026-11", 4},
                                       {"2026-12", 4}});
    CHECK(requests["by_service"]["data-statistik"] == 1);
    CHECK(requests["by_service"]["informasi-berkala"] == 2);
    CHECK(requests["by_service"]["informasi-serta-merta"] == 1);
    CHECK(requests["by_service"]["informasi-setiap-saat"] == 1);
    CHECK(requests["by_channel"] ==
          json{{"desk", 7}, {"email", 3}, {"web", 3}, {"post", 1}, {"fax", 0}, {"phone", 1}});
    CHECK(requests["by_applicant_type"] == json{{"person", 14}, {"group", 1}, {"organization", 0}});
    CHECK(requests["unanswered"] == 5);
    CHECK(requests["withdrawn"] == 1);
    CHECK(requests["extended"] == 2);

    const auto& decisions = r["decisions"];
    CHECK(decisions["counts"] == json{{"granted", 4}, {"partial", 2}, {"refused", 3}});
    CHECK(decisions["refusal_reasons"] == json{{"exempt", 1},
                                               {"not-held", 1},
                                               {"not-yet-held", 0},
                                               {"not-documented", 0},
                                               {"procedural", 1}});
    CHECK(decisions["exemption_letters"] == json{{"a", 0},
                                                 {"b", 1},
                                                 {"c", 0},
                                                 {"d", 0},
                                                 {"e", 0},
                                                 {"f", 0},
                                                 {"g", 0},
                                                 {"h", 0},
                                                 {"i", 0},
                                                 {"j", 0}});

    // Working days from day 0 to the notice: 2, 2, 3, 3, 7, 8, 8, 12, 16.
    const auto& times = r["time_to_answer"];
    CHECK(times["answered"] == 9);
    CHECK(times["median"] == 7.0);
    CHECK(times["mean"] == 6.8);
    CHECK(times["p90"] == 16.0);
    CHECK(times["bands"] == json{{"<=5", 4}, {"6-10", 3}, {"11-17", 2}, {">17", 0}});
    CHECK(times["within_statutory"] == 8);
    CHECK(times["with_target"] == 3);
    CHECK(times["within_target"] == 1);

    const auto& objections = r["objections"];
    CHECK(objections["filed"] == 5);
    CHECK(objections["by_ground"] ==
          json{{"a", 0}, {"b", 0}, {"c", 1}, {"d", 2}, {"e", 2}, {"f", 1}, {"g", 0}});
    CHECK(objections["answers"] ==
          json{{"upheld", 1}, {"overturned", 1}, {"partial", 1}, {"unanswered", 2}});
    CHECK(objections["answered_on_time"] == 3);
    CHECK(objections["answered_late"] == 0);

    const auto& disputes = r["disputes"];
    CHECK(disputes["filed"] == 2);
    CHECK(disputes["outcomes"] == json{{"mediated", 1},
                                       {"granted", 0},
                                       {"partial", 0},
                                       {"refused", 0},
                                       {"withdrawn", 0},
                                       {"lapsed", 0},
                                       {"not-registered", 0},
                                       {"pending", 1}});
    CHECK(disputes["filed_late"] == 0);
    CHECK(r["courts"] ==
          json{{"filed", 0},
               {"outcomes", {{"upheld", 0}, {"overturned", 0}, {"partial", 0}, {"pending", 0}}},
               {"cassations", 0}});

    SUBCASE("a year with nothing: zeros and nulls") {
      const auto empty = f.ok_json({"annual", "--year", "2025", "--as-of", "2026-12-28"});
      CHECK(empty["requests"]["received"] == 0);
      CHECK(empty["requests"]["by_month"].size() == 12U);
      CHECK(empty["time_to_answer"]["answered"] == 0);
      CHECK(empty["time_to_answer"]["median"].is_null());
      CHECK(empty["time_to_answer"]["mean"].is_null());
      CHECK(empty["time_to_answer"]["p90"].is_null());
      CHECK(empty["objections"]["filed"] == 0);
      CHECK(empty["disputes"]["filed"] == 0);
    }
    SUBCASE("HTML: self-contained, with inline SVG charts") {
      const auto out =
          f.ok({"annual", "--year", "2026", "--as-of", "2026-12-28", "--format", "html"});
      check_self_contained(out);
      CHECK(out.find("<title>Public information service report 2026-01-01 – 2026-12-31</title>") !=
            std::string::npos);
      CHECK(out.find("<table>") != std::string::npos);
      CHECK(out.find("<svg") != std::string::npos);
      CHECK(out.find("</svg>") != std::string::npos);
      const auto rows = html_rows(out);
      CHECK(std::find(rows.begin(), rows.end(),
                      std::vector<std::string>{"Requests received", "15"}) != rows.end());
      CHECK(std::find(rows.begin(), rows.end(), std::vector<std::string>{"b", "1"}) != rows.end());
    }
    SUBCASE("Markdown and text render, with the title") {
      const auto markdown =
          f.ok({"annual", "--year", "2026", "--as-of", "2026-12-28", "--format", "markdown"});
      CHECK(markdown.starts_with("# Public information service report 2026-01-01 – 2026-12-31\n"));
      CHECK(markdown.find("| Requests received | 15 |\n") != std::string::npos);
      const auto text = f.ok({"annual", "--year", "2026", "--as-of", "2026-12-28"});
      CHECK(text.starts_with("Public information service report 2026-01-01 – 2026-12-31\n"));
      CHECK(text.find("Requests received") != std::string::npos);
      const auto id = f.box.ppid({"report", "annual", "--year", "2026", "--as-of", "2026-12-28"},
                                 {{"PPID_TODAY", k_report_day}, {"PPID_LANG", "id"}});
      CHECK(id.exit_code == 0);
      CHECK(id.out.starts_with("Laporan layanan informasi publik 2026-01-01 – 2026-12-31\n"));
      const auto csv =
          f.ok({"annual", "--year", "2026", "--as-of", "2026-12-28", "--format", "csv"});
      CHECK(csv.find("Requests received,15\r\n") != std::string::npos);
    }
  }

  TEST_CASE("a report runs while another process holds a write transaction") {
    CaseFile f;
    // sqlite3 FILE, its stdin a pipe we keep open, its stdout (and stderr) a pipe we read.
    struct Shell {
      pid_t pid = -1;
      int in = -1;
      int out = -1;
      struct sigaction old_pipe {};

      explicit Shell(const std::string& path) {
        struct sigaction ignore {};
        ignore.sa_handler = SIG_IGN;
        ::sigaction(SIGPIPE, &ignore, &old_pipe);
        std::array<int, 2> to_child{};
        std::array<int, 2> from_child{};
        REQUIRE(::pipe2(to_child.data(), O_CLOEXEC) == 0);
        REQUIRE(::pipe2(from_child.data(), O_CLOEXEC) == 0);
        pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
          ::dup2(to_child[0], 0);
          ::dup2(from_child[1], 1);
          ::dup2(from_child[1], 2);
          ::execlp("sqlite3", "sqlite3", path.c_str(), static_cast<char*>(nullptr));
          ::_exit(127);
        }
        ::close(to_child[0]);
        ::close(from_child[1]);
        in = to_child[1];
        out = from_child[0];
      }
      Shell(const Shell&) = delete;
      Shell& operator=(const Shell&) = delete;

      void send(const std::string& sql) const {
        REQUIRE(::write(in, sql.data(), sql.size()) == static_cast<ssize_t>(sql.size()));
      }

      // What the shell printed until `marker` appeared (at most 10 seconds).
      std::string read_until(const std::string& marker) const {
        std::string got;
        std::array<char, 4096> buffer{};
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (got.find(marker) == std::string::npos &&
               std::chrono::steady_clock::now() < deadline) {
          pollfd fd{out, POLLIN, 0};
          if (::poll(&fd, 1, 100) <= 0) {
            continue;
          }
          const auto n = ::read(out, buffer.data(), buffer.size());
          if (n <= 0) {
            break;
          }
          got.append(buffer.data(), static_cast<std::size_t>(n));
        }
        return got;
      }

      // Ends the shell: closes its input and waits, killing it after 5 seconds.
      int finish() {
        if (in >= 0) {
          ::close(in);
          in = -1;
        }
        int status = 0;
        for (int i = 0; i < 50 && pid > 0; ++i) {
          if (::waitpid(pid, &status, WNOHANG) == pid) {
            pid = -1;
            return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
          }
          std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        if (pid > 0) {
          ::kill(pid, SIGKILL);
          ::waitpid(pid, &status, 0);
          pid = -1;
        }
        return -1;
      }

      ~Shell() {
        if (pid > 0) {
          ::kill(pid, SIGKILL);
          ::waitpid(pid, nullptr, 0);
        }
        if (in >= 0) {
          ::close(in);
        }
        if (out >= 0) {
          ::close(out);
        }
        ::sigaction(SIGPIPE, &old_pipe, nullptr);
      }
    };

    Shell shell{f.file().string()};
    shell.send(
        "BEGIN IMMEDIATE;\nINSERT INTO setting VALUES('lock-test','x');\n"
        "SELECT 'holding-' || 'the-lock';\n");
    const auto said = shell.read_until("holding-the-lock");
    INFO(said);
    REQUIRE(said.find("holding-the-lock") != std::string::npos);
    {
      // The lock is real: no other writer gets in.
      SQLite::Database other{f.file().string(), SQLite::OPEN_READWRITE};
      CHECK_THROWS(other.exec("BEGIN IMMEDIATE"));
    }
    const auto r = f.report({"overdue", "--as-of", "2026-12-28", "--format", "json"});
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    REQUIRE(!r.out.empty());
    CHECK(duties(json::parse(r.out), true) ==
          Lines{"007/PPID/X/2026 004/KEB/PPID/X/2026 objection_answer Eko Prasetyo null day0 "
                "2026-10-09 due 2026-12-08 late 12",
                "013/PPID/XII/2026 - response Yusuf Maulana null day0 2026-12-02 due "
                "2026-12-16 late 6",
                "014/PPID/XII/2026 - response Rina Wijaya informasi-berkala day0 2026-12-09 "
                "due 2026-12-23 late 1"});
    const auto annual = f.report({"annual", "--year", "2026", "--format", "json"});
    CHECK(annual.exit_code == 0);
    shell.send("ROLLBACK;\nSELECT 'rolled-' || 'back';\n");
    CHECK(shell.read_until("rolled-back").find("rolled-back") != std::string::npos);
    CHECK(shell.finish() == 0);
    SQLite::Database db{f.file().string(), SQLite::OPEN_READONLY};
    SQLite::Statement query{db, "SELECT count(*) FROM setting WHERE key = 'lock-test'"};
    REQUIRE(query.executeStep());
    CHECK(query.getColumn(0).getInt() == 0);
  }

  TEST_CASE("usage errors: exit 64 with the exact message — a missing case file: 66") {
    CaseFile f;
    const auto before = ppid::test::dump_case_file(f.file());
    const auto check_usage = [&](const Args& args, const std::string& err) {
      CAPTURE(joined(args));
      const auto r = f.report(args);
      CHECK(r.exit_code == 64);
      CHECK(r.out == "");
      CHECK(r.err == err);
    };
    const std::string period_hint =
        "ppid: error: a period is --from with --to, or --year [--month]; e.g. --year 2026, "
        "--year 2026 --month 11, or --from 2026-01-01 --to 2026-06-30\n";
    check_usage({"register", "--from", "2026-10-01"}, period_hint);
    check_usage({"annual", "--to", "2026-10-01"}, period_hint);
    check_usage({"register", "--year", "2026", "--from", "2026-01-01", "--to", "2026-02-01"},
                period_hint);
    check_usage({"register", "--from", "2026-10-02", "--to", "2026-10-01"},
                "ppid: error: --to is before --from: \"2026-10-02 .. 2026-10-01\"\n");
    check_usage({"annual", "--month", "13"},
                "ppid: error: invalid month: \"13\"; allowed: 1..12\n");
    check_usage({"objections", "--year", "2026", "--month", "0"},
                "ppid: error: invalid month: \"0\"; allowed: 1..12\n");
    check_usage({"overdue", "--format", "pdf"},
                "ppid: error: unknown output format: \"pdf\"; allowed: text, csv, json, markdown, "
                "html\n");
    check_usage({"annual", "--format", "pdf"},
                "ppid: error: unknown output format: \"pdf\"; allowed: text, csv, json, markdown, "
                "html\n");
    check_usage({"overdue", "--against", "foo"},
                "ppid: error: invalid against: \"foo\"; allowed: statutory, target\n");
    check_usage({"overdue", "--as-of", "2026-13-01"},
                "ppid: error: invalid date: \"2026-13-01\"; use YYYY-MM-DD, e.g. 2026-11-24\n");
    check_usage({"annual", "--year", "1800"},
                "ppid: error: invalid year: \"1800\"; a four-digit year, 1900 to 2999\n");
    CHECK(ppid::test::dump_case_file(f.file()) == before);

    const auto missing = f.report({"overdue", "--file", "missing.sqlite"});
    CHECK(missing.exit_code == 66);
    CHECK(missing.out == "");
    CHECK(missing.err ==
          "ppid: error: case file not found: \"missing.sqlite\"; create one with 'ppid init' or "
          "choose another with --file\n");
    CHECK(f.report({"annual", "--year", "2026", "--format", "html", "--file", "missing.sqlite"})
              .exit_code == 66);
    CHECK(!std::filesystem::exists(f.box.path("missing.sqlite")));
  }

  // Suspected defects (see the report to the team): these assert what DOMAIN.md asks for.
  TEST_CASE("a report as of a past day does not see what happened after it") {
    CaseFile f;
    // On 2026-11-30, 011 (limit 2026-11-27) was still unanswered: it was answered on 12-01.
    const auto overdue = f.ok_json({"overdue", "--as-of", "2026-11-30"});
    CHECK(duties(overdue, true) ==
          Lines{"011/PPID/XI/2026 - response Tono Sugiarto data-statistik day0 2026-11-13 due "
                "2026-11-27 late 1"});
    // On 2026-12-01: 013 (received 12-02) did not exist yet; 010 (answered 12-03) was still due
    // 12-04; 012 was not yet extended (extended 12-10), so due 12-15.
    const auto due = f.ok_json({"due", "--as-of", "2026-12-01", "--within", "15"});
    CHECK(duties(due, false) ==
          Lines{"010/PPID/XI/2026 - response Maya Sari null day0 2026-11-11 due 2026-12-04 left 3 "
                "extended",
                "007/PPID/X/2026 004/KEB/PPID/X/2026 objection_answer Eko Prasetyo null day0 "
                "2026-10-09 due 2026-12-08 left 5",
                "012/PPID/XII/2026 - response Wati Suryani null day0 2026-12-01 due 2026-12-15 "
                "left 10"});
  }

  TEST_CASE("reports say whether the clock ran from receipt or from completion") {
    // DOMAIN.md, incomplete requests: "Reports say which was used." 013 is incomplete and
    // overdue, counted from its receipt.
    CaseFile f;
    const std::string receipt = "Limits run from receipt of the request (clock_starts = receipt).";
    for (const auto& args :
         std::vector<Args>{{"overdue", "--as-of", "2026-12-28"},
                           {"due", "--as-of", "2026-12-22"},
                           {"annual", "--year", "2026", "--as-of", "2026-12-28"}}) {
      CAPTURE(joined(args));
      CHECK(f.ok_json(args)["clock_starts"] == "receipt");
    }
    for (const auto& args :
         std::vector<Args>{{"overdue", "--as-of", "2026-12-28"},
                           {"due", "--as-of", "2026-12-22"},
                           {"register", "--year", "2026"},
                           {"annual", "--year", "2026", "--as-of", "2026-12-28"}}) {
      CAPTURE(joined(args));
      CHECK(f.ok(args).find("\n" + receipt + "\n") != std::string::npos);
    }

    SUBCASE("with clock_starts = completion") {
      Sandbox box;
      const auto config =
          box.write("completion.toml", "[calendar]\nclock_starts = \"completion\"\n");
      REQUIRE(box.ppid({"init", "--config", config.string()}).exit_code == 0);
      REQUIRE(box.ppid({"request", "new", "--name", "Dewi", "--info", "Data", "--incomplete",
                        "--at", "2026-11-02"})
                  .exit_code == 0);
      const auto json_out =
          box.ppid({"report", "overdue", "--as-of", "2026-12-28", "--format", "json"});
      REQUIRE(json_out.exit_code == 0);
      const auto overdue = json::parse(json_out.out);
      CHECK(overdue["clock_starts"] == "completion");
      // The statutory limit runs from receipt whatever the practice: never completed, it is
      // overdue (the body's target waits for completion and has no date).
      REQUIRE(overdue["rows"].size() == 1);
      CHECK(overdue["rows"][0]["stage"] == "response");
      CHECK(overdue["rows"][0]["due"] == "2026-11-16");
      const auto annual = box.ppid({"report", "annual", "--year", "2026", "--as-of", "2026-12-28"});
      REQUIRE(annual.exit_code == 0);
      CHECK(annual.out.find("\nStatutory limits run from receipt of the request; the body's "
                            "target for an incomplete request runs from completion of the "
                            "requirements (clock_starts = completion).\n") != std::string::npos);
      const auto text = box.ppid({"report", "overdue", "--as-of", "2026-12-28"});
      CHECK(text.out.find("(clock_starts = completion)") != std::string::npos);
    }
  }
}
