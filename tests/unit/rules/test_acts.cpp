#include "config/config.hpp"
#include "error.hpp"
#include "rules/case.hpp"
#include "rules/lifecycle.hpp"
#include "rules/words.hpp"
#include "support/case_builder.hpp"

#include <doctest/doctest.h>

#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

using ppid::Error;
using ppid::ErrorKind;
using ppid::rules::Act;
using ppid::rules::Decision;
using ppid::rules::DisputeOutcome;
using ppid::rules::ObjectionAnswer;
using ppid::rules::ObjectionGround;
using ppid::rules::Response;
using ppid::test::as_of;
using ppid::test::at;
using ppid::test::CaseBuilder;
using ppid::test::day;

namespace {

namespace rules = ppid::rules;

const ppid::config::Config k_config{};

const ppid::calendar::Calendar& cal() {
  static const auto calendar = ppid::test::calendar_for(k_config);
  return calendar;
}

// Spells an act as <word>, so that a test sees where the command line's words go.
std::string spell(std::string_view act) {
  return "<" + std::string{act} + ">";
}

// The error `act` throws; fails the test when it throws none.
Error error_of(const std::function<void()>& act) {
  try {
    act();
  } catch (const Error& e) {
    return e;
  }
  FAIL("the act was not refused");
  throw std::logic_error("unreachable");
}

// The English line of the error `act` throws, acts spelled by `spell`.
std::string refusal(const std::function<void()>& act) {
  return error_of(act).render(ppid::text::Lang::en, spell);
}

// Received Tuesday 10 March 2026 09:00; the notice is due 31 March (Nyepi and Idul Fitri in
// between).
CaseBuilder received() {
  return CaseBuilder{}.received("2026-03-10 09:00");
}

// Refused on 26 March (exempt); the objection window ends 11 May.
CaseBuilder answered() {
  return received().responded("2026-03-26",
                              Response{"refused", "exempt", "Pasal 17 huruf b", {}, {}});
}

// Objected on ground a on 6 April; the superior's limit is 21 May.
CaseBuilder objected() {
  return answered().objected("2026-04-06", {ObjectionGround::a});
}

// Upheld on 20 April; the dispute window ends 11 May.
CaseBuilder superior_answered() {
  return objected().superior_answered("2026-04-20", ObjectionAnswer::upheld);
}

CaseBuilder disputed() {
  return superior_answered().disputed("2026-05-04");
}

Response decision(const std::string& word) {
  return Response{word, {}, {}, {}, {}};
}

rules::Objection grounds(std::vector<std::string> words) {
  rules::Objection objection;
  objection.grounds = std::move(words);
  return objection;
}

}  // namespace

TEST_SUITE("rules") {
  TEST_CASE("acts: what is allowed in each state, in the order a user considers it") {
    using V = std::vector<Act>;
    const auto allowed = [](const CaseBuilder& b, const char* today) {
      return rules::allowed_acts(b.build(day(today)), day(today));
    };
    auto incomplete = CaseBuilder::request();
    incomplete.incomplete = true;
    ppid::config::Config from_completion;
    from_completion.calendar.clock_starts = ppid::calendar::ClockStart::completion;

    CHECK(allowed(received(), "2026-03-31") == V{Act::respond, Act::extend, Act::withdraw});
    CHECK(allowed(received(), "2026-04-01") == V{Act::respond, Act::object, Act::withdraw});
    CHECK(allowed(received().extended("2026-03-30"), "2026-04-01") ==
          V{Act::respond, Act::withdraw});
    CHECK(allowed(CaseBuilder{}.received("2026-03-10", incomplete), "2026-03-11") ==
          V{Act::complete, Act::respond, Act::extend, Act::withdraw});
    CHECK(allowed(CaseBuilder{}.received("2026-03-10", incomplete).completed("2026-03-11"),
                  "2026-03-11") == V{Act::respond, Act::extend, Act::withdraw});
    // The law's limit runs from receipt even when the body counts from completion: it may be
    // extended.
    CHECK(allowed(CaseBuilder{from_completion}.received("2026-03-10", incomplete), "2026-03-11") ==
          V{Act::complete, Act::respond, Act::extend, Act::withdraw});
    CHECK(allowed(answered(), "2026-03-26") == V{Act::object, Act::withdraw});
    CHECK(allowed(objected(), "2026-05-21") == V{Act::answer_objection, Act::withdraw});
    CHECK(allowed(objected(), "2026-05-22") ==
          V{Act::answer_objection, Act::escalate, Act::withdraw});
    CHECK(allowed(superior_answered(), "2026-04-20") == V{Act::escalate, Act::withdraw});
    CHECK(allowed(disputed(), "2026-05-04") == V{Act::end_dispute, Act::stage});
    // An adjudication decision may go to court (art. 47); an agreement may not.
    CHECK(allowed(disputed().dispute_ended("2026-06-10", DisputeOutcome::refused), "2026-06-10") ==
          V{Act::court});
    CHECK(allowed(disputed().dispute_ended("2026-06-10", DisputeOutcome::lapsed), "2026-06-10")
              .empty());
    CHECK(allowed(received().withdrawn("2026-03-12"), "2026-03-12").empty());
  }

  TEST_CASE("acts: a refusal names the act, the case, its state and what is allowed now") {
    const auto c = answered().build(day("2026-03-26"));
    const auto e = error_of(
        [&] { rules::extend_request(c, at("2026-03-27"), "x", as_of(day("2026-03-27"))); });
    CHECK(e.kind() == ErrorKind::wrong_state);
    CHECK(e.is_refused_act());
    CHECK(e.render(ppid::text::Lang::en, spell) ==
          "cannot <extend> 001/PPID/III/2026: it was answered on 2026-03-26; allowed now: "
          "<object>, <withdraw>");
    // Without a speller the acts are their words.
    CHECK(e.render(ppid::text::Lang::en) ==
          "cannot extend 001/PPID/III/2026: it was answered on 2026-03-26; allowed now: object, "
          "withdraw");
    CHECK(e.render(ppid::text::Lang::id, spell) ==
          "tidak dapat '<extend>' untuk 001/PPID/III/2026: sudah dijawab pada 2026-03-26; yang "
          "dapat dilakukan sekarang: <object>, <withdraw>");
  }

  TEST_CASE("acts: the refusal of each state") {
    const auto now = as_of(day("2026-07-01"));
    const auto open = received().build(day("2026-03-20"));
    CHECK(refusal([&] {
            rules::answer_objection(open, at("2026-03-20"), {"upheld", {}, {}},
                                    as_of(day("2026-03-20")));
          }) ==
          "cannot <answer_objection> 001/PPID/III/2026: it awaits the written notice, due "
          "2026-03-31; allowed now: <respond>, <extend>, <withdraw>");
    const auto in_objection = objected().build(day("2026-04-06"));
    CHECK(refusal([&] {
            rules::respond(in_objection, at("2026-04-07"), decision("granted"),
                           as_of(day("2026-04-07")));
          }) ==
          "cannot <respond> 001/PPID/III/2026: an objection was filed on 2026-04-06; allowed now: "
          "<answer_objection>, <withdraw>");
    const auto answered_objection = superior_answered().build(day("2026-04-20"));
    CHECK(refusal([&] {
            rules::end_dispute(answered_objection, at("2026-04-21"), "granted",
                               as_of(day("2026-04-21")));
          }) ==
          "cannot <end_dispute> 001/PPID/III/2026: the superior answered the objection on "
          "2026-04-20; allowed now: <escalate>, <withdraw>");
    const auto in_dispute = disputed().build(day("2026-05-04"));
    CHECK(refusal([&] {
            rules::file_dispute(in_dispute, at("2026-05-05"), {}, cal(), k_config,
                                as_of(day("2026-05-05")));
          }) ==
          "cannot <escalate> 001/PPID/III/2026: it is in dispute at the Information Commission "
          "since 2026-05-04; allowed now: <end_dispute>, <stage>");
    const auto closed =
        disputed().dispute_ended("2026-06-10", DisputeOutcome::lapsed).build(day("2026-06-10"));
    CHECK(refusal([&] { rules::withdraw(closed, at("2026-06-11"), now); }) ==
          "cannot <withdraw> 001/PPID/III/2026: the dispute ended on 2026-06-10; nothing more can "
          "be recorded; see 'ppid show'");
    const auto withdrawn = received().withdrawn("2026-03-12").build(day("2026-03-12"));
    CHECK(refusal([&] { rules::withdraw(withdrawn, at("2026-03-13"), now); }) ==
          "cannot <withdraw> 001/PPID/III/2026: it was withdrawn on 2026-03-12; nothing more can "
          "be recorded; see 'ppid show'");
  }

  TEST_CASE("acts: a time before the case's last event or after now is refused as bad input") {
    const auto c = received().build(day("2026-03-20"));
    const auto now = as_of(day("2026-03-20"));
    auto e = error_of([&] { rules::withdraw(c, at("2026-03-10 08:59"), now); });
    CHECK(e.kind() == ErrorKind::bad_input);
    CHECK(e.render(ppid::text::Lang::en) ==
          "time is before the case's last event (2026-03-10T09:00): \"2026-03-10T08:59\"");
    e = error_of([&] { rules::withdraw(c, at("2026-03-21"), now); });
    CHECK(e.kind() == ErrorKind::bad_input);
    CHECK(e.render(ppid::text::Lang::en) == "time is after now (2026-03-20): \"2026-03-21\"");
    // A date without a time is any time of that day: neither before 09:00 nor after now.
    CHECK(rules::withdraw(c, at("2026-03-10"), now).happened == at("2026-03-10"));
    CHECK(rules::withdraw(c, at("2026-03-20 23:59"), now).happened == at("2026-03-20 23:59"));
    const ppid::rules::AsOf morning{at("2026-03-20 08:00"), day("2026-03-20")};
    CHECK(refusal([&] { rules::check_not_future(at("2026-03-20 08:01"), morning); }) ==
          "time is after now (2026-03-20T08:00): \"2026-03-20T08:01\"");
    CHECK_NOTHROW(rules::check_not_future(at("2026-03-20 08:00"), morning));
  }

  TEST_CASE("acts: agency times compare by date, then by time when both are known") {
    CHECK(rules::compare(at("2026-03-10 09:00"), at("2026-03-11 08:00")) == -1);
    CHECK(rules::compare(at("2026-03-11"), at("2026-03-10 23:59")) == 1);
    CHECK(rules::compare(at("2026-03-10 09:00"), at("2026-03-10 09:01")) == -1);
    CHECK(rules::compare(at("2026-03-10 09:01"), at("2026-03-10 09:00")) == 1);
    CHECK(rules::compare(at("2026-03-10 09:00"), at("2026-03-10 09:00")) == 0);
    CHECK(rules::compare(at("2026-03-10"), at("2026-03-10 09:00")) == 0);
  }

  TEST_CASE("acts: complete a request") {
    auto incomplete = CaseBuilder::request();
    incomplete.incomplete = true;
    const auto now = as_of(day("2026-03-12"));
    const auto c = CaseBuilder{}.received("2026-03-10 09:00", incomplete).build(day("2026-03-12"));
    const auto event = rules::complete_request(c, at("2026-03-11 10:00"), {}, now);
    CHECK(event.kind() == rules::EventKind::completed);
    CHECK(event.happened == at("2026-03-11 10:00"));

    CHECK(refusal([&] {
            rules::complete_request(received().build(day("2026-03-12")), at("2026-03-11"), {}, now);
          }) ==
          "cannot <complete> 001/PPID/III/2026: it was complete when received on 2026-03-10; "
          "allowed now: <respond>, <extend>, <withdraw>");
    const auto completed = CaseBuilder{}
                               .received("2026-03-10 09:00", incomplete)
                               .completed("2026-03-11")
                               .build(day("2026-03-12"));
    CHECK(refusal([&] { rules::complete_request(completed, at("2026-03-12"), {}, now); }) ==
          "cannot <complete> 001/PPID/III/2026: it was completed on 2026-03-11; allowed now: "
          "<respond>, <extend>, <withdraw>");
  }

  TEST_CASE("acts: the one extension, with a reason, before the limit passes") {
    const auto c = received().build(day("2026-03-31"));
    const auto event = rules::extend_request(c, at("2026-03-31 15:00"), "belum dikuasai",
                                             as_of(day("2026-03-31")));
    CHECK(event.as<rules::Extended>().reason == "belum dikuasai");
    CHECK(event.happened == at("2026-03-31 15:00"));

    const auto after = received().build(day("2026-04-01"));
    CHECK(refusal([&] {
            rules::extend_request(after, at("2026-04-01"), "x", as_of(day("2026-04-01")));
          }) ==
          "cannot <extend> 001/PPID/III/2026: its response limit 2026-03-31 has passed; allowed "
          "now: <respond>, <object>, <withdraw>");
    const auto extended = received().extended("2026-03-30").build(day("2026-04-01"));
    CHECK(refusal([&] {
            rules::extend_request(extended, at("2026-04-01"), "x", as_of(day("2026-04-01")));
          }) ==
          "cannot <extend> 001/PPID/III/2026: it was already extended on 2026-03-30 (art. 22(8): "
          "once only); allowed now: <respond>, <withdraw>");
    ppid::config::Config from_completion;
    from_completion.calendar.clock_starts = ppid::calendar::ClockStart::completion;
    auto incomplete = CaseBuilder::request();
    incomplete.incomplete = true;
    const auto waiting =
        CaseBuilder{from_completion}.received("2026-03-02", incomplete).build(day("2026-03-05"));
    // The law's limit runs from receipt whatever the body's practice: it may be extended, and
    // the open state names it.
    CHECK(rules::extend_request(waiting, at("2026-03-05"), "x", as_of(day("2026-03-05"))).kind() ==
          rules::EventKind::extended);
    CHECK(refusal([&] {
            rules::answer_objection(waiting, at("2026-03-05"), {"upheld", {}, {}},
                                    as_of(day("2026-03-05")));
          }) ==
          "cannot <answer_objection> 001/PPID/III/2026: it awaits the written notice, due "
          "2026-03-16; allowed now: <complete>, <respond>, <extend>, <withdraw>");
    const auto blank = error_of(
        [&] { rules::extend_request(c, at("2026-03-31"), " \t", as_of(day("2026-03-31"))); });
    CHECK(blank.kind() == ErrorKind::usage);
    CHECK(blank.field() == "reason");
    CHECK(blank.render(ppid::text::Lang::en) == "reason is required");
  }

  TEST_CASE("acts: the written notice and its decision, reason, basis and holder") {
    const auto c = received().build(day("2026-03-26"));
    const auto now = as_of(day("2026-03-26"));
    const auto respond = [&](Response r) { return rules::respond(c, at("2026-03-26"), r, now); };

    const auto not_held =
        respond({"refused", "not-held", {}, "Dinas Pekerjaan Umum", "dikirim ke dinas"});
    const auto& data = not_held.as<rules::Answered>();
    CHECK(data.decision == Decision::refused);
    CHECK(data.reason == rules::RefusalReason::not_held);
    CHECK(data.holder == "Dinas Pekerjaan Umum");
    CHECK(data.note == "dikirim ke dinas");
    CHECK_FALSE(data.basis.has_value());
    // A blank note is not recorded.
    CHECK_FALSE(respond({"granted", {}, {}, {}, "  "}).as<rules::Answered>().note.has_value());

    CHECK(refusal([&] { respond(decision("maybe")); }) ==
          "invalid decision: \"maybe\"; allowed: granted, partial, refused");
    CHECK(refusal([&] { respond(decision("refused")); }) ==
          "--reason is required with --decision refused; allowed: exempt, not-held, not-yet-held, "
          "not-documented, procedural");
    CHECK(refusal([&] {
            respond({"refused", "secret", {}, {}, {}});
          }) ==
          "invalid reason: \"secret\"; allowed: exempt, not-held, not-yet-held, not-documented, "
          "procedural");
    CHECK(refusal([&] {
            respond({"refused", "exempt", {}, {}, {}});
          }) ==
          "--basis is required with --reason exempt (art. 17); e.g. --basis \"Pasal 17 huruf b\"");
    CHECK(refusal([&] {
            respond({"granted", "exempt", {}, {}, {}});
          }) == "--reason goes only with --decision refused or partial: \"exempt\"");
    CHECK(refusal([&] {
            respond({"refused", "exempt", "Pasal 17 huruf b", "Dinas", {}});
          }) == "--holder goes only with --reason not-held");
    CHECK(error_of([&] { respond(decision("maybe")); }).kind() == ErrorKind::usage);
    CHECK(refusal([&] {
            rules::respond(answered().build(day("2026-03-27")), at("2026-03-27"),
                           decision("granted"), as_of(day("2026-03-27")));
          }) ==
          "cannot <respond> 001/PPID/III/2026: it was answered on 2026-03-26; allowed now: "
          "<object>, <withdraw>");
  }

  TEST_CASE("acts: an objection's grounds, by whether and when the notice came") {
    const auto object = [](const rules::Case& c, const char* when, rules::Objection o) {
      return rules::file_objection(c, at(when), o, cal(), k_config, as_of(day(when)));
    };
    SUBCASE("before the limit, unanswered: no ground has arisen but b") {
      const auto open = received().build(day("2026-03-20"));
      CHECK(refusal([&] { object(open, "2026-03-20", grounds({"c"})); }) ==
            "cannot <object> 001/PPID/III/2026: it is unanswered and its response limit "
            "2026-03-31 has not passed; allowed now: <respond>, <extend>, <withdraw>");
      CHECK(refusal([&] { object(open, "2026-03-20", grounds({"a"})); }) ==
            "cannot <object> 001/PPID/III/2026: it is unanswered and its response limit "
            "2026-03-31 has not passed; allowed now: <respond>, <extend>, <withdraw>");
      auto b = grounds({"b"});
      b.arose = day("2026-03-16");
      const auto event = object(open, "2026-03-20", b);
      CHECK(event.as<rules::Objected>().grounds == std::vector{ObjectionGround::b});
      CHECK(event.as<rules::Objected>().arose == day("2026-03-16"));
      CHECK(event.as<rules::Objected>().within_window);
    }
    SUBCASE("after the limit, unanswered: ground c, and only c") {
      const auto late = received().build(day("2026-04-02"));
      const auto event = object(late, "2026-04-02", grounds({"c"}));
      CHECK(event.as<rules::Objected>().grounds == std::vector{ObjectionGround::c});
      CHECK(refusal([&] {
              object(late, "2026-04-02", grounds({"c", "d"}));
            }) ==
            "cannot <object> 001/PPID/III/2026: without a notice only ground c applies (the limit "
            "2026-03-31 passed unanswered); allowed now: <respond>, <object>, <withdraw>");
    }
    SUBCASE("answered within the limit: any ground but c") {
      const auto c = answered().build(day("2026-04-06"));
      CHECK(refusal([&] { object(c, "2026-04-06", grounds({"c"})); }) ==
            "cannot <object> 001/PPID/III/2026: it was answered on 2026-03-26, within its limit; "
            "ground c does not apply; allowed now: <object>, <withdraw>");
      auto o = grounds({"e", "a", "e"});
      o.arose = day("2026-04-01");
      o.proxy = "LBH Bandung";
      o.note = " ";
      o.late_accepted = true;
      const auto event = object(c, "2026-04-06", o);
      const auto& data = event.as<rules::Objected>();
      // Sorted, each once; `arose` only for b and g; not late, whatever was asked.
      CHECK(data.grounds == std::vector{ObjectionGround::a, ObjectionGround::e});
      CHECK_FALSE(data.arose.has_value());
      CHECK(data.proxy == "LBH Bandung");
      CHECK_FALSE(data.note.has_value());
      CHECK(data.within_window);
      CHECK_FALSE(data.late_accepted);
      CHECK_FALSE(data.objection_no.has_value());
    }
    SUBCASE("after the window: refused unless the body accepted it late") {
      const auto c = answered().build(day("2026-05-12"));
      CHECK(refusal([&] { object(c, "2026-05-12", grounds({"d"})); }) ==
            "cannot <object> 001/PPID/III/2026: the objection window ended on 2026-05-11 "
            "(--late-accepted records that the body accepted it anyway); allowed now: <object>, "
            "<withdraw>");
      CHECK_NOTHROW(object(c, "2026-05-11", grounds({"d"})));
      auto accepted = grounds({"d"});
      accepted.late_accepted = true;
      const auto event = object(c, "2026-05-12", accepted);
      const auto& data = event.as<rules::Objected>();
      CHECK_FALSE(data.within_window);
      CHECK(data.late_accepted);
    }
    SUBCASE("ground g runs from when the late information was delivered") {
      const auto c = answered().build(day("2026-06-23"));
      auto g = grounds({"g"});
      g.arose = day("2026-05-04");
      CHECK(object(c, "2026-06-23", g).as<rules::Objected>().within_window);
      CHECK(refusal([&] { object(c, "2026-06-24", g); }) ==
            "cannot <object> 001/PPID/III/2026: the objection window ended on 2026-06-23 "
            "(--late-accepted records that the body accepted it anyway); allowed now: <object>, "
            "<withdraw>");
    }
    SUBCASE("malformed grounds") {
      const auto c = answered().build(day("2026-04-06"));
      const auto e = error_of([&] { object(c, "2026-04-06", grounds({"a", "h"})); });
      CHECK(e.kind() == ErrorKind::usage);
      CHECK(e.field() == "ground");
      CHECK(e.render(ppid::text::Lang::en) ==
            "invalid ground: \"h\"; allowed: a, b, c, d, e, f, g");
      CHECK(refusal([&] { object(c, "2026-04-06", grounds({"g"})); }) ==
            "ground b or g needs --arose; --arose DATE: when the ground arose (b: the date the "
            "applicant gives; g: when the information was delivered)");
    }
    SUBCASE("once objected, not again") {
      CHECK(refusal([&] {
              object(objected().build(day("2026-04-07")), "2026-04-07", grounds({"d"}));
            }) ==
            "cannot <object> 001/PPID/III/2026: an objection was filed on 2026-04-06; allowed now: "
            "<answer_objection>, <withdraw>");
    }
  }

  TEST_CASE("acts: the superior's answer") {
    const auto c = objected().build(day("2026-04-20"));
    const auto now = as_of(day("2026-04-20"));
    const auto event = rules::answer_objection(
        c, at("2026-04-20"), {"overturned", "Drs. Bambang", "Sekretaris Daerah"}, now);
    const auto& data = event.as<rules::ObjectionAnswered>();
    CHECK(data.answer == ObjectionAnswer::overturned);
    CHECK(data.official == "Drs. Bambang");
    CHECK(data.position == "Sekretaris Daerah");
    CHECK(refusal([&] {
            rules::answer_objection(c, at("2026-04-20"), {"rejected", {}, {}}, now);
          }) == "invalid answer: \"rejected\"; allowed: upheld, overturned, partial");
    CHECK(refusal([&] {
            rules::answer_objection(answered().build(day("2026-04-20")), at("2026-04-20"),
                                    {"upheld", {}, {}}, now);
          }) ==
          "cannot <answer_objection> 001/PPID/III/2026: it was answered on 2026-03-26; allowed "
          "now: <object>, <withdraw>");
  }

  TEST_CASE("acts: a dispute, after the superior answered or the superior's limit passed") {
    const auto escalate = [](const rules::Case& c, const char* when) {
      return rules::file_dispute(c, at(when), std::string{"KI Pusat"}, cal(), k_config,
                                 as_of(day(when)));
    };
    const auto waiting = objected().build(day("2026-05-21"));
    CHECK(refusal([&] { escalate(waiting, "2026-05-21"); }) ==
          "cannot <escalate> 001/PPID/III/2026: the superior's limit 2026-05-21 has not passed; "
          "allowed now: <answer_objection>, <withdraw>");
    // Unanswered: the window runs 14 working days from the superior's limit, to 15 June.
    const auto unanswered = objected().build(day("2026-06-15"));
    const auto on_time = escalate(unanswered, "2026-06-15");
    CHECK(on_time.as<rules::DisputeFiled>().commission == "KI Pusat");
    CHECK(on_time.as<rules::DisputeFiled>().within_window);
    CHECK_FALSE(escalate(objected().build(day("2026-06-16")), "2026-06-16")
                    .as<rules::DisputeFiled>()
                    .within_window);
    // Answered 20 April: the window ends 11 May; a late filing is recorded, not refused.
    CHECK(escalate(superior_answered().build(day("2026-05-11")), "2026-05-11")
              .as<rules::DisputeFiled>()
              .within_window);
    CHECK_FALSE(escalate(superior_answered().build(day("2026-05-12")), "2026-05-12")
                    .as<rules::DisputeFiled>()
                    .within_window);
    CHECK(refusal([&] { escalate(answered().build(day("2026-04-01")), "2026-04-01"); }) ==
          "cannot <escalate> 001/PPID/III/2026: it was answered on 2026-03-26; allowed now: "
          "<object>, <withdraw>");
  }

  TEST_CASE("acts: how a dispute ended — an exemption dispute is not mediated") {
    const auto c = disputed().build(day("2026-06-10"));
    const auto now = as_of(day("2026-06-10"));
    CHECK(
        rules::end_dispute(c, at("2026-06-10"), "refused", now).as<rules::DisputeEnded>().outcome ==
        DisputeOutcome::refused);
    const auto e = error_of([&] { rules::end_dispute(c, at("2026-06-10"), "mediated", now); });
    CHECK(e.kind() == ErrorKind::wrong_state);
    CHECK(e.render(ppid::text::Lang::en, spell) ==
          "cannot <end_dispute> mediated 001/PPID/III/2026: the dispute since 2026-05-04 is on "
          "ground a alone (an exemption), settled by adjudication, not mediation; allowed now: "
          "<end_dispute>, <stage>");
    CHECK(refusal([&] { rules::end_dispute(c, at("2026-06-10"), "won", now); }) ==
          "invalid outcome: \"won\"; allowed: mediated, granted, partial, refused, withdrawn, "
          "lapsed, not-registered");
    // With another ground beside a, mediation is open.
    const auto mixed = answered()
                           .objected("2026-04-06", {ObjectionGround::a, ObjectionGround::f})
                           .superior_answered("2026-04-20", ObjectionAnswer::upheld)
                           .disputed("2026-05-04")
                           .build(day("2026-06-10"));
    CHECK(rules::end_dispute(mixed, at("2026-06-10"), "mediated", now)
              .as<rules::DisputeEnded>()
              .outcome == DisputeOutcome::mediated);
  }

  TEST_CASE("acts: a withdrawal, at any time but during a dispute") {
    const auto now = as_of(day("2026-05-05"));
    CHECK(rules::withdraw(received().build(day("2026-05-05")), at("2026-05-05"), now).kind() ==
          rules::EventKind::withdrawn);
    CHECK(rules::withdraw(superior_answered().build(day("2026-05-05")), at("2026-05-05"), now)
              .kind() == rules::EventKind::withdrawn);
    CHECK(
        refusal(
            [&] { rules::withdraw(disputed().build(day("2026-05-05")), at("2026-05-05"), now); }) ==
        "cannot <withdraw> 001/PPID/III/2026: it is in dispute since 2026-05-04; record a "
        "withdrawal with 'ppid escalate --outcome withdrawn'; allowed now: <end_dispute>, <stage>");
  }
  TEST_CASE("acts: the decision that stands gives information, or not") {
    const auto today = day("2026-06-30");
    CHECK_FALSE(rules::grants_information(received().build(today)));
    CHECK(rules::grants_information(
        received().responded("2026-03-12", Decision::granted).build(today)));
    CHECK(rules::grants_information(
        received().responded("2026-03-12", Decision::partial).build(today)));
    CHECK_FALSE(rules::grants_information(answered().build(today)));
    // The superior or the Commission may give what the notice refused.
    CHECK_FALSE(rules::grants_information(superior_answered().build(today)));
    CHECK(rules::grants_information(
        objected().superior_answered("2026-04-20", ObjectionAnswer::overturned).build(today)));
    CHECK(rules::grants_information(
        objected().superior_answered("2026-04-20", ObjectionAnswer::partial).build(today)));
    CHECK(rules::grants_information(
        disputed().dispute_ended("2026-06-10", DisputeOutcome::granted).build(today)));
    CHECK_FALSE(rules::grants_information(
        disputed().dispute_ended("2026-06-10", DisputeOutcome::refused).build(today)));
  }

  TEST_CASE("acts: a delivery in part, then the whole; the cost adds up") {
    rules::DeliveryInput part;
    part.part = true;
    part.cost = "Rp 5.000";
    part.paid_by = "cash";
    rules::DeliveryInput rest;
    rest.cost = "2.500";
    const auto c = received()
                       .responded("2026-03-12", Decision::granted)
                       .delivered("2026-03-13 10:00", part)
                       .delivered("2026-03-16 11:00", rest)
                       .build(day("2026-03-20"));
    REQUIRE(c.deliveries.size() == 2);
    CHECK(c.delivered == at("2026-03-16 11:00"));
    CHECK(c.delivery_cost == 7500);
    const auto& first = c.events[2].as<rules::Delivered>();
    CHECK(first.part);
    CHECK(first.cost == 5000);
    CHECK(first.paid_by == rules::Payment::cash);
    CHECK(first.form == std::nullopt);
    CHECK(refusal([&] {
            (void)rules::deliver(c, at("2026-03-17 09:00"), {}, as_of(day("2026-03-20")));
          }) ==
          "cannot <deliver> 001/PPID/III/2026: the information was delivered in full on "
          "2026-03-16; allowed now: <object>, <withdraw>");
  }
}
