#include "config/config.hpp"
#include "reports/duties.hpp"
#include "rules/case.hpp"
#include "rules/words.hpp"
#include "support/case_builder.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

using ppid::reports::Against;
using ppid::reports::Duty;
using ppid::reports::Stage;
using ppid::rules::Decision;
using ppid::rules::ObjectionGround;
using ppid::rules::Response;
using ppid::test::CaseBuilder;
using ppid::test::day;

namespace {

// A service with its own target of five working days.
ppid::config::Config with_target() {
  ppid::config::Config config;
  config.services.push_back(
      {"statistik", "Data statistik", ppid::calendar::Target{5, ppid::calendar::DayUnit::working}});
  return config;
}

// The cases of the morning of Thursday 2 April 2026, after Nyepi, Idul Fitri and their leave.
std::vector<ppid::rules::Case> cases() {
  const auto today = day("2026-04-02");
  const auto b = [](const char* number) { return CaseBuilder{with_target()}.number(number); };
  auto statistics = CaseBuilder::request();
  statistics.service = "statistik";
  const Response not_held{"refused", "not-held", {}, {}, {}};
  return {
      // Due 16 March.
      b("001").received("2026-03-02 09:00").build(today),
      // Due 31 March.
      b("002").received("2026-03-10 09:00").build(today),
      // Due 11 March, extended to 27 March.
      b("003").received("2026-02-25 09:00").extended("2026-03-05").build(today),
      // The superior's answer due 30 March.
      b("004")
          .received("2026-02-02 09:00")
          .responded("2026-02-04", not_held)
          .objected("2026-02-05", {ObjectionGround::d})
          .build(today),
      // Due 9 April.
      b("005").received("2026-03-25 09:00").build(today),
      // Due 10 April; its service target is 2 April.
      b("006").received("2026-03-26 09:00", statistics).build(today),
      // Due 14 April.
      b("007").received("2026-03-30 09:00").build(today),
      // Objected on the Imlek leave day (16 February), so counted from the 18th: the superior's
      // answer due 9 April.
      b("008")
          .received("2026-02-02 09:00")
          .responded("2026-02-09", Decision::granted)
          .objected("2026-02-16", {ObjectionGround::e})
          .build(today),
      // Answered, withdrawn: no duty left.
      b("009").received("2026-03-10 09:00").responded("2026-03-26", Decision::granted).build(today),
      b("010").received("2026-03-02 09:00").withdrawn("2026-03-03").build(today),
      // Due today.
      b("011").received("2026-03-12 09:00").build(today),
  };
}

// "<register number> <stage> <due> <working days>[ extended][ provisional]" of each duty,
// joined by "; ".
std::string rows(const std::vector<Duty>& duties) {
  std::string out;
  for (const auto& d : duties) {
    out += out.empty() ? "" : "; ";
    out += fmt::format("{} {} {} {}{}{}", d.register_no, ppid::reports::code(d.stage),
                       ppid::to_iso(d.due), d.working_days, d.extended ? " extended" : "",
                       d.provisional ? " provisional" : "");
  }
  return out;
}

// The rows expected, joined as rows() joins them.
std::string joined(std::initializer_list<std::string_view> expected) {
  std::string out;
  for (const auto row : expected) {
    out += (out.empty() ? "" : "; ") + std::string{row};
  }
  return out;
}

}  // namespace

TEST_SUITE("reports") {
  TEST_CASE("duties: overdue against the law, most overdue first, in working days") {
    const auto cal = ppid::test::calendar_for(with_target());
    CHECK(
        rows(ppid::reports::overdue_duties(cases(), Against::statutory, cal, day("2026-04-02"))) ==
        joined({"001 response 2026-03-16 8", "003 response 2026-03-27 4 extended",
                "004 objection_answer 2026-03-30 3", "002 response 2026-03-31 2"}));
    // The next working day, after Good Friday and the weekend: one working day more for each,
    // and the limit of 2 April has passed too.
    CHECK(
        rows(ppid::reports::overdue_duties(cases(), Against::statutory, cal, day("2026-04-06"))) ==
        joined({"001 response 2026-03-16 9", "003 response 2026-03-27 5 extended",
                "004 objection_answer 2026-03-30 4", "002 response 2026-03-31 3",
                "011 response 2026-04-02 1"}));
  }

  TEST_CASE("duties: overdue against the body's own targets") {
    const auto cal = ppid::test::calendar_for(with_target());
    // Only 006 has a target; the superior's answer has the law's limit alone.
    CHECK(rows(ppid::reports::overdue_duties(cases(), Against::target, cal, day("2026-04-02"))) ==
          joined({"004 objection_answer 2026-03-30 3"}));
    CHECK(rows(ppid::reports::overdue_duties(cases(), Against::target, cal, day("2026-04-06"))) ==
          joined({"004 objection_answer 2026-03-30 4", "006 response 2026-04-02 1"}));
  }

  TEST_CASE("duties: due within N working days, today included, soonest first") {
    const auto cal = ppid::test::calendar_for(with_target());
    CHECK(rows(ppid::reports::duties_due(cases(), 5, cal, day("2026-04-02"))) ==
          joined({"011 response 2026-04-02 0", "005 response 2026-04-09 4",
                  "008 objection_answer 2026-04-09 4", "006 response 2026-04-10 5"}));
    CHECK(rows(ppid::reports::duties_due(cases(), 0, cal, day("2026-04-02"))) ==
          joined({"011 response 2026-04-02 0"}));
    CHECK(rows(ppid::reports::duties_due(cases(), 7, cal, day("2026-04-02"))) ==
          joined({"011 response 2026-04-02 0", "005 response 2026-04-09 4",
                  "008 objection_answer 2026-04-09 4", "006 response 2026-04-10 5",
                  "007 response 2026-04-14 7"}));
  }

  TEST_CASE("duties: a duty carries the case's number, applicant, service and day 0") {
    const auto cal = ppid::test::calendar_for(with_target());
    const auto duties =
        ppid::reports::overdue_duties(cases(), Against::target, cal, day("2026-04-06"));
    REQUIRE(duties.size() == 2);
    const auto& d = duties[1];
    CHECK(d.register_no == "006");
    CHECK(d.stage == Stage::response);
    CHECK(d.applicant == "Siti Aminah");
    CHECK(d.service == "statistik");
    CHECK(d.day0 == day("2026-03-26"));
    CHECK(d.due == day("2026-04-02"));
    CHECK_FALSE(d.extended);
    CHECK_FALSE(d.provisional);
    CHECK(d.working_days == 1);
    CHECK(duties[0].stage == Stage::objection_answer);
    CHECK(duties[0].day0 == day("2026-02-02"));
  }

  TEST_CASE("duties: a limit in a year without holiday data is marked provisional") {
    const auto cal = ppid::test::calendar_for({});
    const std::vector cases{
        CaseBuilder{}.number("001").received("2027-12-20 09:00").build(day("2027-12-28"))};
    CHECK(rows(ppid::reports::duties_due(cases, 10, cal, day("2027-12-28"))) ==
          joined({"001 response 2028-01-04 5 provisional"}));
  }

  TEST_CASE("duties: the stages' words") {
    CHECK(ppid::reports::code(Stage::response) == "response");
    CHECK(ppid::reports::code(Stage::objection_answer) == "objection_answer");
  }
}
