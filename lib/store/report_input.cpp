#include "store/report_input.hpp"

#include "store/case_store.hpp"
#include "store/holiday_store.hpp"

namespace ppid::store {

reports::Input load_report_input(const CaseFile& file, const reports::Query& query, Date as_of) {
  reports::check_query(query, as_of);
  auto calendar = case_calendar(file);
  CaseFilter filter;
  filter.service = query.service;
  filter.until = as_of;
  auto cases = load_cases(file, filter, calendar, as_of);
  return reports::prepare_input(query, std::move(cases), std::move(calendar), file.config(), as_of);
}

}  // namespace ppid::store
