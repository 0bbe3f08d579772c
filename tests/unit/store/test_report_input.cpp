#include "error.hpp"
#include "store/case_file.hpp"
#include "store/report_input.hpp"
#include "support/temp_dir.hpp"

#include <doctest/doctest.h>

#include <string>

using ppid::test::FixtureCopy;

namespace {

ppid::Date d(int y, unsigned m, unsigned day) {
  return ppid::Date{date::year{y} / date::month{m} / date::day{day}};
}

// The register numbers of `in`'s cases with their number of events and the applicant's name.
std::string cases_of(const ppid::reports::Input& in) {
  std::string out;
  for (const auto& c : in.cases) {
    out += c.register_no + " " + std::to_string(c.events.size()) + " " +
           c.request().applicant.name + "\n";
  }
  return out;
}

}  // namespace

TEST_SUITE("store") {
  TEST_CASE("load_report_input: the cases of the query's service as they stood that day") {
    FixtureCopy copy{"schema-4.sqlite"};
    const auto file = ppid::store::CaseFile::open(copy.path, ppid::store::Access::read_only);

    ppid::reports::Query query;
    const auto april = ppid::store::load_report_input(file, query, d(2026, 4, 10));
    // 003 was received on 6 April and answered on the 15th; 002 was answered in March.
    CHECK(cases_of(april) ==
          "001/PPID/III/2026 2 Budi Santoso\n"
          "002/PPID/III/2026 4 Siti Aminah\n"
          "003/PPID/IV/2026 1 LSM Transparansi Contoh\n");
    CHECK(ppid::to_iso(april.as_of) == "2026-04-10");
    CHECK(ppid::to_iso(april.period.from) == "2026-01-01");
    CHECK(ppid::to_iso(april.period.to) == "2026-12-31");
    CHECK(april.config.agency.name == "Dinas Komunikasi dan Informatika Kabupaten Contoh");
    CHECK(april.calendar.covers(d(2026, 4, 10)));

    query.service = "informasi-berkala";
    query.period.year = 2025;
    const auto service = ppid::store::load_report_input(file, query, d(2026, 12, 1));
    CHECK(cases_of(service) == "001/PPID/III/2026 2 Budi Santoso\n");
    CHECK(ppid::to_iso(service.period.from) == "2025-01-01");

    query.anonymize = true;
    query.placeholder = "[disamarkan]";
    const auto anonymized = ppid::store::load_report_input(file, query, d(2026, 12, 1));
    CHECK(cases_of(anonymized) == "001/PPID/III/2026 2 [disamarkan]\n");
    CHECK(anonymized.cases.front().request().applicant.email == std::nullopt);
  }

  TEST_CASE("load_report_input: the query is checked before anything is read") {
    FixtureCopy copy{"schema-4.sqlite"};
    const auto file = ppid::store::CaseFile::open(copy.path, ppid::store::Access::read_only);
    ppid::reports::Query query;
    query.anonymize = true;
    query.unmasked = true;
    try {
      ppid::store::load_report_input(file, query, d(2026, 12, 1));
      FAIL("no error");
    } catch (const ppid::Error& e) {
      CHECK(e.kind() == ppid::ErrorKind::usage);
      CHECK(e.render(ppid::text::Lang::en) ==
            "option cannot be used with --anonymize: \"--unmasked\"");
    }
  }
}
