#include "config/config.hpp"
#include "reports/annual.hpp"
#include "rules/case.hpp"
#include "rules/lifecycle.hpp"
#include "rules/words.hpp"
#include "support/case_builder.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using ppid::reports::Counts;
using ppid::reports::Period;
using ppid::rules::Decision;
using ppid::rules::DisputeOutcome;
using ppid::rules::ObjectionAnswer;
using ppid::rules::ObjectionGround;
using ppid::rules::Response;
using ppid::test::CaseBuilder;
using ppid::test::day;

namespace {

// "key n, key n, ..." in the report's order.
std::string text(const Counts& counts) {
  std::string out;
  for (const auto& [key, n] : counts) {
    out += (out.empty() ? "" : ", ") + key + " " + std::to_string(n);
  }
  return out;
}

ppid::config::Config with_services() {
  ppid::config::Config config;
  config.services.push_back(
      {"statistik", "Data statistik", ppid::calendar::Target{5, ppid::calendar::DayUnit::working}});
  config.services.push_back({"umum", "Informasi umum", std::nullopt});
  return config;
}

ppid::rules::RequestInput request(const char* channel, const char* type,
                                  std::optional<std::string> service = {}) {
  auto r = CaseBuilder::request();
  r.channel = channel;
  r.applicant_type = type;
  r.service = std::move(service);
  return r;
}

// A service report's cases: nine requests, three of them outside the period of March and April
// 2026 (but one of those objected, and one disputed, inside it), as of 31 May.
std::vector<ppid::rules::Case> cases() {
  const auto today = day("2026-05-31");
  const auto b = [](const char* number) { return CaseBuilder{with_services()}.number(number); };
  return {
      // Answered in 6 working days, after its service target of 5.
      b("A1")
          .received("2026-03-02 09:00", request("desk", "person", "statistik"))
          .responded("2026-03-10", Decision::granted)
          .build(today),
      // Extended, answered in 16 working days, within the extended limit.
      b("A2")
          .received("2026-03-10 09:00", request("email", "organization"))
          .extended("2026-03-30")
          .responded("2026-04-09", Response{"refused", "not-held", {}, {}, {}})
          .build(today),
      // Refused in 2 working days; objected, the superior answered in time; then disputed.
      b("A3")
          .received("2026-03-10 09:00", request("web", "group"))
          .responded("2026-03-12", Response{"refused", "exempt", "Pasal 17 huruf b", {}, {}})
          .objected("2026-03-16", {ObjectionGround::a})
          .superior_answered("2026-04-13", ObjectionAnswer::upheld)
          .disputed("2026-04-20")
          .build(today),
      // Not answered yet.
      b("A4").received("2026-04-01 09:00", request("post", "person")).build(today),
      // Withdrawn before the notice.
      b("A5")
          .received("2026-03-25 09:00", request("desk", "person"))
          .withdrawn("2026-03-26")
          .build(today),
      // Answered after its limit of 26 March, in 14 working days.
      b("A6")
          .received("2026-03-05 09:00", request("desk", "person"))
          .responded("2026-04-01", Decision::granted)
          .build(today),
      // Received in February, unanswered; objected in March on ground c, not answered since.
      b("A7")
          .received("2026-02-20 09:00", request("desk", "person"))
          .objected("2026-03-10", {ObjectionGround::c})
          .build(today),
      b("A8")
          .received("2026-03-16 09:00", request("phone", "person"))
          .responded("2026-03-17", Decision::partial)
          .build(today),
      // Refused the next day; the superior answered a day after the limit of 23 April.
      b("A9")
          .received("2026-03-02 09:00", request("desk", "person"))
          .responded("2026-03-03", Response{"refused", "exempt", "Pasal 17 huruf h", {}, {}})
          .objected("2026-03-04", {ObjectionGround::f, ObjectionGround::a})
          .superior_answered("2026-04-24", ObjectionAnswer::partial)
          .build(today),
      // After the period.
      b("A10").received("2026-05-04 09:00", request("desk", "person")).build(today),
      // Received and objected in January; the dispute was filed in March, after its window
      // (13 February), and ended by mediation in April.
      b("A11")
          .received("2026-01-05 09:00", request("fax", "person"))
          .responded("2026-01-09", Decision::granted)
          .objected("2026-01-12", {ObjectionGround::d})
          .superior_answered("2026-01-26", ObjectionAnswer::upheld)
          .disputed("2026-03-02")
          .dispute_ended("2026-04-15", DisputeOutcome::mediated)
          .build(today),
  };
}

}  // namespace

TEST_SUITE("reports") {
  TEST_CASE("annual: requests received in the period by month, service, channel and applicant") {
    const auto cal = ppid::test::calendar_for(with_services());
    const auto r = ppid::reports::service_report(
        cases(), cal, {day("2026-03-01"), day("2026-04-30")}, {"statistik", "umum"});
    CHECK(r.period.from == day("2026-03-01"));
    CHECK(r.requests == 8);
    CHECK(text(r.by_month) == "2026-03 7, 2026-04 1");
    CHECK(text(r.by_service) == "statistik 1, umum 0, - 7");
    CHECK(text(r.by_channel) == "desk 4, email 1, web 1, post 1, fax 0, phone 1");
    CHECK(text(r.by_applicant_type) == "person 6, group 1, organization 1");
    CHECK(r.unanswered == 1);
    CHECK(r.withdrawn == 1);
    CHECK(r.extended == 1);
  }

  TEST_CASE("annual: decisions, refusal reasons and the exemptions of art. 17 by letter") {
    const auto cal = ppid::test::calendar_for(with_services());
    const auto r = ppid::reports::service_report(
        cases(), cal, {day("2026-03-01"), day("2026-04-30")}, {"statistik", "umum"});
    CHECK(text(r.decisions) == "granted 2, partial 1, refused 3");
    CHECK(text(r.refusal_reasons) ==
          "exempt 2, not-held 1, not-yet-held 0, not-documented 0, procedural 0");
    CHECK(text(r.exemption_letters) == "a 0, b 1, c 0, d 0, e 0, f 0, g 0, h 1, i 0, j 0");
  }

  TEST_CASE("annual: how long answers took, in working days from day 0") {
    const auto cal = ppid::test::calendar_for(with_services());
    const auto r = ppid::reports::service_report(
        cases(), cal, {day("2026-03-01"), day("2026-04-30")}, {"statistik", "umum"});
    // Taken: 1, 1, 2, 6, 14, 16.
    CHECK(r.times.answered == 6);
    CHECK(r.times.median == doctest::Approx(4.0));
    CHECK(r.times.mean == doctest::Approx(40.0 / 6));
    CHECK(r.times.p90 == doctest::Approx(16.0));
    CHECK(text(r.times.bands) == "<=5 3, 6-10 1, 11-17 2, >17 0");
    CHECK(r.times.within_statutory == 5);
    CHECK(r.times.with_target == 1);
    CHECK(r.times.within_target == 0);
  }

  TEST_CASE("annual: objections and disputes filed in the period and how they went") {
    const auto cal = ppid::test::calendar_for(with_services());
    const auto r = ppid::reports::service_report(
        cases(), cal, {day("2026-03-01"), day("2026-04-30")}, {"statistik", "umum"});
    CHECK(r.objections == 3);
    CHECK(text(r.objections_by_ground) == "a 2, b 0, c 1, d 0, e 0, f 1, g 0");
    CHECK(text(r.objection_answers) == "upheld 1, overturned 0, partial 1, unanswered 1");
    CHECK(r.objections_answered_on_time == 1);
    CHECK(r.objections_answered_late == 1);
    CHECK(r.disputes == 2);
    CHECK(text(r.dispute_outcomes) ==
          "mediated 1, granted 0, partial 0, refused 0, withdrawn 0, lapsed 0, not-registered 0, "
          "pending 1");
    CHECK(r.disputes_filed_late == 1);
  }

  TEST_CASE("annual: a quiet period has every month and every key, at zero") {
    const auto cal = ppid::test::calendar_for(with_services());
    const auto r = ppid::reports::service_report(
        cases(), cal, {day("2026-06-15"), day("2026-08-02")}, {"statistik"});
    CHECK(r.requests == 0);
    CHECK(text(r.by_month) == "2026-06 0, 2026-07 0, 2026-08 0");
    CHECK(text(r.by_service) == "statistik 0, - 0");
    CHECK(text(r.decisions) == "granted 0, partial 0, refused 0");
    CHECK(r.times.answered == 0);
    CHECK_FALSE(r.times.median.has_value());
    CHECK_FALSE(r.times.mean.has_value());
    CHECK_FALSE(r.times.p90.has_value());
    CHECK(r.objections == 0);
    CHECK(r.disputes == 0);
  }

  TEST_CASE("annual: an odd number of answers has its middle value as the median") {
    const auto cal = ppid::test::calendar_for(with_services());
    const auto r = ppid::reports::service_report(
        cases(), cal, {day("2026-03-01"), day("2026-03-10")}, {"statistik"});
    // A1 (6), A2 (16), A3 (2), A6 (14), A9 (1); A2 and A3 came on 10 March, the last day.
    CHECK(r.requests == 5);
    CHECK(r.times.answered == 5);
    CHECK(r.times.median == doctest::Approx(6.0));
    CHECK(r.times.p90 == doctest::Approx(16.0));
    CHECK(text(r.by_service) == "statistik 1, - 4");
  }

  TEST_CASE("annual: the time to delivery by band, parts and cost; a partial grant's letter") {
    const auto today = day("2026-05-31");
    ppid::rules::DeliveryInput paid;
    paid.cost = "15.000";
    paid.paid_by = "cash";
    ppid::rules::DeliveryInput part;
    part.part = true;
    part.cost = "2.000";
    const std::vector<ppid::rules::Case> delivered{
        // Notice in 6 working days, delivered on the 7th, Rp 15.000.
        CaseBuilder{}
            .number("D1")
            .received("2026-03-02 09:00")
            .responded("2026-03-10", Decision::granted)
            .delivered("2026-03-11 10:00", paid)
            .build(today),
        // Granted in part (art. 17 h withheld) on day 2; a part on day 2, the rest on day 15
        // (Nyepi and the Idul Fitri leave in between).
        CaseBuilder{}
            .number("D2")
            .received("2026-03-02 09:00")
            .responded("2026-03-04", Response{"partial", "exempt", "Pasal 17 huruf h", std::nullopt,
                                              std::nullopt})
            .delivered("2026-03-04 10:00", part)
            .delivered("2026-03-30 10:00")
            .build(today),
        // Granted, only a part delivered so far.
        CaseBuilder{}
            .number("D3")
            .received("2026-03-02 09:00")
            .responded("2026-03-03", Decision::granted)
            .delivered("2026-03-03 10:00", part)
            .build(today),
    };
    const auto cal = ppid::test::calendar_for(ppid::config::Config{});
    const auto r =
        ppid::reports::service_report(delivered, cal, {day("2026-03-01"), day("2026-03-31")}, {});
    CHECK(r.delivery_times.answered == 2);
    CHECK(text(r.delivery_times.bands) == "<=5 0, 6-10 1, 11-17 1, >17 0");
    // 7 and 15 working days.
    CHECK(r.delivery_times.median == doctest::Approx(11.0));
    CHECK(r.delivered_in_part == 1);
    CHECK(r.delivery_cost == 19000);
    CHECK(text(r.times.bands) == "<=5 2, 6-10 1, 11-17 0, >17 0");
    CHECK(text(r.exemption_letters) == "a 0, b 0, c 0, d 0, e 0, f 0, g 0, h 1, i 0, j 0");
    CHECK(text(r.refusal_reasons) ==
          "exempt 0, not-held 0, not-yet-held 0, not-documented 0, procedural 0");
  }

  TEST_CASE("annual: the letter of art. 17 a notice's basis names") {
    using ppid::reports::exemption_letter;
    CHECK(exemption_letter("Pasal 17 huruf b") == 'b');
    CHECK(exemption_letter("UU 14/2008 PASAL 17 HURUF J") == 'j');
    CHECK(exemption_letter("pasal 17 ayat 1 huruf c") == 'c');
    CHECK(exemption_letter("Pasal 17(h)") == 'h');
    CHECK(exemption_letter("Pasal 17 a") == 'a');
    CHECK(exemption_letter("huruf d UU KIP") == 'd');
    CHECK_FALSE(exemption_letter("Pasal 17 huruf k").has_value());
    CHECK_FALSE(exemption_letter("Pasal 17").has_value());
    CHECK_FALSE(exemption_letter("Pasal 17 huruf").has_value());
    CHECK_FALSE(exemption_letter("Pasal 17 angka 2").has_value());
    CHECK_FALSE(exemption_letter("").has_value());
  }
}
