#include "calendar/duration.hpp"

#include <doctest/doctest.h>

using ppid::ErrorKind;
using ppid::calendar::DayUnit;
using ppid::calendar::Duration;
using ppid::calendar::parse_duration;
using ppid::calendar::parse_target;
using ppid::calendar::Target;

namespace {

std::string error_of(std::string_view text) {
  try {
    parse_duration(text, ErrorKind::usage);
  } catch (const ppid::Error& e) {
    return e.render(ppid::text::Lang::en);
  }
  return "no error";
}

}  // namespace

TEST_SUITE("calendar") {
  TEST_CASE("durations in working days and plain days, English and Indonesian units") {
    CHECK(parse_duration("10 wd", ErrorKind::usage) == Duration{10, DayUnit::working});
    CHECK(parse_duration("10 hk", ErrorKind::usage) == Duration{10, DayUnit::working});
    CHECK(parse_duration("14 d", ErrorKind::usage) == Duration{14, DayUnit::plain});
    CHECK(parse_duration("14 hari", ErrorKind::usage) == Duration{14, DayUnit::plain});
    CHECK(parse_duration("3 hari kerja", ErrorKind::usage) == Duration{3, DayUnit::working});
    CHECK(parse_duration("3 Hari Kerja", ErrorKind::usage) == Duration{3, DayUnit::working});
    CHECK(parse_duration("7wd", ErrorKind::usage) == Duration{7, DayUnit::working});
    CHECK(parse_duration(" 30 HK ", ErrorKind::usage) == Duration{30, DayUnit::working});
    CHECK(parse_duration("0 wd", ErrorKind::usage) == Duration{0, DayUnit::working});
    CHECK(parse_duration("1000 d", ErrorKind::usage) == Duration{1000, DayUnit::plain});
  }

  TEST_CASE("a duration's canonical form parses back to itself") {
    for (const auto& text : {"10 wd", "14 d", "100 wd"}) {
      CHECK(ppid::calendar::to_string(parse_duration(text, ErrorKind::usage)) == text);
    }
    CHECK(ppid::calendar::to_string(parse_duration("14 hari", ErrorKind::usage)) == "14 d");
  }

  TEST_CASE("bad durations name the value and the rule") {
    CHECK(error_of("10 wx") ==
          "invalid duration: \"10 wx\"; write a number and a unit: \"10 wd\" or \"10 hk\" "
          "(working days), \"14 d\" or \"14 hari\" (plain days)");
    CHECK(error_of("-3 wd") == "invalid duration: \"-3 wd\"; the number of days must be 0 to 1000");
    CHECK(error_of("999999 wd") ==
          "invalid duration: \"999999 wd\"; the number of days must be 0 to 1000");
    CHECK(error_of("1001 wd") ==
          "invalid duration: \"1001 wd\"; the number of days must be 0 to 1000");
    CHECK(error_of("") ==
          "invalid duration: \"\"; write a number and a unit: \"10 wd\" or \"10 hk\" "
          "(working days), \"14 d\" or \"14 hari\" (plain days)");
    CHECK(error_of("10") ==
          "invalid duration: \"10\"; a unit is required here: \"wd\"/\"hk\" (working days) or "
          "\"d\"/\"hari\" (plain days)");
    CHECK(error_of("wd") ==
          "invalid duration: \"wd\"; write a number and a unit: \"10 wd\" or \"10 hk\" "
          "(working days), \"14 d\" or \"14 hari\" (plain days)");
  }

  TEST_CASE("the error kind is the caller's: usage on the command line, bad input on stdin") {
    try {
      parse_duration("10 wx", ErrorKind::bad_input);
      FAIL("no error");
    } catch (const ppid::Error& e) {
      CHECK(e.kind() == ErrorKind::bad_input);
    }
  }

  TEST_CASE("a service target may have no unit — it is kept, not guessed") {
    CHECK(parse_target("5", ErrorKind::config) == Target{5, std::nullopt});
    CHECK(parse_target("4 hari", ErrorKind::config) == Target{4, DayUnit::plain});
    CHECK(ppid::calendar::to_string(Target{5, std::nullopt}) == "5");
  }

  TEST_CASE("a target never ends after its limit: same unit, plain against working, and back") {
    using ppid::calendar::longest_within;
    using ppid::calendar::never_later;
    const Duration ten_wd{10, DayUnit::working};
    SUBCASE("in the limit's unit: at most its count") {
      CHECK(never_later(Target{10, DayUnit::working}, ten_wd, 5));
      CHECK_FALSE(never_later(Target{11, DayUnit::working}, ten_wd, 5));
      CHECK(never_later(Target{7, DayUnit::working}, Duration{30, DayUnit::working}, 5));
      CHECK(never_later(Target{14, DayUnit::plain}, Duration{14, DayUnit::plain}, 5));
      CHECK_FALSE(never_later(Target{15, DayUnit::plain}, Duration{14, DayUnit::plain}, 5));
    }
    SUBCASE("plain days against 10 working days of a five-day week: 14 days, two weeks") {
      CHECK(longest_within(DayUnit::plain, ten_wd, 5) == 14);
      CHECK(never_later(Target{14, DayUnit::plain}, ten_wd, 5));
      CHECK_FALSE(never_later(Target{15, DayUnit::plain}, ten_wd, 5));
      // Kab. Pasuruan's 4 days (DOMAIN.md) is well inside.
      CHECK(never_later(Target{4, DayUnit::plain}, ten_wd, 5));
    }
    SUBCASE("only full weeks of working days bring their closed days") {
      // 7 working days: one full week (+2 closed days) and 2 more days.
      CHECK(longest_within(DayUnit::plain, Duration{7, DayUnit::working}, 5) == 9);
      CHECK(longest_within(DayUnit::plain, Duration{4, DayUnit::working}, 5) == 4);
      CHECK(longest_within(DayUnit::plain, Duration{30, DayUnit::working}, 5) == 42);
      // A six-day week closes one day a week; a seven-day week none.
      CHECK(longest_within(DayUnit::plain, ten_wd, 6) == 11);
      CHECK(longest_within(DayUnit::plain, ten_wd, 7) == 10);
      CHECK(longest_within(DayUnit::plain, ten_wd, 1) == 70);
    }
    SUBCASE("working days against plain days: the working days of whole weeks") {
      const Duration fourteen_d{14, DayUnit::plain};
      CHECK(longest_within(DayUnit::working, fourteen_d, 5) == 10);
      CHECK(never_later(Target{10, DayUnit::working}, fourteen_d, 5));
      CHECK_FALSE(never_later(Target{11, DayUnit::working}, fourteen_d, 5));
      CHECK(longest_within(DayUnit::working, Duration{13, DayUnit::plain}, 5) == 9);
      CHECK(longest_within(DayUnit::working, fourteen_d, 7) == 14);
    }
    SUBCASE("a target without a unit is not compared") {
      CHECK(never_later(Target{500, std::nullopt}, ten_wd, 5));
    }
    SUBCASE("a week must have 1 to 7 working days") {
      CHECK_THROWS_WITH_AS(longest_within(DayUnit::plain, ten_wd, 0), "internal error",
                           ppid::Error);
      CHECK_THROWS_WITH_AS(never_later(Target{1, DayUnit::plain}, ten_wd, 8), "internal error",
                           ppid::Error);
    }
  }
}
