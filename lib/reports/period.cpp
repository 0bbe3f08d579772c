#include "reports/period.hpp"

#include "error.hpp"

namespace ppid::reports {
namespace {

using text::Id;

// A --from or --to date, refused as the command line refuses its other date options.
Date date_option(const std::string& value) {
  if (auto day = parse_iso_date(value)) {
    return *day;
  }
  throw Error{ErrorKind::usage, {Id::err_bad_date}}.value(value).allowed({Id::hint_date_format});
}

}  // namespace

Period period_of(const PeriodQuery& query, Date as_of) {
  if (query.from || query.to) {
    // --from and --to go together, and not with --year or --month.
    if (!query.from || !query.to || query.year || query.month) {
      throw Error{ErrorKind::usage, {Id::err_period_options}}.allowed({Id::hint_period});
    }
    const Period period{date_option(*query.from), date_option(*query.to)};
    if (period.to < period.from) {
      throw Error{ErrorKind::usage, {Id::err_period_order}}.value(*query.from + " .. " + *query.to);
    }
    return period;
  }
  const int year = query.year.value_or(static_cast<int>(date::year_month_day{as_of}.year()));
  if (year < 1900 || year > 2999) {
    throw Error{ErrorKind::usage, {Id::err_bad_year}}
        .value(std::to_string(year))
        .allowed({Id::hint_year_range});
  }
  if (query.month) {
    if (*query.month < 1 || *query.month > 12) {
      throw Error{ErrorKind::usage, {Id::err_field_invalid, {"month"}}}
          .value(std::to_string(*query.month))
          .allowed({Id::hint_allowed, {"1..12"}});
    }
    const date::year_month month{date::year{year}, date::month{*query.month}};
    return {Date{month / 1}, Date{month / date::last}};
  }
  return {Date{date::year{year} / 1 / 1}, Date{date::year{year} / 12 / 31}};
}

}  // namespace ppid::reports
