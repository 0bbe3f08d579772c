#include "rules/redact.hpp"

#include <vector>

namespace ppid::rules {
namespace {

using json = nlohmann::ordered_json;

// What of each event's data may be published. A list of what stays rather than of what goes: a
// field added to an event later stays out until someone judges it public.
std::vector<const char*> public_fields(EventKind kind) {
  switch (kind) {
    case EventKind::received:
      return {"info", "service", "channel", "access", "delivery", "incomplete"};
    case EventKind::extended:
      return {"reason"};
    case EventKind::answered:
      return {"decision", "reason", "basis", "holder"};
    case EventKind::objected:
      return {"grounds", "arose", "within_window", "late_accepted", "objection_no"};
    case EventKind::objection_answered:
      return {"answer", "official", "position"};
    case EventKind::dispute_filed:
      return {"commission", "within_window"};
    case EventKind::dispute_ended:
      return {"outcome"};
    case EventKind::completed:
    case EventKind::withdrawn:
      break;
  }
  return {};
}

}  // namespace

Case redacted(const Case& c, const std::string& placeholder) {
  Case out = c;
  for (auto& event : out.events) {
    json kept = json::object();
    if (event.kind == EventKind::received) {
      const auto applicant = event.data.value("applicant", json::object());
      json person = json::object();
      person["name"] = placeholder;
      if (applicant.contains("type")) {
        person["type"] = applicant["type"];
      }
      kept["applicant"] = person;
    }
    for (const char* key : public_fields(event.kind)) {
      if (event.data.contains(key)) {
        kept[key] = event.data[key];
      }
    }
    event.data = std::move(kept);
    // Who typed an act in, and when, is the body's own audit trail.
    event.recorded_at.clear();
    event.recorded_by.clear();
  }
  return out;
}

}  // namespace ppid::rules
