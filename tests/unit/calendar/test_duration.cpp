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
}
