#pragma once

#include "date.hpp"

#include <optional>
#include <string>

namespace ppid::reports {

// A reporting period, both ends included.
struct Period {
  Date from;
  Date to;
  bool contains(Date day) const { return day >= from && day <= to; }
};

// A report's period options as typed: --from with --to, or --year with an optional --month.
// The dates stay text here so that which options were given is checked before their dates are
// read (a malformed --from beside --year is a wrong combination first).
struct PeriodQuery {
  std::optional<std::string> from;
  std::optional<std::string> to;
  std::optional<int> year;
  std::optional<unsigned> month;
};

// The period `query` names; with neither --from/--to nor --year, the year of `as_of` (a month
// alone is of that year too). Error{usage} for --from/--to with --year/--month or one of them
// alone, a malformed date, --to before --from, a year outside 1900..2999 and a month outside
// 1..12.
Period period_of(const PeriodQuery& query, Date as_of);

}  // namespace ppid::reports
