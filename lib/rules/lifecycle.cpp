#include "rules/lifecycle.hpp"

#include "error.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace ppid::rules {
namespace {

using calendar::Calendar;
using json = nlohmann::ordered_json;
using text::Id;

constexpr std::size_t k_max_short_field = 200;
constexpr std::size_t k_max_long_field = 4000;

template <typename Enum, std::size_t N>
std::optional<Enum> find_code(std::string_view word, const std::array<std::string_view, N>& words) {
  for (std::size_t i = 0; i < N; ++i) {
    if (words[i] == word) {
      return static_cast<Enum>(i);
    }
  }
  return std::nullopt;
}

constexpr std::array<std::string_view, 7> k_state_codes = {
    "open", "answered", "objection", "objection_answered", "dispute", "closed", "withdrawn"};
constexpr std::array<std::string_view, 9> k_event_codes = {
    "received",           "completed",     "extended",      "answered", "objected",
    "objection_answered", "dispute_filed", "dispute_ended", "withdrawn"};
constexpr std::array<std::string_view, 8> k_deadline_codes = {
    "response",       "target",           "objection_filing",      "objection_answer",
    "dispute_filing", "commission_start", "commission_settlement", "court_filing"};
constexpr std::array<std::string_view, 6> k_status_codes = {"pending", "overdue", "met",
                                                            "late",    "expired", "void"};

std::string iso(Date day) {
  return to_iso(day);
}

std::optional<std::string> optional_string(const json& data, const char* key) {
  if (const auto found = data.find(key); found != data.end() && found->is_string()) {
    return found->get<std::string>();
  }
  return std::nullopt;
}

// The one reason an act is refused in the case's state, with the date that explains it.
[[noreturn]] void refuse(const Case& c, std::string_view action, Id why, const std::string& when,
                         Date today) {
  const auto allowed = allowed_actions(c, today);
  Error error{ErrorKind::wrong_state, {why, {std::string{action}, c.register_no, when}}};
  if (allowed.empty()) {
    throw std::move(error).allowed({Id::hint_nothing_allowed});
  }
  throw std::move(error).allowed(
      {Id::hint_allowed_now, {fmt::format("{}", fmt::join(allowed, ", "))}});
}

std::string date_of(const std::optional<LocalTime>& time) {
  return time ? iso(time->date) : std::string{};
}

// Refuses `action` because of the state `c` is in.
[[noreturn]] void refuse_in_state(const Case& c, std::string_view action, Date today) {
  switch (c.state) {
    case State::open: {
      const auto* response = c.deadline(DeadlineKind::response);
      refuse(c, action, Id::why_open,
             response != nullptr && response->due ? iso(*response->due) : std::string{"-"}, today);
    }
    case State::answered:
      refuse(c, action, Id::why_answered, date_of(c.answered), today);
    case State::objection:
      refuse(c, action, Id::why_objection, date_of(c.objected), today);
    case State::objection_answered:
      refuse(c, action, Id::why_objection_answered, date_of(c.objection_answered), today);
    case State::dispute:
      refuse(c, action, Id::why_dispute, date_of(c.dispute_filed), today);
    case State::closed:
      refuse(c, action, Id::why_closed, date_of(c.dispute_ended), today);
    case State::withdrawn:
      refuse(c, action, Id::why_withdrawn, date_of(c.withdrawn), today);
  }
  refuse(c, action, Id::why_closed, "-", today);
}

void check_time(const Case& c, const LocalTime& at, const AsOf& as_of) {
  const auto& last = c.events.back().happened;
  if (compare(at, last) < 0) {
    throw Error{ErrorKind::bad_input, {Id::err_time_before, {to_iso_local(last)}}}.value(
        to_iso_local(at));
  }
  check_not_future(at, as_of);
}

Event make_event(EventKind kind, const LocalTime& at, json data) {
  Event event;
  event.kind = kind;
  event.happened = at;
  event.data = std::move(data);
  return event;
}

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

// The end of the applicant's objection window for `grounds` [practice, DOMAIN.md]: ground c runs
// from the response limit, b and g from when they arose, the others from the notice.
std::optional<calendar::CalendarDate> objection_window_end(const Case& c,
                                                           const Objection& objection,
                                                           const Calendar& cal,
                                                           const config::Config& config) {
  const auto* response = c.deadline(DeadlineKind::response);
  std::optional<calendar::CalendarDate> latest;
  for (const auto& ground : objection.grounds) {
    std::optional<calendar::CalendarDate> start;
    if ((ground == "b" || ground == "g") && objection.arose) {
      start = calendar::CalendarDate{*objection.arose, false};
    } else if (ground != "c" && c.answered) {
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

// The start of the applicant's dispute window (UU 14/2008 art. 37(2)): the superior's answer,
// or the end of the superior's limit when there was none [practice, Perki 1/2013].
std::optional<calendar::CalendarDate> dispute_window_start(const Case& c) {
  if (c.objection_answered) {
    return calendar::CalendarDate{c.objection_answered->date, false};
  }
  if (const auto* answer = c.deadline(DeadlineKind::objection_answer); answer && answer->due) {
    return calendar::CalendarDate{*answer->due, answer->provisional};
  }
  return std::nullopt;
}

template <std::size_t N>
void check_choice(const std::string& value, const std::string& field,
                  const std::string_view (&choices)[N]) {
  if (std::find(std::begin(choices), std::end(choices), value) == std::end(choices)) {
    throw Error{ErrorKind::usage, {Id::err_field_invalid, {field}}}.value(value).allowed(
        {Id::hint_allowed, {fmt::format("{}", fmt::join(choices, ", "))}});
  }
}

// A free-text field: not blank when required, no control characters but line breaks in long
// text (and in an address, written on several lines), and a length limit (a register is not a
// dumping ground).
void check_text(const std::optional<std::string>& value, const std::string& field,
                std::size_t limit, bool required, bool multiline = false) {
  if (!value || value->find_first_not_of(" \t\r\n") == std::string::npos) {
    if (required) {
      throw Error{ErrorKind::usage, {Id::err_field_required, {field}}};
    }
    return;
  }
  if (value->size() > limit) {
    throw Error{ErrorKind::usage, {Id::err_field_invalid, {field}}}.allowed(
        {Id::hint_field_too_long, {std::to_string(limit)}});
  }
  // Control characters would reach an officer's terminal and the printed register; line breaks
  // and tabs are kept only in long text.
  const bool long_text = multiline || limit == k_max_long_field;
  for (const char ch : *value) {
    const auto byte = static_cast<unsigned char>(ch);
    const bool allowed_space = long_text && (ch == '\n' || ch == '\r' || ch == '\t');
    if ((byte < 0x20 && !allowed_space) || byte == 0x7f) {
      throw Error{ErrorKind::usage, {Id::err_field_invalid, {field}}}.allowed(
          {Id::hint_control_characters});
    }
  }
}

bool valid_nik(const std::string& nik) {
  return nik.size() == 16 &&
         std::all_of(nik.begin(), nik.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

bool valid_phone(const std::string& phone) {
  int digits = 0;
  for (std::size_t i = 0; i < phone.size(); ++i) {
    const char ch = phone[i];
    if (ch >= '0' && ch <= '9') {
      ++digits;
    } else if (ch == '+' && i == 0) {
    } else if (ch != ' ' && ch != '-' && ch != '(' && ch != ')' && ch != '.') {
      return false;
    }
  }
  return digits >= 8 && digits <= 15;
}

bool valid_email(const std::string& email) {
  const auto at = email.find('@');
  if (at == std::string::npos || at == 0 || email.find('@', at + 1) != std::string::npos) {
    return false;
  }
  const auto domain = email.substr(at + 1);
  const auto dot = domain.rfind('.');
  if (dot == std::string::npos || dot == 0 || dot + 2 > domain.size()) {
    return false;
  }
  return std::none_of(email.begin(), email.end(), [](unsigned char ch) {
    return ch <= ' ' || ch == 0x7f || ch == '<' || ch == '>' || ch == ',' || ch == ';';
  });
}

void put(json& data, const char* key, const std::optional<std::string>& value) {
  if (value && value->find_first_not_of(" \t\r\n") != std::string::npos) {
    data[key] = *value;
  }
}

}  // namespace

std::string_view code(State state) {
  return k_state_codes.at(static_cast<std::size_t>(state));
}
std::string_view code(EventKind kind) {
  return k_event_codes.at(static_cast<std::size_t>(kind));
}
std::string_view code(DeadlineKind kind) {
  return k_deadline_codes.at(static_cast<std::size_t>(kind));
}
std::string_view code(DeadlineStatus status) {
  return k_status_codes.at(static_cast<std::size_t>(status));
}
std::optional<State> parse_state(std::string_view word) {
  return find_code<State>(word, k_state_codes);
}
std::optional<EventKind> parse_event_kind(std::string_view word) {
  return find_code<EventKind>(word, k_event_codes);
}

const Event* Case::find(EventKind kind) const {
  const auto found =
      std::find_if(events.begin(), events.end(), [kind](const Event& e) { return e.kind == kind; });
  return found != events.end() ? &*found : nullptr;
}

std::string text_field(const json& data, const char* key, const std::string& fallback) {
  const auto found = data.find(key);
  return found != data.end() && found->is_string() ? found->get<std::string>() : fallback;
}

const Deadline* Case::deadline(DeadlineKind kind) const {
  for (const auto& d : deadlines) {
    if (d.kind == kind) {
      return &d;
    }
  }
  return nullptr;
}

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

Case replay(std::string register_no, std::vector<Event> events, const Calendar& cal,
            const config::Config& config, Date today) {
  Case c;
  c.register_no = std::move(register_no);
  c.events = std::move(events);
  for (const auto& event : c.events) {
    const auto& data = event.data;
    switch (event.kind) {
      case EventKind::received:
        c.received = event.happened;
        c.incomplete = data.value("incomplete", false);
        c.service = optional_string(data, "service");
        break;
      case EventKind::completed:
        c.completed = event.happened;
        break;
      case EventKind::extended:
        c.extended = true;
        break;
      case EventKind::answered:
        c.answered = event.happened;
        c.decision = optional_string(data, "decision");
        c.state = State::answered;
        break;
      case EventKind::objected:
        c.objected = event.happened;
        c.objection_no = optional_string(data, "objection_no");
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
        c.dispute_outcome = optional_string(data, "outcome");
        c.state = State::closed;
        break;
      case EventKind::withdrawn:
        c.withdrawn = event.happened;
        c.state = State::withdrawn;
        break;
    }
  }

  const auto& limits = config.deadlines;
  const bool withdrawn = c.withdrawn.has_value();
  // Once the dispute ended, a duty left undone stays as it stood that day.
  const Date duty_day =
      c.dispute_ended && c.dispute_ended->date < today ? c.dispute_ended->date : today;
  // Day 0: receipt, unless the clock runs from completion and the request was incomplete
  // [practice, DOMAIN.md]; then there is no limit until it is completed.
  std::optional<calendar::CalendarDate> day0;
  if (c.incomplete && config.calendar.clock_starts == config::ClockStart::completion) {
    if (c.completed) {
      day0 = cal.day0(*c.completed);
    }
  } else {
    day0 = cal.day0(c.received);
  }
  if (day0) {
    c.day0 = day0->date;
    // UU 14/2008 art. 22(7): the written notice within 10 working days of receipt.
    auto response = make_deadline(DeadlineKind::response, cal.add(day0->date, limits.response),
                                  limits.response);
    response.provisional = response.provisional || day0->provisional;
    if (c.extended) {
      // Art. 22(8): one extension, the next 7 working days after the original limit.
      const auto extended = cal.add(*response.due, limits.extension);
      response.due = extended.date;
      response.provisional = response.provisional || extended.provisional;
      response.extended = true;
      response.duration = fmt::format("{} + {}", calendar::to_string(limits.response),
                                      calendar::to_string(limits.extension));
    }
    set_status(response, Bound::duty, date_if(c.answered), withdrawn, duty_day, cal);
    c.deadlines.push_back(response);

    // The body's own service standard: a target inside the law, when it has a unit.
    if (c.service) {
      const auto service = std::find_if(config.services.begin(), config.services.end(),
                                        [&](const auto& s) { return s.key == *c.service; });
      if (service != config.services.end() && service->target && service->target->unit) {
        const calendar::Duration target{service->target->count, *service->target->unit};
        auto deadline = make_deadline(DeadlineKind::target, cal.add(day0->date, target), target);
        deadline.provisional = deadline.provisional || day0->provisional;
        set_status(deadline, Bound::duty, date_if(c.answered), withdrawn, duty_day, cal);
        c.deadlines.push_back(deadline);
      }
    }
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
    auto deadline = make_deadline(DeadlineKind::objection_filing, end, limits.objection_filing);
    set_status(deadline, Bound::window, date_if(c.objected), withdrawn, today, cal);
    c.deadlines.push_back(deadline);
  }

  if (c.objected) {
    // Art. 36(2): the superior answers within 30 working days.
    auto deadline =
        make_deadline(DeadlineKind::objection_answer,
                      cal.add(c.objected->date, limits.objection_answer), limits.objection_answer);
    set_status(deadline, Bound::duty, date_if(c.objection_answered), withdrawn, duty_day, cal);
    c.deadlines.push_back(deadline);

    const bool unanswered_past = !c.objection_answered && today > *deadline.due;
    if (c.objection_answered || unanswered_past || c.dispute_filed) {
      const auto start = dispute_window_start(c);
      auto end = cal.add(start->date, limits.dispute_filing);
      end.provisional = end.provisional || start->provisional;
      auto window = make_deadline(DeadlineKind::dispute_filing, end, limits.dispute_filing);
      set_status(window, Bound::window, date_if(c.dispute_filed), withdrawn, today, cal);
      c.deadlines.push_back(window);
    }
  }

  if (c.dispute_filed) {
    // Art. 38: the Commission starts within 14 and settles within 100 working days.
    // When the Commission started is not recorded: once the dispute ended that limit no longer
    // tells anything, while the settlement is met or late by the end.
    auto start = make_deadline(DeadlineKind::commission_start,
                               cal.add(c.dispute_filed->date, limits.commission_start),
                               limits.commission_start);
    set_status(start, Bound::duty, std::nullopt, withdrawn || c.dispute_ended.has_value(), duty_day,
               cal);
    c.deadlines.push_back(start);
    auto settlement = make_deadline(DeadlineKind::commission_settlement,
                                    cal.add(c.dispute_filed->date, limits.commission_settlement),
                                    limits.commission_settlement);
    set_status(settlement, Bound::duty, date_if(c.dispute_ended), withdrawn, duty_day, cal);
    c.deadlines.push_back(settlement);
  }

  if (c.dispute_ended && c.dispute_outcome &&
      (*c.dispute_outcome == "granted" || *c.dispute_outcome == "partial" ||
       *c.dispute_outcome == "refused")) {
    // Art. 47-48: an adjudication decision may be challenged in court within 14 working days.
    auto deadline =
        make_deadline(DeadlineKind::court_filing,
                      cal.add(c.dispute_ended->date, limits.court_filing), limits.court_filing);
    set_status(deadline, Bound::window, std::nullopt, withdrawn, today, cal);
    c.deadlines.push_back(deadline);
  }
  return c;
}

std::vector<std::string> allowed_actions(const Case& c, Date today) {
  std::vector<std::string> actions;
  const auto* response = c.deadline(DeadlineKind::response);
  switch (c.state) {
    case State::open:
      if (c.incomplete && !c.completed) {
        actions.emplace_back("request complete");
      }
      actions.emplace_back("respond");
      if (!c.extended && response != nullptr && today <= *response->due) {
        actions.emplace_back("extend");
      }
      if (response != nullptr && today > *response->due) {
        actions.emplace_back("object");
      }
      actions.emplace_back("withdraw");
      break;
    case State::answered:
      actions.emplace_back("object");
      actions.emplace_back("withdraw");
      break;
    case State::objection: {
      actions.emplace_back("object --answer");
      const auto* answer = c.deadline(DeadlineKind::objection_answer);
      if (answer != nullptr && today > *answer->due) {
        actions.emplace_back("escalate");
      }
      actions.emplace_back("withdraw");
      break;
    }
    case State::objection_answered:
      actions.emplace_back("escalate");
      actions.emplace_back("withdraw");
      break;
    case State::dispute:
      actions.emplace_back("escalate --outcome");
      break;
    case State::closed:
    case State::withdrawn:
      break;
  }
  return actions;
}

nlohmann::ordered_json request_data(const RequestInput& input, const config::Config& config) {
  check_text(input.name, "name", k_max_short_field, true);
  check_text(input.info, "info", k_max_long_field, true);
  check_choice(input.applicant_type, "applicant-type", k_applicant_types);
  check_choice(input.channel, "channel", k_channels);
  if (input.access) {
    check_choice(*input.access, "access", k_access_forms);
  }
  if (input.delivery) {
    check_choice(*input.delivery, "delivery", k_deliveries);
  }
  if (input.id_number && !valid_nik(*input.id_number)) {
    throw Error{ErrorKind::usage, {Id::err_field_invalid, {"id-number"}}}.allowed({Id::hint_nik});
  }
  if (input.phone && !valid_phone(*input.phone)) {
    throw Error{ErrorKind::usage, {Id::err_field_invalid, {"phone"}}}.allowed({Id::hint_phone});
  }
  if (input.email && !valid_email(*input.email)) {
    throw Error{ErrorKind::usage, {Id::err_field_invalid, {"email"}}}.allowed({Id::hint_email});
  }
  check_text(input.address, "address", k_max_short_field, false, true);
  for (const auto& [value, field] :
       {std::pair{&input.occupation, "occupation"}, std::pair{&input.proxy, "proxy"}}) {
    check_text(*value, field, k_max_short_field, false);
  }
  check_text(input.purpose, "purpose", k_max_long_field, false);
  if (input.service) {
    const auto found = std::find_if(config.services.begin(), config.services.end(),
                                    [&](const auto& s) { return s.key == *input.service; });
    if (found == config.services.end()) {
      std::vector<std::string> known;
      for (const auto& s : config.services) {
        known.push_back(s.key);
      }
      throw Error{ErrorKind::usage, {Id::err_field_invalid, {"service"}}}
          .value(*input.service)
          .allowed(known.empty() ? text::Message{Id::hint_no_services}
                                 : text::Message{Id::hint_allowed,
                                                 {fmt::format("{}", fmt::join(known, ", "))}});
    }
  }
  json applicant = json::object();
  applicant["name"] = input.name;
  applicant["type"] = input.applicant_type;
  put(applicant, "id_number", input.id_number);
  put(applicant, "address", input.address);
  put(applicant, "phone", input.phone);
  put(applicant, "email", input.email);
  put(applicant, "occupation", input.occupation);
  put(applicant, "proxy", input.proxy);
  json data = json::object();
  data["applicant"] = applicant;
  data["info"] = input.info;
  put(data, "purpose", input.purpose);
  put(data, "service", input.service);
  data["channel"] = input.channel;
  put(data, "access", input.access);
  put(data, "delivery", input.delivery);
  data["incomplete"] = input.incomplete;
  return data;
}

Event complete_request(const Case& c, const LocalTime& at, const AsOf& as_of) {
  constexpr std::string_view action = "request complete";
  if (c.state != State::open) {
    refuse_in_state(c, action, as_of.today);
  }
  if (!c.incomplete) {
    refuse(c, action, Id::why_not_incomplete, iso(c.received.date), as_of.today);
  }
  if (c.completed) {
    refuse(c, action, Id::why_already_completed, iso(c.completed->date), as_of.today);
  }
  check_time(c, at, as_of);
  return make_event(EventKind::completed, at, json::object());
}

Event extend_request(const Case& c, const LocalTime& at, const std::string& reason,
                     const AsOf& as_of) {
  constexpr std::string_view action = "extend";
  if (c.state != State::open) {
    refuse_in_state(c, action, as_of.today);
  }
  const auto* response = c.deadline(DeadlineKind::response);
  if (response == nullptr) {
    refuse(c, action, Id::why_clock_not_started, iso(c.received.date), as_of.today);
  }
  if (c.extended) {
    // Art. 22(8): once per request.
    refuse(c, action, Id::why_already_extended, iso(c.find(EventKind::extended)->happened.date),
           as_of.today);
  }
  check_text(reason, "reason", k_max_long_field, true);
  check_time(c, at, as_of);
  if (at.date > *response->due) {
    refuse(c, action, Id::why_past_limit, iso(*response->due), as_of.today);
  }
  return make_event(EventKind::extended, at, json{{"reason", reason}});
}

Event respond(const Case& c, const LocalTime& at, const Response& response, const AsOf& as_of) {
  if (c.state != State::open) {
    refuse_in_state(c, "respond", as_of.today);
  }
  check_choice(response.decision, "decision", k_decisions);
  if (response.decision == "refused") {
    if (!response.reason) {
      throw Error{ErrorKind::usage, {Id::err_reason_required}}.allowed(
          {Id::hint_allowed, {fmt::format("{}", fmt::join(k_refusal_reasons, ", "))}});
    }
    check_choice(*response.reason, "reason", k_refusal_reasons);
    if (*response.reason == "exempt") {
      check_text(response.basis, "basis", k_max_short_field, false);
      if (!response.basis) {
        throw Error{ErrorKind::usage, {Id::err_basis_required}}.allowed({Id::hint_basis});
      }
    }
  } else if (response.reason) {
    throw Error{ErrorKind::usage, {Id::err_reason_only_refused}}.value(*response.reason);
  }
  if (response.holder && response.reason.value_or("") != "not-held") {
    throw Error{ErrorKind::usage, {Id::err_holder_only_not_held}};
  }
  check_text(response.basis, "basis", k_max_short_field, false);
  check_text(response.holder, "holder", k_max_short_field, false);
  check_text(response.note, "note", k_max_long_field, false);
  check_time(c, at, as_of);
  json data = json::object();
  data["decision"] = response.decision;
  put(data, "reason", response.reason);
  put(data, "basis", response.basis);
  put(data, "holder", response.holder);
  put(data, "note", response.note);
  return make_event(EventKind::answered, at, data);
}

Event file_objection(const Case& c, const LocalTime& at, const Objection& objection,
                     const Calendar& cal, const config::Config& config, const AsOf& as_of) {
  constexpr std::string_view action = "object";
  for (const auto& ground : objection.grounds) {
    check_choice(ground, "ground", k_objection_grounds);
  }
  check_text(objection.proxy, "proxy", k_max_short_field, false);
  check_text(objection.note, "note", k_max_long_field, false);
  const auto has = [&](const char* ground) {
    return std::find(objection.grounds.begin(), objection.grounds.end(), ground) !=
           objection.grounds.end();
  };
  if ((has("b") || has("g")) && !objection.arose) {
    throw Error{ErrorKind::usage, {Id::err_arose_required}}.allowed({Id::hint_arose});
  }
  const auto* response = c.deadline(DeadlineKind::response);
  if (c.state == State::open) {
    // Without a notice only two grounds can have arisen (art. 35(1)): c, once the limit passed
    // unanswered, and b, periodic information not published, which needs no request at all.
    const bool only_b_or_c = std::all_of(objection.grounds.begin(), objection.grounds.end(),
                                         [](const std::string& g) { return g == "b" || g == "c"; });
    if (has("c") && (response == nullptr || at.date <= *response->due)) {
      refuse(c, action, Id::why_limit_not_passed,
             response != nullptr ? iso(*response->due) : std::string{"-"}, as_of.today);
    }
    if (!only_b_or_c) {
      if (response == nullptr || at.date <= *response->due) {
        refuse(c, action, Id::why_limit_not_passed,
               response != nullptr ? iso(*response->due) : std::string{"-"}, as_of.today);
      }
      refuse(c, action, Id::why_ground_needs_notice, iso(*response->due), as_of.today);
    }
  } else if (c.state == State::answered) {
    // Ground c (not answered) holds only when the notice came after the limit.
    if (has("c") && response != nullptr && c.answered->date <= *response->due) {
      refuse(c, action, Id::why_ground_c_answered, iso(c.answered->date), as_of.today);
    }
  } else {
    refuse_in_state(c, action, as_of.today);
  }
  check_time(c, at, as_of);
  const auto window = objection_window_end(c, objection, cal, config);
  const bool within = window && at.date <= window->date;
  if (!within && !objection.late_accepted) {
    refuse(c, action, Id::why_objection_late, window ? iso(window->date) : std::string{"-"},
           as_of.today);
  }
  std::vector<std::string> grounds = objection.grounds;
  std::sort(grounds.begin(), grounds.end());
  grounds.erase(std::unique(grounds.begin(), grounds.end()), grounds.end());
  json data = json::object();
  data["grounds"] = grounds;
  if (objection.arose && (has("b") || has("g"))) {
    data["arose"] = iso(*objection.arose);
  }
  put(data, "proxy", objection.proxy);
  put(data, "note", objection.note);
  data["within_window"] = within;
  if (!within) {
    data["late_accepted"] = true;
  }
  return make_event(EventKind::objected, at, data);
}

Event answer_objection(const Case& c, const LocalTime& at, const ObjectionAnswer& answer,
                       const AsOf& as_of) {
  if (c.state != State::objection) {
    refuse_in_state(c, "object --answer", as_of.today);
  }
  check_choice(answer.answer, "answer", k_objection_answers);
  check_text(answer.official, "official", k_max_short_field, false);
  check_text(answer.position, "position", k_max_short_field, false);
  check_time(c, at, as_of);
  json data = json::object();
  data["answer"] = answer.answer;
  put(data, "official", answer.official);
  put(data, "position", answer.position);
  return make_event(EventKind::objection_answered, at, data);
}

Event file_dispute(const Case& c, const LocalTime& at, const std::optional<std::string>& commission,
                   const Calendar& cal, const config::Config& config, const AsOf& as_of) {
  constexpr std::string_view action = "escalate";
  if (c.state == State::objection) {
    const auto* answer = c.deadline(DeadlineKind::objection_answer);
    if (at.date <= *answer->due) {
      refuse(c, action, Id::why_superior_limit_not_passed, iso(*answer->due), as_of.today);
    }
  } else if (c.state != State::objection_answered) {
    refuse_in_state(c, action, as_of.today);
  }
  check_text(commission, "commission", k_max_short_field, false);
  check_time(c, at, as_of);
  // Art. 37(2): 14 working days; a late filing is recorded, not refused: the Commission decides.
  const auto start = dispute_window_start(c);
  const auto end = cal.add(start->date, config.deadlines.dispute_filing);
  json data = json::object();
  put(data, "commission", commission);
  data["within_window"] = at.date <= end.date;
  return make_event(EventKind::dispute_filed, at, data);
}

Event end_dispute(const Case& c, const LocalTime& at, const std::string& outcome,
                  const AsOf& as_of) {
  if (c.state != State::dispute) {
    refuse_in_state(c, "escalate --outcome", as_of.today);
  }
  check_choice(outcome, "outcome", k_dispute_outcomes);
  if (outcome == "mediated") {
    // An exemption dispute (ground a) goes to adjudication, not mediation (UU 14/2008 art. 40(2)).
    const auto grounds =
        c.find(EventKind::objected)->data.value("grounds", std::vector<std::string>{});
    if (grounds == std::vector<std::string>{"a"}) {
      refuse(c, "escalate --outcome mediated", Id::why_mediation_exempt, date_of(c.dispute_filed),
             as_of.today);
    }
  }
  check_time(c, at, as_of);
  return make_event(EventKind::dispute_ended, at, json{{"outcome", outcome}});
}

Event withdraw(const Case& c, const LocalTime& at, const AsOf& as_of) {
  constexpr std::string_view action = "withdraw";
  if (c.state == State::dispute) {
    refuse(c, action, Id::why_dispute_withdraw, date_of(c.dispute_filed), as_of.today);
  }
  if (c.state == State::closed || c.state == State::withdrawn) {
    refuse_in_state(c, action, as_of.today);
  }
  check_time(c, at, as_of);
  return make_event(EventKind::withdrawn, at, json::object());
}

}  // namespace ppid::rules
