// ppid report register, ppid report objections: the request and objection registers.

#include "case_view.hpp"
#include "report_common.hpp"
#include "reports/registers.hpp"
#include "rules/personal.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <memory>
#include <ostream>

namespace ppid::cli {
namespace {

using json = nlohmann::ordered_json;
using rules::PersonalData;
using text::Id;

Id info_status_id(const std::string& status) {
  if (status == "not-held") {
    return Id::info_not_held;
  }
  if (status == "not-yet-held") {
    return Id::info_not_yet_held;
  }
  if (status == "not-documented") {
    return Id::info_not_documented;
  }
  return Id::info_held;
}

Id payment_id(const std::string& paid_by) {
  if (paid_by == "cash") {
    return Id::payment_cash;
  }
  if (paid_by == "transfer") {
    return Id::payment_transfer;
  }
  return Id::payment_other;
}

// The register's "cost and how paid": "Rp 15.000 (cash)"; "Rp 0" once delivered free.
std::string cost_text(const Session& s, const reports::RegisterRow& r) {
  if (!r.delivered_date) {
    return "";
  }
  std::string out = rupiah(r.cost);
  if (!r.paid_by.empty()) {
    out += fmt::format(" ({})", s.text(payment_id(r.paid_by)));
  }
  return out;
}

ExitCode run_register(const ReportOptions& o, const Session& s) {
  const auto format = report_format(s);
  const auto in = load_input(o, s);
  const auto personal = rules::personal_data(o.show_personal_data, o.unmasked);
  const auto rows = reports::request_register(in.cases, in.calendar, in.period);
  if (format == Format::json) {
    json out;
    out["from"] = to_iso(in.period.from);
    out["to"] = to_iso(in.period.to);
    out["law_override"] = law_override_json(in.config);
    out["rows"] = json::array();
    for (const auto& r : rows) {
      json row;
      row["register_no"] = r.register_no;
      row["received_at"] = to_iso(r.received, in.config.agency.time_zone);
      row["name"] = r.name;
      if (personal != PersonalData::hidden) {
        row["address"] = r.address;
        row["phone"] = r.phone;
        row["email"] = r.email;
      }
      row["occupation"] = r.occupation;
      row["info"] = r.info;
      row["purpose"] = r.purpose;
      row["info_status"] = r.info_status;
      row["holder"] = r.holder;
      row["form"] = r.form;
      row["kind"] = r.kind;
      row["decision"] = r.decision;
      row["refusal_reason"] = r.refusal_reason;
      row["basis"] = r.basis;
      row["notice_date"] = r.notice_date ? json(to_iso(*r.notice_date)) : json(nullptr);
      row["delivered_date"] = r.delivered_date ? json(to_iso(*r.delivered_date)) : json(nullptr);
      row["delivered_in_part"] = r.delivered_in_part;
      row["cost"] = r.cost;
      row["paid_by"] = r.paid_by;
      row["state"] = r.state;
      row["extended"] = r.extended;
      row["working_days_taken"] =
          r.working_days_taken ? json(*r.working_days_taken) : json(nullptr);
      out["rows"].push_back(row);
    }
    s.out << out.dump(2) << '\n';
    return ExitCode::ok;
  }
  auto doc = report_document(s, s.text({Id::report_register_title, {period_text(in.period)}}));
  if (!in.config.agency.name.empty()) {
    doc.notes.push_back(in.config.agency.name);
  }
  doc.notes.push_back(clock_note(s, in.config));
  for (auto& note : law_notes(s, in.config)) {
    doc.notes.push_back(std::move(note));
  }
  reports::Table table;
  table.columns = {
      s.text(Id::col_register_no), s.text(Id::col_received),    s.text(Id::col_name),
      s.text(Id::lbl_address),     s.text(Id::col_contact),     s.text(Id::lbl_occupation),
      s.text(Id::lbl_info),        s.text(Id::lbl_purpose),     s.text(Id::col_info_status),
      s.text(Id::col_form),        s.text(Id::col_kind),        s.text(Id::col_decision),
      s.text(Id::col_refusal),     s.text(Id::col_notice_date), s.text(Id::col_delivered),
      s.text(Id::col_cost),        s.text(Id::col_extended),    s.text(Id::col_days_taken)};
  table.numeric.assign(table.columns.size(), false);
  table.numeric.back() = true;
  for (const auto& r : rows) {
    std::string contact = rules::shown(personal, r.phone);
    if (const auto email = rules::shown(personal, r.email); !email.empty()) {
      contact += (contact.empty() ? "" : ", ") + email;
    }
    table.rows.push_back(
        {r.register_no,
         fmt::format("{}, {}", s.weekday_name(r.received.date), to_iso_local(r.received)), r.name,
         rules::shown(personal, r.address), contact, r.occupation, r.info, r.purpose,
         r.info_status.empty()
             ? ""
             : s.text(info_status_id(r.info_status)) + (r.holder.empty() ? "" : " — " + r.holder),
         r.form, r.kind, r.decision.empty() ? "" : decision_text(s, r.decision),
         r.refusal_reason + (r.basis.empty() ? "" : " (" + r.basis + ")"),
         optional_date(r.notice_date),
         r.delivered_date ? optional_date(r.delivered_date) +
                                (r.delivered_in_part ? " (" + s.text(Id::word_in_part) + ")" : "")
                          : "",
         cost_text(s, r), r.extended ? s.text(Id::word_yes) : s.text(Id::word_no),
         r.working_days_taken ? std::to_string(*r.working_days_taken) : ""});
  }
  doc.tables.push_back(std::move(table));
  print_document(s, format, doc, o.excel);
  return ExitCode::ok;
}

ExitCode run_objections(const ReportOptions& o, const Session& s) {
  const auto format = report_format(s);
  const auto in = load_input(o, s);
  const auto personal = rules::personal_data(o.show_personal_data, o.unmasked);
  const auto rows = reports::objection_register(in.cases, in.period);
  if (format == Format::json) {
    json out;
    out["from"] = to_iso(in.period.from);
    out["to"] = to_iso(in.period.to);
    out["rows"] = json::array();
    for (const auto& r : rows) {
      out["rows"].push_back(
          {{"objection_no", r.objection_no},
           {"received", to_iso(r.received)},
           {"name", r.name},
           {"id_number", rules::shown_nik(personal, r.id_number)},
           {"proxy", r.proxy},
           {"register_no", r.register_no},
           {"info", r.info},
           {"purpose", r.purpose},
           {"grounds", r.grounds},
           {"answer", r.answer},
           {"answer_date", r.answer_date ? json(to_iso(*r.answer_date)) : json(nullptr)},
           {"official", r.official},
           {"position", r.position},
           {"to_commission", r.to_commission},
           {"dispute_outcome", r.dispute_outcome.empty() ? json(nullptr) : json(r.dispute_outcome)},
           {"court_outcome", r.court_outcome.empty() ? json(nullptr) : json(r.court_outcome)}});
    }
    s.out << out.dump(2) << '\n';
    return ExitCode::ok;
  }
  auto doc = report_document(s, s.text({Id::report_objections_title, {period_text(in.period)}}));
  reports::Table table;
  table.columns = {
      s.text(Id::lbl_objection_no),    s.text(Id::col_received),     s.text(Id::col_name),
      s.text(Id::lbl_proxy),           s.text(Id::col_register_no),  s.text(Id::lbl_info),
      s.text(Id::lbl_purpose),         s.text(Id::col_grounds),      s.text(Id::col_answer),
      s.text(Id::col_answer_date),     s.text(Id::col_official),     s.text(Id::col_to_commission),
      s.text(Id::col_dispute_outcome), s.text(Id::col_court_outcome)};
  for (const auto& r : rows) {
    const auto nik = rules::shown_nik(personal, r.id_number);
    table.rows.push_back(
        {r.objection_no, to_iso(r.received), nik.empty() ? r.name : r.name + " (NIK " + nik + ")",
         r.proxy, r.register_no, r.info, r.purpose, fmt::format("{}", fmt::join(r.grounds, ", ")),
         r.answer,
         r.answer_date
             ? fmt::format("{}, {}", s.weekday_name(*r.answer_date), to_iso(*r.answer_date))
             : "",
         r.official + (r.position.empty() ? "" : " (" + r.position + ")"),
         r.to_commission ? s.text(Id::word_yes) : s.text(Id::word_no), r.dispute_outcome,
         r.court_outcome});
  }
  doc.tables.push_back(std::move(table));
  print_document(s, format, doc, o.excel);
  return ExitCode::ok;
}

}  // namespace

void add_report_register_command(CLI::App& parent, Session& s, Action& chosen) {
  auto o = std::make_shared<ReportOptions>();
  auto& cmd = add_report_command(parent, "register", s, Id::help_report_register,
                                 Id::help_report_register_footer, *o, true);
  add_personal_data_options(cmd, *o, s);
  cmd.callback([o, &s, &chosen] { chosen = [o, &s] { return run_register(*o, s); }; });
}

void add_report_objections_command(CLI::App& parent, Session& s, Action& chosen) {
  auto o = std::make_shared<ReportOptions>();
  auto& cmd = add_report_command(parent, "objections", s, Id::help_report_objections,
                                 Id::help_report_objections_footer, *o, true);
  add_personal_data_options(cmd, *o, s);
  cmd.callback([o, &s, &chosen] { chosen = [o, &s] { return run_objections(*o, s); }; });
}

}  // namespace ppid::cli
