#pragma once

#include "calendar/calendar.hpp"
#include "config/config.hpp"
#include "date.hpp"
#include "rules/case.hpp"
#include "rules/lifecycle.hpp"
#include "rules/words.hpp"
#include "store/case_file.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ppid::test {

// `2026-03-02` as a date; throws std::invalid_argument for anything else.
Date day(std::string_view iso);

// `2026-03-02` or `2026-03-02 09:00` as an agency time; throws std::invalid_argument otherwise.
LocalTime at(std::string_view text);

// The moment acts are recorded against: `today`, at no particular time of day.
rules::AsOf as_of(Date today);

// The built-in holidays with the calendar settings of `config`.
calendar::Calendar calendar_for(const config::Config& config);

// Every deadline of `c` on one line each joined by "; ", as "<kind> <due> <status>" followed by
// when it was met, the working days left or late, and "extended" or "provisional" when so:
// "response 2026-03-31 late 2026-04-01 1 late; objection_filing 2026-05-13 pending 28 left".
std::string deadlines(const rules::Case& c);

// The kinds of `c`'s events, in order.
std::vector<rules::EventKind> kinds(const rules::Case& c);

// Makes cases the way the commands do: the request through rules::request_data, then each act
// through the lifecycle's own act (so a step the law does not allow throws the act's Error), and
// the case replayed with the built-in holidays and `config`:
//
//   CaseBuilder{}.received("2026-03-02 09:00").responded("2026-03-10", Decision::granted)
//       .build(day("2026-03-20"));
class CaseBuilder {
 public:
  explicit CaseBuilder(config::Config config = {});

  // The request every builder starts with unless told otherwise: Siti Aminah asks at the desk
  // for a budget report.
  static rules::RequestInput request();

  CaseBuilder& received(std::string_view when, rules::RequestInput input = request());
  // The register number; by default the first of the receipt's month in the configured format.
  CaseBuilder& number(std::string register_no);
  CaseBuilder& completed(std::string_view when);
  CaseBuilder& extended(std::string_view when, std::string reason = "belum didokumentasikan");
  CaseBuilder& responded(std::string_view when, rules::Decision decision);
  CaseBuilder& responded(std::string_view when, rules::Response response);
  CaseBuilder& objected(std::string_view when, std::vector<rules::ObjectionGround> grounds);
  CaseBuilder& objected(std::string_view when, rules::Objection objection);
  CaseBuilder& superior_answered(std::string_view when, rules::ObjectionAnswer answer);
  CaseBuilder& superior_answered(std::string_view when, rules::SuperiorAnswer answer);
  CaseBuilder& disputed(std::string_view when, std::optional<std::string> commission = {});
  CaseBuilder& dispute_ended(std::string_view when, rules::DisputeOutcome outcome);
  CaseBuilder& withdrawn(std::string_view when);
  CaseBuilder& delivered(std::string_view when, rules::DeliveryInput delivery = {});

  // The case as of `today`, every act recorded as of `today`.
  rules::Case build(Date today) const;

  // The same acts recorded into `file` in one write transaction, with its own configuration and
  // calendar (store::register_request, then store::append_event for each act); the file gives the
  // register number. Returns the case as stored.
  rules::Case record(store::CaseFile& file, Date today) const;

  const config::Config& config() const { return m_config; }
  const calendar::Calendar& calendar() const { return m_calendar; }

 private:
  using Act =
      std::function<rules::Event(const rules::Case&, const LocalTime&, const calendar::Calendar&,
                                 const config::Config&, const rules::AsOf&)>;
  struct Step {
    LocalTime at;
    Act act;
  };
  CaseBuilder& then(std::string_view when, Act act);

  config::Config m_config;
  calendar::Calendar m_calendar;
  std::optional<LocalTime> m_received;
  rules::RequestInput m_request;
  std::optional<std::string> m_register_no;
  std::vector<Step> m_steps;
};

}  // namespace ppid::test
