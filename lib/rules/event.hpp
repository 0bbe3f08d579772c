#pragma once

#include "calendar/duration.hpp"
#include "date.hpp"
#include "rules/words.hpp"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace ppid::rules {

// Who asked (Perki 1/2021, the request form). Optional fields are present only when given.
struct Applicant {
  std::string name;
  ApplicantType type = ApplicantType::person;
  std::optional<std::string> id_number;  // NIK: personal data
  std::optional<std::string> address;
  std::optional<std::string> phone;
  std::optional<std::string> email;
  std::optional<std::string> occupation;
  std::optional<std::string> proxy;
  friend bool operator==(const Applicant&, const Applicant&) = default;
};

// The request as received (UU 14/2008 art. 22(1)-(4)).
struct Received {
  Applicant applicant;
  std::string info;
  std::optional<std::string> purpose;
  std::optional<std::string> service;  // a key of the configuration's [services]
  Channel channel = Channel::desk;
  std::optional<AccessForm> access;
  std::optional<Delivery> delivery;
  // The form the body holds the information in, a copy's (the Perki register's "Bentuk informasi
  // yang dikuasai"); from an imported register.
  std::optional<AccessForm> held_form;
  bool incomplete = false;  // the requirements were not met at receipt
  // Which of them were missing (codes of the configuration's [requirements]); empty for a
  // request recorded incomplete without saying which (an import, an older ppid).
  std::vector<std::string> missing;
  friend bool operator==(const Received&, const Received&) = default;
};

// Requirements handed in: `provided` of those missing, or, when empty, all that were missing.
// The request is complete once nothing is missing.
struct Completed {
  std::vector<std::string> provided;
  friend bool operator==(const Completed&, const Completed&) = default;
};

// The one extension (art. 22(8)), with the reason the notice of extension gives.
struct Extended {
  std::string reason;
  friend bool operator==(const Extended&, const Extended&) = default;
};

// The written notice (art. 22(7)).
struct Answered {
  Decision decision = Decision::granted;
  std::optional<RefusalReason> reason;  // only when refused
  std::optional<std::string> basis;     // the legal basis of an exemption
  std::optional<std::string> holder;    // who holds information not held here
  std::optional<std::string> note;
  friend bool operator==(const Answered&, const Answered&) = default;
};

// An objection (art. 35-36).
struct Objected {
  std::vector<ObjectionGround> grounds;  // sorted, each once
  std::optional<Date> arose;             // when ground b or g arose
  std::optional<std::string> proxy;
  std::optional<std::string> note;
  bool within_window = true;
  bool late_accepted = false;               // filed after the window and accepted all the same
  std::optional<std::string> objection_no;  // given when recorded
  friend bool operator==(const Objected&, const Objected&) = default;
};

// The superior's answer (art. 36(2)).
struct ObjectionAnswered {
  ObjectionAnswer answer = ObjectionAnswer::upheld;
  std::optional<std::string> official;
  std::optional<std::string> position;
  friend bool operator==(const ObjectionAnswered&, const ObjectionAnswered&) = default;
};

// A dispute at the Information Commission (art. 37).
struct DisputeFiled {
  std::optional<std::string> commission;
  bool within_window = true;
  friend bool operator==(const DisputeFiled&, const DisputeFiled&) = default;
};

struct DisputeEnded {
  DisputeOutcome outcome = DisputeOutcome::mediated;
  friend bool operator==(const DisputeEnded&, const DisputeEnded&) = default;
};

struct Withdrawn {
  friend bool operator==(const Withdrawn&, const Withdrawn&) = default;
};

// The information handed over, with its delivery receipt (tanda bukti penyerahan). The form and
// channel default to what the request asked for.
struct Delivered {
  std::optional<AccessForm> form;
  std::optional<Delivery> channel;
  long cost = 0;  // rupiah, for copying and postage (UU 14/2008 art. 21: the request is free)
  std::optional<Payment> paid_by;
  bool part = false;  // a part of the information; the rest follows in a later delivery
  std::optional<std::string> note;
  friend bool operator==(const Delivered&, const Delivered&) = default;
};

// The request routed to the unit that holds the information (disposisi) [practice, DOMAIN.md],
// with the body's own target for its answer. Never a statutory limit.
struct Assigned {
  std::string unit;
  std::optional<calendar::Duration> target;
  std::optional<std::string> note;
  friend bool operator==(const Assigned&, const Assigned&) = default;
};

// The unit answered the disposition made to it.
struct Returned {
  std::string unit;
  std::optional<std::string> note;
  friend bool operator==(const Returned&, const Returned&) = default;
};

// A stage of the dispute at the Commission (Perki 1/2013): registered, mediation or
// adjudication begun.
struct DisputeStaged {
  DisputeStage stage = DisputeStage::registered;
  friend bool operator==(const DisputeStaged&, const DisputeStaged&) = default;
};

// A challenge of the adjudication decision in court (UU 14/2008 art. 47-48), or cassation to
// the Supreme Court (art. 50). A late filing is recorded: the court decides.
struct CourtFiled {
  bool cassation = false;
  std::optional<Court> court;  // the first instance's
  std::optional<Party> by;
  bool within_window = true;
  friend bool operator==(const CourtFiled&, const CourtFiled&) = default;
};

// The decision of the court (or of the Supreme Court on cassation).
struct CourtDecided {
  bool cassation = false;
  CourtOutcome outcome = CourtOutcome::upheld;
  friend bool operator==(const CourtDecided&, const CourtDecided&) = default;
};

// What an event records, one alternative per EventKind, in that enum's order.
using EventData = std::variant<Received, Completed, Extended, Answered, Objected, ObjectionAnswered,
                               DisputeFiled, DisputeEnded, Withdrawn, Delivered, Assigned, Returned,
                               DisputeStaged, CourtFiled, CourtDecided>;

static_assert(std::variant_size_v<EventData> == count<EventKind>());

// The kind of event `data` records.
inline EventKind kind_of(const EventData& data) {
  return static_cast<EventKind>(data.index());
}

// One event as stored: when it happened, what it records, and its record.
struct Event {
  long id = 0;
  LocalTime happened;
  std::string recorded_at;
  std::string recorded_by;
  EventData data;
  std::string prev_hash;
  std::string hash;

  EventKind kind() const { return kind_of(data); }
  // The data as `T`; the caller knows the kind.
  template <typename T>
  const T& as() const {
    return std::get<T>(data);
  }
  template <typename T>
  T& as() {
    return std::get<T>(data);
  }
};

}  // namespace ppid::rules
