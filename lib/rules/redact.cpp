#include "rules/redact.hpp"

#include <variant>

namespace ppid::rules {
namespace {

// What of each event's data may be published: a copy that keeps what is public and drops the
// rest, field by field, so that a field added to an event later stays out until someone judges
// it public.
struct Published {
  const std::string& placeholder;

  EventData operator()(const Received& r) const {
    Received out;
    out.applicant.name = placeholder;
    out.applicant.type = r.applicant.type;
    out.info = r.info;
    out.service = r.service;
    out.channel = r.channel;
    out.access = r.access;
    out.delivery = r.delivery;
    out.held_form = r.held_form;
    out.incomplete = r.incomplete;
    out.missing = r.missing;
    return out;
  }
  EventData operator()(const Completed& c) const { return c; }
  EventData operator()(const Extended& e) const { return Extended{e.reason}; }
  EventData operator()(const Answered& a) const {
    Answered out;
    out.decision = a.decision;
    out.reason = a.reason;
    out.basis = a.basis;
    out.holder = a.holder;
    return out;
  }
  EventData operator()(const Objected& o) const {
    Objected out;
    out.grounds = o.grounds;
    out.arose = o.arose;
    out.within_window = o.within_window;
    out.late_accepted = o.late_accepted;
    out.objection_no = o.objection_no;
    return out;
  }
  EventData operator()(const ObjectionAnswered& a) const {
    return ObjectionAnswered{a.answer, a.official, a.position};
  }
  EventData operator()(const DisputeFiled& d) const {
    return DisputeFiled{d.commission, d.within_window};
  }
  EventData operator()(const DisputeEnded& d) const { return DisputeEnded{d.outcome}; }
  EventData operator()(const Withdrawn&) const { return Withdrawn{}; }
  EventData operator()(const Delivered& d) const {
    // What was charged is public (the service report counts it); the note may name people.
    return Delivered{d.form, d.channel, d.cost, d.paid_by, d.part, std::nullopt};
  }
  // Which unit holds the information is the body's own; a note may name people.
  EventData operator()(const Assigned& a) const { return Assigned{a.unit, a.target, std::nullopt}; }
  EventData operator()(const Returned& r) const { return Returned{r.unit, std::nullopt}; }
  // The Commission's and the courts' stages are public record.
  EventData operator()(const DisputeStaged& d) const { return d; }
  EventData operator()(const CourtFiled& f) const { return f; }
  EventData operator()(const CourtDecided& d) const { return d; }
};

}  // namespace

Case redacted(const Case& c, const std::string& placeholder) {
  Case out = c;
  for (auto& a : out.assignments) {
    a.note.reset();
  }
  for (auto& event : out.events) {
    event.data = std::visit(Published{placeholder}, event.data);
    // Who typed an act in, and when, is the body's own audit trail.
    event.recorded_at.clear();
    event.recorded_by.clear();
  }
  return out;
}

}  // namespace ppid::rules
