#include "error.hpp"
#include "rules/lifecycle.hpp"
#include "rules/windows.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace ppid::rules {
namespace {

using calendar::Calendar;

// Who a limit binds decides what its passing unused means: a duty of the body (or the
// Commission) becomes overdue; an applicant's window expires.
enum class Bound { duty, window };

// The status of `d` given when the act was done (if it was), as of `today`.
void set_status(Deadline& d, Bound bound, std::optional<Date> done, bool withdrawn, Date today,
                const Calendar& cal) {
  if (!d.due) {
    return;
  }
  if (done) {
    d.met_on = done;
    d.status = *done <= *d.due ? DeadlineStatus::met : DeadlineStatus::late;
    if (d.status == DeadlineStatus::late) {
      d.working_days_late = cal.working_days_between(*d.due, *done);
    }
  } else if (withdrawn) {
    d.status = DeadlineStatus::void_;
  } else if (today > *d.due && bound == Bound::window) {
    d.status = DeadlineStatus::expired;
  } else if (today > *d.due) {
    d.status = DeadlineStatus::overdue;
    d.working_days_late = cal.working_days_between(*d.due, today);
  } else {
    d.status = DeadlineStatus::pending;
    d.working_days_left = cal.working_days_between(today, *d.due);
  }
}

Deadline make_deadline(DeadlineKind kind, calendar::CalendarDate due, calendar::Duration duration) {
  Deadline d;
  d.kind = kind;
  d.due = due.date;
  d.provisional = due.provisional;
  d.duration = calendar::to_string(duration);
  return d;
}

std::optional<Date> date_if(const std::optional<LocalTime>& time) {
  return time ? std::optional<Date>{time->date} : std::nullopt;
}

}  // namespace

bool is_adjudication(DisputeOutcome outcome) {
  switch (outcome) {
    case DisputeOutcome::granted:
    case DisputeOutcome::partial:
    case DisputeOutcome::refused:
      return true;
    case DisputeOutcome::mediated:
    case DisputeOutcome::withdrawn:
    case DisputeOutcome::lapsed:
    case DisputeOutcome::not_registered:
      break;
  }
  return false;
}

std::optional<calendar::CalendarDate> objection_window_end(
    const Case& c, const std::vector<ObjectionGround>& grounds, const std::optional<Date>& arose,
    const Calendar& cal, const config::Config& config) {
  const auto* response = c.deadline(DeadlineKind::response);
  std::optional<calendar::CalendarDate> latest;
  for (const auto ground : grounds) {
    std::optional<calendar::CalendarDate> start;
    if ((ground == ObjectionGround::b || ground == ObjectionGround::g) && arose) {
      start = calendar::CalendarDate{*arose, false};
    } else if (ground != ObjectionGround::c && c.answered) {
      start = calendar::CalendarDate{c.answered->date, false};
    } else if (response != nullptr && response->due) {
      start = calendar::CalendarDate{*response->due, response->provisional};
    }
    if (!start) {
      continue;
    }
    auto end = cal.add(start->date, config.deadlines.objection_filing);
    end.provisional = end.provisional || start->provisional;
    if (!latest || end.date > latest->date) {
      latest = end;
    }
  }
  return latest;
}

std::optional<calendar::CalendarDate> dispute_window_start(const Case& c, const Calendar& cal) {
  if (c.objection_answered) {
    // The answer received on a closed day or after hours counts as the objection does.
    return cal.day0(*c.objection_answered, cal.settings().objection_receipt);
  }
  if (const auto* answer = c.deadline(DeadlineKind::objection_answer); answer && answer->due) {
    return calendar::CalendarDate{*answer->due, answer->provisional};
  }
  return std::nullopt;
}

Case replay(std::string register_no, std::vector<Event> events, const Calendar& cal,
            const config::Config& config, Date today) {
  // Every case begins with its receipt (UU 14/2008 art. 22(4)); one without it was changed
  // outside ppid, and nothing can be derived from it.
  if (events.empty() || events.front().kind() != EventKind::received) {
    throw Error{ErrorKind::bad_input, {text::Id::err_case_no_receipt, {register_no}}}.allowed(
        {text::Id::hint_see_verify});
  }
  Case c;
  c.register_no = std::move(register_no);
  c.events = std::move(events);
  for (const auto& event : c.events) {
    switch (event.kind()) {
      case EventKind::received: {
        const auto& received = event.as<Received>();
        c.received = event.happened;
        c.incomplete = received.incomplete;
        c.missing = received.missing;
        c.service = received.service;
        break;
      }
      case EventKind::completed: {
        // Handed in piece by piece; complete once nothing is missing.
        const auto& provided = event.as<Completed>().provided;
        if (provided.empty()) {
          c.missing.clear();
        } else {
          std::erase_if(c.missing, [&](const std::string& code) {
            return std::find(provided.begin(), provided.end(), code) != provided.end();
          });
        }
        if (c.missing.empty()) {
          c.completed = event.happened;
        }
        break;
      }
      case EventKind::extended:
        c.extended = true;
        break;
      case EventKind::answered:
        c.answered = event.happened;
        c.decision = event.as<Answered>().decision;
        c.state = State::answered;
        break;
      case EventKind::objected:
        c.objected = event.happened;
        c.objection_no = event.as<Objected>().objection_no;
        c.state = State::objection;
        break;
      case EventKind::objection_answered:
        c.objection_answered = event.happened;
        c.state = State::objection_answered;
        break;
      case EventKind::dispute_filed:
        c.dispute_filed = event.happened;
        c.state = State::dispute;
        break;
      case EventKind::dispute_ended:
        c.dispute_ended = event.happened;
        c.dispute_outcome = event.as<DisputeEnded>().outcome;
        c.state = State::closed;
        break;
      case EventKind::withdrawn:
        c.withdrawn = event.happened;
        c.state = State::withdrawn;
        break;
      case EventKind::delivered: {
        // A delivery changes no state: the objection and dispute stages go on beside it.
        const auto& delivered = event.as<Delivered>();
        c.deliveries.push_back(event.happened);
        c.delivery_cost += delivered.cost;
        if (!delivered.part) {
          c.delivered = event.happened;
        }
        break;
      }
      case EventKind::assigned: {
        const auto& assigned = event.as<Assigned>();
        Assignment a;
        a.unit = assigned.unit;
        a.assigned = event.happened;
        a.note = assigned.note;
        if (assigned.target) {
          a.target =
              make_deadline(DeadlineKind::internal, cal.add(event.happened.date, *assigned.target),
                            *assigned.target);
        }
        c.assignments.push_back(std::move(a));
        break;
      }
      case EventKind::dispute_stage:
        switch (event.as<DisputeStaged>().stage) {
          case DisputeStage::registered:
            c.dispute_registered = event.happened;
            break;
          case DisputeStage::mediation:
            c.mediation_started = event.happened;
            break;
          case DisputeStage::adjudication:
            c.adjudication_started = event.happened;
            break;
        }
        break;
      case EventKind::court_filed:
        (event.as<CourtFiled>().cassation ? c.cassation_filed : c.court_filed) = event.happened;
        c.state = State::court;
        break;
      case EventKind::court_decided: {
        const auto& decided = event.as<CourtDecided>();
        if (decided.cassation) {
          c.cassation_decided = event.happened;
          c.cassation_outcome = decided.outcome;
        } else {
          c.court_decided = event.happened;
          c.court_outcome = decided.outcome;
        }
        c.state = State::closed;
        break;
      }
      case EventKind::returned: {
        // The answer closes the unit's disposition still awaiting one.
        const auto& unit = event.as<Returned>().unit;
        const auto open =
            std::find_if(c.assignments.begin(), c.assignments.end(),
                         [&](const auto& a) { return a.unit == unit && !a.returned; });
        if (open != c.assignments.end()) {
          open->returned = event.happened;
        }
        break;
      }
    }
  }

  const auto& limits = config.deadlines;
  const bool withdrawn = c.withdrawn.has_value();
  // Once the dispute ended, a duty left undone stays as it stood that day.
  const Date duty_day =
      c.dispute_ended && c.dispute_ended->date < today ? c.dispute_ended->date : today;
  // Day 0: receipt. The statutory limit always runs from receipt (UU 14/2008 art. 22(7)); a body
  // that counts from completion [practice, DOMAIN.md] has that date as its own target.
  const auto day0 = cal.day0(c.received, config.calendar.receipt_outside_hours);
  c.day0 = day0.date;
  // UU 14/2008 art. 22(7): the written notice within 10 working days of receipt.
  auto notice =
      make_deadline(DeadlineKind::response, cal.add(day0.date, limits.response), limits.response);
  notice.provisional = notice.provisional || day0.provisional;
  if (c.extended) {
    // Art. 22(8): one extension, the next 7 working days after the original limit.
    const auto extended = cal.add(*notice.due, limits.extension);
    notice.due = extended.date;
    notice.provisional = notice.provisional || extended.provisional;
    notice.extended = true;
    notice.duration = fmt::format("{} + {}", calendar::to_string(limits.response),
                                  calendar::to_string(limits.extension));
  }
  set_status(notice, Bound::duty, date_if(c.answered), withdrawn, duty_day, cal);
  c.deadlines.push_back(notice);
  // Internal steps: the units' targets, beside the limits and never one of them.
  for (auto& a : c.assignments) {
    if (a.target) {
      set_status(*a.target, Bound::duty, date_if(a.returned), withdrawn, duty_day, cal);
    }
  }

  // The body's own target, beside the law's limit: its service standard when it has a unit, and
  // with the clock from completion, that standard (or the law's count) from completion.
  const bool from_completion =
      c.incomplete && config.calendar.clock_starts == calendar::ClockStart::completion;
  std::optional<calendar::Duration> target;
  if (c.service) {
    const auto service = std::find_if(config.services.begin(), config.services.end(),
                                      [&](const auto& s) { return s.key == *c.service; });
    if (service != config.services.end() && service->target && service->target->unit) {
      target = calendar::Duration{service->target->count, *service->target->unit};
    }
  }
  // Else the body's standard for every request ([targets] response).
  if (const auto& general = config.targets.response; !target && general && general->unit) {
    target = calendar::Duration{general->count, *general->unit};
  }
  if (!target && from_completion) {
    target = limits.response;
  }
  if (target && (!from_completion || c.completed)) {
    const auto start =
        from_completion ? cal.day0(*c.completed, config.calendar.receipt_outside_hours) : day0;
    auto deadline = make_deadline(DeadlineKind::target, cal.add(start.date, *target), *target);
    deadline.provisional = deadline.provisional || start.provisional;
    set_status(deadline, Bound::duty, date_if(c.answered), withdrawn, duty_day, cal);
    c.deadlines.push_back(deadline);
  }

  // The applicant's objection window (art. 35-36), once a ground for it has arisen.
  const auto* response = c.deadline(DeadlineKind::response);
  std::optional<calendar::CalendarDate> objection_start;
  if (c.answered) {
    objection_start = calendar::CalendarDate{c.answered->date, false};
  } else if (response != nullptr && response->due && (today > *response->due || c.objected)) {
    objection_start = calendar::CalendarDate{*response->due, response->provisional};
  }
  if (objection_start) {
    auto end = cal.add(objection_start->date, limits.objection_filing);
    end.provisional = end.provisional || objection_start->provisional;
    // Once filed, the window is the one of its grounds: for b and g, 30 working days from when
    // the ground arose (art. 36(1)), not from the notice.
    if (const auto* objected = c.first<Objected>()) {
      if (const auto grounds_end =
              objection_window_end(c, objected->grounds, objected->arose, cal, config)) {
        end = *grounds_end;
      }
    }
    auto deadline = make_deadline(DeadlineKind::objection_filing, end, limits.objection_filing);
    set_status(deadline, Bound::window, date_if(c.objected), withdrawn, today, cal);
    c.deadlines.push_back(deadline);
  }

  if (c.objected) {
    // Art. 36(2): the superior answers within 30 working days of receiving the objection, whose
    // receipt on a closed day or after hours follows the setting a request's does [practice].
    const auto objection_day0 = cal.day0(*c.objected, config.calendar.objection_receipt);
    auto answer_due = cal.add(objection_day0.date, limits.objection_answer);
    answer_due.provisional = answer_due.provisional || objection_day0.provisional;
    auto deadline =
        make_deadline(DeadlineKind::objection_answer, answer_due, limits.objection_answer);
    set_status(deadline, Bound::duty, date_if(c.objection_answered), withdrawn, duty_day, cal);
    c.deadlines.push_back(deadline);
    // The body's own target for the answer, beside the law's limit; the dispute window still
    // runs from the law's (art. 37(2)).
    if (const auto& own = config.targets.objection_answer; own && own->unit) {
      const calendar::Duration duration{own->count, *own->unit};
      auto due = cal.add(objection_day0.date, duration);
      due.provisional = due.provisional || objection_day0.provisional;
      auto own_target = make_deadline(DeadlineKind::objection_target, due, duration);
      set_status(own_target, Bound::duty, date_if(c.objection_answered), withdrawn, duty_day, cal);
      c.deadlines.push_back(own_target);
    }

    const bool unanswered_past = !c.objection_answered && today > *deadline.due;
    if (c.objection_answered || unanswered_past || c.dispute_filed) {
      const auto start = dispute_window_start(c, cal);
      auto end = cal.add(start->date, limits.dispute_filing);
      end.provisional = end.provisional || start->provisional;
      auto window = make_deadline(DeadlineKind::dispute_filing, end, limits.dispute_filing);
      set_status(window, Bound::window, date_if(c.dispute_filed), withdrawn, today, cal);
      c.deadlines.push_back(window);
    }
  }

  if (c.dispute_filed) {
    // Art. 38: the Commission starts (mediation or adjudication) within 14 and settles within
    // 100 working days. When its start was not recorded, once the dispute ended that limit no
    // longer tells anything, while the settlement is met or late by the end.
    auto start = make_deadline(DeadlineKind::commission_start,
                               cal.add(c.dispute_filed->date, limits.commission_start),
                               limits.commission_start);
    auto started = c.mediation_started ? c.mediation_started : c.adjudication_started;
    if (c.mediation_started && c.adjudication_started &&
        compare(*c.adjudication_started, *c.mediation_started) < 0) {
      started = c.adjudication_started;
    }
    set_status(start, Bound::duty, date_if(started),
               withdrawn || (c.dispute_ended.has_value() && !started), duty_day, cal);
    c.deadlines.push_back(start);
    auto settlement = make_deadline(DeadlineKind::commission_settlement,
                                    cal.add(c.dispute_filed->date, limits.commission_settlement),
                                    limits.commission_settlement);
    set_status(settlement, Bound::duty, date_if(c.dispute_ended), withdrawn, duty_day, cal);
    c.deadlines.push_back(settlement);
  }

  if (c.dispute_ended && c.dispute_outcome && is_adjudication(*c.dispute_outcome)) {
    // Art. 47-48: an adjudication decision may be challenged in court within 14 working days.
    auto deadline =
        make_deadline(DeadlineKind::court_filing,
                      cal.add(c.dispute_ended->date, limits.court_filing), limits.court_filing);
    set_status(deadline, Bound::window, date_if(c.court_filed), withdrawn, today, cal);
    c.deadlines.push_back(deadline);
  }

  if (c.court_decided) {
    // Art. 50: cassation within 14 days (plain days, the one such limit) of the court's decision.
    auto deadline = make_deadline(DeadlineKind::cassation_filing,
                                  cal.add(c.court_decided->date, limits.cassation_filing),
                                  limits.cassation_filing);
    set_status(deadline, Bound::window, date_if(c.cassation_filed), withdrawn, today, cal);
    c.deadlines.push_back(deadline);
  }
  return c;
}

}  // namespace ppid::rules
