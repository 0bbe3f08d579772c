#include "rules/case.hpp"

#include <algorithm>

namespace ppid::rules {

const Event* Case::find(EventKind kind) const {
  const auto found = std::find_if(events.begin(), events.end(),
                                  [kind](const Event& e) { return e.kind() == kind; });
  return found != events.end() ? &*found : nullptr;
}

const Deadline* Case::deadline(DeadlineKind kind) const {
  const auto found = std::find_if(deadlines.begin(), deadlines.end(),
                                  [kind](const Deadline& d) { return d.kind == kind; });
  return found != deadlines.end() ? &*found : nullptr;
}

std::vector<std::string> Case::awaited_units() const {
  std::vector<std::string> units;
  for (const auto& a : assignments) {
    if (!a.returned) {
      units.push_back(a.unit);
    }
  }
  return units;
}

}  // namespace ppid::rules
