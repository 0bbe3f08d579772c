#include "targets.hpp"

#include "calendar/calendar.hpp"
#include "calendar/duration.hpp"
#include "config/builtin_holidays.hpp"
#include "config/config.hpp"
#include "config/register_format.hpp"
#include "date.hpp"
#include "error.hpp"
#include "import/csv_reader.hpp"
#include "import/mapping.hpp"
#include "import/register_date.hpp"

#include <algorithm>
#include <array>
#include <climits>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace {

using ppid::fuzz::PropertyViolation;

void require(bool holds, std::string_view property) {
  if (!holds) {
    throw PropertyViolation{std::string{property}};
  }
}

std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return size == 0 ? std::string_view{}
                   : std::string_view{reinterpret_cast<const char*>(data), size};
}

// Rendering puts the rejected input into the message: exercise it in both languages.
void check_error(const ppid::Error& error, ppid::ErrorKind expected) {
  require(error.kind() == expected, "the library throws the documented kind of Error");
  (void)error.render(ppid::text::Lang::id);
  (void)error.render(ppid::text::Lang::en);
}

// Well-formed UTF-8 (Unicode table 3-7), written independently of the reader's own check.
bool is_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t length = 1;
    unsigned low = 0x80;
    unsigned high = 0xBF;
    if (c < 0x80) {
      ++i;
      continue;
    }
    if (c >= 0xC2 && c <= 0xDF) {
      length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      length = 3;
      low = c == 0xE0 ? 0xA0 : 0x80;
      high = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
      length = 4;
      low = c == 0xF0 ? 0x90 : 0x80;
      high = c == 0xF4 ? 0x8F : 0xBF;
    } else {
      return false;
    }
    if (text.size() - i < length) {
      return false;
    }
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      const unsigned lo = k == 1 ? low : 0x80;
      const unsigned hi = k == 1 ? high : 0xBF;
      if (next < lo || next > hi) {
        return false;
      }
    }
    i += length;
  }
  return true;
}

// --- CSV -----------------------------------------------------------------------------------------

void read_csv(std::string_view input, const ppid::import::CsvOptions& options) {
  using ppid::import::CsvReader;
  using ppid::import::CsvRecord;
  std::istringstream in{std::string{input}};
  CsvReader reader{in, options};
  CsvRecord record;
  long last_line = 0;
  while (reader.next(record)) {
    require(record.line > last_line, "records start on increasing lines");
    last_line = record.line;
    if (record.problem) {
      continue;  // its fields are unreliable, as documented
    }
    const bool tab_is_space = reader.delimiter() != '\t';
    for (const auto& field : record.fields) {
      require(is_utf8(field), "a record without a problem holds UTF-8 fields");
      if (!field.empty()) {
        const auto spacing = [&](char c) { return c == ' ' || (tab_is_space && c == '\t'); };
        require(!spacing(field.front()) && !spacing(field.back()),
                "fields lose their leading and trailing spaces");
      }
    }
  }
  require(!reader.next(record), "the end of the input stays the end");
  require(reader.bytes_read() <= input.size(), "no more bytes read than the input holds");
  const char delimiter = reader.delimiter();
  require(delimiter == ',' || delimiter == ';' || delimiter == '\t', "a known separator");
  require(!options.delimiter || delimiter == *options.delimiter, "a given separator is kept");
}

// --- Dates ---------------------------------------------------------------------------------------

// A run of ASCII digits: its value (saturated: only small values matter), and its value as the
// library's unsigned arithmetic computes it.
struct Number {
  unsigned long value = 0;
  unsigned wrapped = 0;
};

std::vector<Number> numbers_in(std::string_view text) {
  std::vector<Number> numbers;
  std::optional<Number> current;
  for (const char c : text) {
    if (c >= '0' && c <= '9') {
      const auto digit = static_cast<unsigned>(c - '0');
      auto& n = current ? *current : current.emplace();
      n.value = std::min(n.value * 10 + digit, 1'000'000'000UL);
      n.wrapped = n.wrapped * 10 + digit;
    } else if (current) {
      numbers.push_back(*current);
      current.reset();
    }
  }
  if (current) {
    numbers.push_back(*current);
  }
  return numbers;
}

// Whether a month name could be in `text`: any ASCII letter but the 'T' of an ISO date-time.
bool has_letters(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return letter && c != 't' && c != 'T';
  });
}

void check_register_date(std::string_view text, ppid::import::DayOrder order) {
  using ppid::LocalTime;
  const auto result = ppid::import::parse_register_date(text, order);
  const auto* local = std::get_if<LocalTime>(&result);
  if (local == nullptr) {
    return;
  }
  const date::year_month_day ymd{local->date};
  const int year = static_cast<int>(ymd.year());
  require(ymd.ok() && year >= 1900 && year <= 2999, "a register date is a real day, 1900-2999");
  // Every number of the date is one the clerk wrote: nothing wraps or is made up.
  const auto numbers = numbers_in(text);
  const auto written = [&](unsigned long value) {
    return std::any_of(numbers.begin(), numbers.end(),
                       [&](const Number& n) { return n.value == value; });
  };
  require(written(static_cast<unsigned>(ymd.day())), "the day read is a number in the text");
  require(written(static_cast<unsigned long>(year)), "the year read is a number in the text");
  if (!has_letters(text)) {
    require(written(static_cast<unsigned>(ymd.month())),
            "a numeric month read is a number in the text");
  }
  // Its ISO form reads back the same, by both parsers.
  const auto iso = ppid::to_iso_local(*local);
  require(ppid::parse_local_time(iso) == *local, "to_iso_local is read back by parse_local_time");
  const auto again = ppid::import::parse_register_date(iso, order);
  const auto* again_local = std::get_if<LocalTime>(&again);
  require(again_local != nullptr && *again_local == *local,
          "to_iso_local is read back by parse_register_date");
  if (const auto day = ppid::parse_iso_date(text)) {
    require(local->date == *day && !local->time, "an ISO date reads the same in a register");
  }
}

// --- Durations -----------------------------------------------------------------------------------

const ppid::calendar::Calendar& national_calendar() {
  static const auto calendar = ppid::config::national_calendar();
  return calendar;
}

ppid::Date civil(int y, unsigned m, unsigned d) {
  return ppid::Date{date::year{y} / date::month{m} / date::day{d}};
}

void check_calendar_add(ppid::calendar::Duration duration, std::string_view text) {
  using ppid::calendar::DayUnit;
  const auto& calendar = national_calendar();
  // The edges of the calendar's precomputed window (1970-2199), a usual day, and one that
  // depends on the input.
  unsigned long hash = 14695981039346656037UL;
  for (const char c : text) {
    hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211UL;
  }
  const std::array<ppid::Date, 7> starts = {
      civil(1969, 12, 30),
      civil(1969, 12, 31),
      civil(1970, 1, 1),
      civil(2026, 11, 24),
      civil(2199, 12, 31),
      civil(2200, 1, 1),
      civil(1900, 1, 1) + date::days{static_cast<int>(hash % 401'000)}};
  for (const auto from : starts) {
    const auto result = calendar.add(from, duration);
    if (duration.unit == DayUnit::plain) {
      require(result.date == from + date::days{duration.count} && !result.provisional,
              "plain days are calendar days");
      continue;
    }
    require(calendar.working_days_between(from, result.date) == duration.count,
            "N working days later is N working days between");
    require(duration.count == 0 ? result.date == from : calendar.is_working_day(result.date),
            "N working days later is a working day");
    require(result.provisional == calendar.between_is_provisional(from, result.date),
            "add and between_is_provisional agree");
  }
}

// --- Register numbers ----------------------------------------------------------------------------

// Whether `match` must give back what `format` wrote: no field may run into what follows it.
// Numbers are read greedily (a digit after a number is taken as part of it), and so are Roman
// months (I before V is IV), so a field followed by a character of its own kind is ambiguous.
bool separable(std::string_view pattern) {
  enum class Kind { none, number, roman };
  Kind previous = Kind::none;
  std::size_t i = 0;
  while (i < pattern.size()) {
    if (pattern[i] == '{') {
      const auto close = pattern.find('}', i);
      const auto field = pattern.substr(i + 1, close - i - 1);
      const Kind kind = field == "month:roman" ? Kind::roman : Kind::number;
      if (previous == kind) {
        return false;
      }
      previous = kind;
      i = close + 1;
      continue;
    }
    const char c = pattern[i];
    if ((previous == Kind::number && c >= '0' && c <= '9') ||
        (previous == Kind::roman && (c == 'I' || c == 'V' || c == 'X'))) {
      return false;
    }
    previous = Kind::none;
    ++i;
  }
  return true;
}

// --- Configuration -------------------------------------------------------------------------------

void check_config(std::string_view text) {
  using ppid::config::Config;
  Config config;
  try {
    config = ppid::config::parse_config(text, "fuzz.toml");
  } catch (const ppid::Error& e) {
    check_error(e, ppid::ErrorKind::config);
    return;
  }
  const auto written = ppid::config::to_toml(config);
  Config again;
  try {
    again = ppid::config::parse_config(written, "to_toml");
  } catch (const ppid::Error& e) {
    throw PropertyViolation{"parse_config rejects what to_toml wrote: " +
                            e.render(ppid::text::Lang::en)};
  }
  require(ppid::config::to_toml(again) == written, "to_toml, parsed and written again, is equal");
  require(again == config, "parse_config reads back what to_toml wrote unchanged");
  (void)ppid::config::to_json(config);
}

void check_mapping(std::string_view text) {
  using ppid::import::Field;
  using ppid::import::k_field_count;
  using ppid::import::normalise;
  const auto once = normalise(text);
  require(normalise(once) == once, "normalise is idempotent");

  ppid::import::Mapping mapping;
  try {
    mapping = ppid::import::parse_mapping(text, "fuzz.toml");
  } catch (const ppid::Error& e) {
    check_error(e, ppid::ErrorKind::config);
    return;
  }
  // A header row with every column the mapping names: numbered ones where their numbers say,
  // named ones after them.
  std::vector<std::string> headers;
  for (const auto& column : mapping.columns) {
    if (column && column->number > 0) {
      headers.resize(std::max(headers.size(), static_cast<std::size_t>(column->number)));
    }
  }
  for (const auto& column : mapping.columns) {
    if (column && column->number == 0) {
      headers.push_back(column->header);
    }
  }
  ppid::import::Layout layout;
  try {
    layout = ppid::import::resolve_layout(mapping, headers, "fuzz.csv");
  } catch (const ppid::Error& e) {
    check_error(e, ppid::ErrorKind::bad_input);
    return;
  }
  for (std::size_t f = 0; f < k_field_count; ++f) {
    const int index = layout.column[f];
    require(index < static_cast<int>(headers.size()), "a column of the file");
    const auto& column = mapping.columns[f];
    if (!column) {
      continue;
    }
    require(index >= 0, "a column the mapping names is found");
    const auto at = static_cast<std::size_t>(index);
    require(column->number > 0 ? index == column->number - 1
                               : normalise(headers[at]) == normalise(column->header),
            "a column the mapping names is found where it says");
    (void)layout.header_of(static_cast<Field>(f));
  }
}

}  // namespace

int ppid_fuzz_csv(const std::uint8_t* data, std::size_t size) {
  using ppid::import::Encoding;
  if (size == 0) {
    return 0;
  }
  // The first byte picks the encoding (its value mod 3) and the separator (divided by 3, mod 4),
  // so that any file is read in each way; the rest is the file.
  constexpr std::array<Encoding, 3> k_encodings = {Encoding::automatic, Encoding::utf8,
                                                   Encoding::windows_1252};
  constexpr std::array<std::optional<char>, 4> k_delimiters = {std::nullopt, ',', ';', '\t'};
  const unsigned choice = data[0];
  ppid::import::CsvOptions options;
  options.encoding = k_encodings[choice % 3];
  options.delimiter = k_delimiters[choice / 3 % 4];
  read_csv(as_text(data + 1, size - 1), options);
  return 0;
}

int ppid_fuzz_dates(const std::uint8_t* data, std::size_t size) {
  const auto text = as_text(data, size);
  if (const auto day = ppid::parse_iso_date(text)) {
    require(ppid::to_iso(*day) == text, "parse_iso_date reads only what to_iso writes");
  }
  if (const auto time = ppid::parse_time_of_day(text)) {
    require(ppid::to_hhmm(*time) == text, "parse_time_of_day reads only what to_hhmm writes");
  }
  if (const auto local = ppid::parse_local_time(text)) {
    require(ppid::to_iso_local(*local) == text,
            "parse_local_time reads only what to_iso_local writes");
  }
  if (const auto stored = ppid::parse_stored_time(text)) {
    constexpr std::array<ppid::Zone, 3> k_zones = {ppid::Zone::wib, ppid::Zone::wita,
                                                   ppid::Zone::wit};
    const bool written = std::any_of(k_zones.begin(), k_zones.end(), [&](ppid::Zone zone) {
      return ppid::to_iso(*stored, zone) == text;
    });
    require(written, "parse_stored_time reads only what to_iso(LocalTime, Zone) writes");
  }
  if (const auto zone = ppid::parse_zone(text)) {
    require(ppid::zone_name(*zone) == text, "parse_zone reads only zone names");
  }
  check_register_date(text, ppid::import::DayOrder::day_first);
  check_register_date(text, ppid::import::DayOrder::month_first);
  return 0;
}

int ppid_fuzz_duration(const std::uint8_t* data, std::size_t size) {
  using ppid::ErrorKind;
  using ppid::calendar::Duration;
  using ppid::calendar::Target;
  const auto text = as_text(data, size);
  std::optional<Duration> duration;
  try {
    duration = ppid::calendar::parse_duration(text, ErrorKind::bad_input);
  } catch (const ppid::Error& e) {
    check_error(e, ErrorKind::bad_input);
  }
  std::optional<Target> target;
  try {
    target = ppid::calendar::parse_target(text, ErrorKind::config);
  } catch (const ppid::Error& e) {
    check_error(e, ErrorKind::config);
  }
  const auto reparse = [](const std::string& canonical) -> std::optional<Target> {
    try {
      return ppid::calendar::parse_target(canonical, ErrorKind::config);
    } catch (const ppid::Error&) {
      return std::nullopt;
    }
  };
  if (target) {
    require(target->count >= 0 && target->count <= ppid::calendar::k_max_duration_days,
            "a count within the documented range");
    require(reparse(ppid::calendar::to_string(*target)) == target,
            "parse_target reads back to_string");
    require(duration.has_value() == target->unit.has_value(), "a target with a unit is a duration");
  }
  if (duration) {
    require(target && target->count == duration->count && target->unit == duration->unit,
            "parse_duration and parse_target agree");
    try {
      require(ppid::calendar::parse_duration(ppid::calendar::to_string(*duration),
                                             ErrorKind::bad_input) == *duration,
              "parse_duration reads back to_string");
    } catch (const ppid::Error&) {
      throw PropertyViolation{"parse_duration rejects what to_string wrote"};
    }
    check_calendar_add(*duration, text);
  }
  return 0;
}

int ppid_fuzz_register_format(const std::uint8_t* data, std::size_t size) {
  // 7 bytes of values, then the pattern.
  constexpr std::size_t k_values = 7;
  if (size < k_values) {
    return 0;
  }
  const auto byte = [&](std::size_t i, int shift) {
    return static_cast<unsigned long>(data[i]) << shift;
  };
  // Up to 9 digits: as many as a register number field is read with.
  const auto sequence =
      static_cast<long>((byte(0, 0) | byte(1, 8) | byte(2, 16) | byte(3, 24)) % 1'000'000'000UL);
  const int year = 1900 + static_cast<int>((byte(4, 0) | byte(5, 8)) % 1100);
  const unsigned month = 1 + data[6] % 12U;
  const auto pattern = as_text(data + k_values, size - k_values);

  const auto format = ppid::config::RegisterFormat::parse(pattern);
  if (!format) {
    return 0;
  }
  require(format->pattern() == pattern, "the pattern is kept as written");
  // Values no caller passes still format without harm.
  (void)format->format(-sequence, -year, 0);
  (void)format->format(LONG_MAX, INT_MAX, 13);
  (void)format->match(pattern);

  const auto number = format->format(sequence, year, month);
  const auto parts = format->match(number);
  if (parts) {
    require(parts->year.has_value() == format->has_year(), "a year read when the format has one");
    require(!parts->month || (*parts->month >= 1 && *parts->month <= 12), "a month is 1-12");
  }
  if (!separable(pattern)) {
    return 0;
  }
  require(parts.has_value(), "a formatted number matches its format");
  require(parts->sequence == sequence, "match gives back the sequence");
  require(!parts->year || *parts->year == year, "match gives back the year");
  require(!parts->month || *parts->month == month, "match gives back the month");
  return 0;
}

int ppid_fuzz_config(const std::uint8_t* data, std::size_t size) {
  // The same text as either file: both are TOML read by the same reader.
  const auto text = as_text(data, size);
  check_config(text);
  check_mapping(text);
  return 0;
}
