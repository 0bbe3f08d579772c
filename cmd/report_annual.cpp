// ppid report annual: the public-information service report (UU 14/2008 art. 12; Perki 1/2021
// art. 56).

#include "case_view.hpp"
#include "report_common.hpp"
#include "reports/annual.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <memory>
#include <ostream>

namespace ppid::cli {
namespace {

using json = nlohmann::ordered_json;
using text::Id;

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

void print_json(const Session& s, const reports::Input& in, const reports::ServiceReport& r) {
  json out;
  out["from"] = to_iso(r.period.from);
  out["to"] = to_iso(r.period.to);
  out["as_of"] = to_iso(in.as_of);
  out["clock_starts"] = clock_code(in.config);
  out["law_override"] = law_override_json(in.config);
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
  out["time_to_delivery"] = {{"delivered", r.delivery_times.answered},
                             {"median", optional_number(r.delivery_times.median)},
                             {"mean", optional_number(r.delivery_times.mean)},
                             {"p90", optional_number(r.delivery_times.p90)},
                             {"bands", counts_json(r.delivery_times.bands)},
                             {"delivered_in_part", r.delivered_in_part},
                             {"cost", r.delivery_cost}};
  out["objections"] = {{"filed", r.objections},
                       {"by_ground", counts_json(r.objections_by_ground)},
                       {"answers", counts_json(r.objection_answers)},
                       {"answered_on_time", r.objections_answered_on_time},
                       {"answered_late", r.objections_answered_late}};
  out["disputes"] = {{"filed", r.disputes},
                     {"outcomes", counts_json(r.dispute_outcomes)},
                     {"filed_late", r.disputes_filed_late}};
  out["courts"] = {{"filed", r.court_cases},
                   {"outcomes", counts_json(r.court_outcomes)},
                   {"cassations", r.cassations}};
  s.out << out.dump(2) << '\n';
}

ReportDocument document(const Session& s, const reports::Input& in,
                        const reports::ServiceReport& r) {
  auto doc = report_document(s, s.text({Id::report_annual_title, {period_text(r.period)}}));
  if (!in.config.agency.name.empty()) {
    doc.notes.push_back(in.config.agency.name);
  }
  doc.notes.push_back(s.text({Id::report_annual_basis, {to_iso(in.as_of)}}));
  doc.notes.push_back(clock_note(s, in.config));
  for (auto& note : law_notes(s, in.config)) {
    doc.notes.push_back(std::move(note));
  }
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
  add(Id::sum_delivered, std::to_string(r.delivery_times.answered));
  add(Id::sum_delivered_in_part, std::to_string(r.delivered_in_part));
  add(Id::sum_delivery_median, number(r.delivery_times.median));
  add(Id::sum_delivery_cost, rupiah(r.delivery_cost));
  add(Id::sum_within_statutory, share(r.times.within_statutory, r.times.answered));
  add(Id::sum_within_target, share(r.times.within_target, r.times.with_target));
  add(Id::sum_objections, std::to_string(r.objections));
  add(Id::sum_objections_on_time, std::to_string(r.objections_answered_on_time));
  add(Id::sum_objections_late, std::to_string(r.objections_answered_late));
  add(Id::sum_disputes, std::to_string(r.disputes));
  add(Id::sum_disputes_late, std::to_string(r.disputes_filed_late));
  add(Id::sum_court_cases, std::to_string(r.court_cases));
  add(Id::sum_cassations, std::to_string(r.cassations));
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
      {Id::sec_delivery_bands, &r.delivery_times.bands},
      {Id::sec_objection_grounds, &r.objections_by_ground},
      {Id::sec_objection_answers, &r.objection_answers},
      {Id::sec_dispute_outcomes, &r.dispute_outcomes},
      {Id::sec_court_outcomes, &r.court_outcomes},
  };
  for (const auto& [title, counts] : sections) {
    doc.tables.push_back(counts_table(s.text(title), s.text(Id::col_item), count, *counts));
  }
  for (const auto& [title, counts] :
       {std::pair{Id::sec_by_month, &r.by_month}, std::pair{Id::sec_decisions, &r.decisions},
        std::pair{Id::sec_time_bands, &r.times.bands}}) {
    doc.charts.push_back({s.text(title), *counts});
  }
  return doc;
}

ExitCode run_annual(const ReportOptions& o, const Session& s) {
  const auto format = report_format(s);
  const auto in = load_input(o, s);
  std::vector<std::string> services;
  for (const auto& service : in.config.services) {
    services.push_back(service.key);
  }
  const auto r = reports::service_report(in.cases, in.calendar, in.period, services);
  if (format == Format::json) {
    print_json(s, in, r);
  } else {
    print_document(s, format, document(s, in, r), o.excel);
  }
  return ExitCode::ok;
}

}  // namespace

void add_report_annual_command(CLI::App& parent, Session& s, Action& chosen) {
  auto o = std::make_shared<ReportOptions>();
  auto& cmd = add_report_command(parent, "annual", s, Id::help_report_annual,
                                 Id::help_report_annual_footer, *o, true);
  cmd.callback([o, &s, &chosen] { chosen = [o, &s] { return run_annual(*o, s); }; });
}

}  // namespace ppid::cli
