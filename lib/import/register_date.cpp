#include "import/register_date.hpp"

#include "text/ascii.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

namespace ppid::import {
namespace {

using text::Id;

struct Name {
  std::string_view word;
  unsigned value;
};

// Month names and the abbreviations found in registers, Indonesian and English.
constexpr std::array<Name, 39> k_months = {{
    {"januari", 1},   {"january", 1},   {"jan", 1},   {"februari", 2},  {"february", 2},
    {"feb", 2},       {"pebruari", 2},  {"maret", 3}, {"march", 3},     {"mar", 3},
    {"april", 4},     {"apr", 4},       {"mei", 5},   {"may", 5},       {"juni", 6},
    {"june", 6},      {"jun", 6},       {"juli", 7},  {"july", 7},      {"jul", 7},
    {"agustus", 8},   {"august", 8},    {"agu", 8},   {"agt", 8},       {"ags", 8},
    {"aug", 8},       {"september", 9}, {"sep", 9},   {"sept", 9},      {"oktober", 10},
    {"october", 10},  {"okt", 10},      {"oct", 10},  {"november", 11}, {"nov", 11},
    {"desember", 12}, {"december", 12}, {"des", 12},  {"dec", 12},
}};

// Weekday names, c_encoding (0 = Sunday).
constexpr std::array<Name, 23> k_weekdays = {{
    {"minggu", 0}, {"ahad", 0},   {"sunday", 0},   {"sun", 0},      {"senin", 1}, {"monday", 1},
    {"mon", 1},    {"selasa", 2}, {"tuesday", 2},  {"tue", 2},      {"rabu", 3},  {"wednesday", 3},
    {"wed", 3},    {"kamis", 4},  {"thursday", 4}, {"thu", 4},      {"jumat", 5}, {"jum'at", 5},
    {"friday", 5}, {"fri", 5},    {"sabtu", 6},    {"saturday", 6}, {"sat", 6},
}};

template <std::size_t N>
std::optional<unsigned> lookup(const std::array<Name, N>& names, std::string_view word) {
  for (const auto& name : names) {
    if (name.word == word) {
      return name.value;
    }
  }
  return std::nullopt;
}

bool all_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

unsigned number(std::string_view digits) {
  unsigned value = 0;
  for (char ch : digits) {
    value = value * 10 + static_cast<unsigned>(ch - '0');
  }
  return value;
}

// Splits "24 November 2026" or "24/11/2026" into its parts.
std::vector<std::string> tokens(std::string_view text, std::string_view separators) {
  std::vector<std::string> out;
  std::string current;
  for (char ch : text) {
    if (separators.find(ch) != std::string_view::npos) {
      if (!current.empty()) {
        out.push_back(current);
        current.clear();
      }
    } else {
      current += ch;
    }
  }
  if (!current.empty()) {
    out.push_back(current);
  }
  return out;
}

std::optional<TimeOfDay> parse_time(std::string_view text) {
  // "09.30" or "09:30", hours may have one digit; spreadsheets add seconds ("09:30:00"), which
  // no limit counts: they are dropped.
  const auto separator = text.find_first_of(".:");
  if (separator == std::string_view::npos || separator == 0 || separator > 2) {
    return std::nullopt;
  }
  if (text.size() == separator + 6 && text[separator + 3] == text[separator] &&
      all_digits(text.substr(separator + 4)) && number(text.substr(separator + 4)) <= 59) {
    text = text.substr(0, separator + 3);
  }
  if (text.size() != separator + 3) {
    return std::nullopt;
  }
  const auto hours = text.substr(0, separator);
  const auto minutes = text.substr(separator + 1);
  if (!all_digits(hours) || !all_digits(minutes) || number(hours) > 23 || number(minutes) > 59) {
    return std::nullopt;
  }
  return TimeOfDay{number(hours) * 60 + number(minutes)};
}

}  // namespace

std::variant<LocalTime, text::Id> parse_register_date(std::string_view original, DayOrder order) {
  // "Jum’at" as word processors write it (Windows-1252 0x92 becomes U+2019).
  constexpr std::string_view k_right_quote = "\u2019";
  std::string text;
  text.reserve(original.size());
  for (std::size_t i = 0; i < original.size(); ++i) {
    if (original.substr(i, k_right_quote.size()) == k_right_quote) {
      text += '\'';
      i += k_right_quote.size() - 1;
    } else {
      text += original[i];
    }
  }
  auto words = tokens(text::ascii_lower(text), " \t,");
  if (words.empty()) {
    return Id::imp_date_form;
  }
  // A leading weekday name, checked against the date at the end.
  std::optional<unsigned> weekday = lookup(k_weekdays, words.front());
  if (weekday) {
    words.erase(words.begin());
  }
  // A trailing time: "09.30", "pukul 09.30", "09.30 wib", or "2026-11-24T09:30".
  std::optional<TimeOfDay> time;
  if (!words.empty() &&
      (words.back() == "wib" || words.back() == "wita" || words.back() == "wit")) {
    words.pop_back();
  }
  if (words.size() == 1 && (words.front().size() == 16 || words.front().size() == 19) &&
      words.front()[10] == 't') {
    const auto whole = words.front();
    words = {whole.substr(0, 10), whole.substr(11)};
  }
  if (words.size() >= 2 && (words.back().find(':') != std::string::npos ||
                            (words.back().find('.') != std::string::npos &&
                             words.back().size() <= 8 && words.size() != 1))) {
    const auto parsed = parse_time(words.back());
    if (!parsed) {
      return Id::imp_time;
    }
    time = parsed;
    words.pop_back();
    if (!words.empty() && (words.back() == "pukul" || words.back() == "jam" ||
                           words.back() == "pk" || words.back() == "pk.")) {
      words.pop_back();
    }
  }
  unsigned day = 0;
  unsigned month = 0;
  std::string year;
  if (words.size() == 3) {
    // "24 November 2026" or "24 Nov 2026"; in English also "November 24, 2026": a month name
    // tells the order, so neither is ambiguous.
    const bool month_first = lookup(k_months, words[0]).has_value();
    const auto& day_word = month_first ? words[1] : words[0];
    const auto name = lookup(k_months, month_first ? words[0] : words[1]);
    if (!name || !all_digits(day_word) || day_word.size() > 2) {
      return Id::imp_date_form;
    }
    day = number(day_word);
    month = *name;
    year = words[2];
  } else if (words.size() == 1) {
    const auto parts = tokens(words[0], "/-.");
    if (parts.size() != 3 ||
        !std::all_of(parts.begin(), parts.end(), [](const auto& p) { return all_digits(p); })) {
      return Id::imp_date_form;
    }
    if (parts[1].size() > 2 || parts[2].size() > 4) {
      return Id::imp_date_form;
    }
    if (parts[0].size() == 4) {
      // 2026-11-24: the year first is never ambiguous.
      if (parts[2].size() > 2) {
        return Id::imp_date_form;
      }
      year = parts[0];
      month = number(parts[1]);
      day = number(parts[2]);
    } else {
      if (parts[0].size() > 2 || parts[1].size() > 2) {
        return Id::imp_date_form;
      }
      day = number(order == DayOrder::day_first ? parts[0] : parts[1]);
      month = number(order == DayOrder::day_first ? parts[1] : parts[0]);
      year = parts[2];
    }
  } else {
    return Id::imp_date_form;
  }
  if (!all_digits(year)) {
    return Id::imp_date_form;
  }
  if (year.size() == 2) {
    return Id::imp_date_two_digit_year;
  }
  if (year.size() != 4 || number(year) < 1900 || number(year) > 2999) {
    return Id::imp_date_form;
  }
  // date::day and date::month keep one byte: 267 would wrap round to a real month.
  if (day > 31 || month > 12) {
    return Id::imp_date_impossible;
  }
  const date::year_month_day ymd{date::year{static_cast<int>(number(year))}, date::month{month},
                                 date::day{day}};
  if (!ymd.ok()) {
    return Id::imp_date_impossible;
  }
  const Date result{ymd};
  if (weekday && date::weekday{result}.c_encoding() != *weekday) {
    return Id::imp_date_weekday;
  }
  return LocalTime{result, time};
}

}  // namespace ppid::import
