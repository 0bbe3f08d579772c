#pragma once

#include "reports/input.hpp"
#include "store/case_file.hpp"

namespace ppid::store {

// What a report asked for by `query` works on, from `file` as of `as_of`: the cases of the
// query's service as they stood that day (later events and cases left out), replayed with the
// file's calendar, and anonymized when asked. Error{usage} as reports::check_query, before
// anything is read.
reports::Input load_report_input(const CaseFile& file, const reports::Query& query, Date as_of);

}  // namespace ppid::store
