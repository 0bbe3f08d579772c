#include "import/register_case.hpp"

#include "rules/validate.hpp"

#include <fmt/format.h>

#include <functional>
#include <string_view>

namespace ppid::import {
namespace {

using rules::Case;
using rules::Event;
using rules::EventKind;

// The register's field for a problem of the request's own data.
std::optional<Field> request_field(const Error& e) {
  const auto field = parse<rules::InputField>(e.field());
  if (!field) {
    return std::nullopt;
  }
  switch (*field) {
    case rules::InputField::name:
      return Field::name;
    case rules::InputField::info:
      return Field::info;
    case rules::InputField::applicant_type:
      return Field::applicant_type;
    case rules::InputField::channel:
      return Field::channel;
    case rules::InputField::access:
      return Field::access;
    case rules::InputField::delivery:
      return Field::delivery;
    case rules::InputField::id_number:
      return Field::id_number;
    case rules::InputField::phone:
      return Field::phone;
    case rules::InputField::email:
      return Field::email;
    case rules::InputField::address:
      return Field::address;
    case rules::InputField::occupation:
      return Field::occupation;
    case rules::InputField::proxy:
      return Field::proxy;
    case rules::InputField::purpose:
      return Field::purpose;
    case rules::InputField::service:
      return Field::service;
    default:
      return std::nullopt;
  }
}

// A refusal as it reads for a register row: the acts allowed next are of no use to whoever
// fixes a spreadsheet, and a late objection is accepted by a column, not an option.
Error for_register(Error e) {
  if (!e.is_refused_act()) {
    return e;
  }
  if (e.what_message().id == text::Id::why_objection_late) {
    auto what = e.what_message();
    what.id = text::Id::imp_objection_late;
    Error late{ErrorKind::wrong_state, std::move(what)};
    return std::move(late).refused_act({}, std::nullopt);
  }
  return std::move(e).without_allowed_acts();
}

// An act's refusal that names its command-line options, as the register's columns say it.
std::optional<RowProblem> as_columns(const Error& e) {
  struct Said {
    text::Id act;
    Field field;
    text::Id register_says;
  };
  static constexpr Said k_said[] = {
      {text::Id::err_reason_required, Field::reason, text::Id::imp_required},
      {text::Id::err_basis_required, Field::reason, text::Id::imp_basis_required},
      {text::Id::err_reason_only_refused, Field::reason, text::Id::imp_only_refusal},
      {text::Id::err_holder_only_not_held, Field::holder, text::Id::imp_only_not_held},
      {text::Id::err_arose_required, Field::arose, text::Id::imp_required},
  };
  for (const auto& [act, field, says] : k_said) {
    if (e.what_message().id != act) {
      continue;
    }
    // A column left empty is told what it may say; the other refusals say it themselves.
    const auto choices = field_choices(field);
    if (says != text::Id::imp_required || choices.empty()) {
      return RowProblem{field, Error{ErrorKind::bad_input, {says}}};
    }
    return RowProblem{
        field, Error{ErrorKind::bad_input, {says}}.allowed(
                   {text::Id::hint_imp_map_value,
                    {fmt::format("{}", fmt::join(choices, ", ")), std::string{code(field)}}})};
  }
  return std::nullopt;
}

}  // namespace

std::variant<Case, RowProblem> build_case(const RegisterRow& row,
                                          const calendar::Calendar& calendar,
                                          const config::Config& config, const rules::AsOf& as_of) {
  std::optional<Field> field = Field::received;
  try {
    rules::Received data;
    try {
      data = rules::request_data(row.request, config);
    } catch (const Error& e) {
      field = request_field(e);
      throw;
    }
    rules::check_not_future(row.received, as_of);
    Event received;
    received.happened = row.received;
    received.data = std::move(data);
    auto c = rules::replay(row.register_no, {std::move(received)}, calendar, config, as_of.today);
    // Each act in the order the law puts them; a date out of that order is refused by the act
    // that comes too early, as the command would refuse it.
    const auto act = [&](Field date_field, const std::optional<LocalTime>& at,
                         const std::function<Event(const LocalTime&)>& make) {
      if (!at) {
        return;
      }
      field = date_field;
      rules::check_not_future(*at, as_of);
      auto event = make(*at);
      // The case's own events move into the replay: an import replays millions of cases.
      auto events = std::move(c.events);
      events.push_back(std::move(event));
      c = rules::replay(row.register_no, std::move(events), calendar, config, as_of.today);
    };
    act(Field::completed, row.completed,
        [&](const LocalTime& at) { return rules::complete_request(c, at, {}, as_of); });
    act(Field::extended, row.extended, [&](const LocalTime& at) {
      return rules::extend_request(c, at, row.extension_reason, as_of);
    });
    act(Field::answered, row.answered,
        [&](const LocalTime& at) { return rules::respond(c, at, row.response, as_of); });
    act(Field::delivered, row.delivered,
        [&](const LocalTime& at) { return rules::deliver(c, at, row.delivery, as_of); });
    act(Field::objected, row.objected, [&](const LocalTime& at) {
      auto event = rules::file_objection(c, at, row.objection, calendar, config, as_of);
      if (row.objection_no) {
        event.as<rules::Objected>().objection_no = *row.objection_no;
      }
      return event;
    });
    act(Field::objection_answered, row.objection_answered,
        [&](const LocalTime& at) { return rules::answer_objection(c, at, row.answer, as_of); });
    act(Field::dispute_filed, row.dispute_filed, [&](const LocalTime& at) {
      return rules::file_dispute(c, at, row.commission, calendar, config, as_of);
    });
    act(Field::dispute_ended, row.dispute_ended,
        [&](const LocalTime& at) { return rules::end_dispute(c, at, row.dispute_outcome, as_of); });
    act(Field::withdrawn, row.withdrawn,
        [&](const LocalTime& at) { return rules::withdraw(c, at, as_of); });
    return c;
  } catch (Error& e) {
    if (auto problem = as_columns(e)) {
      return std::move(*problem);
    }
    return RowProblem{field, for_register(std::move(e))};
  }
}

}  // namespace ppid::import
