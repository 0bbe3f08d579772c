#pragma once

#include "calendar/calendar.hpp"
#include "date.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ppid::rules {

// Where a request stands (the JSON contract's words).
enum class State {
  open,                // awaiting the written notice
  answered,            // the notice was given
  objection,           // awaiting the superior's answer
  objection_answered,  // the superior answered
  dispute,             // at the Information Commission
  closed,              // the dispute ended
  withdrawn,           // the applicant withdrew
};

// What happened to a request. Events are append-only; everything else is derived from them.
enum class EventKind {
  received,            // request new
  completed,           // request complete: the requirements were met
  extended,            // UU 14/2008 art. 22(8)
  answered,            // the written notice, art. 22(7)
  objected,            // keberatan, art. 35-36
  objection_answered,  // tanggapan atasan PPID, art. 36(2)
  dispute_filed,       // sengketa informasi, art. 37
  dispute_ended,       // mediation, adjudication, withdrawal or lapse
  withdrawn,           // the applicant withdrew
};

// Kinds of time limit (the JSON contract's words).
enum class DeadlineKind {
  response,
  target,
  objection_filing,
  objection_answer,
  dispute_filing,
  commission_start,
  commission_settlement,
  court_filing,
};

enum class DeadlineStatus { pending, overdue, met, late, expired, void_ };

// The words of the case file and of JSON output; each `parse_*` is the inverse and gives nothing
// for an unknown word.
std::string_view code(State state);
std::string_view code(EventKind kind);
std::string_view code(DeadlineKind kind);
std::string_view code(DeadlineStatus status);
std::optional<State> parse_state(std::string_view word);
std::optional<EventKind> parse_event_kind(std::string_view word);

// The choices the law and the forms offer, as command-line and JSON words.
inline constexpr std::string_view k_applicant_types[] = {"person", "group", "organization"};
inline constexpr std::string_view k_channels[] = {"desk", "email", "web", "post", "fax", "phone"};
inline constexpr std::string_view k_access_forms[] = {"see",  "read",     "listen",
                                                      "note", "softcopy", "hardcopy"};
inline constexpr std::string_view k_deliveries[] = {"pickup", "courier", "post", "fax", "email"};
inline constexpr std::string_view k_decisions[] = {"granted", "partial", "refused"};
inline constexpr std::string_view k_refusal_reasons[] = {"exempt", "not-held", "not-yet-held",
                                                         "not-documented", "procedural"};
inline constexpr std::string_view k_objection_grounds[] = {"a", "b", "c", "d", "e", "f", "g"};
inline constexpr std::string_view k_objection_answers[] = {"upheld", "overturned", "partial"};
inline constexpr std::string_view k_dispute_outcomes[] = {"mediated", "granted",   "partial",
                                                          "refused",  "withdrawn", "lapsed"};

// One event as stored: when it happened, its data (JSON, fields by kind) and its record.
struct Event {
  long id = 0;
  EventKind kind = EventKind::received;
  LocalTime happened;
  std::string recorded_at;
  std::string recorded_by;
  nlohmann::ordered_json data = nlohmann::ordered_json::object();
  std::string prev_hash;
  std::string hash;
};

// One time limit of a case, as of a day.
struct Deadline {
  DeadlineKind kind = DeadlineKind::response;
  std::optional<Date> due;  // none: a service target published without a unit
  bool provisional = false;
  bool extended = false;
  DeadlineStatus status = DeadlineStatus::pending;
  std::optional<Date> met_on;  // when the act was done
  std::optional<int> working_days_left;
  std::optional<int> working_days_late;
  std::string duration;  // "10 wd", as configured
};

// A case: a request with everything derived from its events.
struct Case {
  std::string register_no;
  std::optional<std::string> objection_no;
  State state = State::open;
  std::vector<Event> events;
  // From the events.
  LocalTime received;
  std::optional<LocalTime> completed;
  bool incomplete = false;
  std::optional<Date> day0;  // none while the clock waits for completion
  std::optional<std::string> service;
  bool extended = false;
  std::optional<LocalTime> answered;
  std::optional<std::string> decision;
  std::optional<LocalTime> objected;
  std::optional<LocalTime> objection_answered;
  std::optional<LocalTime> dispute_filed;
  std::optional<LocalTime> dispute_ended;
  std::optional<std::string> dispute_outcome;
  std::optional<LocalTime> withdrawn;
  std::vector<Deadline> deadlines;

  const Deadline* deadline(DeadlineKind kind) const;
  // The first event of `kind`, or nullptr.
  const Event* find(EventKind kind) const;
  const Event& first_event() const { return events.front(); }
};

// The string at `key` of event data, or `fallback` when there is none.
std::string text_field(const nlohmann::ordered_json& data, const char* key,
                       const std::string& fallback = {});

}  // namespace ppid::rules
