// ppid report overdue, ppid report due: the body's open duties.

#include "error.hpp"
#include "report_common.hpp"
#include "reports/duties.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <memory>
#include <ostream>

namespace ppid::cli {
namespace {

using json = nlohmann::ordered_json;
using text::Id;

std::string stage_text(const Session& s, reports::Stage stage) {
  switch (stage) {
    case reports::Stage::response:
      return s.text(Id::stage_response);
    case reports::Stage::objection_answer:
      return s.text(Id::stage_objection);
    case reports::Stage::internal:
      return s.text(Id::stage_internal);
  }
  return {};
}

// The table of internal steps: per unit, with when each was routed.
reports::Table internal_table(const Session& s, const std::vector<reports::Duty>& duties,
                              bool overdue) {
  reports::Table table;
  table.columns = {
      s.text(Id::col_unit),      s.text(Id::col_register_no),
      s.text(Id::col_applicant), s.text(Id::col_assigned),
      s.text(Id::col_due),       s.text(overdue ? Id::col_days_late : Id::col_days_left)};
  table.numeric = {false, false, false, false, false, true};
  table.fixed = {true, true, false, true, true, false};
  for (const auto& d : duties) {
    table.rows.push_back(
        {d.unit.value_or("-"), d.register_no, d.applicant, d.assigned ? to_iso(*d.assigned) : "-",
         to_iso(d.due) + (d.provisional ? "*" : ""), std::to_string(d.working_days)});
  }
  return table;
}

// The duties of `overdue` (measured `against` a limit) or of `due`.
ExitCode print_duties(const Session& s, const ReportOptions& o, const reports::Input& in,
                      const std::vector<reports::Duty>& duties,
                      std::optional<reports::Against> against) {
  const bool overdue = against.has_value();
  const auto format = report_format(s);
  if (format == Format::json) {
    json out;
    out["as_of"] = to_iso(in.as_of);
    out["clock_starts"] = clock_code(in.config);
    out["law_override"] = law_override_json(in.config);
    if (o.internal) {
      out["internal"] = true;
    } else if (overdue) {
      out["against"] = code(*against);
    }
    if (!overdue) {
      out["within"] = o.within;
    }
    out["rows"] = json::array();
    for (const auto& d : duties) {
      json row;
      row["register_no"] = d.register_no;
      if (d.objection_no) {
        row["objection_no"] = *d.objection_no;
      }
      row["stage"] = reports::code(d.stage);
      if (d.unit) {
        row["unit"] = *d.unit;
        row["assigned"] = d.assigned ? json(to_iso(*d.assigned)) : json(nullptr);
      }
      row["applicant"] = d.applicant;
      row["service"] = d.service ? json(*d.service) : json(nullptr);
      row["day0"] = to_iso(d.day0);
      row["due"] = to_iso(d.due);
      row[overdue ? "working_days_late" : "working_days_left"] = d.working_days;
      row["provisional"] = d.provisional;
      row["extended"] = d.extended;
      out["rows"].push_back(row);
    }
    s.out << out.dump(2) << '\n';
  } else {
    auto doc = report_document(
        s, overdue ? s.text({Id::report_overdue_title, {to_iso(in.as_of)}})
                   : s.text({Id::report_due_title, {std::to_string(o.within), to_iso(in.as_of)}}));
    if (!in.config.agency.name.empty()) {
      doc.notes.push_back(in.config.agency.name);
    }
    if (o.internal) {
      doc.notes.push_back(s.text(Id::report_internal));
    } else if (overdue) {
      doc.notes.push_back(s.text(*against == reports::Against::target
                                     ? Id::report_against_target
                                     : Id::report_against_statutory));
    }
    doc.notes.push_back(clock_note(s, in.config));
    for (auto& note : law_notes(s, in.config)) {
      doc.notes.push_back(std::move(note));
    }
    doc.notes.push_back(duties.empty()
                            ? s.text(overdue ? Id::report_none_overdue : Id::report_none_due)
                            : s.text(text::plural(static_cast<long>(duties.size()), Id::report_rows,
                                                  {std::to_string(duties.size())})));
    reports::Table table;
    table.columns = {s.text(Id::col_register_no),
                     s.text(Id::col_stage),
                     s.text(Id::col_applicant),
                     s.text(Id::col_service),
                     s.text(Id::col_day0),
                     s.text(Id::col_due),
                     s.text(overdue ? Id::col_days_late : Id::col_days_left)};
    table.numeric = {false, false, false, false, false, false, true};
    table.fixed = {true, false, false, false, true, true, false};
    for (const auto& d : duties) {
      table.rows.push_back(
          {d.stage == reports::Stage::objection_answer && d.objection_no ? *d.objection_no
                                                                         : d.register_no,
           stage_text(s, d.stage), d.applicant, d.service.value_or("-"), to_iso(d.day0),
           to_iso(d.due) + (d.provisional ? "*" : ""), std::to_string(d.working_days)});
    }
    if (!duties.empty()) {
      doc.tables.push_back(o.internal ? internal_table(s, duties, overdue) : std::move(table));
    }
    print_document(s, format, doc, o.excel);
  }
  return o.fail_if_any && !duties.empty() ? ExitCode::found : ExitCode::ok;
}

ExitCode run_overdue(const ReportOptions& o, const Session& s) {
  report_format(s);
  const auto against = parse<reports::Against>(o.against);
  if (!against) {
    throw Error{ErrorKind::usage, {Id::err_field_invalid, {"against"}}}.value(o.against).allowed(
        {Id::hint_allowed, {joined<reports::Against>()}});
  }
  if (o.internal && *against != reports::Against::statutory) {
    throw Error{ErrorKind::usage, {Id::err_internal_against}}.allowed({Id::hint_see_help});
  }
  const auto in = load_input(o, s);
  const auto duties = o.internal
                          ? reports::overdue_internal(in.cases, in.calendar, in.as_of)
                          : reports::overdue_duties(in.cases, *against, in.calendar, in.as_of);
  return print_duties(s, o, in, duties, against);
}

ExitCode run_due(const ReportOptions& o, const Session& s) {
  report_format(s);
  if (o.within < 0 || o.within > calendar::k_max_duration_days) {
    throw Error{ErrorKind::usage, {Id::err_field_invalid, {"within"}}}
        .value(std::to_string(o.within))
        .allowed({Id::hint_duration_range, {std::to_string(calendar::k_max_duration_days)}});
  }
  const auto in = load_input(o, s);
  const auto duties = o.internal ? reports::internal_due(in.cases, o.within, in.calendar, in.as_of)
                                 : reports::duties_due(in.cases, o.within, in.calendar, in.as_of);
  return print_duties(s, o, in, duties, std::nullopt);
}

}  // namespace

void add_report_overdue_command(CLI::App& parent, Session& s, Action& chosen) {
  auto o = std::make_shared<ReportOptions>();
  auto& cmd = add_report_command(parent, "overdue", s, Id::help_report_overdue,
                                 Id::help_report_overdue_footer, *o, false);
  cmd.add_flag("--fail-if-any", o->fail_if_any, s.text(Id::help_opt_fail_if_any));
  cmd.add_option("--against", o->against, s.text(Id::help_opt_against))
      ->type_name(joined<reports::Against>("|"));
  cmd.add_flag("--internal", o->internal, s.text(Id::help_opt_internal));
  cmd.callback([o, &s, &chosen] { chosen = [o, &s] { return run_overdue(*o, s); }; });
}

void add_report_due_command(CLI::App& parent, Session& s, Action& chosen) {
  auto o = std::make_shared<ReportOptions>();
  auto& cmd = add_report_command(parent, "due", s, Id::help_report_due, Id::help_report_due_footer,
                                 *o, false);
  cmd.add_flag("--fail-if-any", o->fail_if_any, s.text(Id::help_opt_fail_if_any));
  cmd.add_option("--within", o->within, s.text(Id::help_opt_within))->type_name("N");
  cmd.add_flag("--internal", o->internal, s.text(Id::help_opt_internal));
  cmd.callback([o, &s, &chosen] { chosen = [o, &s] { return run_due(*o, s); }; });
}

}  // namespace ppid::cli
