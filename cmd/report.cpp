#include "case_view.hpp"
#include "commands.hpp"
#include "error.hpp"
#include "report_render.hpp"
#include "reports/annual.hpp"
#include "reports/duties.hpp"
#include "reports/registers.hpp"
#include "rules/personal.hpp"
#include "rules/redact.hpp"
#include "store/case_store.hpp"
#include "store/holiday_store.hpp"

#include <fmt/format.h>

#include <unistd.h>

#include <cstdlib>
#include <memory>
#include <ostream>

namespace ppid::cli {
namespace {

using json = nlohmann::ordered_json;
using text::Id;

// The options every report takes.
struct ReportOptions {
  std::optional<std::string> as_of;
  std::optional<std::string> from;
  std::optional<std::string> to;
  std::optional<int> year;
  std::optional<unsigned> month;
  std::optional<std::string> service;
  bool excel = false;
  bool show_personal_data = false;
  bool unmasked = false;
  bool anonymize = false;
  bool fail_if_any = false;
  std::string against = "statutory";
  int within = 3;
};

// What a report works on: the cases (read-only), the calendar, the day and the period.
struct ReportInput {
  std::vector<rules::Case> cases;
  calendar::Calendar calendar;
  config::Config config;
  Date as_of;
  reports::Period period;
};

const std::initializer_list<Format> k_report_formats = {Format::text, Format::csv, Format::json,
                                                        Format::markdown, Format::html};

reports::Period period_of(const ReportOptions& o, Date as_of) {
  if ((o.from || o.to) && (o.year || o.month)) {
    throw Error{ErrorKind::usage, {Id::err_period_options}}.allowed({Id::hint_period});
  }
  if (o.from || o.to) {
    if (!o.from || !o.to) {
      throw Error{ErrorKind::usage, {Id::err_period_options}}.allowed({Id::hint_period});
    }
    const reports::Period period{parse_date_option(*o.from), parse_date_option(*o.to)};
    if (period.to < period.from) {
      throw Error{ErrorKind::usage, {Id::err_period_order}}.value(*o.from + " .. " + *o.to);
    }
    return period;
  }
  const int year = o.year.value_or(static_cast<int>(date::year_month_day{as_of}.year()));
  if (year < 1900 || year > 2999) {
    throw Error{ErrorKind::usage, {Id::err_bad_year}}
        .value(std::to_string(year))
        .allowed({Id::hint_year_range});
  }
  if (o.month) {
    if (*o.month < 1 || *o.month > 12) {
      throw Error{ErrorKind::usage, {Id::err_field_invalid, {"month"}}}
          .value(std::to_string(*o.month))
          .allowed({Id::hint_allowed, {"1..12"}});
    }
    const date::year_month month{date::year{year}, date::month{*o.month}};
    return {Date{month / 1}, Date{month / date::last}};
  }
  return {Date{date::year{year} / 1 / 1}, Date{date::year{year} / 12 / 31}};
}

ReportInput load_input(const ReportOptions& o, const Session& s) {
  // A malformed period is a usage error whether or not the case file can be opened.
  const auto given_as_of = o.as_of ? std::optional{parse_date_option(*o.as_of)} : std::nullopt;
  period_of(o, given_as_of.value_or(Date{date::year{2000} / 1 / 1}));
  if (o.anonymize && (o.show_personal_data || o.unmasked)) {
    throw Error{ErrorKind::usage, {Id::err_anonymize_with}}.value(
        o.show_personal_data ? "--show-personal-data" : "--unmasked");
  }
  const auto file = s.open_case_file(store::Access::read_only);
  const auto zone = file.config().agency.time_zone;
  const auto as_of = given_as_of.value_or(s.today(zone));
  const auto period = period_of(o, as_of);
  auto calendar = store::case_calendar(file);
  store::CaseFilter filter;
  filter.service = o.service;
  filter.until = as_of;
  auto cases = store::load_cases(file, filter, calendar, as_of);
  if (o.anonymize) {
    // The cases as `ppid redact` shows them: one set of rules for everything published.
    for (auto& c : cases) {
      c = rules::redacted(c, s.text(Id::word_redacted));
    }
  }
  return {std::move(cases), std::move(calendar), file.config(), as_of, period};
}

bool colour_wanted(const Session& s) {
  return &s.out == &std::cout && ::isatty(STDOUT_FILENO) == 1 && std::getenv("NO_COLOR") == nullptr;
}

void print_document(const Session& s, Format format, const ReportDocument& doc, bool excel) {
  switch (format) {
    case Format::csv:
      render_csv(s.out, doc, excel);
      break;
    case Format::markdown:
      render_markdown(s.out, doc);
      break;
    case Format::html:
      render_html(s.out, doc);
      break;
    default:
      render_text(s.out, doc, colour_wanted(s));
  }
}

std::string optional_date(const std::optional<Date>& day) {
  return day ? to_iso(*day) : "";
}

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

// Which day 0 the limits ran from for incomplete requests (DOMAIN.md: reports say which).
std::string_view clock_code(const config::Config& config) {
  return code(config.calendar.clock_starts);
}

std::string clock_note(const Session& s, const config::Config& config) {
  return s.text(config.calendar.clock_starts == calendar::ClockStart::receipt
                    ? Id::report_clock_receipt
                    : Id::report_clock_completion);
}

std::string stage_text(const Session& s, reports::Stage stage) {
  return s.text(stage == reports::Stage::response ? Id::stage_response : Id::stage_objection);
}

// --- overdue and due ---------------------------------------------------------------------

ExitCode print_duties(const Session& s, const ReportOptions& o, const ReportInput& in,
                      const std::vector<reports::Duty>& duties, bool overdue) {
  const auto format = s.format(k_report_formats);
  if (format == Format::json) {
    json out;
    out["as_of"] = to_iso(in.as_of);
    out["clock_starts"] = clock_code(in.config);
    if (overdue) {
      out["against"] = o.against;
    } else {
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
      row["applicant"] = d.applicant;
      row["service"] = d.service ? json(*d.service) : json(nullptr);
      row["day0"] = d.day0 ? json(to_iso(*d.day0)) : json(nullptr);
      row["due"] = to_iso(d.due);
      row[overdue ? "working_days_late" : "working_days_left"] = d.working_days;
      row["provisional"] = d.provisional;
      row["extended"] = d.extended;
      out["rows"].push_back(row);
    }
    s.out << out.dump(2) << '\n';
  } else {
    ReportDocument doc;
    doc.lang = s.lang == text::Lang::id ? "id" : "en";
    doc.title = overdue
                    ? s.text({Id::report_overdue_title, {to_iso(in.as_of)}})
                    : s.text({Id::report_due_title, {std::to_string(o.within), to_iso(in.as_of)}});
    if (!in.config.agency.name.empty()) {
      doc.notes.push_back(in.config.agency.name);
    }
    if (overdue) {
      doc.notes.push_back(
          s.text(o.against == "target" ? Id::report_against_target : Id::report_against_statutory));
    }
    doc.notes.push_back(clock_note(s, in.config));
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
           stage_text(s, d.stage), d.applicant, d.service.value_or("-"), optional_date(d.day0),
           to_iso(d.due) + (d.provisional ? "*" : ""), std::to_string(d.working_days)});
    }
    if (!duties.empty()) {
      doc.tables.push_back(std::move(table));
    }
    print_document(s, format, doc, o.excel);
  }
  return o.fail_if_any && !duties.empty() ? ExitCode::found : ExitCode::ok;
}

ExitCode run_overdue(const ReportOptions& o, const Session& s) {
  s.format(k_report_formats);
  if (o.against != "statutory" && o.against != "target") {
    throw Error{ErrorKind::usage, {Id::err_field_invalid, {"against"}}}.value(o.against).allowed(
        {Id::hint_allowed, {"statutory, target"}});
  }
  const auto in = load_input(o, s);
  const auto duties = reports::overdue_duties(
      in.cases, o.against == "target" ? reports::Against::target : reports::Against::statutory,
      in.calendar, in.as_of);
  return print_duties(s, o, in, duties, true);
}

ExitCode run_due(const ReportOptions& o, const Session& s) {
  s.format(k_report_formats);
  if (o.within < 0 || o.within > calendar::k_max_duration_days) {
    throw Error{ErrorKind::usage, {Id::err_field_invalid, {"within"}}}
        .value(std::to_string(o.within))
        .allowed({Id::hint_duration_range, {std::to_string(calendar::k_max_duration_days)}});
  }
  const auto in = load_input(o, s);
  return print_duties(s, o, in, reports::duties_due(in.cases, o.within, in.calendar, in.as_of),
                      false);
}

// --- registers -----------------------------------------------------------------------------

std::string personal(const ReportOptions& o, const std::string& value) {
  return rules::shown(rules::personal_data(o.show_personal_data, o.unmasked), value);
}

std::string identity_number(const ReportOptions& o, const std::string& nik) {
  return rules::shown_nik(rules::personal_data(o.show_personal_data, o.unmasked), nik);
}

std::string period_text(const reports::Period& p) {
  return fmt::format("{} – {}", to_iso(p.from), to_iso(p.to));
}

ExitCode run_register(const ReportOptions& o, const Session& s) {
  const auto format = s.format(k_report_formats);
  const auto in = load_input(o, s);
  const auto rows = reports::request_register(in.cases, in.calendar, in.period);
  if (format == Format::json) {
    json out;
    out["from"] = to_iso(in.period.from);
    out["to"] = to_iso(in.period.to);
    out["rows"] = json::array();
    for (const auto& r : rows) {
      json row;
      row["register_no"] = r.register_no;
      row["received_at"] = to_iso(r.received, in.config.agency.time_zone);
      row["name"] = r.name;
      if (o.show_personal_data) {
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
      row["state"] = r.state;
      row["extended"] = r.extended;
      row["working_days_taken"] =
          r.working_days_taken ? json(*r.working_days_taken) : json(nullptr);
      out["rows"].push_back(row);
    }
    s.out << out.dump(2) << '\n';
    return ExitCode::ok;
  }
  ReportDocument doc;
  doc.lang = s.lang == text::Lang::id ? "id" : "en";
  doc.title = s.text({Id::report_register_title, {period_text(in.period)}});
  if (!in.config.agency.name.empty()) {
    doc.notes.push_back(in.config.agency.name);
  }
  doc.notes.push_back(clock_note(s, in.config));
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
    std::string contact = personal(o, r.phone);
    if (o.show_personal_data && !r.email.empty()) {
      contact += (contact.empty() ? "" : ", ") + r.email;
    }
    table.rows.push_back(
        {r.register_no,
         fmt::format("{}, {}", s.weekday_name(r.received.date), to_iso_local(r.received)), r.name,
         personal(o, r.address), contact, r.occupation, r.info, r.purpose,
         r.info_status.empty()
             ? ""
             : s.text(info_status_id(r.info_status)) + (r.holder.empty() ? "" : " — " + r.holder),
         r.form, r.kind, r.decision.empty() ? "" : decision_text(s, r.decision),
         r.refusal_reason + (r.basis.empty() ? "" : " (" + r.basis + ")"),
         optional_date(r.notice_date), "", "",
         r.extended ? s.text(Id::word_yes) : s.text(Id::word_no),
         r.working_days_taken ? std::to_string(*r.working_days_taken) : ""});
  }
  doc.tables.push_back(std::move(table));
  print_document(s, format, doc, o.excel);
  return ExitCode::ok;
}

ExitCode run_objections(const ReportOptions& o, const Session& s) {
  const auto format = s.format(k_report_formats);
  const auto in = load_input(o, s);
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
           {"id_number", identity_number(o, r.id_number)},
           {"proxy", r.proxy},
           {"register_no", r.register_no},
           {"info", r.info},
           {"purpose", r.purpose},
           {"grounds", r.grounds},
           {"answer", r.answer},
           {"answer_date", r.answer_date ? json(to_iso(*r.answer_date)) : json(nullptr)},
           {"official", r.official},
           {"position", r.position},
           {"to_commission", r.to_commission}});
    }
    s.out << out.dump(2) << '\n';
    return ExitCode::ok;
  }
  ReportDocument doc;
  doc.lang = s.lang == text::Lang::id ? "id" : "en";
  doc.title = s.text({Id::report_objections_title, {period_text(in.period)}});
  reports::Table table;
  table.columns = {
      s.text(Id::lbl_objection_no), s.text(Id::col_received),    s.text(Id::col_name),
      s.text(Id::lbl_proxy),        s.text(Id::col_register_no), s.text(Id::lbl_info),
      s.text(Id::lbl_purpose),      s.text(Id::col_grounds),     s.text(Id::col_answer),
      s.text(Id::col_answer_date),  s.text(Id::col_official),    s.text(Id::col_to_commission)};
  for (const auto& r : rows) {
    const auto nik = identity_number(o, r.id_number);
    table.rows.push_back(
        {r.objection_no, to_iso(r.received), nik.empty() ? r.name : r.name + " (NIK " + nik + ")",
         r.proxy, r.register_no, r.info, r.purpose, fmt::format("{}", fmt::join(r.grounds, ", ")),
         r.answer,
         r.answer_date
             ? fmt::format("{}, {}", s.weekday_name(*r.answer_date), to_iso(*r.answer_date))
             : "",
         r.official + (r.position.empty() ? "" : " (" + r.position + ")"),
         r.to_commission ? s.text(Id::word_yes) : s.text(Id::word_no)});
  }
  doc.tables.push_back(std::move(table));
  print_document(s, format, doc, o.excel);
  return ExitCode::ok;
}

// --- annual --------------------------------------------------------------------------------

json counts_json(const reports::Counts& counts) {
  json out = json::object();
  for (const auto& [key, n] : counts) {
    out[key] = n;
  }
  return out;
}

json optional_number(const std::optional<double>& value) {
  return value ? json(std::round(*value * 10) / 10) : json(nullptr);
}

reports::Table counts_table(const std::string& title, const std::string& key_column,
                            const std::string& count_column, const reports::Counts& counts) {
  reports::Table table{title, {key_column, count_column}, {}, {false, true}, {}};
  for (const auto& [key, n] : counts) {
    table.rows.push_back({key, std::to_string(n)});
  }
  return table;
}

std::string share(long part, long whole) {
  return whole == 0 ? "-"
                    : fmt::format("{:.1f}%",
                                  100.0 * static_cast<double>(part) / static_cast<double>(whole));
}

std::string number(const std::optional<double>& value) {
  return value ? fmt::format("{:.1f}", *value) : "-";
}

ExitCode run_annual(const ReportOptions& o, const Session& s) {
  const auto format = s.format(k_report_formats);
  const auto in = load_input(o, s);
  std::vector<std::string> services;
  for (const auto& service : in.config.services) {
    services.push_back(service.key);
  }
  const auto r = reports::service_report(in.cases, in.calendar, in.period, services);
  if (format == Format::json) {
    json out;
    out["from"] = to_iso(r.period.from);
    out["to"] = to_iso(r.period.to);
    out["as_of"] = to_iso(in.as_of);
    out["clock_starts"] = clock_code(in.config);
    out["requests"] = {{"received", r.requests},
                       {"by_month", counts_json(r.by_month)},
                       {"by_service", counts_json(r.by_service)},
                       {"by_channel", counts_json(r.by_channel)},
                       {"by_applicant_type", counts_json(r.by_applicant_type)},
                       {"unanswered", r.unanswered},
                       {"withdrawn", r.withdrawn},
                       {"extended", r.extended}};
    out["decisions"] = {{"counts", counts_json(r.decisions)},
                        {"refusal_reasons", counts_json(r.refusal_reasons)},
                        {"exemption_letters", counts_json(r.exemption_letters)}};
    out["time_to_answer"] = {
        {"answered", r.times.answered},          {"median", optional_number(r.times.median)},
        {"mean", optional_number(r.times.mean)}, {"p90", optional_number(r.times.p90)},
        {"bands", counts_json(r.times.bands)},   {"within_statutory", r.times.within_statutory},
        {"with_target", r.times.with_target},    {"within_target", r.times.within_target}};
    out["objections"] = {{"filed", r.objections},
                         {"by_ground", counts_json(r.objections_by_ground)},
                         {"answers", counts_json(r.objection_answers)},
                         {"answered_on_time", r.objections_answered_on_time},
                         {"answered_late", r.objections_answered_late}};
    out["disputes"] = {{"filed", r.disputes},
                       {"outcomes", counts_json(r.dispute_outcomes)},
                       {"filed_late", r.disputes_filed_late}};
    s.out << out.dump(2) << '\n';
    return ExitCode::ok;
  }
  ReportDocument doc;
  doc.lang = s.lang == text::Lang::id ? "id" : "en";
  doc.title = s.text({Id::report_annual_title, {period_text(r.period)}});
  if (!in.config.agency.name.empty()) {
    doc.notes.push_back(in.config.agency.name);
  }
  doc.notes.push_back(s.text({Id::report_annual_basis, {to_iso(in.as_of)}}));
  doc.notes.push_back(clock_note(s, in.config));
  const auto count = s.text(Id::col_count);
  reports::Table summary{
      s.text(Id::report_summary), {s.text(Id::col_item), count}, {}, {false, true}, {}};
  const auto add = [&](Id label, const std::string& value) {
    summary.rows.push_back({s.text(label), value});
  };
  add(Id::sum_requests, std::to_string(r.requests));
  add(Id::sum_answered, std::to_string(r.times.answered));
  add(Id::sum_unanswered, std::to_string(r.unanswered));
  add(Id::sum_withdrawn, std::to_string(r.withdrawn));
  add(Id::sum_extended, std::to_string(r.extended));
  add(Id::sum_median, number(r.times.median));
  add(Id::sum_mean, number(r.times.mean));
  add(Id::sum_p90, number(r.times.p90));
  add(Id::sum_within_statutory, share(r.times.within_statutory, r.times.answered));
  add(Id::sum_within_target, share(r.times.within_target, r.times.with_target));
  add(Id::sum_objections, std::to_string(r.objections));
  add(Id::sum_objections_on_time, std::to_string(r.objections_answered_on_time));
  add(Id::sum_objections_late, std::to_string(r.objections_answered_late));
  add(Id::sum_disputes, std::to_string(r.disputes));
  add(Id::sum_disputes_late, std::to_string(r.disputes_filed_late));
  doc.tables.push_back(std::move(summary));
  const std::pair<Id, const reports::Counts*> sections[] = {
      {Id::sec_by_month, &r.by_month},
      {Id::sec_by_service, &r.by_service},
      {Id::sec_by_channel, &r.by_channel},
      {Id::sec_by_applicant_type, &r.by_applicant_type},
      {Id::sec_decisions, &r.decisions},
      {Id::sec_refusal_reasons, &r.refusal_reasons},
      {Id::sec_exemption_letters, &r.exemption_letters},
      {Id::sec_time_bands, &r.times.bands},
      {Id::sec_objection_grounds, &r.objections_by_ground},
      {Id::sec_objection_answers, &r.objection_answers},
      {Id::sec_dispute_outcomes, &r.dispute_outcomes},
  };
  for (const auto& [title, counts] : sections) {
    doc.tables.push_back(counts_table(s.text(title), s.text(Id::col_item), count, *counts));
  }
  for (const auto& [title, counts] :
       {std::pair{Id::sec_by_month, &r.by_month}, std::pair{Id::sec_decisions, &r.decisions},
        std::pair{Id::sec_time_bands, &r.times.bands}}) {
    doc.charts.push_back({s.text(title), *counts});
  }
  print_document(s, format, doc, o.excel);
  return ExitCode::ok;
}

// Adds the options every report shares.
void add_report_options(CLI::App& cmd, ReportOptions& o, const Session& s, bool period) {
  cmd.add_option("--as-of", o.as_of, s.text(Id::help_opt_as_of))->type_name("DATE");
  if (period) {
    cmd.add_option("--from", o.from, s.text(Id::help_opt_from))->type_name("DATE");
    cmd.add_option("--to", o.to, s.text(Id::help_opt_to))->type_name("DATE");
    cmd.add_option("--year", o.year, s.text(Id::help_opt_report_year))->type_name("YEAR");
    cmd.add_option("--month", o.month, s.text(Id::help_opt_month))->type_name("1..12");
  }
  cmd.add_option("--service", o.service, s.text(Id::help_opt_service))->type_name("NAME");
  cmd.add_flag("--excel", o.excel, s.text(Id::help_opt_excel));
}

}  // namespace

void add_report_commands(CLI::App& parent, Session& s, Action& chosen) {
  struct Entry {
    const char* name;
    Id help;
    Id footer;
    ExitCode (*run)(const ReportOptions&, const Session&);
    bool period;
  };
  const Entry entries[] = {
      {"overdue", Id::help_report_overdue, Id::help_report_overdue_footer, run_overdue, false},
      {"due", Id::help_report_due, Id::help_report_due_footer, run_due, false},
      {"register", Id::help_report_register, Id::help_report_register_footer, run_register, true},
      {"objections", Id::help_report_objections, Id::help_report_objections_footer, run_objections,
       true},
      {"annual", Id::help_report_annual, Id::help_report_annual_footer, run_annual, true},
  };
  for (const auto& entry : entries) {
    auto o = std::make_shared<ReportOptions>();
    auto* cmd = parent.add_subcommand(entry.name, s.text(entry.help));
    cmd->footer(s.text(entry.footer));
    add_report_options(*cmd, *o, s, entry.period);
    const std::string name = entry.name;
    if (name == "overdue" || name == "due") {
      cmd->add_flag("--fail-if-any", o->fail_if_any, s.text(Id::help_opt_fail_if_any));
    }
    if (name == "overdue") {
      cmd->add_option("--against", o->against, s.text(Id::help_opt_against))
          ->type_name("statutory|target");
    }
    if (name == "due") {
      cmd->add_option("--within", o->within, s.text(Id::help_opt_within))->type_name("N");
    }
    if (name == "register" || name == "objections") {
      cmd->add_flag("--show-personal-data", o->show_personal_data,
                    s.text(Id::help_opt_show_personal_data));
      cmd->add_flag("--unmasked", o->unmasked, s.text(Id::help_opt_unmasked));
      cmd->add_flag("--anonymize", o->anonymize, s.text(Id::help_opt_anonymize));
    }
    auto run = entry.run;
    cmd->callback([o, run, &s, &chosen] { chosen = [o, run, &s] { return run(*o, s); }; });
  }
}

}  // namespace ppid::cli
