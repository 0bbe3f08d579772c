#include "error.hpp"
#include "reports/period.hpp"

#include <doctest/doctest.h>

#include <string>

using ppid::reports::Period;
using ppid::reports::PeriodQuery;

namespace {

ppid::Date d(int y, unsigned m, unsigned day) {
  return ppid::Date{date::year{y} / date::month{m} / date::day{day}};
}

const ppid::Date k_as_of = d(2026, 11, 24);

// The period of `query` as of 2026-11-24 as "FROM..TO", or its usage error in English.
std::string period(const PeriodQuery& query) {
  try {
    const auto p = ppid::reports::period_of(query, k_as_of);
    return ppid::to_iso(p.from) + ".." + ppid::to_iso(p.to);
  } catch (const ppid::Error& e) {
    if (e.kind() != ppid::ErrorKind::usage) {
      return "wrong kind: " + e.render(ppid::text::Lang::en);
    }
    return e.render(ppid::text::Lang::en);
  }
}

PeriodQuery range(std::string from, std::string to) {
  PeriodQuery query;
  query.from = std::move(from);
  query.to = std::move(to);
  return query;
}

PeriodQuery year_month(std::optional<int> year, std::optional<unsigned> month) {
  PeriodQuery query;
  query.year = year;
  query.month = month;
  return query;
}

const std::string k_options =
    "a period is --from with --to, or --year [--month]; e.g. --year 2026, --year 2026 --month 11, "
    "or --from 2026-01-01 --to 2026-06-30";

}  // namespace

TEST_SUITE("reports") {
  TEST_CASE("period_of: without options, the year of the day it is as of") {
    CHECK(period({}) == "2026-01-01..2026-12-31");
    CHECK(ppid::to_iso(ppid::reports::period_of({}, d(1999, 3, 1)).to) == "1999-12-31");
  }

  TEST_CASE("period_of: --year, with or without --month") {
    CHECK(period(year_month(2025, std::nullopt)) == "2025-01-01..2025-12-31");
    CHECK(period(year_month(1900, std::nullopt)) == "1900-01-01..1900-12-31");
    CHECK(period(year_month(2999, std::nullopt)) == "2999-01-01..2999-12-31");
    CHECK(period(year_month(2026, 11U)) == "2026-11-01..2026-11-30");
    CHECK(period(year_month(2026, 1U)) == "2026-01-01..2026-01-31");
    CHECK(period(year_month(2026, 12U)) == "2026-12-01..2026-12-31");
    // February's last day in a leap year and in another.
    CHECK(period(year_month(2024, 2U)) == "2024-02-01..2024-02-29");
    CHECK(period(year_month(2026, 2U)) == "2026-02-01..2026-02-28");
    // A month alone is of the year of the day.
    CHECK(period(year_month(std::nullopt, 3U)) == "2026-03-01..2026-03-31");
  }

  TEST_CASE("period_of: a year outside 1900..2999 and a month outside 1..12") {
    CHECK(period(year_month(1899, std::nullopt)) ==
          "invalid year: \"1899\"; a four-digit year, 1900 to 2999");
    CHECK(period(year_month(3000, 5U)) ==
          "invalid year: \"3000\"; a four-digit year, 1900 to 2999");
    CHECK(period(year_month(2026, 0U)) == "invalid month: \"0\"; allowed: 1..12");
    CHECK(period(year_month(2026, 13U)) == "invalid month: \"13\"; allowed: 1..12");
    CHECK(period(year_month(std::nullopt, 13U)) == "invalid month: \"13\"; allowed: 1..12");
  }

  TEST_CASE("period_of: --from with --to, both days included") {
    CHECK(period(range("2026-10-08", "2026-11-10")) == "2026-10-08..2026-11-10");
    CHECK(period(range("2026-10-08", "2026-10-08")) == "2026-10-08..2026-10-08");
    // Across years, whatever the day it is as of.
    CHECK(period(range("2019-12-01", "2030-01-31")) == "2019-12-01..2030-01-31");
    CHECK(period(range("2026-10-02", "2026-10-01")) ==
          "--to is before --from: \"2026-10-02 .. 2026-10-01\"");
  }

  TEST_CASE("period_of: --from and --to go together, and not with --year or --month") {
    PeriodQuery from_only;
    from_only.from = "2026-10-01";
    CHECK(period(from_only) == k_options);
    PeriodQuery to_only;
    to_only.to = "2026-10-01";
    CHECK(period(to_only) == k_options);
    auto with_year = range("2026-01-01", "2026-02-01");
    with_year.year = 2026;
    CHECK(period(with_year) == k_options);
    auto with_month = range("2026-01-01", "2026-02-01");
    with_month.month = 1;
    CHECK(period(with_month) == k_options);
    // Which options go together is checked before their dates are read.
    from_only.from = "2026-1-1";
    CHECK(period(from_only) == k_options);
    auto malformed_with_year = range("yesterday", "2026-02-01");
    malformed_with_year.year = 2026;
    CHECK(period(malformed_with_year) == k_options);
  }

  TEST_CASE("period_of: a malformed --from or --to") {
    CHECK(period(range("2026-1-1", "2026-02-01")) ==
          "invalid date: \"2026-1-1\"; use YYYY-MM-DD, e.g. 2026-11-24");
    CHECK(period(range("2026-01-01", "2026-02-30")) ==
          "invalid date: \"2026-02-30\"; use YYYY-MM-DD, e.g. 2026-11-24");
    // --from is read first.
    CHECK(period(range("x", "y")) == "invalid date: \"x\"; use YYYY-MM-DD, e.g. 2026-11-24");
  }

  TEST_CASE("Period::contains: both ends included") {
    const Period p{d(2026, 11, 1), d(2026, 11, 30)};
    CHECK_FALSE(p.contains(d(2026, 10, 31)));
    CHECK(p.contains(d(2026, 11, 1)));
    CHECK(p.contains(d(2026, 11, 15)));
    CHECK(p.contains(d(2026, 11, 30)));
    CHECK_FALSE(p.contains(d(2026, 12, 1)));
  }
}
