#pragma once

#include "calendar/calendar.hpp"
#include "rules/case.hpp"
#include "word_table.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace ppid::reports {

// The body's duties a morning report is about (UU 14/2008 art. 22(7)-(8), 36(2)).
enum class Stage { response, objection_answer, internal };
std::string_view code(Stage stage);

// Which limit "overdue" is measured against: the law's, or the body's own service target.
enum class Against { statutory, target };

// One open duty of the body.
struct Duty {
  std::string register_no;
  std::optional<std::string> objection_no;
  Stage stage = Stage::response;
  std::string applicant;
  std::optional<std::string> service;
  Date day0;
  Date due;
  bool provisional = false;
  bool extended = false;
  int working_days = 0;  // late (overdue) or left (due soon)
  // An internal step: the unit routed to, and when.
  std::optional<std::string> unit;
  std::optional<Date> assigned;
};

// Every duty not done and past its limit on `as_of`, most overdue first.
std::vector<Duty> overdue_duties(const std::vector<rules::Case>& cases, Against against,
                                 const calendar::Calendar& calendar, Date as_of);

// Every duty not done that falls due within the next `within` working days of `as_of` (today
// included, not yet past), soonest first.
std::vector<Duty> duties_due(const std::vector<rules::Case>& cases, int within,
                             const calendar::Calendar& calendar, Date as_of);

// The internal steps (routing to units, DOMAIN.md) not answered and past their target on
// `as_of`, per unit (by name), most overdue first within a unit. Never a statutory limit.
std::vector<Duty> overdue_internal(const std::vector<rules::Case>& cases,
                                   const calendar::Calendar& calendar, Date as_of);

// The internal steps not answered whose target falls within the next `within` working days,
// per unit, soonest first within a unit.
std::vector<Duty> internal_due(const std::vector<rules::Case>& cases, int within,
                               const calendar::Calendar& calendar, Date as_of);

}  // namespace ppid::reports

namespace ppid {

// The words of `report overdue --against`.
template <>
struct Words<reports::Against> {
  static constexpr std::array<std::string_view, 2> table = {"statutory", "target"};
};

}  // namespace ppid
