#include "error.hpp"
#include "text/catalogue.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

using ppid::Error;
using ppid::ErrorKind;
using ppid::text::Id;
using ppid::text::Lang;

namespace {

std::string spell(std::string_view act) {
  return "ppid " + std::string{act};
}

// An act refused in a state, as the lifecycle throws it.
Error refused(std::optional<std::vector<std::string>> allowed, std::string qualifier = {}) {
  return Error{ErrorKind::wrong_state,
               {Id::why_answered, {"extend", "001/PPID/III/2026", "2026-03-26"}}}
      .refused_act(std::move(qualifier), std::move(allowed));
}

}  // namespace

TEST_SUITE("core") {
  TEST_CASE("error: the place, what, the value and what is allowed, on one line") {
    const auto e = Error{ErrorKind::config, {Id::err_config_bad_value, {"agency.time_zone"}}}
                       .value("WET")
                       .allowed({Id::hint_allowed, {"WIB, WITA, WIT"}})
                       .at("ppid.toml:3:13");
    CHECK(e.render(Lang::en) ==
          "ppid.toml:3:13: invalid value for agency.time_zone: \"WET\"; allowed: WIB, WITA, WIT");
    CHECK(e.render(Lang::id) ==
          "ppid.toml:3:13: nilai tidak sah untuk agency.time_zone: \"WET\"; pilihan: WIB, WITA, "
          "WIT");
    CHECK(e.kind() == ErrorKind::config);
    CHECK(e.what_message().id == Id::err_config_bad_value);
    CHECK(e.value() == "WET");
    REQUIRE(e.allowed().has_value());
    CHECK(e.allowed()->id == Id::hint_allowed);
    CHECK(e.location() == "ppid.toml:3:13");
    CHECK(e.field().empty());
    CHECK_FALSE(e.is_refused_act());
    // what() is the English text of what went wrong alone.
    CHECK(std::string{e.what()} == "invalid value for agency.time_zone");
  }

  TEST_CASE("error: each part is optional") {
    CHECK(Error{ErrorKind::io, {Id::err_io}}.render(Lang::en) == "I/O error");
    CHECK(Error{ErrorKind::io, {Id::err_io}}.value("").render(Lang::en) == "I/O error: \"\"");
    CHECK(Error{ErrorKind::io, {Id::err_io}}.allowed({Id::sys_no_space}).render(Lang::en) ==
          "I/O error; no space left on device");
    CHECK(Error{ErrorKind::io, {Id::err_io}}.at("backup.sqlite").render(Lang::en) ==
          "backup.sqlite: I/O error");
  }

  TEST_CASE("error: a value never sends control characters to the terminal") {
    const auto e = Error{ErrorKind::usage, {Id::err_bad_date}}.value("2026\x1b[2J-01-01\n");
    CHECK(e.render(Lang::en) == "invalid date: \"2026\\x1b[2J-01-01\\x0a\"");
    CHECK(e.value() == "2026\x1b[2J-01-01\n");
  }

  TEST_CASE("error: a field's word travels with the error") {
    const auto e = Error{ErrorKind::usage, {Id::err_field_invalid, {"phone"}}}.field("phone");
    CHECK(e.field() == "phone");
    CHECK(e.render(Lang::en) == "invalid phone");
  }

  TEST_CASE("error: a refused act is spelled by the caller, with the acts allowed now") {
    const auto e = refused(std::vector<std::string>{"object", "withdraw"});
    CHECK(e.is_refused_act());
    CHECK(e.render(Lang::en, spell) ==
          "cannot ppid extend 001/PPID/III/2026: it was answered on 2026-03-26; allowed now: ppid "
          "object, ppid withdraw");
    CHECK(e.render(Lang::en) ==
          "cannot extend 001/PPID/III/2026: it was answered on 2026-03-26; allowed now: object, "
          "withdraw");
    // The message keeps the act's word; only the rendering spells it.
    CHECK(e.what_message().args.front() == "extend");
  }

  TEST_CASE("error: nothing allowed, the allowed acts left out, and a qualifier") {
    CHECK(refused(std::vector<std::string>{}).render(Lang::en, spell) ==
          "cannot ppid extend 001/PPID/III/2026: it was answered on 2026-03-26; nothing more can "
          "be recorded; see 'ppid show'");
    CHECK(refused(std::nullopt).render(Lang::en, spell) ==
          "cannot ppid extend 001/PPID/III/2026: it was answered on 2026-03-26");
    CHECK(refused(std::vector<std::string>{"object"}).without_allowed_acts().render(Lang::en) ==
          "cannot extend 001/PPID/III/2026: it was answered on 2026-03-26");
    CHECK(refused(std::vector<std::string>{"object"}, "mediated").render(Lang::en, spell) ==
          "cannot ppid extend mediated 001/PPID/III/2026: it was answered on 2026-03-26; allowed "
          "now: ppid object");
    CHECK(refused(std::vector<std::string>{"object"}, "mediated").render(Lang::id, spell) ==
          "tidak dapat 'ppid extend mediated' untuk 001/PPID/III/2026: sudah dijawab pada "
          "2026-03-26; yang dapat dilakukan sekarang: ppid object");
  }

  TEST_CASE("error: a hint given explicitly takes the place of the acts allowed") {
    auto e = refused(std::vector<std::string>{"object"});
    const auto hinted = std::move(e).allowed({Id::hint_see_verify});
    CHECK(hinted.render(Lang::en, spell) ==
          "cannot ppid extend 001/PPID/III/2026: it was answered on 2026-03-26; see 'ppid verify' "
          "and restore from a backup");
  }
}
