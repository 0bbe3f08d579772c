#pragma once

#include "calendar/calendar.hpp"
#include "config/config.hpp"
#include "reports/period.hpp"
#include "rules/case.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ppid::reports {

// What a report is asked for: its period, the service it is limited to, and what it shows of
// the applicants.
struct Query {
  PeriodQuery period;
  std::optional<std::string> service;
  bool show_personal_data = false;
  bool unmasked = false;
  // The cases as `ppid redact` shows them, the applicant's name replaced by `placeholder`: one
  // set of rules for everything published.
  bool anonymize = false;
  std::string placeholder;
};

// What a report works on: the cases (read-only), the calendar, the configuration, the day it is
// as of and the period.
struct Input {
  std::vector<rules::Case> cases;
  calendar::Calendar calendar;
  config::Config config;
  Date as_of;
  Period period;
};

// Checks `query` before anything is read: its period as period_of does, then --anonymize with
// --show-personal-data or --unmasked (Error{usage}). `as_of` may not be known yet (without
// --as-of it is today in the case file's time zone); the year a period takes from the day is
// then checked by prepare_input.
void check_query(const Query& query, std::optional<Date> as_of);

// The input of a report for `query` from the cases loaded for it as of `as_of`: the period as of
// that day, and the cases anonymized when asked. `query` is one check_query accepted.
Input prepare_input(const Query& query, std::vector<rules::Case> cases, calendar::Calendar calendar,
                    config::Config config, Date as_of);

}  // namespace ppid::reports
