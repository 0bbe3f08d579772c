#include "reports/input.hpp"

#include "error.hpp"
#include "rules/redact.hpp"

namespace ppid::reports {

void check_query(const Query& query, std::optional<Date> as_of) {
  // Until the day is known a day of 2000 stands in: only a period without --year takes its year
  // from the day, and prepare_input checks that once the day is known.
  period_of(query.period, as_of.value_or(Date{date::year{2000} / 1 / 1}));
  if (query.anonymize && (query.show_personal_data || query.unmasked)) {
    throw Error{ErrorKind::usage, {text::Id::err_anonymize_with}}.value(
        query.show_personal_data ? "--show-personal-data" : "--unmasked");
  }
}

Input prepare_input(const Query& query, std::vector<rules::Case> cases, calendar::Calendar calendar,
                    config::Config config, Date as_of) {
  const auto period = period_of(query.period, as_of);
  if (query.anonymize) {
    for (auto& c : cases) {
      c = rules::redacted(c, query.placeholder);
    }
  }
  return {std::move(cases), std::move(calendar), std::move(config), as_of, period};
}

}  // namespace ppid::reports
