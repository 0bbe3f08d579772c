#include "reports/duties.hpp"

#include <algorithm>

namespace ppid::reports {
namespace {

using rules::DeadlineKind;

std::string applicant_name(const rules::Case& c) {
  return c.request().applicant.name;
}

// The duty `c` has now, if any: the written notice while open (against the law or the target),
// the superior's answer while an objection waits.
std::optional<std::pair<Stage, const rules::Deadline*>> open_duty(const rules::Case& c,
                                                                  Against against) {
  if (c.state == rules::State::open) {
    const auto kind = against == Against::target ? DeadlineKind::target : DeadlineKind::response;
    if (const auto* d = c.deadline(kind); d != nullptr && d->due) {
      return std::pair{Stage::response, d};
    }
  }
  if (c.state == rules::State::objection) {
    // Against the body's target for the answer when it has one, else the law's limit alone.
    const auto* d =
        against == Against::target ? c.deadline(DeadlineKind::objection_target) : nullptr;
    if (d == nullptr) {
      d = c.deadline(DeadlineKind::objection_answer);
    }
    if (d != nullptr && d->due) {
      return std::pair{Stage::objection_answer, d};
    }
  }
  return std::nullopt;
}

Duty make_duty(const rules::Case& c, Stage stage, const rules::Deadline& d, int days) {
  Duty duty;
  duty.register_no = c.register_no;
  duty.objection_no = c.objection_no;
  duty.stage = stage;
  duty.applicant = applicant_name(c);
  duty.service = c.service;
  duty.day0 = c.day0;
  duty.due = *d.due;
  duty.provisional = d.provisional;
  duty.extended = d.extended;
  duty.working_days = days;
  return duty;
}

// Each internal step of `cases` not answered, with a target, for which `keep` (given its due
// date) is true; its working days from `days`.
template <typename Keep, typename Days>
std::vector<Duty> internal_steps(const std::vector<rules::Case>& cases, Keep keep, Days days) {
  std::vector<Duty> duties;
  for (const auto& c : cases) {
    // A withdrawn request, or a dispute that ended, leaves nothing for a unit to do.
    if (c.state == rules::State::withdrawn || c.state == rules::State::closed) {
      continue;
    }
    for (const auto& a : c.assignments) {
      if (a.returned || !a.target || !a.target->due || !keep(*a.target->due)) {
        continue;
      }
      auto duty = make_duty(c, Stage::internal, *a.target, days(*a.target->due));
      duty.unit = a.unit;
      duty.assigned = a.assigned.date;
      duties.push_back(std::move(duty));
    }
  }
  return duties;
}

}  // namespace

std::string_view code(Stage stage) {
  switch (stage) {
    case Stage::response:
      return "response";
    case Stage::objection_answer:
      return "objection_answer";
    case Stage::internal:
      return "internal";
  }
  return "response";
}

std::vector<Duty> overdue_duties(const std::vector<rules::Case>& cases, Against against,
                                 const calendar::Calendar& calendar, Date as_of) {
  std::vector<Duty> duties;
  for (const auto& c : cases) {
    const auto duty = open_duty(c, against);
    if (duty && as_of > *duty->second->due) {
      duties.push_back(make_duty(c, duty->first, *duty->second,
                                 calendar.working_days_between(*duty->second->due, as_of)));
    }
  }
  std::stable_sort(duties.begin(), duties.end(),
                   [](const Duty& a, const Duty& b) { return a.working_days > b.working_days; });
  return duties;
}

std::vector<Duty> duties_due(const std::vector<rules::Case>& cases, int within,
                             const calendar::Calendar& calendar, Date as_of) {
  std::vector<Duty> duties;
  for (const auto& c : cases) {
    const auto duty = open_duty(c, Against::statutory);
    if (!duty || as_of > *duty->second->due) {
      continue;
    }
    const int left = calendar.working_days_between(as_of, *duty->second->due);
    if (left <= within) {
      duties.push_back(make_duty(c, duty->first, *duty->second, left));
    }
  }
  std::stable_sort(duties.begin(), duties.end(),
                   [](const Duty& a, const Duty& b) { return a.due < b.due; });
  return duties;
}

std::vector<Duty> overdue_internal(const std::vector<rules::Case>& cases,
                                   const calendar::Calendar& calendar, Date as_of) {
  auto duties = internal_steps(
      cases, [as_of](Date due) { return as_of > due; },
      [&](Date due) { return calendar.working_days_between(due, as_of); });
  std::stable_sort(duties.begin(), duties.end(), [](const Duty& a, const Duty& b) {
    return a.unit != b.unit ? a.unit < b.unit : a.working_days > b.working_days;
  });
  return duties;
}

std::vector<Duty> internal_due(const std::vector<rules::Case>& cases, int within,
                               const calendar::Calendar& calendar, Date as_of) {
  auto duties = internal_steps(
      cases,
      [&](Date due) { return as_of <= due && calendar.working_days_between(as_of, due) <= within; },
      [&](Date due) { return calendar.working_days_between(as_of, due); });
  std::stable_sort(duties.begin(), duties.end(), [](const Duty& a, const Duty& b) {
    return a.unit != b.unit ? a.unit < b.unit : a.due < b.due;
  });
  return duties;
}

}  // namespace ppid::reports
