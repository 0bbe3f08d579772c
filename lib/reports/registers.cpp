#include "reports/registers.hpp"

#include <algorithm>

namespace ppid::reports {

namespace {

template <Worded E>
std::string code_or_empty(const std::optional<E>& value) {
  return value ? std::string{code(*value)} : std::string{};
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
    const auto& received = c.request();
    const auto& applicant = received.applicant;
    RegisterRow row;
    row.register_no = c.register_no;
    row.received = c.received;
    row.name = applicant.name;
    row.address = applicant.address.value_or("");
    row.phone = applicant.phone.value_or("");
    row.email = applicant.email.value_or("");
    row.occupation = applicant.occupation.value_or("");
    row.info = received.info;
    row.purpose = received.purpose.value_or("");
    // The register's two columns of the form of access: a copy (and in what form) or seeing it.
    if (received.access == rules::AccessForm::softcopy ||
        received.access == rules::AccessForm::hardcopy) {
      row.form = code(*received.access);
      row.kind = "copy";
    } else if (received.access) {
      row.kind = "see";
    }
    // The form held, as an imported register wrote it, says more than the form of access.
    if (received.held_form) {
      row.form = code(*received.held_form);
    }
    row.state = std::string{code(c.state)};
    row.extended = c.extended;
    if (const auto* answer_event = c.find(rules::EventKind::answered)) {
      const auto& answer = answer_event->as<rules::Answered>();
      row.decision = code(answer.decision);
      row.refusal_reason = code_or_empty(answer.reason);
      row.basis = answer.basis.value_or("");
      row.holder = answer.holder.value_or("");
      row.notice_date = answer_event->happened.date;
      // The status of the information (art. 22(7)(a)): held unless the refusal says otherwise.
      const bool not_held = answer.reason == rules::RefusalReason::not_held ||
                            answer.reason == rules::RefusalReason::not_yet_held ||
                            answer.reason == rules::RefusalReason::not_documented;
      row.info_status = not_held ? row.refusal_reason : "held";
      row.working_days_taken =
          std::max(0, calendar.working_days_between(c.day0, answer_event->happened.date));
    }
    if (!c.deliveries.empty()) {
      row.delivered_date = c.delivered.value_or(c.deliveries.back()).date;
      row.delivered_in_part = !c.delivered;
      row.cost = c.delivery_cost;
      for (const auto& event : c.events) {
        if (const auto* delivery = std::get_if<rules::Delivered>(&event.data);
            delivery != nullptr && delivery->paid_by) {
          row.paid_by = code(*delivery->paid_by);
        }
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
    const auto* objected = c.first<rules::Objected>();
    if (!c.objected || objected == nullptr || !period.contains(c.objected->date)) {
      continue;
    }
    const auto& received = c.request();
    const auto& objection = *objected;
    ObjectionRow row;
    row.objection_no = c.objection_no.value_or("");
    row.received = c.objected->date;
    row.name = received.applicant.name;
    row.id_number = received.applicant.id_number.value_or("");
    row.proxy = objection.proxy.value_or("");
    row.register_no = c.register_no;
    row.info = received.info;
    row.purpose = received.purpose.value_or("");
    for (const auto ground : objection.grounds) {
      row.grounds.emplace_back(code(ground));
    }
    if (const auto* answer_event = c.find(rules::EventKind::objection_answered)) {
      const auto& answer = answer_event->as<rules::ObjectionAnswered>();
      row.answer = code(answer.answer);
      row.answer_date = answer_event->happened.date;
      row.official = answer.official.value_or("");
      row.position = answer.position.value_or("");
    }
    row.to_commission = c.dispute_filed.has_value();
    if (c.dispute_filed) {
      row.dispute_outcome = c.dispute_outcome ? code(*c.dispute_outcome) : "pending";
    }
    if (c.court_filed) {
      const auto outcome = c.cassation_filed ? c.cassation_outcome : c.court_outcome;
      row.court_outcome = outcome ? code(*outcome) : "pending";
    }
    rows.push_back(std::move(row));
  }
  std::stable_sort(rows.begin(), rows.end(), [](const ObjectionRow& a, const ObjectionRow& b) {
    return a.received < b.received;
  });
  return rows;
}

}  // namespace ppid::reports
