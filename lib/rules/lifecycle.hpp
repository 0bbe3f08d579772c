#pragma once

// The lifecycle of a request: its state and deadlines derived from its events (replay.cpp), and
// the acts that add an event, each refused where the law does not allow it (acts.cpp).

#include "calendar/calendar.hpp"
#include "config/config.hpp"
#include "rules/case.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ppid::rules {

// The moment an act is recorded against: "now" (for refusing acts dated in the future) and
// "today" (for the status of each deadline).
struct AsOf {
  LocalTime now;
  Date today;
};

// Rebuilds a case from its events: its state and every deadline, derived from the events and
// `calendar`, with each deadline's status as of `today`. The events must be in order.
Case replay(std::string register_no, std::vector<Event> events, const calendar::Calendar& calendar,
            const config::Config& config, Date today);

// The acts allowed on `c` now, in the order a user would consider them.
std::vector<Act> allowed_acts(const Case& c, Date today);

// What the applicant asked, as typed at the counter or read from a register (words as typed;
// the checks turn them into the vocabularies).
struct RequestInput {
  std::string name;
  std::string info;
  std::optional<std::string> id_number;
  std::string applicant_type{code(ApplicantType::person)};
  std::optional<std::string> address;
  std::optional<std::string> phone;
  std::optional<std::string> email;
  std::optional<std::string> occupation;
  std::optional<std::string> purpose;
  std::optional<std::string> proxy;
  std::optional<std::string> service;
  std::string channel{code(Channel::desk)};
  std::optional<std::string> access;
  std::optional<std::string> delivery;
  // The form the information is held in (softcopy or hardcopy), as a register records it.
  std::optional<std::string> held_form;
  // The requirements missing at receipt, codes of the applicant type's checklist (and the
  // proxy's when there is one).
  std::vector<std::string> missing;
  // Incomplete without saying which (a register row with a completion date).
  bool incomplete = false;
};

// Checks `input` (Error{usage} naming the field and the rule, with Error::field set; personal
// values are never repeated in the message) and returns the request as received.
Received request_data(const RequestInput& input, const config::Config& config);

// The written notice (art. 22(7)).
struct Response {
  std::string decision;
  std::optional<std::string> reason;
  std::optional<std::string> basis;
  std::optional<std::string> holder;
  std::optional<std::string> note;
};

struct Objection {
  std::vector<std::string> grounds;
  // When the ground arose, for b (the date the applicant gives) and g (when the late
  // information was delivered).
  std::optional<Date> arose;
  std::optional<std::string> proxy;
  std::optional<std::string> note;
  bool late_accepted = false;
};

// The superior's answer to an objection (art. 36(2)).
struct SuperiorAnswer {
  std::string answer;
  std::optional<std::string> official;
  std::optional<std::string> position;
};

// The information handed over (DOMAIN.md, delivery): the form and channel default to the
// request's; the cost in rupiah as people write it.
struct DeliveryInput {
  std::optional<std::string> form;
  std::optional<std::string> channel;
  std::optional<std::string> cost;
  std::optional<std::string> paid_by;
  bool part = false;
  std::optional<std::string> note;
};

// A disposition to the unit that holds the information, with the body's own target for its
// answer ("3 hk", as people write it).
struct AssignmentInput {
  std::string unit;
  std::optional<std::string> target;
  std::optional<std::string> note;
};

// A challenge in court of the Commission's adjudication decision, or cassation of the court's.
struct CourtInput {
  bool cassation = false;
  std::optional<std::string> court;  // ptun or district; none for cassation
  std::optional<std::string> by;     // applicant or body
};

// Whether the decision that stands gives the applicant information, in full or in part: the
// notice, as the superior's answer or the Commission may have changed it.
bool grants_information(const Case& c);

// Each act below checks that `c` allows it at `at` and returns the event to append: Error
// {wrong_state} names the case's state and what is allowed now (Error::refused_act); Error
// {bad_input} refuses a time before the case's last event or after now; Error{usage} a
// malformed value. The objection number is given when the event is stored.
// `provided`: the requirements handed in, of those missing (Error{usage} for another); none
// means all of them.
Event complete_request(const Case& c, const LocalTime& at, const std::vector<std::string>& provided,
                       const AsOf& as_of);
Event extend_request(const Case& c, const LocalTime& at, const std::string& reason,
                     const AsOf& as_of);
Event respond(const Case& c, const LocalTime& at, const Response& response, const AsOf& as_of);
Event file_objection(const Case& c, const LocalTime& at, const Objection& objection,
                     const calendar::Calendar& calendar, const config::Config& config,
                     const AsOf& as_of);
Event answer_objection(const Case& c, const LocalTime& at, const SuperiorAnswer& answer,
                       const AsOf& as_of);
Event file_dispute(const Case& c, const LocalTime& at, const std::optional<std::string>& commission,
                   const calendar::Calendar& calendar, const config::Config& config,
                   const AsOf& as_of);
Event end_dispute(const Case& c, const LocalTime& at, const std::string& outcome,
                  const AsOf& as_of);
Event withdraw(const Case& c, const LocalTime& at, const AsOf& as_of);
Event deliver(const Case& c, const LocalTime& at, const DeliveryInput& input, const AsOf& as_of);
// A stage of the dispute at the Commission (Perki 1/2013): registered, mediation (never for an
// exemption dispute, art. 40(2)) or adjudication, each once and in that order.
Event stage_dispute(const Case& c, const LocalTime& at, const std::string& stage,
                    const AsOf& as_of);
// The court after an adjudication decision (art. 47-48), or cassation after the court's (art. 50):
// recorded late as well, `within_window` saying whether it was.
Event go_to_court(const Case& c, const LocalTime& at, const CourtInput& input,
                  const calendar::Calendar& calendar, const config::Config& config,
                  const AsOf& as_of);
// The decision of the court at the level before it.
Event decide_court(const Case& c, const LocalTime& at, const std::string& outcome,
                   const AsOf& as_of);
// A disposition while the body still owes the applicant something (the notice, the superior's
// answer, the information granted): one unit at a time, its target ending no later than the
// statutory limit it serves (Error{usage} naming the target and that limit).
Event assign(const Case& c, const LocalTime& at, const AssignmentInput& input,
             const calendar::Calendar& calendar, const AsOf& as_of);
// The answer of `unit`, or, when none is named, of the one unit awaited (Error{usage} naming
// them when several are).
Event return_assignment(const Case& c, const LocalTime& at, const std::optional<std::string>& unit,
                        const std::optional<std::string>& note, const AsOf& as_of);

// Checks that `at` is not after `as_of.now` (Error{bad_input}).
void check_not_future(const LocalTime& at, const AsOf& as_of);

// Orders two agency times; a time of day that is unknown compares equal within the day.
int compare(const LocalTime& a, const LocalTime& b);

}  // namespace ppid::rules
