#pragma once

#include "date.hpp"

#include <span>
#include <string>
#include <vector>

namespace ppid::calendar {

// hari libur nasional (election days by Keppres included) or cuti bersama.
enum class HolidayKind { holiday, collective_leave };

// "holiday" or "collective-leave": the words of the holiday files and of CSV/JSON output.
std::string_view kind_code(HolidayKind kind);

// One day of the national set, with the decree that set it.
struct Holiday {
  Date date;
  HolidayKind kind = HolidayKind::holiday;
  std::string name_id;
  std::string name_en;
  std::string basis;
  friend bool operator==(const Holiday&, const Holiday&) = default;
};

// A year of holiday data as it finally applied, with its chain of decrees.
struct HolidayYear {
  int year = 0;
  std::vector<std::string> basis;
  std::vector<Holiday> days;  // sorted by date, one entry per date
  friend bool operator==(const HolidayYear&, const HolidayYear&) = default;
};

// How many national holidays and how many cuti bersama days `year` has.
std::pair<int, int> count_kinds(const HolidayYear& year);

// `base` with every year of `replacements` replacing the year of the same number (or added).
std::vector<HolidayYear> merge_holiday_years(std::span<const HolidayYear> base,
                                             std::span<const HolidayYear> replacements);

}  // namespace ppid::calendar
