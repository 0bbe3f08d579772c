#include "support/case_builder.hpp"

#include "config/builtin_holidays.hpp"
#include "config/register_format.hpp"
#include "store/case_store.hpp"
#include "store/holiday_store.hpp"

#include <fmt/format.h>

#include <stdexcept>
#include <utility>

namespace ppid::test {

Date day(std::string_view iso) {
  const auto parsed = parse_iso_date(iso);
  if (!parsed) {
    throw std::invalid_argument("not a date: " + std::string{iso});
  }
  return *parsed;
}

LocalTime at(std::string_view text) {
  std::string local{text};
  if (local.size() == 16 && local[10] == ' ') {
    local[10] = 'T';
  }
  const auto parsed = parse_local_time(local);
  if (!parsed) {
    throw std::invalid_argument("not a time: " + std::string{text});
  }
  return *parsed;
}

rules::AsOf as_of(Date today) {
  return rules::AsOf{LocalTime{today, std::nullopt}, today};
}

calendar::Calendar calendar_for(const config::Config& config) {
  return calendar::Calendar{config::builtin_holidays(), config.calendar};
}

std::string deadlines(const rules::Case& c) {
  std::string out;
  for (const auto& d : c.deadlines) {
    out += out.empty() ? "" : "; ";
    out += fmt::format("{} {} {}", code(d.kind), d.due ? to_iso(*d.due) : "-", code(d.status));
    if (d.met_on) {
      out += " " + to_iso(*d.met_on);
    }
    if (d.working_days_left) {
      out += fmt::format(" {} left", *d.working_days_left);
    }
    if (d.working_days_late) {
      out += fmt::format(" {} late", *d.working_days_late);
    }
    out += d.extended ? " extended" : "";
    out += d.provisional ? " provisional" : "";
  }
  return out;
}

CaseBuilder::CaseBuilder(config::Config config)
    : m_config(std::move(config)), m_calendar(calendar_for(m_config)), m_request(request()) {}

rules::RequestInput CaseBuilder::request() {
  rules::RequestInput input;
  input.name = "Siti Aminah";
  input.info = "Laporan realisasi anggaran 2025";
  return input;
}

CaseBuilder& CaseBuilder::received(std::string_view when, rules::RequestInput input) {
  m_received = at(when);
  m_request = std::move(input);
  return *this;
}

CaseBuilder& CaseBuilder::number(std::string register_no) {
  m_register_no = std::move(register_no);
  return *this;
}

CaseBuilder& CaseBuilder::then(std::string_view when, Act act) {
  m_steps.push_back({at(when), std::move(act)});
  return *this;
}

CaseBuilder& CaseBuilder::completed(std::string_view when) {
  return then(when, [](const auto& c, const auto& t, const auto&, const auto&, const auto& now) {
    return rules::complete_request(c, t, {}, now);
  });
}

CaseBuilder& CaseBuilder::extended(std::string_view when, std::string reason) {
  return then(when, [reason = std::move(reason)](const auto& c, const auto& t, const auto&,
                                                 const auto&, const auto& now) {
    return rules::extend_request(c, t, reason, now);
  });
}

CaseBuilder& CaseBuilder::responded(std::string_view when, rules::Decision decision) {
  return responded(when, rules::Response{std::string{code(decision)}, {}, {}, {}, {}});
}

CaseBuilder& CaseBuilder::responded(std::string_view when, rules::Response response) {
  return then(when, [response = std::move(response)](const auto& c, const auto& t, const auto&,
                                                     const auto&, const auto& now) {
    return rules::respond(c, t, response, now);
  });
}

CaseBuilder& CaseBuilder::objected(std::string_view when,
                                   std::vector<rules::ObjectionGround> grounds) {
  rules::Objection objection;
  for (const auto ground : grounds) {
    objection.grounds.emplace_back(code(ground));
  }
  return objected(when, std::move(objection));
}

CaseBuilder& CaseBuilder::objected(std::string_view when, rules::Objection objection) {
  return then(when,
              [objection = std::move(objection)](const auto& c, const auto& t, const auto& cal,
                                                 const auto& config, const auto& now) {
                return rules::file_objection(c, t, objection, cal, config, now);
              });
}

CaseBuilder& CaseBuilder::superior_answered(std::string_view when, rules::ObjectionAnswer answer) {
  return superior_answered(when, rules::SuperiorAnswer{std::string{code(answer)}, {}, {}});
}

CaseBuilder& CaseBuilder::superior_answered(std::string_view when, rules::SuperiorAnswer answer) {
  return then(when, [answer = std::move(answer)](const auto& c, const auto& t, const auto&,
                                                 const auto&, const auto& now) {
    return rules::answer_objection(c, t, answer, now);
  });
}

CaseBuilder& CaseBuilder::disputed(std::string_view when, std::optional<std::string> commission) {
  return then(when,
              [commission = std::move(commission)](const auto& c, const auto& t, const auto& cal,
                                                   const auto& config, const auto& now) {
                return rules::file_dispute(c, t, commission, cal, config, now);
              });
}

CaseBuilder& CaseBuilder::dispute_ended(std::string_view when, rules::DisputeOutcome outcome) {
  return then(when,
              [outcome](const auto& c, const auto& t, const auto&, const auto&, const auto& now) {
                return rules::end_dispute(c, t, std::string{code(outcome)}, now);
              });
}

CaseBuilder& CaseBuilder::withdrawn(std::string_view when) {
  return then(when, [](const auto& c, const auto& t, const auto&, const auto&, const auto& now) {
    return rules::withdraw(c, t, now);
  });
}

CaseBuilder& CaseBuilder::delivered(std::string_view when, rules::DeliveryInput delivery) {
  return then(when, [delivery = std::move(delivery)](const auto& c, const auto& t, const auto&,
                                                     const auto&, const auto& now) {
    return rules::deliver(c, t, delivery, now);
  });
}

rules::Case CaseBuilder::build(Date today) const {
  if (!m_received) {
    throw std::logic_error("CaseBuilder: received() first");
  }
  std::string register_no;
  if (m_register_no) {
    register_no = *m_register_no;
  } else {
    const date::year_month_day ymd{m_received->date};
    register_no = config::RegisterFormat::parse(m_config.agency.register_format)
                      ->format(1, static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()));
  }
  rules::Event receipt;
  receipt.happened = *m_received;
  receipt.data = rules::request_data(m_request, m_config);
  const auto now = as_of(today);
  auto c = rules::replay(register_no, {std::move(receipt)}, m_calendar, m_config, today);
  for (const auto& step : m_steps) {
    auto events = c.events;
    events.push_back(step.act(c, step.at, m_calendar, m_config, now));
    c = rules::replay(register_no, std::move(events), m_calendar, m_config, today);
  }
  return c;
}

rules::Case CaseBuilder::record(store::CaseFile& file, Date today) const {
  if (!m_received) {
    throw std::logic_error("CaseBuilder: received() first");
  }
  const auto& config = file.config();
  const auto cal = store::case_calendar(file);
  const auto recorded = [&](const LocalTime& t) {
    return store::Recorded{to_iso(t, config.agency.time_zone), "petugas"};
  };
  const auto now = as_of(today);
  auto transaction = file.begin_write();
  auto c = store::register_request(file, rules::request_data(m_request, config), *m_received,
                                   recorded(*m_received), cal, today);
  for (const auto& step : m_steps) {
    c = store::append_event(file, c, step.act(c, step.at, cal, config, now), recorded(step.at), cal,
                            today);
  }
  transaction.commit();
  return c;
}

std::vector<rules::EventKind> kinds(const rules::Case& c) {
  std::vector<rules::EventKind> out;
  out.reserve(c.events.size());
  for (const auto& event : c.events) {
    out.push_back(event.kind());
  }
  return out;
}

}  // namespace ppid::test
