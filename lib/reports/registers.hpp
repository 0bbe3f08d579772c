#pragma once

#include "calendar/calendar.hpp"
#include "reports/period.hpp"
#include "rules/case.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ppid::reports {

// One row of the request register (buku register permohonan, Perki template), in the column
// order of DOMAIN.md, with what ppid adds: extended or not, working days taken.
struct RegisterRow {
  std::string register_no;
  LocalTime received;
  std::string name;
  std::string address;
  std::string phone;
  std::string email;
  std::string occupation;
  std::string info;
  std::string purpose;
  std::string info_status;  // held, not-held, not-yet-held, not-documented, or "" while open
  std::string holder;       // the body that holds it, for not-held
  std::string form;         // softcopy, hardcopy, or ""
  std::string kind;         // see (to see or know) or copy (to get a copy), or ""
  std::string decision;
  std::string refusal_reason;
  std::string basis;
  std::optional<Date> notice_date;
  // The last delivery (the one in full when there is one), the cost over every delivery and how
  // the last cost was paid.
  std::optional<Date> delivered_date;
  bool delivered_in_part = false;
  long cost = 0;
  std::string paid_by;  // cash, transfer, other, or ""
  std::string state;
  bool extended = false;
  std::optional<int> working_days_taken;
};

// One row of the objection register (register keberatan).
struct ObjectionRow {
  std::string objection_no;
  Date received;
  std::string name;
  std::string id_number;
  std::string proxy;
  std::string register_no;
  std::string info;
  std::string purpose;
  std::vector<std::string> grounds;
  std::string answer;  // upheld, overturned, partial, or "" while unanswered
  std::optional<Date> answer_date;
  std::string official;
  std::string position;
  bool to_commission = false;
  // What came of it (Perki 1/2021 art. 56): the dispute's outcome and the court's decision that
  // stands, each "pending" while awaited and "" when there was none.
  std::string dispute_outcome;
  std::string court_outcome;
};

// The requests received in `period`, in register order.
std::vector<RegisterRow> request_register(const std::vector<rules::Case>& cases,
                                          const calendar::Calendar& calendar, const Period& period);

// The objections filed in `period`, in objection-number order.
std::vector<ObjectionRow> objection_register(const std::vector<rules::Case>& cases,
                                             const Period& period);

}  // namespace ppid::reports
