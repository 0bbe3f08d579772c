#pragma once

#include "calendar/calendar.hpp"
#include "rules/case.hpp"
#include "rules/lifecycle.hpp"
#include "store/case_file.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ppid::store {

// Who recorded an event, and when (agency time, ISO 8601): resolved once by the command line.
struct Recorded {
  std::string at;
  std::string by;
};

// Registers the request `received` at `at`: gives it the next
// register number of its year (gap-free: the caller holds the write transaction), records the
// event and stores what is derived from it. Returns the new case.
rules::Case register_request(CaseFile& file, const rules::Received& received, const LocalTime& at,
                             const Recorded& recorded, const calendar::Calendar& calendar,
                             Date today);

// The case with `register_no`, replayed as of `today`. Error{bad_input} when there is none, or
// when one of its events no longer matches its hash.
rules::Case load_case(const CaseFile& file, const std::string& register_no,
                      const calendar::Calendar& calendar, Date today);

// Appends `event` to `c` (an objection gets the next objection number), records it in the hash
// chain and stores what is derived. The caller holds the write transaction. Returns the case
// with the event.
rules::Case append_event(CaseFile& file, const rules::Case& c, rules::Event event,
                         const Recorded& recorded, const calendar::Calendar& calendar, Date today);

// Which cases `load_cases` returns.
struct CaseFilter {
  std::optional<rules::State> state;
  std::optional<std::string> service;
  std::optional<int> year;
  // Only what had happened by this day: later events are left out, later cases too (a report
  // as of a past day shows the cases as they stood then).
  std::optional<Date> until;
};

// Every case matching `filter`, in register order, replayed as of `today`.
std::vector<rules::Case> load_cases(const CaseFile& file, const CaseFilter& filter,
                                    const calendar::Calendar& calendar, Date today);

// The first problem `verify` found.
struct Problem {
  std::string register_no;  // empty for a problem of the file itself
  long event_id = 0;        // 0 when not about one event
  text::Message what;
};

struct VerifyResult {
  long cases = 0;
  long events = 0;
  std::optional<Problem> problem;
};

// Checks SQLite's integrity, the hash chain of every event, and that every case's stored state
// and deadlines equal what replaying its events with `calendar` gives.
VerifyResult verify(const CaseFile& file, const calendar::Calendar& calendar, Date today);

// A deadline that moved when recomputed.
struct DeadlineMove {
  std::string register_no;
  rules::DeadlineKind kind = rules::DeadlineKind::response;
  std::optional<Date> before;
  std::optional<Date> after;
  bool provisional = false;
};

// Recomputes and stores the deadlines of every case with `calendar`; returns those still
// running (pending, overdue or expired) whose date moved. The caller holds the write
// transaction.
std::vector<DeadlineMove> recalc(CaseFile& file, const calendar::Calendar& calendar, Date today);

// When a migration marked the file (the rules that derive deadlines changed), derives the stored
// state and deadlines of every case again, each as of its last act (as `verify` reads them), and
// clears the mark. The caller holds the write transaction that migrated the file.
void rederive_if_marked(CaseFile& file);

}  // namespace ppid::store
