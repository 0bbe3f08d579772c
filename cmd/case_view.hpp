#pragma once

#include "calendar/calendar.hpp"
#include "rules/case.hpp"
#include "rules/personal.hpp"
#include "rules/vocabulary.hpp"
#include "session.hpp"
#include "store/case_store.hpp"
#include "text/escape.hpp"  // text::printable, for case_view.cpp

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}  // namespace CLI

namespace ppid::cli {

// What a writing case command needs: the open case file, its calendar, "now" and "today" in the
// agency's zone, and who is recording.
struct CaseCommand {
  store::CaseFile file;
  calendar::Calendar calendar;
  Zone zone;
  rules::AsOf as_of;
  std::string recorded_by;

  store::Recorded recorded() const;
};

// Opens the case file for a command that records an act.
CaseCommand open_case_command(const Session& s);

// Adds --at to a command that records an act.
void add_time_option(CLI::App& cmd, std::optional<std::string>& at, const Session& s);

// When the act happened: --at, else now (Error{usage} for a malformed --at).
LocalTime act_time(const std::optional<std::string>& at, const CaseCommand& command);

// Records one act on the case `register_no` in one transaction: loads the case, lets `act`
// check it and make the event, appends it, and prints the case after it with the headline
// `headline` gives. Everything or nothing is written.
using MakeEvent = std::function<rules::Event(const rules::Case&, const LocalTime&, CaseCommand&)>;
using MakeHeadline = std::function<std::string(const rules::Case&, const LocalTime&)>;
ExitCode record_act(const Session& s, const std::string& register_no,
                    const std::optional<std::string>& at, const MakeEvent& act,
                    const MakeHeadline& headline);
// As above for acts recorded together (a notice that delivers at once): each makes its event on
// the case as the one before left it, all in one transaction.
ExitCode record_acts(const Session& s, const std::string& register_no,
                     const std::optional<std::string>& at, const std::vector<MakeEvent>& acts,
                     const MakeHeadline& headline);

// The JSON of a case (docs/json.md): the summary, and with `details` the applicant, the request,
// the decision and the events too. NIK masked unless `unmasked`.
nlohmann::ordered_json case_json(const rules::Case& c, Zone zone, bool details, bool unmasked);

// The text after an act: `headline`, the state, then every deadline with its status.
void print_case_summary(const Session& s, const rules::Case& c, const std::string& headline);

// Prints the case after an act in the session's format: JSON (the case) or text (the summary).
ExitCode print_after_act(const Session& s, Format format, const rules::Case& c, Zone zone,
                         const std::string& headline);

// An amount as people write it: "Rp 15.000".
std::string rupiah(long amount);

// The reader's words for a value of `E` typed as `typed` (an act accepted it, so it names one).
template <rules::Labelled E>
std::string said_as(const Session& s, const std::string& typed) {
  const auto value = rules::read_word<E>(typed);
  return value ? s.text(rules::label(*value)) : typed;
}

// The text of a state, a deadline kind and an event kind in the session's language.
std::string state_text(const Session& s, rules::State state);

// The requirements `codes` as people read them: the defaults by their names, a body's own codes
// as written ("copy of the KTP, request form").
std::string requirements_text(const Session& s, const std::vector<std::string>& codes);
std::string deadline_text(const Session& s, rules::DeadlineKind kind);
std::string event_text(const Session& s, rules::EventKind kind);
std::string status_text(const Session& s, const rules::Deadline& d);
std::string decision_text(const Session& s, rules::Decision decision);
// The text of a decision's word; the word itself when it is not one.
std::string decision_text(const Session& s, const std::string& decision);

// The applicant, the request and every event of `c` as `show` prints them under its summary
// (empty fields left out); the NIK and contact details as `personal` shows them, and who
// recorded each event and when only with `records`.
void print_case_details(const Session& s, const rules::Case& c, rules::PersonalData personal,
                        bool records);

// Lists deadlines that moved ("001/PPID/XI/2026  written notice  2026-12-08 → 2026-12-09").
void print_moves(const Session& s, const std::vector<store::DeadlineMove>& moves);

}  // namespace ppid::cli
