#include "calendar/calendar.hpp"
#include "config/builtin_holidays.hpp"
#include "config/config.hpp"
#include "error.hpp"
#include "import/case_sink.hpp"
#include "import/run.hpp"
#include "rules/case.hpp"

#include <doctest/doctest.h>

#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

using ppid::Error;
using ppid::ErrorKind;
using ppid::import::AddOutcome;
using ppid::import::CaseSink;
using ppid::import::ImportObserver;
using ppid::import::ImportReport;
using ppid::import::ImportRequest;
using ppid::import::OnError;
using ppid::import::RegisterImport;
using ppid::import::RowError;
using ppid::text::Id;
using ppid::text::Lang;

namespace {

using Lines = std::vector<std::string>;

const std::string k_header =
    "Nomor Pendaftaran,Tanggal Permohonan,Nama Pemohon,Informasi yang Diminta\n";
const std::string k_budi = "001/PPID/XI/2026,02/11/2026,Budi,Data anggaran\n";
const std::string k_separators = ",,,\n";
const std::string k_bad_date = "002/PPID/XI/2026,31/02/2026,Siti,Data sekolah\n";
const std::string k_joko = "003/PPID/XI/2026,03/11/2026,Joko,Data jalan\n";

// What the sink and the observer were told, in the order they were told it.
struct Log {
  Lines lines;
};

// A sink in memory: keeps every case it is given and answers the outcome chosen for its number,
// `imported` for any other.
class MemorySink final : public CaseSink {
 public:
  MemorySink(Log& log, std::map<std::string, AddOutcome> outcomes)
      : m_log(log), m_outcomes(std::move(outcomes)) {}

  AddOutcome add(ppid::rules::Case c, bool objection_no_given) override {
    m_log.lines.push_back("add " + c.register_no + (objection_no_given ? " numbered" : ""));
    const auto chosen = m_outcomes.find(c.register_no);
    cases.push_back(std::move(c));
    return chosen == m_outcomes.end() ? AddOutcome::imported : chosen->second;
  }

  void finish() override { m_log.lines.push_back("finish"); }

  std::vector<ppid::rules::Case> cases;

 private:
  Log& m_log;
  std::map<std::string, AddOutcome> m_outcomes;
};

class LogObserver final : public ImportObserver {
 public:
  explicit LogObserver(Log& log) : m_log(log) {}

  void row_read(long rows, std::uint64_t bytes) override {
    m_log.lines.push_back("row " + std::to_string(rows) + " to byte " + std::to_string(bytes));
  }
  void row_failed(const RowError& error) override {
    m_log.lines.push_back("failed line " + std::to_string(error.line));
  }
  void rows_done() override { m_log.lines.push_back("done"); }

 private:
  Log& m_log;
};

// A row error as `ppid import` prints it, in English, without the file's name.
std::string text_of(const RowError& e) {
  return std::to_string(e.line) + ": " + (e.field.empty() ? "" : e.field + ": ") +
         e.problem.render(Lang::en);
}

Lines texts_of(const ImportReport& report) {
  Lines out;
  for (const auto& e : report.errors) {
    out.push_back(text_of(e));
  }
  return out;
}

ImportRequest request(OnError on_error = OnError::abort, bool dry_run = false) {
  ImportRequest r;
  r.source = "register.csv";
  r.on_error = on_error;
  r.dry_run = dry_run;
  return r;
}

struct Imported {
  ImportReport report;
  Log log;
  Lines numbers;  // the register numbers the sink was given, in order
};

// Imports `csv` into a sink in memory with the default configuration and the national
// calendar, on 2026-11-24 at 09:00.
Imported import_csv(const std::string& csv, ImportRequest r = request(),
                    std::map<std::string, AddOutcome> outcomes = {}) {
  const ppid::config::Config config;
  const ppid::calendar::Calendar calendar{ppid::config::builtin_holidays(), config.calendar};
  const auto now = *ppid::parse_local_time("2026-11-24T09:00");
  Imported out;
  MemorySink sink{out.log, std::move(outcomes)};
  LogObserver observer{out.log};
  std::istringstream in{csv};
  RegisterImport importer{in, std::move(r)};
  out.report = importer.run(sink, calendar, config, {now, now.date}, &observer);
  for (const auto& c : sink.cases) {
    out.numbers.push_back(c.register_no);
  }
  return out;
}

// The error reading the header of `csv` throws, rendered in English; "" when there is none.
std::string header_error(const std::string& csv, long skip_rows = 0) {
  auto r = request();
  r.mapping.skip_rows = skip_rows;
  std::istringstream in{csv};
  try {
    RegisterImport importer{in, std::move(r)};
    return "";
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::bad_input);
    return e.render(Lang::en);
  }
}

}  // namespace

TEST_SUITE("import") {
  TEST_CASE("run: good rows are added, a row of separators is no row, a bad date is rejected") {
    const auto csv = k_header + k_budi + k_separators + k_bad_date + k_joko;
    const auto imported = import_csv(csv);
    const auto& report = imported.report;
    CHECK(report.rows_read == 3);
    CHECK(report.imported == 2);
    CHECK(report.already_present == 0);
    CHECK(report.conflicts == 0);
    CHECK(report.rejected == 1);
    CHECK(report.problems() == 1);
    CHECK(imported.numbers == Lines{"001/PPID/XI/2026", "003/PPID/XI/2026"});
    REQUIRE(report.errors.size() == 1);
    const auto& error = report.errors.front();
    CHECK(error.line == 4);
    CHECK(error.field == "Tanggal Permohonan");
    CHECK(error.problem.kind() == ErrorKind::bad_input);
    CHECK(error.problem.what_message().id == Id::imp_date_impossible);
    CHECK(error.problem.value() == "31/02/2026");
    CHECK(text_of(error) == "4: Tanggal Permohonan: no such day in the calendar: \"31/02/2026\"");
    // Each row is told as it is read (bytes up to its end), the bad one as it is found, and the
    // end of the rows before the sink is finished.
    const auto after_budi = k_header.size() + k_budi.size();
    const auto after_bad = after_budi + k_separators.size() + k_bad_date.size();
    CHECK(imported.log.lines == Lines{"row 1 to byte " + std::to_string(after_budi),
                                      "add 001/PPID/XI/2026",
                                      "row 2 to byte " + std::to_string(after_bad), "failed line 4",
                                      "row 3 to byte " + std::to_string(csv.size()),
                                      "add 003/PPID/XI/2026", "done", "finish"});
    CHECK(report.delimiter == ',');
    CHECK_FALSE(report.converted);
    CHECK(report.unused_columns.empty());
  }

  TEST_CASE("run: the case a row gives") {
    const auto csv = k_header + "001/PPID/XI/2026,02/11/2026,Budi,Data anggaran\n";
    const ppid::config::Config config;
    const ppid::calendar::Calendar calendar{ppid::config::builtin_holidays(), config.calendar};
    const auto now = *ppid::parse_local_time("2026-11-24T09:00");
    Log log;
    MemorySink sink{log, {}};
    std::istringstream in{csv};
    RegisterImport importer{in, request()};
    const auto report = importer.run(sink, calendar, config, {now, now.date});
    CHECK(report.imported == 1);
    REQUIRE(sink.cases.size() == 1);
    const auto& c = sink.cases.front();
    CHECK(c.register_no == "001/PPID/XI/2026");
    CHECK(c.state == ppid::rules::State::open);
    CHECK(ppid::to_iso_local(c.received) == "2026-11-02");
    REQUIRE(c.events.size() == 1);
    CHECK(c.events.front().kind() == ppid::rules::EventKind::received);
    // Without an observer, nothing is told but what the sink is given.
    CHECK(log.lines == Lines{"add 001/PPID/XI/2026", "finish"});
  }

  TEST_CASE("run: written only without problems or with skip, and never on a dry run") {
    const auto good = k_header + k_budi + k_joko;
    const auto bad = k_header + k_budi + k_bad_date;
    CHECK(import_csv(good, request(OnError::abort)).report.written);
    CHECK(import_csv(good, request(OnError::skip)).report.written);
    CHECK_FALSE(import_csv(bad, request(OnError::abort)).report.written);
    CHECK(import_csv(bad, request(OnError::skip)).report.written);
    CHECK_FALSE(import_csv(good, request(OnError::abort, true)).report.written);
    CHECK_FALSE(import_csv(bad, request(OnError::skip, true)).report.written);
    // A dry run still gives every case to the sink: the caller's transaction is not committed.
    const auto dry = import_csv(good, request(OnError::abort, true));
    CHECK(dry.report.imported == 2);
    CHECK(dry.numbers == Lines{"001/PPID/XI/2026", "003/PPID/XI/2026"});
    // A conflict is a problem too.
    const auto conflict =
        import_csv(good, request(OnError::abort), {{"003/PPID/XI/2026", AddOutcome::conflict}});
    CHECK_FALSE(conflict.report.written);
  }

  TEST_CASE("run: what the sink answers is counted, and numbers it refuses are row errors") {
    const auto csv = k_header + k_budi + k_joko + "004/PPID/XI/2026,04/11/2026,Dewi,Data\n" +
                     "005/PPID/XI/2026,05/11/2026,Eko,Data\n";
    const auto imported = import_csv(csv, request(OnError::skip),
                                     {{"001/PPID/XI/2026", AddOutcome::already_present},
                                      {"003/PPID/XI/2026", AddOutcome::conflict},
                                      {"004/PPID/XI/2026", AddOutcome::repeated}});
    const auto& report = imported.report;
    CHECK(report.rows_read == 4);
    CHECK(report.imported == 1);
    CHECK(report.already_present == 1);
    CHECK(report.conflicts == 2);
    CHECK(report.rejected == 0);
    CHECK(report.written);
    CHECK(texts_of(report) ==
          Lines{"3: Nomor Pendaftaran: number 003/PPID/XI/2026 is already in the case file with "
                "other content; not overwritten (compare with: ppid show 003/PPID/XI/2026)",
                "4: Nomor Pendaftaran: number 004/PPID/XI/2026 already appears earlier in this "
                "file with other content"});
    CHECK(report.errors[0].problem.what_message().id == Id::imp_conflict);
    CHECK(report.errors[1].problem.what_message().id == Id::imp_repeated);
  }

  TEST_CASE("run: an objection number given that is taken rejects the row") {
    const std::string csv =
        "Nomor Pendaftaran,Tanggal Permohonan,Nama Pemohon,Informasi yang Diminta,"
        "Tanggal Pemberitahuan Tertulis,Keputusan,Nomor Keberatan,Tanggal Keberatan,"
        "Alasan Keberatan\n"
        "001/PPID/XI/2026,02/11/2026,Budi,Data,05/11/2026,sebagian,004/KEB/PPID/XI/2026,"
        "10/11/2026,d\n";
    const auto imported =
        import_csv(csv, request(), {{"001/PPID/XI/2026", AddOutcome::objection_no_taken}});
    CHECK(imported.report.rejected == 1);
    CHECK(imported.report.conflicts == 0);
    CHECK(imported.log.lines == Lines{"row 1 to byte " + std::to_string(csv.size()),
                                      "add 001/PPID/XI/2026 numbered", "failed line 2", "done",
                                      "finish"});
    CHECK(texts_of(imported.report) ==
          Lines{"2: Nomor Keberatan: objection number already used by another request: "
                "\"004/KEB/PPID/XI/2026\""});
  }

  TEST_CASE("run: a record the CSV reader cannot read is the row's problem, without a field") {
    const auto csv = k_header + "002/PPID/XI/2026,02/11/2026,\"Siti\" A,Data\n" + k_joko;
    const auto imported = import_csv(csv);
    CHECK(imported.report.rows_read == 2);
    CHECK(imported.report.rejected == 1);
    CHECK(imported.numbers == Lines{"003/PPID/XI/2026"});
    REQUIRE(imported.report.errors.size() == 1);
    CHECK(imported.report.errors[0].field == "");
    CHECK(imported.report.errors[0].problem.what_message().id == Id::imp_csv_quote);
    CHECK(texts_of(imported.report) ==
          Lines{"2: malformed quotes: a closing quote must be followed by the separator or the end "
                "of the line; write a quote inside a field as \"\""});
  }

  TEST_CASE("run: the separator found, text converted from Windows-1252, columns not used") {
    const auto imported = import_csv(
        "Nomor Pendaftaran;Tanggal Permohonan;Nama Pemohon;Informasi yang Diminta;Keterangan\n"
        "001/PPID/XI/2026;02/11/2026;Jos\xE9;Data;-\n");
    CHECK(imported.report.imported == 1);
    CHECK(imported.report.delimiter == ';');
    CHECK(imported.report.converted);
    CHECK(imported.report.unused_columns == Lines{"Keterangan"});
  }

  TEST_CASE("run: the header row") {
    SUBCASE("none") {
      CHECK(header_error("") == "register.csv: the file has no header row");
      CHECK(header_error("\n\n") == "register.csv: the file has no header row");
    }
    SUBCASE("after the rows the mapping skips") {
      const std::string titled = "Buku Register Permohonan Informasi 2026\nPPID Kota Contoh\n";
      CHECK(header_error(titled + k_header, 2) == "");
      CHECK(header_error(titled, 2) == "register.csv: the file has no header row");
      auto r = request();
      r.mapping.skip_rows = 2;
      const auto imported = import_csv(titled + k_header + k_budi, std::move(r));
      CHECK(imported.report.rows_read == 1);
      CHECK(imported.report.imported == 1);
      // The title has no separator: it is found in the header row.
      CHECK(imported.report.delimiter == ',');
    }
    SUBCASE("unreadable, or without a required column") {
      CHECK(header_error("\"Nomor\" Pendaftaran,Tanggal\n") ==
            "register.csv:1: malformed quotes: a closing quote must be followed by the separator "
            "or the end of the line; write a quote inside a field as \"\"");
      CHECK(header_error("Nomor Pendaftaran,Tanggal Permohonan,Nama Pemohon\n") ==
            "register.csv:1: no column for info; name its column in [columns] of a mapping file "
            "(--mapping)");
    }
  }
}
