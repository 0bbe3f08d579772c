#include "error.hpp"
#include "text/catalogue.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <string>

using ppid::text::Id;
using ppid::text::Lang;

TEST_SUITE("text") {
  TEST_CASE("every message has an Indonesian and an English text") {
    for (std::size_t i = 0; i < static_cast<std::size_t>(Id::count_); ++i) {
      const auto id = static_cast<Id>(i);
      CAPTURE(i);
      CHECK_FALSE(ppid::text::get(id, Lang::id).empty());
      CHECK_FALSE(ppid::text::get(id, Lang::en).empty());
      // Every text renders (its braces are balanced placeholders or escaped) in both languages.
      for (auto lang : {Lang::id, Lang::en}) {
        ppid::text::Message message{id, {"A", "B", "C", "D"}};
        CHECK_NOTHROW(ppid::text::render(message, lang));
      }
    }
  }

  TEST_CASE("Indonesian is a translation, not a copy of the English text") {
    CHECK(ppid::text::get(Id::err_case_file_missing, Lang::id) == "berkas kasus tidak ditemukan");
    CHECK(ppid::text::get(Id::err_case_file_missing, Lang::en) == "case file not found");
  }

  TEST_CASE("languages are id and en only") {
    CHECK(ppid::text::parse_lang("id") == Lang::id);
    CHECK(ppid::text::parse_lang("en") == Lang::en);
    CHECK_FALSE(ppid::text::parse_lang("fr").has_value());
    CHECK_FALSE(ppid::text::parse_lang("").has_value());
  }

  TEST_CASE("an error renders as one line in the shape ccache uses") {
    const auto error = ppid::Error{ppid::ErrorKind::usage, {Id::err_bad_date}}
                           .value("2026-02-30")
                           .allowed({Id::hint_date_format});
    CHECK(error.render(Lang::en) ==
          "invalid date: \"2026-02-30\"; use YYYY-MM-DD, e.g. 2026-11-24");
    CHECK(error.render(Lang::id) ==
          "tanggal tidak sah: \"2026-02-30\"; gunakan YYYY-MM-DD, mis. 2026-11-24");
    const auto located = ppid::Error{ppid::ErrorKind::config, {Id::err_config_unknown_key}}
                             .value("calendar.weekends")
                             .at("ppid.toml:3:1");
    CHECK(located.render(Lang::en) == "ppid.toml:3:1: unknown key: \"calendar.weekends\"");
  }
}
