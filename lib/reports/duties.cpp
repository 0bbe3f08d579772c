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
  return Duty{c.register_no, c.objection_no, stage,         applicant_name(c), c.service,
              c.day0,        *d.due,         d.provisional, d.extended,        days};
}

}  // namespace

std::string_view code(Stage stage) {
  return stage == Stage::response ? "response" : "objection_answer";
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

}  // namespace ppid::reports
