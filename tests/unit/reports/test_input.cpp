#include "config/builtin_holidays.hpp"
#include "error.hpp"
#include "reports/input.hpp"

#include <doctest/doctest.h>

#include <string>

using ppid::reports::Query;

namespace {

ppid::Date d(int y, unsigned m, unsigned day) {
  return ppid::Date{date::year{y} / date::month{m} / date::day{day}};
}

// check_query's usage error for `query` in English, or "no error".
std::string error_of(const Query& query, std::optional<ppid::Date> as_of) {
  try {
    ppid::reports::check_query(query, as_of);
  } catch (const ppid::Error& e) {
    if (e.kind() != ppid::ErrorKind::usage) {
      return "wrong kind: " + e.render(ppid::text::Lang::en);
    }
    return e.render(ppid::text::Lang::en);
  }
  return "no error";
}

ppid::rules::Case received_case(const std::string& register_no, const std::string& name) {
  ppid::rules::Received received;
  received.applicant.name = name;
  received.applicant.id_number = "3201234567890001";
  received.applicant.phone = "0812-3456-7801";
  received.info = "Anggaran 2026";
  received.purpose = "Liputan";
  ppid::rules::Event event;
  event.happened = ppid::LocalTime{d(2026, 11, 2), std::nullopt};
  event.recorded_by = "petugas";
  event.data = received;
  ppid::rules::Case c;
  c.register_no = register_no;
  c.received = event.happened;
  c.events.push_back(event);
  return c;
}

}  // namespace

TEST_SUITE("reports") {
  TEST_CASE("check_query: the period first, then --anonymize with personal data") {
    Query query;
    CHECK(error_of(query, std::nullopt) == "no error");
    CHECK(error_of(query, d(2026, 11, 24)) == "no error");
    query.anonymize = true;
    CHECK(error_of(query, std::nullopt) == "no error");
    query.show_personal_data = true;
    CHECK(error_of(query, std::nullopt) ==
          "option cannot be used with --anonymize: \"--show-personal-data\"");
    query.unmasked = true;
    CHECK(error_of(query, std::nullopt) ==
          "option cannot be used with --anonymize: \"--show-personal-data\"");
    query.show_personal_data = false;
    CHECK(error_of(query, std::nullopt) ==
          "option cannot be used with --anonymize: \"--unmasked\"");
    query.period.month = 13;
    CHECK(error_of(query, std::nullopt) == "invalid month: \"13\"; allowed: 1..12");
    // Personal data options without --anonymize are no error.
    Query shown;
    shown.show_personal_data = true;
    shown.unmasked = true;
    CHECK(error_of(shown, std::nullopt) == "no error");
  }

  TEST_CASE("check_query: without the day, every period check but the day's own year") {
    Query query;
    query.period.year = 1899;
    CHECK(error_of(query, std::nullopt) ==
          "invalid year: \"1899\"; a four-digit year, 1900 to 2999");
    query.period = {};
    query.period.from = "2026-10-02";
    query.period.to = "2026-10-01";
    CHECK(error_of(query, std::nullopt) == "--to is before --from: \"2026-10-02 .. 2026-10-01\"");
  }

  TEST_CASE("prepare_input: the period as of the day, the cases anonymized when asked") {
    const std::vector<ppid::rules::Case> cases{received_case("001/PPID/XI/2026", "Budi Santoso"),
                                               received_case("002/PPID/XI/2026", "Siti Aminah")};
    const ppid::config::Config config;
    Query query;
    query.period.month = 11;
    query.placeholder = "[redacted]";
    const auto plain = ppid::reports::prepare_input(query, cases, ppid::config::national_calendar(),
                                                    config, d(2026, 12, 28));
    CHECK(ppid::to_iso(plain.as_of) == "2026-12-28");
    CHECK(ppid::to_iso(plain.period.from) == "2026-11-01");
    CHECK(ppid::to_iso(plain.period.to) == "2026-11-30");
    REQUIRE(plain.cases.size() == 2);
    CHECK(plain.cases[0].request() == cases[0].request());
    CHECK(plain.cases[1].events.front().recorded_by == "petugas");

    query.anonymize = true;
    const auto anonymized = ppid::reports::prepare_input(
        query, cases, ppid::config::national_calendar(), config, d(2026, 12, 28));
    REQUIRE(anonymized.cases.size() == 2);
    for (const auto& c : anonymized.cases) {
      const auto& applicant = c.request().applicant;
      CHECK(applicant.name == "[redacted]");
      CHECK(applicant.id_number == std::nullopt);
      CHECK(applicant.phone == std::nullopt);
      CHECK(c.request().purpose == std::nullopt);
      CHECK(c.request().info == "Anggaran 2026");
      CHECK(c.events.front().recorded_by == "");
    }
    CHECK(anonymized.cases[1].register_no == "002/PPID/XI/2026");
  }
}
