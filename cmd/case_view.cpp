#include "case_view.hpp"

#include "error.hpp"
#include "rules/vocabulary.hpp"
#include "store/event_codec.hpp"
#include "store/holiday_store.hpp"
#include "text/table.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <iterator>
#include <ostream>

namespace ppid::cli {
namespace {

using json = nlohmann::ordered_json;
using rules::DeadlineKind;
using rules::DeadlineStatus;
using text::Id;

using rules::label;

}  // namespace

std::string state_text(const Session& s, rules::State state) {
  return s.text(label(state));
}

std::string deadline_text(const Session& s, DeadlineKind kind) {
  return s.text(label(kind));
}

std::string event_text(const Session& s, rules::EventKind kind) {
  return s.text(label(kind));
}

std::string status_text(const Session& s, const rules::Deadline& d) {
  switch (d.status) {
    case DeadlineStatus::pending: {
      const long left = d.working_days_left.value_or(0);
      return s.text(text::plural(left, Id::status_pending, {std::to_string(left)}));
    }
    case DeadlineStatus::overdue: {
      const long late = d.working_days_late.value_or(0);
      return s.text(text::plural(late, Id::status_overdue, {std::to_string(late)}));
    }
    case DeadlineStatus::met:
      return s.text({Id::status_met, {to_iso(*d.met_on)}});
    case DeadlineStatus::late: {
      const long late = d.working_days_late.value_or(0);
      return s.text(text::plural(late, Id::status_late, {to_iso(*d.met_on), std::to_string(late)}));
    }
    case DeadlineStatus::expired:
      return s.text(Id::status_expired);
    case DeadlineStatus::void_:
      return s.text(Id::status_void);
  }
  return {};
}

std::string rupiah(long amount) {
  // Indonesian grouping: dots between thousands.
  auto digits = std::to_string(amount);
  for (auto at = static_cast<long>(digits.size()) - 3; at > 0; at -= 3) {
    digits.insert(static_cast<std::size_t>(at), 1, '.');
  }
  return "Rp " + digits;
}

std::string decision_text(const Session& s, rules::Decision decision) {
  return s.text(label(decision));
}

std::string decision_text(const Session& s, const std::string& decision) {
  const auto parsed = parse<rules::Decision>(decision);
  return parsed ? decision_text(s, *parsed) : decision;
}

void print_moves(const Session& s, const std::vector<store::DeadlineMove>& moves) {
  if (moves.empty()) {
    s.out << s.text(Id::out_no_moves) << '\n';
    return;
  }
  s.out << s.text({Id::out_moves_heading, {std::to_string(moves.size())}}) << '\n';
  std::vector<std::vector<std::string>> rows;
  rows.reserve(moves.size());
  for (const auto& move : moves) {
    rows.push_back(
        {move.register_no, deadline_text(s, move.kind),
         fmt::format("{} → {}{}", move.before ? to_iso(*move.before) : "-",
                     move.after ? to_iso(*move.after) : "-",
                     move.provisional ? fmt::format(" {}", s.text(Id::out_provisional)) : "")});
  }
  const auto layout = text::Layout::indented("  ");
  s.out << text::render({text::Column::left(24), text::Column::left(34), text::Column::left()},
                        rows, layout);
}

std::string requirements_text(const Session& s, const std::vector<std::string>& codes) {
  static const std::pair<std::string_view, Id> k_names[] = {
      {"form", Id::req_form},
      {"ktp", Id::req_ktp},
      {"ktp-members", Id::req_ktp_members},
      {"deed", Id::req_deed},
      {"domicile", Id::req_domicile},
      {"power-of-attorney", Id::req_power_of_attorney}};
  std::vector<std::string> names;
  for (const auto& code : codes) {
    const auto* known = std::find_if(std::begin(k_names), std::end(k_names),
                                     [&](const auto& n) { return n.first == code; });
    names.push_back(known != std::end(k_names) ? s.text(known->second) : text::printable(code));
  }
  return fmt::format("{}", fmt::join(names, ", "));
}

namespace {

// Each disposition: the unit, since when, and its answer or its target's status.
void print_assignments(const Session& s, const rules::Case& c) {
  if (c.assignments.empty()) {
    return;
  }
  s.out << "  " << s.text(Id::out_assignments_heading) << '\n';
  std::vector<std::vector<std::string>> rows;
  for (const auto& a : c.assignments) {
    const auto answer = a.returned
                            ? s.text({Id::out_assignment_answered, {to_iso_local(*a.returned)}})
                            : s.text(Id::out_assignment_awaited);
    const auto target =
        a.target ? s.text({Id::out_assignment_target,
                           {to_iso(*a.target->due), a.target->duration, status_text(s, *a.target)}})
                 : std::string{};
    rows.push_back({text::printable(a.unit),
                    s.text({Id::out_assignment_since, {to_iso_local(a.assigned)}}), answer,
                    target});
  }
  const auto cell = text::Column::left().fitted().then("  ");
  const std::vector<text::Column> columns{cell, cell, cell, text::Column::left()};
  // No spaces left at the end of a line without a target.
  s.out << text::render(columns, rows, text::Layout{"    ", " ", false, true});
}

}  // namespace

void print_case_summary(const Session& s, const rules::Case& c, const std::string& headline) {
  s.out << text::printable(headline) << '\n';
  s.out << "  " << s.text({Id::out_state_line, {state_text(s, c.state)}}) << '\n';
  // Day 0 is always the receipt's (the statutory clock, art. 22(7)).
  s.out << "  " << s.text({Id::out_day0_line, {to_iso_local(c.received), to_iso(c.day0)}}) << '\n';
  if (c.incomplete && !c.completed) {
    s.out << "  "
          << (c.missing.empty() ? s.text(Id::out_missing_unlisted)
                                : s.text({Id::out_missing_line, {requirements_text(s, c.missing)}}))
          << '\n';
  }
  if (!c.deliveries.empty()) {
    const auto cost = c.delivery_cost > 0
                          ? s.text({Id::out_delivery_cost, {rupiah(c.delivery_cost)}})
                          : std::string{};
    s.out << "  "
          << (c.delivered ? s.text({Id::out_delivered_line, {to_iso_local(*c.delivered), cost}})
                          : s.text({Id::out_delivered_part_line,
                                    {to_iso_local(c.deliveries.back()), cost}}))
          << '\n';
  }
  print_assignments(s, c);
  if (c.deadlines.empty()) {
    return;
  }
  s.out << "  " << s.text(Id::out_deadlines_heading) << '\n';
  std::vector<std::vector<std::string>> rows;
  for (const auto& d : c.deadlines) {
    const auto due = d.due ? to_iso(*d.due) : std::string{"-"};
    rows.push_back({fmt::format("{} ({})", deadline_text(s, d.kind), d.duration),
                    due + (d.provisional ? fmt::format(" {}", s.text(Id::out_provisional)) : ""),
                    status_text(s, d)});
  }
  const std::vector<text::Column> columns{text::Column::left(38), text::Column::left().then("  "),
                                          text::Column::left()};
  const auto layout = text::Layout::indented("    ");
  s.out << text::render(columns, rows, layout);
}

ExitCode print_after_act(const Session& s, Format format, const rules::Case& c, Zone zone,
                         const std::string& headline) {
  if (format == Format::json) {
    s.out << case_json(c, zone, false, false).dump(2) << '\n';
  } else {
    print_case_summary(s, c, headline);
  }
  return ExitCode::ok;
}

namespace {

using Details = std::vector<std::pair<Id, std::string>>;

// The labelled details of what an event records; a request's own details are listed apart.
struct DetailsOf {
  const Session& s;
  Details out;

  template <rules::Labelled E>
  void add(Id label, const std::optional<E>& value) {
    if (value) {
      out.emplace_back(label, s.text(rules::label(*value)));
    }
  }
  void add(Id label, const std::optional<std::string>& value) {
    if (value) {
      out.emplace_back(label, *value);
    }
  }

  void operator()(const rules::Received& /*unused*/) {}
  void operator()(const rules::Completed& e) {
    out.emplace_back(Id::det_provided, e.provided.empty() ? s.text(Id::det_all_provided)
                                                          : requirements_text(s, e.provided));
  }
  void operator()(const rules::Extended& e) { add(Id::det_extension_reason, e.reason); }
  void operator()(const rules::Answered& e) {
    add(Id::det_decision, std::optional{e.decision});
    add(Id::det_reason, e.reason);
    add(Id::det_basis, e.basis);
    add(Id::det_holder, e.holder);
    add(Id::det_note, e.note);
  }
  void operator()(const rules::Objected& e) {
    add(Id::lbl_objection_no, e.objection_no);
    for (const auto ground : e.grounds) {
      out.emplace_back(Id::det_grounds,
                       fmt::format("{} \u2014 {}", code(ground), s.text(rules::label(ground))));
    }
    if (e.arose) {
      out.emplace_back(Id::det_arose, to_iso(*e.arose));
    }
    add(Id::lbl_proxy, e.proxy);
    if (!e.within_window) {
      out.emplace_back(Id::det_window,
                       s.text(e.late_accepted ? Id::det_late_accepted : Id::det_after_window));
    }
    add(Id::det_note, e.note);
  }
  void operator()(const rules::ObjectionAnswered& e) {
    add(Id::det_answer, std::optional{e.answer});
    add(Id::det_official, e.official);
    add(Id::det_position, e.position);
  }
  void operator()(const rules::DisputeFiled& e) {
    add(Id::det_commission, e.commission);
    if (!e.within_window) {
      out.emplace_back(Id::det_window, s.text(Id::det_after_window));
    }
  }
  void operator()(const rules::DisputeEnded& e) { add(Id::det_outcome, std::optional{e.outcome}); }
  void operator()(const rules::Withdrawn& /*unused*/) {}
  void operator()(const rules::Delivered& e) {
    if (e.part) {
      out.emplace_back(Id::det_part, s.text(Id::word_in_part));
    }
    add(Id::det_form, e.form);
    add(Id::det_channel, e.channel);
    out.emplace_back(Id::det_cost, e.cost > 0 ? rupiah(e.cost) : s.text(Id::det_free));
    add(Id::det_paid_by, e.paid_by);
    add(Id::det_note, e.note);
  }
  void operator()(const rules::Assigned& e) {
    out.emplace_back(Id::det_unit, e.unit);
    if (e.target) {
      out.emplace_back(Id::det_target, calendar::to_string(*e.target));
    }
    add(Id::det_note, e.note);
  }
  void operator()(const rules::Returned& e) {
    out.emplace_back(Id::det_unit, e.unit);
    add(Id::det_note, e.note);
  }
  void operator()(const rules::DisputeStaged& e) { add(Id::det_stage, std::optional{e.stage}); }
  void operator()(const rules::CourtFiled& e) {
    out.emplace_back(Id::det_instance,
                     s.text(e.cassation ? Id::det_cassation : Id::det_first_instance));
    add(Id::det_court, e.court);
    add(Id::det_by, e.by);
    if (!e.within_window) {
      out.emplace_back(Id::det_window, s.text(Id::det_after_window));
    }
  }
  void operator()(const rules::CourtDecided& e) {
    out.emplace_back(Id::det_instance,
                     s.text(e.cassation ? Id::det_cassation : Id::det_first_instance));
    add(Id::det_outcome, std::optional{e.outcome});
  }
};

Details event_details(const Session& s, const rules::EventData& data) {
  DetailsOf details{s, {}};
  std::visit(details, data);
  return std::move(details.out);
}

void detail_line(const Session& s, Id label, const std::string& value) {
  if (!value.empty()) {
    const auto layout = text::Layout::indented("  ");
    s.out << text::render({text::Column::left(26), text::Column::left()},
                          {{s.text(label), text::printable(value)}}, layout);
  }
}

}  // namespace

void print_case_details(const Session& s, const rules::Case& c, rules::PersonalData personal,
                        bool records) {
  const auto& received = c.request();
  const auto& applicant = received.applicant;
  s.out << '\n' << s.text(Id::lbl_applicant) << '\n';
  detail_line(s, Id::lbl_name, applicant.name);
  detail_line(s, Id::lbl_applicant_type, s.text(label(applicant.type)));
  detail_line(s, Id::lbl_nik, rules::shown_nik(personal, applicant.id_number.value_or("")));
  detail_line(s, Id::lbl_address, rules::shown(personal, applicant.address.value_or("")));
  detail_line(s, Id::lbl_phone, rules::shown(personal, applicant.phone.value_or("")));
  detail_line(s, Id::lbl_email, rules::shown(personal, applicant.email.value_or("")));
  detail_line(s, Id::lbl_occupation, applicant.occupation.value_or(""));
  detail_line(s, Id::lbl_proxy, applicant.proxy.value_or(""));
  const auto word = [&s](const auto& value) {
    return value ? s.text(label(*value)) : std::string{};
  };
  s.out << '\n' << s.text(Id::lbl_request) << '\n';
  detail_line(s, Id::lbl_info, received.info);
  detail_line(s, Id::lbl_purpose, received.purpose.value_or(""));
  detail_line(s, Id::lbl_service, received.service.value_or(""));
  detail_line(s, Id::lbl_channel, s.text(label(received.channel)));
  detail_line(s, Id::lbl_access, word(received.access));
  detail_line(s, Id::lbl_delivery, word(received.delivery));
  detail_line(s, Id::lbl_held_form, word(received.held_form));
  if (c.objection_no) {
    detail_line(s, Id::lbl_objection_no, *c.objection_no);
  }
  s.out << '\n' << s.text(Id::lbl_events) << '\n';
  const std::vector<text::Column> columns{text::Column::left(16).then("  "), text::Column::left()};
  const auto layout = text::Layout::indented("  ");
  for (const auto& event : c.events) {
    s.out << text::render(columns, {{to_iso_local(event.happened), event_text(s, event.kind())}},
                          layout);
    // What the act recorded, a labelled line each, in the reader's words.
    for (const auto& [what, value] : event_details(s, event.data)) {
      s.out << text::render(
          columns, {{"", text::printable(fmt::format("{}: {}", s.text(what), value))}}, layout);
    }
    if (records) {
      // Who recorded it and when, under the act.
      s.out << text::render(
          {columns[0], text::Column::left()},
          {{"", text::printable(
                    s.text({Id::out_recorded_by, {event.recorded_at, event.recorded_by}}))}},
          layout);
    }
  }
}

}  // namespace ppid::cli
