#include "import/register_date.hpp"

#include <doctest/doctest.h>

#include <string>

using ppid::import::DayOrder;
using ppid::import::parse_register_date;
using ppid::text::Id;

namespace {

// "2026-11-24" or "2026-11-24T09:30" for a date read, the message id's number otherwise.
std::string read(std::string_view text, DayOrder order = DayOrder::day_first) {
  const auto result = parse_register_date(text, order);
  if (const auto* time = std::get_if<ppid::LocalTime>(&result)) {
    return ppid::to_iso_local(*time);
  }
  return "error " + std::to_string(static_cast<int>(std::get<Id>(result)));
}

std::string error(Id id) {
  return "error " + std::to_string(static_cast<int>(id));
}

}  // namespace

TEST_SUITE("import") {
  TEST_CASE("the date forms of Indonesian registers") {
    for (const auto* text :
         {"24/11/2026", "24-11-2026", "24.11.2026", "2026-11-24", "24 November 2026",
          "24 november 2026", "24 Nov 2026", "24 NOV 2026", "Selasa, 24 November 2026",
          "selasa 24 nov 2026", "Tuesday, 24 November 2026", "  24/11/2026  "}) {
      CAPTURE(text);
      CHECK(read(text) == "2026-11-24");
    }
    CHECK(read("1/2/2026") == "2026-02-01");
    CHECK(read("17 Agustus 2026") == "2026-08-17");
    CHECK(read("17 Agt 2026") == "2026-08-17");
    CHECK(read("1 Mei 2026") == "2026-05-01");
    CHECK(read("1 May 2026") == "2026-05-01");
    CHECK(read("25 Desember 2026") == "2026-12-25");
    CHECK(read("15 Okt 2026") == "2026-10-15");
    CHECK(read("Jumat, 25 Desember 2026") == "2026-12-25");
    CHECK(read("Jum'at, 25 Desember 2026") == "2026-12-25");
    CHECK(read("Minggu, 22 Maret 2026") == "2026-03-22");
    CHECK(read("Jum\u2019at, 25 Desember 2026") == "2026-12-25");
    CHECK(read("December 25, 2026") == "2026-12-25");
    CHECK(read("Friday, Dec 25, 2026") == "2026-12-25");
    CHECK(read("December 25 26") == error(Id::imp_date_two_digit_year));
  }

  TEST_CASE("a time after the date, with a dot or a colon") {
    CHECK(read("24/11/2026 09.30") == "2026-11-24T09:30");
    CHECK(read("24/11/2026 09:30") == "2026-11-24T09:30");
    CHECK(read("24-11-2026 9.05") == "2026-11-24T09:05");
    CHECK(read("Selasa, 24 November 2026 pukul 14.15 WIB") == "2026-11-24T14:15");
    CHECK(read("24 Nov 2026, 16:45") == "2026-11-24T16:45");
    CHECK(read("2026-11-24T09:30") == "2026-11-24T09:30");
    CHECK(read("2026-11-24 09:30:59") == "2026-11-24T09:30");
    CHECK(read("2026-11-24T09:30:00") == "2026-11-24T09:30");
    CHECK(read("24/11/2026 09.30.00") == "2026-11-24T09:30");
    CHECK(read("24/11/2026 09:30:60") == error(Id::imp_time));
    CHECK(read("24/11/2026 09:30.00") == error(Id::imp_time));
    CHECK(read("24/11/2026 24.00") == error(Id::imp_time));
    CHECK(read("24/11/2026 09.60") == error(Id::imp_time));
  }

  TEST_CASE("day first is the convention — a register may declare month first") {
    CHECK(read("03/04/2026") == "2026-04-03");
    CHECK(read("03/04/2026", DayOrder::month_first) == "2026-03-04");
    CHECK(read("2026-03-04", DayOrder::month_first) == "2026-03-04");
    CHECK(read("24/11/2026", DayOrder::month_first) == error(Id::imp_date_impossible));
  }

  TEST_CASE("impossible, ambiguous and inconsistent dates are errors, never guesses") {
    CHECK(read("31/02/2026") == error(Id::imp_date_impossible));
    CHECK(read("29 Februari 2026") == error(Id::imp_date_impossible));
    CHECK(read("29 Februari 2028") == "2028-02-29");
    CHECK(read("24/13/2026") == error(Id::imp_date_impossible));
    CHECK(read("24/11/26") == error(Id::imp_date_two_digit_year));
    CHECK(read("24 Nov 26") == error(Id::imp_date_two_digit_year));
    CHECK(read("Senin, 24 November 2026") == error(Id::imp_date_weekday));
    CHECK(read("") == error(Id::imp_date_form));
    CHECK(read("kemarin") == error(Id::imp_date_form));
    CHECK(read("24 Novembre 2026") == error(Id::imp_date_form));
    CHECK(read("24/11") == error(Id::imp_date_form));
    CHECK(read("2026/24/11") == error(Id::imp_date_impossible));
    CHECK(read("124/11/2026") == error(Id::imp_date_form));
    CHECK(read("24/11/0026") == error(Id::imp_date_form));
    // Found by fuzzing: a day or month beyond one byte wrapped round to a real date.
    CHECK(read("2026-7-524") == error(Id::imp_date_form));
    CHECK(read("2026-267-24") == error(Id::imp_date_form));
    CHECK(read("2026-07-280") == error(Id::imp_date_form));
  }
}
