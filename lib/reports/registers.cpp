#include "reports/registers.hpp"

#include <algorithm>

namespace ppid::reports {

using json = nlohmann::ordered_json;

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
    row.name = rules::text_field(applicant, "name");
    row.address = rules::text_field(applicant, "address");
    row.phone = rules::text_field(applicant, "phone");
    row.email = rules::text_field(applicant, "email");
    row.occupation = rules::text_field(applicant, "occupation");
    row.info = rules::text_field(received, "info");
    row.purpose = rules::text_field(received, "purpose");
    const auto access = rules::text_field(received, "access");
    if (access == "softcopy" || access == "hardcopy") {
      row.form = access;
      row.kind = "copy";
    } else if (!access.empty()) {
      row.kind = "see";
    }
    row.state = std::string{rules::code(c.state)};
    row.extended = c.extended;
    if (const auto* answer = c.find(rules::EventKind::answered)) {
      row.decision = rules::text_field(answer->data, "decision");
      row.refusal_reason = rules::text_field(answer->data, "reason");
      row.basis = rules::text_field(answer->data, "basis");
      row.holder = rules::text_field(answer->data, "holder");
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
    const auto* objection = c.find(rules::EventKind::objected);
    ObjectionRow row;
    row.objection_no = c.objection_no.value_or("");
    row.received = c.objected->date;
    row.name = rules::text_field(received.value("applicant", json::object()), "name");
    row.id_number = rules::text_field(received.value("applicant", json::object()), "id_number");
    row.proxy = rules::text_field(objection->data, "proxy");
    row.register_no = c.register_no;
    row.info = rules::text_field(received, "info");
    row.purpose = rules::text_field(received, "purpose");
    row.grounds = objection->data.value("grounds", std::vector<std::string>{});
    if (const auto* answer = c.find(rules::EventKind::objection_answered)) {
      row.answer = rules::text_field(answer->data, "answer");
      row.answer_date = answer->happened.date;
      row.official = rules::text_field(answer->data, "official");
      row.position = rules::text_field(answer->data, "position");
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
