#include "error.hpp"
#include "text/catalogue.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

using ppid::text::Id;
using ppid::text::Lang;

namespace {

// The placeholders of a raw text in order, e.g. {"{}", "{}"}; escaped braces are not ones.
std::vector<std::string> placeholders(std::string_view text) {
  std::vector<std::string> found;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i, 2) == "{{" || text.substr(i, 2) == "}}") {
      ++i;
    } else if (text[i] == '{') {
      const auto end = text.find('}', i);
      REQUIRE(end != std::string_view::npos);
      found.emplace_back(text.substr(i, end - i + 1));
      i = end;
    }
  }
  return found;
}

std::vector<Id> all_ids() {
  std::vector<Id> ids;
  for (std::size_t i = 0; i < static_cast<std::size_t>(Id::count_); ++i) {
    ids.push_back(static_cast<Id>(i));
  }
  return ids;
}

}  // namespace

TEST_SUITE("text") {
  TEST_CASE("every message has an Indonesian and an English text") {
    for (const auto id : all_ids()) {
      CAPTURE(ppid::text::id_name(id));
      CHECK_FALSE(ppid::text::id_name(id).empty());
      for (auto lang : {Lang::id, Lang::en}) {
        CHECK_FALSE(ppid::text::get(id, lang).empty());
        CHECK_FALSE(ppid::text::get(id, lang, 1).empty());
        // Every text renders (its braces are balanced placeholders or escaped) in both languages,
        // and a plural text in every form.
        ppid::text::Message message{id, {"A", "B", "C", "D"}};
        CHECK_NOTHROW(ppid::text::render(message, lang));
        for (long n : {0L, 1L, 2L}) {
          CHECK_NOTHROW(ppid::text::render(ppid::text::plural(n, id, {"A", "B", "C", "D"}), lang));
        }
      }
    }
  }

  TEST_CASE("a translation has the placeholders of the original, in every plural form") {
    for (const auto id : all_ids()) {
      CAPTURE(ppid::text::id_name(id));
      const auto expected = placeholders(ppid::text::get(id, Lang::id));
      CHECK(placeholders(ppid::text::get(id, Lang::en)) == expected);
      CHECK(placeholders(ppid::text::get(id, Lang::en, 1)) == expected);
      CHECK(placeholders(ppid::text::get(id, Lang::id, 1)) == expected);
    }
  }

  TEST_CASE("a plural text picks its English form by the count and has one Indonesian form") {
    using ppid::text::plural;
    using ppid::text::render;
    CHECK(ppid::text::is_plural(Id::status_pending));
    CHECK_FALSE(ppid::text::is_plural(Id::status_met));
    CHECK(render(plural(1, Id::status_pending, {"1"}), Lang::en) == "pending, 1 working day left");
    CHECK(render(plural(2, Id::status_pending, {"2"}), Lang::en) == "pending, 2 working days left");
    CHECK(render(plural(0, Id::status_pending, {"0"}), Lang::en) == "pending, 0 working days left");
    CHECK(render(plural(1, Id::status_pending, {"1"}), Lang::id) == "berjalan, 1 hari kerja lagi");
    CHECK(render(plural(2, Id::status_pending, {"2"}), Lang::id) == "berjalan, 2 hari kerja lagi");
    CHECK(render(plural(1, Id::report_rows, {"1"}), Lang::en) == "1 row.");
    CHECK(render(plural(3, Id::report_rows, {"3"}), Lang::en) == "3 rows.");
    CHECK(render(plural(1, Id::out_import_skipped, {"1"}), Lang::en) ==
          "1 row with a problem was skipped; the others were imported.");
    CHECK(render(plural(1, Id::out_import_aborted, {"1"}), Lang::en) ==
          "Nothing was written: 1 row has a problem and --on-error is abort. Fix it, or use "
          "--on-error skip to import the good rows.");
    // Without a count, the form for many.
    CHECK(render({Id::report_rows, {"4"}}, Lang::en) == "4 rows.");
    // A count does not change a text that is not plural.
    CHECK(render(plural(1, Id::status_met, {"2026-11-24"}), Lang::en) == "met on 2026-11-24");
  }

  TEST_CASE("a deadline's status for one working day reads in the singular") {
    using ppid::text::plural;
    using ppid::text::render;
    CHECK(render(plural(1, Id::status_pending, {"1"}), Lang::id) == "berjalan, 1 hari kerja lagi");
    CHECK(render(plural(1, Id::status_pending, {"1"}), Lang::en) == "pending, 1 working day left");
    CHECK(render(plural(1, Id::status_overdue, {"1"}), Lang::id) == "terlambat 1 hari kerja");
    CHECK(render(plural(1, Id::status_overdue, {"1"}), Lang::en) == "overdue by 1 working day");
    CHECK(render(plural(1, Id::status_late, {"2026-11-24", "1"}), Lang::id) ==
          "dipenuhi 2026-11-24, terlambat 1 hari kerja");
    CHECK(render(plural(1, Id::status_late, {"2026-11-24", "1"}), Lang::en) ==
          "done on 2026-11-24, 1 working day late");
    CHECK(render(plural(2, Id::status_late, {"2026-11-24", "2"}), Lang::en) ==
          "done on 2026-11-24, 2 working days late");
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
