#include "reports/registers.hpp"

#include <algorithm>

namespace ppid::reports {
namespace {

using json = nlohmann::ordered_json;

std::string text(const json& data, const char* key) {
  const auto found = data.find(key);
  return found != data.end() && found->is_string() ? found->get<std::string>() : std::string{};
}

const rules::Event* find_event(const rules::Case& c, rules::EventKind kind) {
  const auto found = std::find_if(c.events.begin(), c.events.end(),
                                  [kind](const rules::Event& e) { return e.kind == kind; });
  return found != c.events.end() ? &*found : nullptr;
}

}  // namespace

std::vector<RegisterRow> request_register(const std::vector<rules::Case>& cases,
                                          const calendar::Calendar& calendar,
                                          const Period& period) {
  std::vector<RegisterRow> rows;
  for (const auto& c : cases) {
    if (!period.contains(c.received.date)) {
      continue;
    }
    const auto& received = c.first_event().data;
    const auto applicant = received.value("applicant", json::object());
    RegisterRow row;
    row.register_no = c.register_no;
    row.received = c.received;
    row.name = text(applicant, "name");
    row.address = text(applicant, "address");
    row.phone = text(applicant, "phone");
    row.email = text(applicant, "email");
    row.occupation = text(applicant, "occupation");
    row.info = text(received, "info");
    row.purpose = text(received, "purpose");
    const auto access = text(received, "access");
    if (access == "softcopy" || access == "hardcopy") {
      row.form = access;
      row.kind = "copy";
    } else if (!access.empty()) {
      row.kind = "see";
    }
    row.state = std::string{rules::code(c.state)};
    row.extended = c.extended;
    if (const auto* answer = find_event(c, rules::EventKind::answered)) {
      row.decision = text(answer->data, "decision");
      row.refusal_reason = text(answer->data, "reason");
      row.basis = text(answer->data, "basis");
      row.holder = text(answer->data, "holder");
      row.notice_date = answer->happened.date;
      // The status of the information (art. 22(7)(a)): held unless the refusal says otherwise.
      row.info_status = row.refusal_reason == "not-held" || row.refusal_reason == "not-yet-held" ||
                                row.refusal_reason == "not-documented"
                            ? row.refusal_reason
                            : "held";
      if (c.day0) {
        row.working_days_taken =
            std::max(0, calendar.working_days_between(*c.day0, answer->happened.date));
      }
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<ObjectionRow> objection_register(const std::vector<rules::Case>& cases,
                                             const Period& period) {
  std::vector<ObjectionRow> rows;
  for (const auto& c : cases) {
    if (!c.objected || !period.contains(c.objected->date)) {
      continue;
    }
    const auto& received = c.first_event().data;
    const auto* objection = find_event(c, rules::EventKind::objected);
    ObjectionRow row;
    row.objection_no = c.objection_no.value_or("");
    row.received = c.objected->date;
    row.name = text(received.value("applicant", json::object()), "name");
    row.id_number = text(received.value("applicant", json::object()), "id_number");
    row.proxy = text(objection->data, "proxy");
    row.register_no = c.register_no;
    row.info = text(received, "info");
    row.purpose = text(received, "purpose");
    row.grounds = objection->data.value("grounds", std::vector<std::string>{});
    if (const auto* answer = find_event(c, rules::EventKind::objection_answered)) {
      row.answer = text(answer->data, "answer");
      row.answer_date = answer->happened.date;
      row.official = text(answer->data, "official");
      row.position = text(answer->data, "position");
    }
    row.to_commission = c.dispute_filed.has_value();
    rows.push_back(std::move(row));
  }
  std::stable_sort(rows.begin(), rows.end(), [](const ObjectionRow& a, const ObjectionRow& b) {
    return a.received < b.received;
  });
  return rows;
}

}  // namespace ppid::reports
