#pragma once

// The applicant's windows, shared by the deadlines (replay) and the acts that check them.

#include "calendar/calendar.hpp"
#include "config/config.hpp"
#include "rules/case.hpp"

#include <optional>
#include <vector>

namespace ppid::rules {

// The end of the applicant's objection window for `grounds` [practice, DOMAIN.md]: ground c runs
// from the response limit, b and g from when they `arose`, the others from the notice.
std::optional<calendar::CalendarDate> objection_window_end(
    const Case& c, const std::vector<ObjectionGround>& grounds, const std::optional<Date>& arose,
    const calendar::Calendar& cal, const config::Config& config);

// The start of the applicant's dispute window (UU 14/2008 art. 37(2)): the superior's answer,
// or the end of the superior's limit when there was none [practice, Perki 1/2013].
std::optional<calendar::CalendarDate> dispute_window_start(const Case& c,
                                                           const calendar::Calendar& cal);

// An adjudication decision, as against a mediation, a withdrawal, a lapse or no registration:
// only it may be challenged in court (art. 47).
bool is_adjudication(DisputeOutcome outcome);

}  // namespace ppid::rules
