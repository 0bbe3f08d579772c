#include "config/config.hpp"
#include "error.hpp"
#include "import/register_case.hpp"
#include "import/register_row.hpp"
#include "rules/case.hpp"
#include "rules/words.hpp"
#include "support/case_builder.hpp"

#include <doctest/doctest.h>

#include <string>
#include <variant>
#include <vector>

using ppid::import::Field;
using ppid::import::RegisterRow;
using ppid::import::RowProblem;
using ppid::rules::EventKind;
using ppid::rules::State;
using ppid::test::at;
using ppid::test::day;
using ppid::test::deadlines;
using ppid::test::kinds;

namespace {

const ppid::config::Config k_config{};

// Imported on 30 June 2026.
const auto k_as_of = ppid::test::as_of(day("2026-06-30"));

// Received on Monday 2 March 2026 at 09:30 from Siti Aminah; the notice is due 16 March.
RegisterRow received() {
  RegisterRow row;
  row.register_no = "001/PPID/III/2026";
  row.received = at("2026-03-02 09:30");
  row.request = ppid::test::CaseBuilder::request();
  return row;
}

// Answered (granted) on 10 March.
RegisterRow answered() {
  auto row = received();
  row.answered = at("2026-03-10");
  row.response.decision = "granted";
  return row;
}

// Objected on ground d on 6 April, answered by the superior on 20 April.
RegisterRow superior_answered() {
  auto row = answered();
  row.objected = at("2026-04-06");
  row.objection.grounds = {"d"};
  row.objection_answered = at("2026-04-20");
  row.answer.answer = "upheld";
  return row;
}

std::variant<ppid::rules::Case, RowProblem> build(const RegisterRow& row) {
  static const auto calendar = ppid::test::calendar_for(k_config);
  return ppid::import::build_case(row, calendar, k_config, k_as_of);
}

// The problem of `row` as "<field>: <message>".
std::string problem(const RegisterRow& row) {
  const auto result = build(row);
  if (const auto* p = std::get_if<RowProblem>(&result)) {
    return std::string{p->field ? ppid::import::code(*p->field) : "-"} + ": " +
           p->error.render(ppid::text::Lang::en);
  }
  return "built";
}

ppid::rules::Case built(const RegisterRow& row) {
  auto result = build(row);
  if (const auto* p = std::get_if<RowProblem>(&result)) {
    FAIL("refused: " << p->error.render(ppid::text::Lang::en));
  }
  return std::get<ppid::rules::Case>(std::move(result));
}

}  // namespace

TEST_SUITE("import") {
  TEST_CASE("register case: a row's whole history becomes the case, act by act") {
    auto row = received();
    row.request.incomplete = true;
    row.completed = at("2026-03-03");
    row.extended = at("2026-03-10");
    row.extension_reason = "belum didokumentasikan";
    row.answered = at("2026-03-25");
    row.response = {"refused", "exempt", "Pasal 17 huruf b", {}, {}};
    row.objection_no = "007/KEB/PPID/IV/2026";
    row.objected = at("2026-04-06");
    row.objection.grounds = {"a"};
    row.objection_answered = at("2026-04-20");
    row.answer = {"upheld", "Drs. Bambang", {}};
    row.dispute_filed = at("2026-05-04");
    row.commission = "KI Provinsi Jawa Barat";
    row.dispute_ended = at("2026-06-10");
    row.dispute_outcome = "refused";
    const auto c = built(row);
    CHECK(c.register_no == "001/PPID/III/2026");
    CHECK(kinds(c) == std::vector{EventKind::received, EventKind::completed, EventKind::extended,
                                  EventKind::answered, EventKind::objected,
                                  EventKind::objection_answered, EventKind::dispute_filed,
                                  EventKind::dispute_ended});
    CHECK(c.state == State::closed);
    CHECK(c.received == at("2026-03-02 09:30"));
    CHECK(c.events[2].as<ppid::rules::Extended>().reason == "belum didokumentasikan");
    CHECK(c.events[3].as<ppid::rules::Answered>().basis == "Pasal 17 huruf b");
    // The register's own objection number is kept in the objection's data.
    CHECK(c.events[4].as<ppid::rules::Objected>().objection_no == "007/KEB/PPID/IV/2026");
    CHECK(c.objection_no == "007/KEB/PPID/IV/2026");
    CHECK(c.events[5].as<ppid::rules::ObjectionAnswered>().official == "Drs. Bambang");
    CHECK(c.events[6].as<ppid::rules::DisputeFiled>().commission == "KI Provinsi Jawa Barat");
    CHECK(c.events[6].as<ppid::rules::DisputeFiled>().within_window);
    CHECK(deadlines(c) ==
          "response 2026-04-01 met 2026-03-25 extended; objection_filing 2026-05-08 met "
          "2026-04-06; objection_answer 2026-05-21 met 2026-04-20; dispute_filing 2026-05-11 met "
          "2026-05-04; commission_start 2026-05-26 void; commission_settlement 2026-10-01 met "
          "2026-06-10; court_filing 2026-07-01 pending 1 left");
  }

  TEST_CASE("register case: the request's own data is checked, and refused as its field") {
    auto row = received();
    row.request.id_number = "32730123";
    CHECK(problem(row) == "id_number: invalid id-number; a NIK has exactly 16 digits");
    row = received();
    row.request.email = "siti(at)contoh.id";
    CHECK(problem(row) == "email: invalid email; an e-mail address like name@example.go.id");
    row = received();
    row.request.service = "statistik";
    CHECK(problem(row) ==
          "service: invalid service: \"statistik\"; the configuration has no services "
          "([services.NAME])");
    row = received();
    row.request.name = std::string(201, 'S');
    CHECK(problem(row) == "name: invalid name; at most 200 bytes");
    row = received();
    row.request.applicant_type = "company";
    CHECK(problem(row) ==
          "applicant_type: invalid applicant-type: \"company\"; allowed: person, group, "
          "organization");
  }

  TEST_CASE("register case: an impossible sequence of acts is the problem of the act's date") {
    SUBCASE("a receipt after the day of the import") {
      auto row = received();
      row.received = at("2026-07-01");
      CHECK(problem(row) == "received: time is after now (2026-06-30): \"2026-07-01\"");
    }
    SUBCASE("a notice before the receipt") {
      auto row = answered();
      row.answered = at("2026-03-02 08:00");
      CHECK(problem(row) ==
            "answered: time is before the case's last event (2026-03-02T09:30): "
            "\"2026-03-02T08:00\"");
    }
    SUBCASE("an extension after the limit: no acts are offered to a register") {
      auto row = answered();
      row.extended = at("2026-03-17");
      row.extension_reason = "belum dikuasai";
      CHECK(problem(row) ==
            "extended: cannot extend 001/PPID/III/2026: its response limit 2026-03-16 has passed");
    }
    SUBCASE("a completion of a request complete when received") {
      auto row = received();
      row.completed = at("2026-03-03");
      CHECK(problem(row) ==
            "completed: cannot complete 001/PPID/III/2026: it was complete when received on "
            "2026-03-02");
    }
    SUBCASE("a refusal without its reason") {
      auto row = received();
      row.answered = at("2026-03-10");
      row.response.decision = "refused";
      CHECK(problem(row) ==
            "reason: required; write one of: exempt, not-held, not-yet-held, not-documented, "
            "procedural, or map it in [values.reason] of a mapping file (--mapping)");
    }
    SUBCASE("a superior's answer without an objection") {
      auto row = answered();
      row.objection_answered = at("2026-04-20");
      row.answer.answer = "upheld";
      CHECK(problem(row) ==
            "objection_answered: cannot answer_objection 001/PPID/III/2026: it was answered on "
            "2026-03-10");
    }
    SUBCASE("a dispute before the superior's limit, with no answer") {
      auto row = answered();
      row.objected = at("2026-04-06");
      row.objection.grounds = {"d"};
      row.dispute_filed = at("2026-05-04");
      CHECK(problem(row) ==
            "dispute_filed: cannot escalate 001/PPID/III/2026: the superior's limit 2026-05-21 "
            "has not passed");
    }
    SUBCASE("a withdrawal during the dispute") {
      auto row = superior_answered();
      row.dispute_filed = at("2026-05-04");
      row.withdrawn = at("2026-05-20");
      CHECK(problem(row) ==
            "withdrawn: cannot withdraw 001/PPID/III/2026: it is in dispute since 2026-05-04; "
            "record a withdrawal with 'ppid escalate --outcome withdrawn'");
    }
    SUBCASE("a withdrawal after the dispute ended") {
      auto row = superior_answered();
      row.dispute_filed = at("2026-05-04");
      row.dispute_ended = at("2026-05-20");
      row.dispute_outcome = "withdrawn";
      row.withdrawn = at("2026-05-20");
      CHECK(problem(row) ==
            "withdrawn: cannot withdraw 001/PPID/III/2026: the dispute ended on 2026-05-20");
    }
  }

  TEST_CASE("register case: a late objection needs the register to say it was accepted") {
    // The notice of 10 March opened a window of 30 working days, to 29 April.
    auto row = answered();
    row.objected = at("2026-05-04");
    row.objection.grounds = {"d"};
    const auto result = build(row);
    REQUIRE(std::holds_alternative<RowProblem>(result));
    const auto& p = std::get<RowProblem>(result);
    CHECK(p.field == Field::objected);
    CHECK(p.error.kind() == ppid::ErrorKind::wrong_state);
    CHECK(p.error.render(ppid::text::Lang::en) ==
          "cannot object 001/PPID/III/2026: the objection window ended on 2026-04-29 (write yes "
          "in a late_accepted column when the body accepted it anyway)");

    row.objection.late_accepted = true;
    const auto c = built(row);
    CHECK(c.state == State::objection);
    const auto& objected = c.events.back().as<ppid::rules::Objected>();
    CHECK_FALSE(objected.within_window);
    CHECK(objected.late_accepted);
    CHECK_FALSE(objected.objection_no.has_value());
  }

  TEST_CASE("register case: a row with a withdrawal only") {
    auto row = received();
    row.withdrawn = at("2026-03-05");
    const auto c = built(row);
    CHECK(kinds(c) == std::vector{EventKind::received, EventKind::withdrawn});
    CHECK(c.state == State::withdrawn);
    CHECK(deadlines(c) == "response 2026-03-16 void; objection_filing 2026-05-06 void");
  }
}
