#pragma once

#include "calendar/calendar.hpp"
#include "date.hpp"
#include "rules/event.hpp"
#include "rules/words.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ppid::rules {

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

// A disposition to a unit and its answer; its target is the body's, beside the law's limits.
struct Assignment {
  std::string unit;
  LocalTime assigned;
  std::optional<LocalTime> returned;
  std::optional<Deadline> target;  // kind internal
  std::optional<std::string> note;
};

// A case: a request with everything derived from its events.
struct Case {
  std::string register_no;
  std::optional<std::string> objection_no;
  State state = State::open;
  std::vector<Event> events;
  // From the events.
  LocalTime received;
  std::optional<LocalTime> completed;  // when the last missing requirement was handed in
  bool incomplete = false;
  std::vector<std::string> missing;  // the requirements still missing, in checklist order
  Date day0;                         // the receipt's (the statutory clock always runs from receipt)
  std::optional<std::string> service;
  bool extended = false;
  std::optional<LocalTime> answered;
  std::optional<Decision> decision;
  std::optional<LocalTime> objected;
  std::optional<LocalTime> objection_answered;
  std::optional<LocalTime> dispute_filed;
  std::optional<LocalTime> dispute_ended;
  std::optional<DisputeOutcome> dispute_outcome;
  // The Commission's stages (Perki 1/2013), when recorded.
  std::optional<LocalTime> dispute_registered;
  std::optional<LocalTime> mediation_started;
  std::optional<LocalTime> adjudication_started;
  // In court after an adjudication (art. 47-48), then on cassation (art. 50).
  std::optional<LocalTime> court_filed;
  std::optional<LocalTime> court_decided;
  std::optional<CourtOutcome> court_outcome;
  std::optional<LocalTime> cassation_filed;
  std::optional<LocalTime> cassation_decided;
  std::optional<CourtOutcome> cassation_outcome;
  std::optional<LocalTime> withdrawn;
  // Each delivery of the information, and the one that completed it (a delivery not in part).
  std::vector<LocalTime> deliveries;
  std::optional<LocalTime> delivered;
  long delivery_cost = 0;               // rupiah, over every delivery
  std::vector<Assignment> assignments;  // in the order they were made
  std::vector<Deadline> deadlines;

  const Deadline* deadline(DeadlineKind kind) const;
  // The units whose answer is still awaited, in the order they were assigned.
  std::vector<std::string> awaited_units() const;
  // The first event of `kind`, or nullptr.
  const Event* find(EventKind kind) const;
  // The data of the first event recording `T`, or nullptr.
  template <typename T>
  const T* first() const {
    for (const auto& event : events) {
      if (const auto* data = std::get_if<T>(&event.data)) {
        return data;
      }
    }
    return nullptr;
  }
  // The request as received: every case starts with it.
  const Received& request() const { return std::get<Received>(events.front().data); }
};

}  // namespace ppid::rules
