#include "error.hpp"
#include "rules/lifecycle.hpp"
#include "rules/validate.hpp"
#include "rules/windows.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

namespace ppid::rules {
namespace {

bool listed(const std::vector<std::string>& codes, const std::string& code) {
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

using calendar::Calendar;
using text::Id;

std::string iso(Date day) {
  return to_iso(day);
}

std::string date_of(const std::optional<LocalTime>& time) {
  return time ? iso(time->date) : std::string{};
}

std::vector<std::string> act_words(const std::vector<Act>& acts) {
  std::vector<std::string> words;
  words.reserve(acts.size());
  for (const auto act : acts) {
    words.emplace_back(code(act));
  }
  return words;
}

// The one reason `act` is refused in the case's state, with the date that explains it;
// `qualifier` is the value the act was given, where the reason is about it.
[[noreturn]] void refuse(const Case& c, Act act, Id why, const std::string& when, Date today,
                         std::string qualifier = {}) {
  throw Error{ErrorKind::wrong_state, {why, {std::string{code(act)}, c.register_no, when}}}
      .refused_act(std::move(qualifier), act_words(allowed_acts(c, today)));
}

// Refuses `act` because of the state `c` is in.
[[noreturn]] void refuse_in_state(const Case& c, Act act, Date today) {
  switch (c.state) {
    case State::open: {
      const auto* response = c.deadline(DeadlineKind::response);
      refuse(c, act, Id::why_open,
             response != nullptr && response->due ? iso(*response->due) : std::string{"-"}, today);
    }
    case State::answered:
      refuse(c, act, Id::why_answered, date_of(c.answered), today);
    case State::objection:
      refuse(c, act, Id::why_objection, date_of(c.objected), today);
    case State::objection_answered:
      refuse(c, act, Id::why_objection_answered, date_of(c.objection_answered), today);
    case State::dispute:
      refuse(c, act, Id::why_dispute, date_of(c.dispute_filed), today);
    case State::closed:
      refuse(c, act, Id::why_closed, date_of(c.dispute_ended), today);
    case State::withdrawn:
      refuse(c, act, Id::why_withdrawn, date_of(c.withdrawn), today);
    case State::court:
      refuse(c, act, Id::why_court, date_of(c.cassation_filed ? c.cassation_filed : c.court_filed),
             today);
  }
  refuse(c, act, Id::why_closed, "-", today);
}

void check_time(const Case& c, const LocalTime& at, const AsOf& as_of) {
  const auto& last = c.events.back().happened;
  if (compare(at, last) < 0) {
    throw Error{ErrorKind::bad_input, {Id::err_time_before, {to_iso_local(last)}}}.value(
        to_iso_local(at));
  }
  check_not_future(at, as_of);
}

Event make_event(const LocalTime& at, EventData data) {
  Event event;
  event.happened = at;
  event.data = std::move(data);
  return event;
}

// The earliest stage of the dispute the Commission recorded, if any.
std::optional<LocalTime> first_stage(const Case& c) {
  std::optional<LocalTime> first;
  for (const auto& stage : {c.dispute_registered, c.mediation_started, c.adjudication_started}) {
    if (stage && (!first || compare(*stage, *first) < 0)) {
      first = stage;
    }
  }
  return first;
}

bool has(const std::vector<ObjectionGround>& grounds, ObjectionGround ground) {
  return std::find(grounds.begin(), grounds.end(), ground) != grounds.end();
}

}  // namespace

int compare(const LocalTime& a, const LocalTime& b) {
  if (a.date != b.date) {
    return a.date < b.date ? -1 : 1;
  }
  if (!a.time || !b.time || *a.time == *b.time) {
    return 0;
  }
  return *a.time < *b.time ? -1 : 1;
}

void check_not_future(const LocalTime& at, const AsOf& as_of) {
  if (compare(at, as_of.now) > 0) {
    throw Error{ErrorKind::bad_input, {Id::err_time_future, {to_iso_local(as_of.now)}}}.value(
        to_iso_local(at));
  }
}

bool grants_information(const Case& c) {
  bool grants = false;
  for (const auto& event : c.events) {
    if (const auto* answered = std::get_if<Answered>(&event.data)) {
      grants = answered->decision != Decision::refused;
    } else if (const auto* superior = std::get_if<ObjectionAnswered>(&event.data)) {
      // Upheld leaves the notice as it was; otherwise the superior gives (some of) it.
      grants = grants || superior->answer != ObjectionAnswer::upheld;
    } else if (const auto* ended = std::get_if<DisputeEnded>(&event.data)) {
      grants = grants || ended->outcome == DisputeOutcome::granted ||
               ended->outcome == DisputeOutcome::partial ||
               ended->outcome == DisputeOutcome::mediated;
    } else if (const auto* court = std::get_if<CourtDecided>(&event.data)) {
      // The court sets the Commission's decision aside, in full or in part.
      if (court->outcome == CourtOutcome::overturned) {
        grants = !grants;
      } else if (court->outcome == CourtOutcome::partial) {
        grants = true;
      }
    }
  }
  return grants;
}

std::vector<Act> allowed_acts(const Case& c, Date today) {
  std::vector<Act> acts;
  // The information may be handed over once a decision gives it, whatever stage follows.
  if (c.state != State::open && c.state != State::withdrawn && !c.delivered &&
      grants_information(c)) {
    acts.push_back(Act::deliver);
  }
  const auto* response = c.deadline(DeadlineKind::response);
  switch (c.state) {
    case State::open:
      if (c.incomplete && !c.completed) {
        acts.push_back(Act::complete);
      }
      acts.push_back(Act::respond);
      if (!c.extended && response != nullptr && today <= *response->due) {
        acts.push_back(Act::extend);
      }
      if (response != nullptr && today > *response->due) {
        acts.push_back(Act::object);
      }
      acts.push_back(Act::withdraw);
      break;
    case State::answered:
      acts.push_back(Act::object);
      acts.push_back(Act::withdraw);
      break;
    case State::objection: {
      acts.push_back(Act::answer_objection);
      const auto* answer = c.deadline(DeadlineKind::objection_answer);
      if (answer != nullptr && today > *answer->due) {
        acts.push_back(Act::escalate);
      }
      acts.push_back(Act::withdraw);
      break;
    }
    case State::objection_answered:
      acts.push_back(Act::escalate);
      acts.push_back(Act::withdraw);
      break;
    case State::dispute:
      acts.push_back(Act::end_dispute);
      acts.push_back(Act::stage);
      break;
    case State::closed:
      // After an adjudication decision, a court; after the court's, cassation.
      if (c.dispute_outcome && is_adjudication(*c.dispute_outcome) && !c.court_filed) {
        acts.push_back(Act::court);
      } else if (c.court_decided && !c.cassation_filed) {
        acts.push_back(Act::cassation);
      }
      break;
    case State::court:
      acts.push_back(Act::court_decision);
      break;
    case State::withdrawn:
      break;
  }
  return acts;
}

Received request_data(const RequestInput& input, const config::Config& config) {
  check_text(input.name, InputField::name, k_max_short_field, true);
  check_text(input.info, InputField::info, k_max_long_field, true);
  Received r;
  r.applicant.type = check_choice<ApplicantType>(input.applicant_type, InputField::applicant_type);
  r.channel = check_choice<Channel>(input.channel, InputField::channel);
  if (input.access) {
    r.access = check_choice<AccessForm>(*input.access, InputField::access);
  }
  if (input.delivery) {
    r.delivery = check_choice<Delivery>(*input.delivery, InputField::delivery);
  }
  if (input.held_form) {
    r.held_form = check_choice<AccessForm>(*input.held_form, InputField::access);
    if (r.held_form != AccessForm::softcopy && r.held_form != AccessForm::hardcopy) {
      throw invalid_field(InputField::access)
          .value(*input.held_form)
          .allowed({Id::hint_allowed, {"softcopy, hardcopy"}});
    }
  }
  if (input.id_number && !valid_nik(*input.id_number)) {
    throw invalid_field(InputField::id_number).allowed({Id::hint_nik});
  }
  if (input.phone && !valid_phone(*input.phone)) {
    throw invalid_field(InputField::phone).allowed({Id::hint_phone});
  }
  if (input.email && !valid_email(*input.email)) {
    throw invalid_field(InputField::email).allowed({Id::hint_email});
  }
  check_text(input.address, InputField::address, k_max_short_field, false, true);
  check_text(input.occupation, InputField::occupation, k_max_short_field, false);
  check_text(input.proxy, InputField::proxy, k_max_short_field, false);
  check_text(input.purpose, InputField::purpose, k_max_long_field, false);
  if (input.service) {
    const auto found = std::find_if(config.services.begin(), config.services.end(),
                                    [&](const auto& s) { return s.key == *input.service; });
    if (found == config.services.end()) {
      std::string known;
      for (const auto& s : config.services) {
        known += (known.empty() ? "" : ", ") + s.key;
      }
      throw invalid_field(InputField::service)
          .value(*input.service)
          .allowed(known.empty() ? text::Message{Id::hint_no_services}
                                 : text::Message{Id::hint_allowed, {known}});
    }
  }
  r.applicant.name = input.name;
  r.applicant.id_number = given(input.id_number);
  r.applicant.address = given(input.address);
  r.applicant.phone = given(input.phone);
  r.applicant.email = given(input.email);
  r.applicant.occupation = given(input.occupation);
  r.applicant.proxy = given(input.proxy);
  r.info = input.info;
  r.purpose = given(input.purpose);
  r.service = given(input.service);
  // Each missing requirement is on the applicant type's checklist, or the proxy's [practice].
  const auto& req = config.requirements;
  std::vector<std::string> checklist = r.applicant.type == ApplicantType::group ? req.group
                                       : r.applicant.type == ApplicantType::organization
                                           ? req.organization
                                           : req.person;
  if (r.applicant.proxy) {
    checklist.insert(checklist.end(), req.proxy.begin(), req.proxy.end());
  }
  for (const auto& code : input.missing) {
    if (!listed(checklist, code)) {
      throw invalid_field(InputField::missing)
          .value(code)
          .allowed({Id::hint_allowed, {fmt::format("{}", fmt::join(checklist, ", "))}});
    }
  }
  // Kept in checklist order, each once (the proxy's list may repeat one), whatever order they
  // were typed in.
  for (const auto& code : checklist) {
    if (listed(input.missing, code) && !listed(r.missing, code)) {
      r.missing.push_back(code);
    }
  }
  r.incomplete = input.incomplete || !r.missing.empty();
  return r;
}

Event complete_request(const Case& c, const LocalTime& at, const std::vector<std::string>& provided,
                       const AsOf& as_of) {
  constexpr auto act = Act::complete;
  if (c.state != State::open) {
    refuse_in_state(c, act, as_of.today);
  }
  if (!c.incomplete) {
    refuse(c, act, Id::why_not_incomplete, iso(c.received.date), as_of.today);
  }
  if (c.completed) {
    refuse(c, act, Id::why_already_completed, iso(c.completed->date), as_of.today);
  }
  // Only what is still missing can be handed in; nothing named means all of it.
  Completed completed;
  for (const auto& code : provided) {
    if (!listed(c.missing, code)) {
      throw invalid_field(InputField::provided)
          .value(code)
          .allowed(c.missing.empty()
                       ? text::Message{Id::hint_nothing_listed_missing}
                       : text::Message{Id::hint_allowed,
                                       {fmt::format("{}", fmt::join(c.missing, ", "))}});
    }
    if (!listed(completed.provided, code)) {
      completed.provided.push_back(code);
    }
  }
  // Naming every missing one is the same as naming none: the request is complete.
  if (completed.provided.size() == c.missing.size()) {
    completed.provided.clear();
  }
  check_time(c, at, as_of);
  return make_event(at, std::move(completed));
}

Event extend_request(const Case& c, const LocalTime& at, const std::string& reason,
                     const AsOf& as_of) {
  constexpr auto act = Act::extend;
  if (c.state != State::open) {
    refuse_in_state(c, act, as_of.today);
  }
  const auto* response = c.deadline(DeadlineKind::response);
  if (response == nullptr) {
    refuse(c, act, Id::why_clock_not_started, iso(c.received.date), as_of.today);
  }
  if (c.extended) {
    // Art. 22(8): once per request.
    refuse(c, act, Id::why_already_extended, iso(c.find(EventKind::extended)->happened.date),
           as_of.today);
  }
  check_text(reason, InputField::reason, k_max_long_field, true);
  check_time(c, at, as_of);
  if (at.date > *response->due) {
    refuse(c, act, Id::why_past_limit, iso(*response->due), as_of.today);
  }
  return make_event(at, Extended{reason});
}

Event respond(const Case& c, const LocalTime& at, const Response& response, const AsOf& as_of) {
  if (c.state != State::open) {
    refuse_in_state(c, Act::respond, as_of.today);
  }
  Answered answered;
  answered.decision = check_choice<Decision>(response.decision, InputField::decision);
  if (answered.decision == Decision::refused && !response.reason) {
    throw Error{ErrorKind::usage, {Id::err_reason_required}}.allowed(
        {Id::hint_allowed, {joined<RefusalReason>()}});
  }
  // A partial grant may say why the rest is withheld (art. 22(7)(b)), like a refusal.
  if (answered.decision != Decision::granted && response.reason) {
    answered.reason = check_choice<RefusalReason>(*response.reason, InputField::reason);
    if (answered.reason == RefusalReason::exempt) {
      check_text(response.basis, InputField::basis, k_max_short_field, false);
      if (!response.basis) {
        throw Error{ErrorKind::usage, {Id::err_basis_required}}.allowed({Id::hint_basis});
      }
    }
  } else if (response.reason) {
    throw Error{ErrorKind::usage, {Id::err_reason_only_refused}}.value(*response.reason);
  }
  if (response.holder && answered.reason != RefusalReason::not_held) {
    throw Error{ErrorKind::usage, {Id::err_holder_only_not_held}};
  }
  check_text(response.basis, InputField::basis, k_max_short_field, false);
  check_text(response.holder, InputField::holder, k_max_short_field, false);
  check_text(response.note, InputField::note, k_max_long_field, false);
  check_time(c, at, as_of);
  answered.basis = given(response.basis);
  answered.holder = given(response.holder);
  answered.note = given(response.note);
  return make_event(at, std::move(answered));
}

Event file_objection(const Case& c, const LocalTime& at, const Objection& objection,
                     const Calendar& cal, const config::Config& config, const AsOf& as_of) {
  constexpr auto act = Act::object;
  std::vector<ObjectionGround> grounds;
  for (const auto& ground : objection.grounds) {
    grounds.push_back(check_choice<ObjectionGround>(ground, InputField::ground));
  }
  check_text(objection.proxy, InputField::proxy, k_max_short_field, false);
  check_text(objection.note, InputField::note, k_max_long_field, false);
  const bool b_or_g = has(grounds, ObjectionGround::b) || has(grounds, ObjectionGround::g);
  if (b_or_g && !objection.arose) {
    throw Error{ErrorKind::usage, {Id::err_arose_required}}.allowed({Id::hint_arose});
  }
  const auto* response = c.deadline(DeadlineKind::response);
  if (c.state == State::open) {
    // Without a notice only two grounds can have arisen (art. 35(1)): c, once the limit passed
    // unanswered, and b, periodic information not published, which needs no request at all.
    const bool only_b_or_c = std::all_of(grounds.begin(), grounds.end(), [](ObjectionGround g) {
      return g == ObjectionGround::b || g == ObjectionGround::c;
    });
    if (has(grounds, ObjectionGround::c) && (response == nullptr || at.date <= *response->due)) {
      refuse(c, act, Id::why_limit_not_passed,
             response != nullptr ? iso(*response->due) : std::string{"-"}, as_of.today);
    }
    if (!only_b_or_c) {
      if (response == nullptr || at.date <= *response->due) {
        refuse(c, act, Id::why_limit_not_passed,
               response != nullptr ? iso(*response->due) : std::string{"-"}, as_of.today);
      }
      refuse(c, act, Id::why_ground_needs_notice, iso(*response->due), as_of.today);
    }
  } else if (c.state == State::answered) {
    // Ground c (not answered) holds only when the notice came after the limit.
    if (has(grounds, ObjectionGround::c) && response != nullptr &&
        c.answered->date <= *response->due) {
      refuse(c, act, Id::why_ground_c_answered, iso(c.answered->date), as_of.today);
    }
  } else {
    refuse_in_state(c, act, as_of.today);
  }
  check_time(c, at, as_of);
  const auto window = objection_window_end(c, grounds, objection.arose, cal, config);
  const bool within = window && at.date <= window->date;
  if (!within && !objection.late_accepted) {
    refuse(c, act, Id::why_objection_late, window ? iso(window->date) : std::string{"-"},
           as_of.today);
  }
  std::sort(grounds.begin(), grounds.end());
  grounds.erase(std::unique(grounds.begin(), grounds.end()), grounds.end());
  Objected objected;
  objected.grounds = std::move(grounds);
  if (b_or_g) {
    objected.arose = objection.arose;
  }
  objected.proxy = given(objection.proxy);
  objected.note = given(objection.note);
  objected.within_window = within;
  objected.late_accepted = !within;
  return make_event(at, std::move(objected));
}

Event answer_objection(const Case& c, const LocalTime& at, const SuperiorAnswer& answer,
                       const AsOf& as_of) {
  if (c.state != State::objection) {
    refuse_in_state(c, Act::answer_objection, as_of.today);
  }
  ObjectionAnswered answered;
  answered.answer = check_choice<ObjectionAnswer>(answer.answer, InputField::answer);
  check_text(answer.official, InputField::official, k_max_short_field, false);
  check_text(answer.position, InputField::position, k_max_short_field, false);
  check_time(c, at, as_of);
  answered.official = given(answer.official);
  answered.position = given(answer.position);
  return make_event(at, std::move(answered));
}

Event file_dispute(const Case& c, const LocalTime& at, const std::optional<std::string>& commission,
                   const Calendar& cal, const config::Config& config, const AsOf& as_of) {
  constexpr auto act = Act::escalate;
  if (c.state == State::objection) {
    const auto* answer = c.deadline(DeadlineKind::objection_answer);
    if (at.date <= *answer->due) {
      refuse(c, act, Id::why_superior_limit_not_passed, iso(*answer->due), as_of.today);
    }
  } else if (c.state != State::objection_answered) {
    refuse_in_state(c, act, as_of.today);
  }
  check_text(commission, InputField::commission, k_max_short_field, false);
  check_time(c, at, as_of);
  // Art. 37(2): 14 working days; a late filing is recorded, not refused: the Commission decides.
  const auto start = dispute_window_start(c, cal);
  const auto end = cal.add(start->date, config.deadlines.dispute_filing);
  return make_event(at, DisputeFiled{given(commission), at.date <= end.date});
}

Event end_dispute(const Case& c, const LocalTime& at, const std::string& outcome,
                  const AsOf& as_of) {
  constexpr auto act = Act::end_dispute;
  if (c.state != State::dispute) {
    refuse_in_state(c, act, as_of.today);
  }
  const auto ended = check_choice<DisputeOutcome>(outcome, InputField::outcome);
  if (ended == DisputeOutcome::mediated) {
    // An exemption dispute (ground a) goes to adjudication, not mediation (UU 14/2008 art. 40(2)).
    const auto* objected = c.first<Objected>();
    if (objected != nullptr && objected->grounds == std::vector{ObjectionGround::a}) {
      refuse(c, act, Id::why_mediation_exempt, date_of(c.dispute_filed), as_of.today,
             std::string{code(ended)});
    }
  }
  // Perki 1/2013: a dispute is not registered only before the Commission registered it; an
  // agreement ends a mediation, which an adjudication begun has replaced.
  const auto registered = first_stage(c);
  if (ended == DisputeOutcome::not_registered && registered) {
    refuse(c, act, Id::why_already_registered, iso(registered->date), as_of.today,
           std::string{code(ended)});
  }
  if (ended == DisputeOutcome::mediated && c.adjudication_started) {
    refuse(c, act, Id::why_adjudication_started, iso(c.adjudication_started->date), as_of.today,
           std::string{code(ended)});
  }
  check_time(c, at, as_of);
  return make_event(at, DisputeEnded{ended});
}

Event withdraw(const Case& c, const LocalTime& at, const AsOf& as_of) {
  constexpr auto act = Act::withdraw;
  if (c.state == State::dispute) {
    refuse(c, act, Id::why_dispute_withdraw, date_of(c.dispute_filed), as_of.today);
  }
  if (c.state == State::closed || c.state == State::withdrawn || c.state == State::court) {
    refuse_in_state(c, act, as_of.today);
  }
  check_time(c, at, as_of);
  return make_event(at, Withdrawn{});
}

Event deliver(const Case& c, const LocalTime& at, const DeliveryInput& input, const AsOf& as_of) {
  constexpr auto act = Act::deliver;
  if (c.state == State::open || c.state == State::withdrawn) {
    refuse_in_state(c, act, as_of.today);
  }
  if (!grants_information(c)) {
    refuse(c, act, Id::why_not_granted, date_of(c.answered), as_of.today);
  }
  if (c.delivered) {
    refuse(c, act, Id::why_already_delivered, iso(c.delivered->date), as_of.today);
  }
  const auto& request = c.request();
  Delivered delivered;
  delivered.form = input.form
                       ? std::optional{check_choice<AccessForm>(*input.form, InputField::form)}
                       : request.access;
  delivered.channel =
      input.channel ? std::optional{check_choice<Delivery>(*input.channel, InputField::channel)}
                    : request.delivery;
  if (input.cost) {
    const auto cost = parse_rupiah(*input.cost);
    if (!cost) {
      throw invalid_field(InputField::cost).value(*input.cost).allowed({Id::hint_rupiah});
    }
    delivered.cost = *cost;
  }
  if (input.paid_by) {
    if (delivered.cost == 0) {
      throw Error{ErrorKind::usage, {Id::err_paid_by_without_cost}}.field(
          std::string{code(InputField::paid_by)});
    }
    delivered.paid_by = check_choice<Payment>(*input.paid_by, InputField::paid_by);
  }
  check_text(input.note, InputField::note, k_max_long_field, false);
  check_time(c, at, as_of);
  delivered.part = input.part;
  delivered.note = given(input.note);
  return make_event(at, std::move(delivered));
}

Event assign(const Case& c, const LocalTime& at, const AssignmentInput& input, const Calendar& cal,
             const AsOf& as_of) {
  constexpr auto act = Act::assign;
  // Routing serves a duty still owed: the notice, the superior's answer, or the information a
  // decision gave.
  const auto* limit = c.state == State::open        ? c.deadline(DeadlineKind::response)
                      : c.state == State::objection ? c.deadline(DeadlineKind::objection_answer)
                                                    : nullptr;
  const auto acts = allowed_acts(c, as_of.today);
  if (limit == nullptr && std::find(acts.begin(), acts.end(), Act::deliver) == acts.end()) {
    refuse_in_state(c, act, as_of.today);
  }
  check_text(input.unit, InputField::unit, k_max_short_field, true);
  check_text(input.note, InputField::note, k_max_long_field, false);
  for (const auto& a : c.assignments) {
    if (a.unit == input.unit && !a.returned) {
      refuse(c, act, Id::why_already_assigned, iso(a.assigned.date), as_of.today);
    }
  }
  Assigned assigned;
  assigned.unit = input.unit;
  if (input.target) {
    const auto target = calendar::parse_duration(*input.target, ErrorKind::usage);
    // An internal step never moves a statutory limit, so it must end inside it.
    const auto due = cal.add(at.date, target);
    if (limit != nullptr && limit->due && due.date > *limit->due) {
      throw invalid_field(InputField::target)
          .value(*input.target)
          .allowed({c.state == State::open ? Id::hint_internal_after_notice
                                           : Id::hint_internal_after_answer,
                    {iso(due.date), iso(*limit->due)}});
    }
    assigned.target = target;
  }
  check_time(c, at, as_of);
  assigned.note = given(input.note);
  return make_event(at, std::move(assigned));
}

Event return_assignment(const Case& c, const LocalTime& at, const std::optional<std::string>& unit,
                        const std::optional<std::string>& note, const AsOf& as_of) {
  constexpr auto act = Act::return_;
  const auto awaited = c.awaited_units();
  if (awaited.empty()) {
    refuse(c, act, Id::why_nothing_awaited,
           c.assignments.empty() ? std::string{"-"} : iso(c.assignments.back().assigned.date),
           as_of.today);
  }
  std::string which;
  if (unit) {
    if (!listed(awaited, *unit)) {
      throw invalid_field(InputField::unit)
          .value(*unit)
          .allowed({Id::hint_awaited_units, {fmt::format("{}", fmt::join(awaited, ", "))}});
    }
    which = *unit;
  } else if (awaited.size() > 1) {
    throw Error{ErrorKind::usage,
                {Id::err_which_unit, {fmt::format("{}", fmt::join(awaited, ", "))}}}
        .field(std::string{code(InputField::unit)});
  } else {
    which = awaited.front();
  }
  check_text(note, InputField::note, k_max_long_field, false);
  check_time(c, at, as_of);
  return make_event(at, Returned{which, given(note)});
}

Event stage_dispute(const Case& c, const LocalTime& at, const std::string& stage,
                    const AsOf& as_of) {
  constexpr auto act = Act::stage;
  if (c.state != State::dispute) {
    refuse_in_state(c, act, as_of.today);
  }
  const auto staged = check_choice<DisputeStage>(stage, InputField::stage);
  const auto qualifier = std::string{code(staged)};
  switch (staged) {
    case DisputeStage::registered:
      if (const auto first = first_stage(c)) {
        refuse(c, act, Id::why_already_registered, iso(first->date), as_of.today, qualifier);
      }
      break;
    case DisputeStage::mediation: {
      if (c.mediation_started) {
        refuse(c, act, Id::why_stage_recorded, iso(c.mediation_started->date), as_of.today,
               qualifier);
      }
      if (c.adjudication_started) {
        refuse(c, act, Id::why_adjudication_started, iso(c.adjudication_started->date), as_of.today,
               qualifier);
      }
      // An exemption dispute (ground a) goes to adjudication, not mediation (art. 40(2)).
      const auto* objected = c.first<Objected>();
      if (objected != nullptr && objected->grounds == std::vector{ObjectionGround::a}) {
        refuse(c, act, Id::why_mediation_exempt, date_of(c.dispute_filed), as_of.today, qualifier);
      }
      break;
    }
    case DisputeStage::adjudication:
      if (c.adjudication_started) {
        refuse(c, act, Id::why_stage_recorded, iso(c.adjudication_started->date), as_of.today,
               qualifier);
      }
      break;
  }
  check_time(c, at, as_of);
  return make_event(at, DisputeStaged{staged});
}

Event go_to_court(const Case& c, const LocalTime& at, const CourtInput& input, const Calendar& cal,
                  const config::Config& config, const AsOf& as_of) {
  const auto act = input.cassation ? Act::cassation : Act::court;
  const auto acts = allowed_acts(c, as_of.today);
  if (std::find(acts.begin(), acts.end(), act) == acts.end()) {
    if (c.state != State::closed) {
      refuse_in_state(c, act, as_of.today);
    }
    if (input.cassation) {
      refuse(c, act, c.cassation_filed ? Id::why_cassation_filed : Id::why_no_court_decision,
             date_of(c.cassation_filed ? c.cassation_filed : c.dispute_ended), as_of.today);
    }
    refuse(c, act, c.court_filed ? Id::why_court_decided : Id::why_no_adjudication,
           date_of(c.court_filed ? c.court_decided : c.dispute_ended), as_of.today);
  }
  CourtFiled filed;
  filed.cassation = input.cassation;
  if (input.court) {
    filed.court = check_choice<Court>(*input.court, InputField::court);
  }
  if (input.by) {
    filed.by = check_choice<Party>(*input.by, InputField::by);
  }
  check_time(c, at, as_of);
  // Art. 48(1): 14 working days from the decision; art. 50: cassation within 14 days. A late
  // filing is recorded, not refused: the court decides.
  const auto& limits = config.deadlines;
  const auto end = input.cassation ? cal.add(c.court_decided->date, limits.cassation_filing)
                                   : cal.add(c.dispute_ended->date, limits.court_filing);
  filed.within_window = at.date <= end.date;
  return make_event(at, filed);
}

Event decide_court(const Case& c, const LocalTime& at, const std::string& outcome,
                   const AsOf& as_of) {
  constexpr auto act = Act::court_decision;
  if (c.state != State::court) {
    refuse_in_state(c, act, as_of.today);
  }
  CourtDecided decided;
  decided.outcome = check_choice<CourtOutcome>(outcome, InputField::decision);
  decided.cassation = c.cassation_filed.has_value();
  check_time(c, at, as_of);
  return make_event(at, decided);
}

}  // namespace ppid::rules
