#include "config/config.hpp"
#include "rules/case.hpp"
#include "rules/lifecycle.hpp"
#include "rules/words.hpp"
#include "support/case_builder.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using ppid::rules::DeadlineKind;
using ppid::rules::Decision;
using ppid::rules::DisputeOutcome;
using ppid::rules::EventKind;
using ppid::rules::ObjectionAnswer;
using ppid::rules::ObjectionGround;
using ppid::rules::RefusalReason;
using ppid::rules::Response;
using ppid::rules::State;
using ppid::test::at;
using ppid::test::CaseBuilder;
using ppid::test::day;
using ppid::test::deadlines;
using ppid::test::kinds;

namespace {

// Received on Tuesday 10 March 2026: the ten working days of the notice run past Nyepi and Idul
// Fitri (18 to 24 March: cuti bersama, holidays and a weekend), to 31 March instead of 24 March.
CaseBuilder request_before_nyepi() {
  return CaseBuilder{}.received("2026-03-10 09:00");
}

Response refused_exempt() {
  return Response{"refused", "exempt", "Pasal 17 huruf b", {}, {}};
}

// Refused on 26 March, objected on ground a on Monday 6 April.
CaseBuilder objected_case() {
  return request_before_nyepi()
      .responded("2026-03-26", refused_exempt())
      .objected("2026-04-06", {ObjectionGround::a});
}

}  // namespace

TEST_SUITE("rules") {
  TEST_CASE("replay: an open request awaits the notice, due ten working days after receipt") {
    SUBCASE("with no holiday in between") {
      const auto c = CaseBuilder{}.received("2026-03-02 09:00").build(day("2026-03-02"));
      CHECK(c.state == State::open);
      CHECK(c.register_no == "001/PPID/III/2026");
      CHECK(c.received == at("2026-03-02 09:00"));
      CHECK(c.day0 == day("2026-03-02"));
      CHECK(deadlines(c) == "response 2026-03-16 pending 10 left");
      CHECK(c.deadline(DeadlineKind::response)->duration == "10 wd");
    }
    SUBCASE("across Nyepi and the Idul Fitri leave") {
      const auto c = request_before_nyepi().build(day("2026-03-20"));
      CHECK(c.state == State::open);
      CHECK(c.day0 == day("2026-03-10"));
      // 23 and 24 March are cuti bersama: 25, 26, 27, 30 and 31 are left.
      CHECK(deadlines(c) == "response 2026-03-31 pending 5 left");
    }
    SUBCASE("on its last day the notice is still pending, with no working day left") {
      CHECK(deadlines(request_before_nyepi().build(day("2026-03-31"))) ==
            "response 2026-03-31 pending 0 left");
    }
    SUBCASE("once the limit passed unanswered it is overdue and the objection window opens") {
      // Ground c: the window runs 30 working days from the limit (Good Friday passed over).
      CHECK(deadlines(request_before_nyepi().build(day("2026-04-02"))) ==
            "response 2026-03-31 overdue 2 late; objection_filing 2026-05-18 pending 28 left");
    }
    SUBCASE("the objection window of an unanswered request expires unused") {
      CHECK(deadlines(request_before_nyepi().build(day("2026-05-19"))) ==
            "response 2026-03-31 overdue 31 late; objection_filing 2026-05-18 expired");
    }
  }

  TEST_CASE(
      "replay: a request answered in time is answered, its objection window from the notice") {
    const auto c =
        request_before_nyepi().responded("2026-03-26", Decision::granted).build(day("2026-04-01"));
    CHECK(c.state == State::answered);
    CHECK(c.decision == Decision::granted);
    CHECK(c.answered == at("2026-03-26"));
    CHECK(kinds(c) == std::vector{EventKind::received, EventKind::answered});
    CHECK(deadlines(c) ==
          "response 2026-03-31 met 2026-03-26; objection_filing 2026-05-11 pending 26 left");
  }

  TEST_CASE("replay: a notice after the limit is late by the working days after it") {
    const auto c =
        request_before_nyepi().responded("2026-04-01", Decision::partial).build(day("2026-04-01"));
    CHECK(c.state == State::answered);
    CHECK(c.decision == Decision::partial);
    CHECK(
        deadlines(c) ==
        "response 2026-03-31 late 2026-04-01 1 late; objection_filing 2026-05-19 pending 30 left");
  }

  TEST_CASE("replay: the extension adds seven working days after the original limit") {
    SUBCASE("pending") {
      const auto c = request_before_nyepi().extended("2026-03-30").build(day("2026-04-01"));
      CHECK(c.state == State::open);
      CHECK(c.extended);
      // 1 and 2 April, then Good Friday is passed over: 6 to 10 April.
      CHECK(deadlines(c) == "response 2026-04-10 pending 6 left extended");
      CHECK(c.deadline(DeadlineKind::response)->duration == "10 wd + 7 wd");
    }
    SUBCASE("met") {
      const auto c = request_before_nyepi()
                         .extended("2026-03-30")
                         .responded("2026-04-09", Decision::granted)
                         .build(day("2026-04-09"));
      CHECK(c.state == State::answered);
      CHECK(deadlines(c) ==
            "response 2026-04-10 met 2026-04-09 extended; objection_filing 2026-05-26 pending 30 "
            "left");
    }
  }

  TEST_CASE("replay: an objection awaits the superior's answer within 30 working days") {
    const auto c = objected_case().build(day("2026-04-06"));
    CHECK(c.state == State::objection);
    CHECK(c.objected == at("2026-04-06"));
    CHECK_FALSE(c.objection_no.has_value());
    // Ascension Day and its cuti bersama (14 and 15 May) are passed over.
    CHECK(deadlines(c) ==
          "response 2026-03-31 met 2026-03-26; objection_filing 2026-05-11 met 2026-04-06; "
          "objection_answer 2026-05-21 pending 30 left");
  }

  TEST_CASE("replay: an unanswered objection past the superior's limit opens the dispute window") {
    // The window runs 14 working days from the end of the superior's 30 (Perki 1/2013 art. 5(b)):
    // Idul Adha, its cuti bersama and Pancasila Day are passed over.
    CHECK(deadlines(objected_case().build(day("2026-05-22"))) ==
          "response 2026-03-31 met 2026-03-26; objection_filing 2026-05-11 met 2026-04-06; "
          "objection_answer 2026-05-21 overdue 1 late; dispute_filing 2026-06-15 pending 13 left");
  }

  TEST_CASE("replay: the superior's answer opens the dispute window from that day") {
    const auto c = objected_case()
                       .superior_answered("2026-04-20", ObjectionAnswer::upheld)
                       .build(day("2026-04-20"));
    CHECK(c.state == State::objection_answered);
    CHECK(c.objection_answered == at("2026-04-20"));
    CHECK(deadlines(c) ==
          "response 2026-03-31 met 2026-03-26; objection_filing 2026-05-11 met 2026-04-06; "
          "objection_answer 2026-05-21 met 2026-04-20; dispute_filing 2026-05-11 pending 14 left");
  }

  TEST_CASE("replay: a dispute sets the Commission's limits to start and to settle") {
    const auto c = objected_case()
                       .superior_answered("2026-04-20", ObjectionAnswer::upheld)
                       .disputed("2026-05-04", "KI Provinsi Jawa Barat")
                       .build(day("2026-05-04"));
    CHECK(c.state == State::dispute);
    CHECK(c.dispute_filed == at("2026-05-04"));
    CHECK(deadlines(c) ==
          "response 2026-03-31 met 2026-03-26; objection_filing 2026-05-11 met 2026-04-06; "
          "objection_answer 2026-05-21 met 2026-04-20; dispute_filing 2026-05-11 met 2026-05-04; "
          "commission_start 2026-05-26 pending 14 left; commission_settlement 2026-10-01 pending "
          "100 left");
  }

  TEST_CASE("replay: an ended dispute is closed — an adjudication may go to court in 14 days") {
    const auto disputed = objected_case()
                              .superior_answered("2026-04-20", ObjectionAnswer::upheld)
                              .disputed("2026-05-04");
    SUBCASE("an adjudication decision") {
      const auto c = CaseBuilder{disputed}
                         .dispute_ended("2026-06-10", DisputeOutcome::refused)
                         .build(day("2026-06-10"));
      CHECK(c.state == State::closed);
      CHECK(c.dispute_outcome == DisputeOutcome::refused);
      // 1 Muharam (16 June) is passed over.
      CHECK(deadlines(c) ==
            "response 2026-03-31 met 2026-03-26; objection_filing 2026-05-11 met 2026-04-06; "
            "objection_answer 2026-05-21 met 2026-04-20; dispute_filing 2026-05-11 met "
            "2026-05-04; commission_start 2026-05-26 void; commission_settlement 2026-10-01 met "
            "2026-06-10; court_filing 2026-07-01 pending 14 left");
    }
    SUBCASE("the court window expires unused") {
      const auto c = CaseBuilder{disputed}
                         .dispute_ended("2026-06-10", DisputeOutcome::granted)
                         .build(day("2026-07-02"));
      CHECK(c.deadline(DeadlineKind::court_filing)->status == ppid::rules::DeadlineStatus::expired);
    }
    SUBCASE("a withdrawal at the Commission is no decision to challenge") {
      const auto c = CaseBuilder{disputed}
                         .dispute_ended("2026-06-10", DisputeOutcome::withdrawn)
                         .build(day("2026-06-10"));
      CHECK(c.state == State::closed);
      CHECK(c.deadline(DeadlineKind::court_filing) == nullptr);
      CHECK(c.deadlines.size() == 6);
    }
  }

  TEST_CASE("replay: a withdrawn request voids what was still running") {
    SUBCASE("before the notice") {
      const auto c = request_before_nyepi().withdrawn("2026-03-12").build(day("2026-03-12"));
      CHECK(c.state == State::withdrawn);
      CHECK(c.withdrawn == at("2026-03-12"));
      CHECK(deadlines(c) == "response 2026-03-31 void");
    }
    SUBCASE("after the notice") {
      const auto c = request_before_nyepi()
                         .responded("2026-03-26", Decision::granted)
                         .withdrawn("2026-04-01")
                         .build(day("2026-04-01"));
      CHECK(c.state == State::withdrawn);
      CHECK(deadlines(c) == "response 2026-03-31 met 2026-03-26; objection_filing 2026-05-11 void");
    }
  }

  TEST_CASE("replay: an incomplete request") {
    auto input = CaseBuilder::request();
    input.incomplete = true;
    SUBCASE("the clock runs from receipt by default") {
      const auto c = CaseBuilder{}.received("2026-03-02 09:00", input).build(day("2026-03-02"));
      CHECK(c.incomplete);
      CHECK(c.day0 == day("2026-03-02"));
      CHECK(deadlines(c) == "response 2026-03-16 pending 10 left");
    }
    SUBCASE("with the clock from completion, the law's limit still runs from receipt") {
      ppid::config::Config config;
      config.calendar.clock_starts = ppid::calendar::ClockStart::completion;
      const auto waiting = CaseBuilder{config}.received("2026-03-02 09:00", input);
      const auto c = waiting.build(day("2026-03-05"));
      CHECK(c.state == State::open);
      CHECK(c.day0 == day("2026-03-02"));
      // The body's target waits for completion: no date yet.
      CHECK(deadlines(c) == "response 2026-03-16 pending 7 left");
      const auto completed =
          CaseBuilder{waiting}.completed("2026-03-10 10:00").build(day("2026-03-10"));
      CHECK(completed.completed == at("2026-03-10 10:00"));
      CHECK(completed.day0 == day("2026-03-02"));
      CHECK(deadlines(completed) ==
            "response 2026-03-16 pending 4 left; target 2026-03-31 pending 10 left");
      // Never completed, never answered: overdue against the law (18 March is cuti bersama).
      CHECK(deadlines(waiting.build(day("2026-03-18"))) ==
            "response 2026-03-16 overdue 1 late; objection_filing 2026-05-06 pending 29 left");
    }
  }

  TEST_CASE("replay: a receipt after service hours counts from the next working day") {
    ppid::config::Config config;
    // Tuesdays 08:00 to 16:00 (index 2: date::weekday's c_encoding).
    config.calendar.service_hours[2] =
        ppid::calendar::ServiceHours{{{ppid::TimeOfDay{8 * 60}, ppid::TimeOfDay{16 * 60}}}};
    SUBCASE("at closing time: day 0 is the next working day, after the Idul Fitri leave") {
      const auto c = CaseBuilder{config}.received("2026-03-17 16:00").build(day("2026-03-17"));
      CHECK(c.day0 == day("2026-03-25"));
      CHECK(c.deadline(DeadlineKind::response)->due == day("2026-04-09"));
    }
    SUBCASE("a minute before closing: the same day") {
      const auto c = CaseBuilder{config}.received("2026-03-17 15:59").build(day("2026-03-17"));
      CHECK(c.day0 == day("2026-03-17"));
      CHECK(c.deadline(DeadlineKind::response)->due == day("2026-04-08"));
    }
    SUBCASE("with the same-day rule, the actual day") {
      config.calendar.receipt_outside_hours = ppid::calendar::ReceiptRule::same_day;
      const auto c = CaseBuilder{config}.received("2026-03-17 16:00").build(day("2026-03-17"));
      CHECK(c.day0 == day("2026-03-17"));
    }
    SUBCASE("the objections' receipt rule is not the request's") {
      config.calendar.objection_receipt = ppid::calendar::ReceiptRule::same_day;
      const auto c = CaseBuilder{config}.received("2026-03-17 16:00").build(day("2026-03-17"));
      CHECK(c.day0 == day("2026-03-25"));
    }
  }

  TEST_CASE("replay: a service's own target is a second limit — without a unit it is not guessed") {
    ppid::config::Config config;
    config.services.push_back({"statistik", "Data statistik",
                               ppid::calendar::Target{5, ppid::calendar::DayUnit::working}});
    config.services.push_back({"umum", "Informasi umum", ppid::calendar::Target{5, std::nullopt}});
    auto input = CaseBuilder::request();
    SUBCASE("with a unit") {
      input.service = "statistik";
      const auto c =
          CaseBuilder{config}.received("2026-03-10 09:00", input).build(day("2026-03-25"));
      CHECK(c.service == "statistik");
      CHECK(deadlines(c) == "response 2026-03-31 pending 4 left; target 2026-03-17 overdue 1 late");
      CHECK(c.deadline(DeadlineKind::target)->duration == "5 wd");
    }
    SUBCASE("met with the notice") {
      input.service = "statistik";
      const auto c = CaseBuilder{config}
                         .received("2026-03-10 09:00", input)
                         .responded("2026-03-17", Decision::granted)
                         .build(day("2026-03-17"));
      CHECK(deadlines(c) ==
            "response 2026-03-31 met 2026-03-17; target 2026-03-17 met 2026-03-17; "
            "objection_filing 2026-05-07 pending 30 left");
    }
    SUBCASE("without a unit") {
      input.service = "umum";
      const auto c =
          CaseBuilder{config}.received("2026-03-10 09:00", input).build(day("2026-03-25"));
      CHECK(deadlines(c) == "response 2026-03-31 pending 4 left");
    }
  }

  TEST_CASE("replay: the body's general target stands beside the law; a service's own wins") {
    ppid::config::Config config;
    config.targets.response = ppid::calendar::Target{7, ppid::calendar::DayUnit::working};
    config.services.push_back({"statistik", "Data statistik",
                               ppid::calendar::Target{5, ppid::calendar::DayUnit::working}});
    SUBCASE("a request of no service has the general target") {
      const auto c = CaseBuilder{config}.received("2026-03-10 09:00").build(day("2026-03-25"));
      CHECK(deadlines(c) == "response 2026-03-31 pending 4 left; target 2026-03-26 pending 1 left");
    }
    SUBCASE("a service's own target instead") {
      auto input = CaseBuilder::request();
      input.service = "statistik";
      const auto c =
          CaseBuilder{config}.received("2026-03-10 09:00", input).build(day("2026-03-25"));
      CHECK(deadlines(c) == "response 2026-03-31 pending 4 left; target 2026-03-17 overdue 1 late");
    }
    SUBCASE("a target without a unit is not guessed") {
      config.targets.response = ppid::calendar::Target{7, std::nullopt};
      const auto c = CaseBuilder{config}.received("2026-03-10 09:00").build(day("2026-03-25"));
      CHECK(deadlines(c) == "response 2026-03-31 pending 4 left");
    }
  }

  TEST_CASE("replay: the body's target for the superior's answer never moves the law's limit") {
    ppid::config::Config config;
    config.targets.objection_answer = ppid::calendar::Target{7, ppid::calendar::DayUnit::working};
    const auto objected = CaseBuilder{config}
                              .received("2026-03-10 09:00")
                              .responded("2026-03-26", refused_exempt())
                              .objected("2026-04-06", {ObjectionGround::a});
    CHECK(deadlines(objected.build(day("2026-04-06"))) ==
          "response 2026-03-31 met 2026-03-26; objection_filing 2026-05-11 met 2026-04-06; "
          "objection_answer 2026-05-21 pending 30 left; objection_target 2026-04-15 pending 7 "
          "left");
    // Unanswered past both: the dispute window still runs from the law's 30 working days.
    CHECK(deadlines(objected.build(day("2026-05-22"))) ==
          "response 2026-03-31 met 2026-03-26; objection_filing 2026-05-11 met 2026-04-06; "
          "objection_answer 2026-05-21 overdue 1 late; objection_target 2026-04-15 overdue 24 "
          "late; dispute_filing 2026-06-15 pending 13 left");
    auto answered = objected;
    CHECK(deadlines(answered.superior_answered("2026-04-14", ObjectionAnswer::upheld)
                        .build(day("2026-04-14"))) ==
          "response 2026-03-31 met 2026-03-26; objection_filing 2026-05-11 met 2026-04-06; "
          "objection_answer 2026-05-21 met 2026-04-14; objection_target 2026-04-15 met "
          "2026-04-14; dispute_filing 2026-05-05 pending 14 left");
  }

  TEST_CASE("replay: an objection or an answer received on a closed day counts from the next") {
    const auto refused = request_before_nyepi().responded("2026-03-26", refused_exempt());
    SUBCASE("an objection on Saturday 11 April: the superior's 30 working days from Monday") {
      const auto c = CaseBuilder{refused}
                         .objected("2026-04-11", {ObjectionGround::a})
                         .build(day("2026-04-13"));
      CHECK(c.deadline(DeadlineKind::objection_answer)->due == day("2026-06-02"));
    }
    SUBCASE("with objection_receipt = same-day, from the Saturday itself") {
      ppid::config::Config config;
      config.calendar.objection_receipt = ppid::calendar::ReceiptRule::same_day;
      const auto c = CaseBuilder{config}
                         .received("2026-03-10 09:00")
                         .responded("2026-03-26", refused_exempt())
                         .objected("2026-04-11", {ObjectionGround::a})
                         .build(day("2026-04-13"));
      CHECK(c.deadline(DeadlineKind::objection_answer)->due == day("2026-05-29"));
    }
    SUBCASE("the superior's answer on Saturday 18 April: the dispute window from Monday") {
      const auto c = CaseBuilder{refused}
                         .objected("2026-04-06", {ObjectionGround::a})
                         .superior_answered("2026-04-18", ObjectionAnswer::upheld)
                         .build(day("2026-04-20"));
      CHECK(c.deadline(DeadlineKind::dispute_filing)->due == day("2026-05-11"));
    }
  }

  TEST_CASE("replay: a limit that reaches a year without holiday data is provisional") {
    // 2027 is the last year of built-in data; in 2028 only weekends are known.
    const auto c = CaseBuilder{}.received("2027-12-20 09:00").build(day("2027-12-20"));
    CHECK(deadlines(c) == "response 2028-01-04 pending 10 left provisional");
    const auto inside = CaseBuilder{}.received("2027-12-01 09:00").build(day("2027-12-01"));
    CHECK_FALSE(inside.deadline(DeadlineKind::response)->provisional);
  }

  TEST_CASE("replay: a case's first event of each kind and its deadlines are found by kind") {
    const auto c = objected_case().build(day("2026-04-06"));
    REQUIRE(c.find(EventKind::objected) != nullptr);
    CHECK(c.find(EventKind::objected)->happened == at("2026-04-06"));
    CHECK(c.find(EventKind::withdrawn) == nullptr);
    REQUIRE(c.first<ppid::rules::Answered>() != nullptr);
    CHECK(c.first<ppid::rules::Answered>()->reason == RefusalReason::exempt);
    CHECK(c.first<ppid::rules::DisputeFiled>() == nullptr);
    CHECK(c.deadline(DeadlineKind::court_filing) == nullptr);
    CHECK(c.request().applicant.name == "Siti Aminah");
  }
}
