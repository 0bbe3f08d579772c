#pragma once

#include "calendar/calendar.hpp"
#include "config/config.hpp"
#include "import/register_row.hpp"
#include "rules/case.hpp"
#include "rules/lifecycle.hpp"

#include <variant>

namespace ppid::import {

// The case a register row tells: the request at its date received, then each act the row dates
// (completion, extension, notice, objection, the superior's answer, dispute, its end,
// withdrawal), each checked by the same lifecycle rules as the command that records it, so an
// imported case is one an officer could have typed in. A refused act is the problem of its
// date's field. An objection number the row gives is in the objection event's data.
std::variant<rules::Case, RowProblem> build_case(const RegisterRow& row,
                                                 const calendar::Calendar& calendar,
                                                 const config::Config& config,
                                                 const rules::AsOf& as_of);

}  // namespace ppid::import
