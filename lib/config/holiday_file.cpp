#include "config/holiday_file.hpp"

#include "config/toml_reader.hpp"
#include "config/toml_string.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>

namespace ppid::config {

using text::Id;

std::string to_toml(const calendar::HolidayYear& year) {
  std::string out = fmt::format("year = {}\nbasis = [\n", year.year);
  for (const auto& decree : year.basis) {
    out += fmt::format("  {},\n", detail::toml_string(decree));
  }
  out += "]\n";
  for (const auto& day : year.days) {
    out += fmt::format(
        "\n[[day]]\ndate = {}\nkind = \"{}\"\nname_id = {}\nname_en = {}\nbasis = {}\n",
        to_iso(day.date), calendar::kind_code(day.kind), detail::toml_string(day.name_id),
        detail::toml_string(day.name_en), detail::toml_string(day.basis));
  }
  return out;
}

calendar::HolidayYear parse_holiday_file(std::string_view toml_text, std::string_view source_name,
                                         ErrorKind on_error) {
  const TomlReader reader{source_name, on_error};
  const auto fail = [&](const toml::source_region& region, text::Message what, std::string value,
                        text::Message allowed) {
    return reader.error(region, std::move(what), std::move(value), std::move(allowed));
  };
  const toml::table root = reader.parse(toml_text);
  for (auto&& [key, node] : root) {
    if (key.str() != "year" && key.str() != "basis" && key.str() != "day") {
      throw fail(key.source(), {Id::err_config_unknown_key}, std::string{key.str()},
                 {Id::hint_allowed, {"year, basis, day"}});
    }
  }
  calendar::HolidayYear result;
  const auto* year = root.get_as<int64_t>("year");
  if (year == nullptr) {
    const auto* node = root.get("year");
    throw fail(node != nullptr ? node->source() : root.source(),
               {node != nullptr ? Id::err_config_wrong_type : Id::err_config_missing_key}, "year",
               {Id::type_integer});
  }
  if (year->get() < 1900 || year->get() > 2999) {
    throw fail(year->source(), {Id::err_config_bad_value, {"year"}}, std::to_string(year->get()),
               {Id::hint_allowed, {"1900-2999"}});
  }
  result.year = static_cast<int>(year->get());
  if (const auto* node = root.get("basis")) {
    const auto* list = node->as_array();
    if (list == nullptr) {
      throw fail(node->source(), {Id::err_config_wrong_type}, "basis", {Id::type_array});
    }
    for (const auto& element : *list) {
      const auto* decree = element.as_string();
      if (decree == nullptr || decree->get().empty()) {
        throw fail(element.source(), {Id::err_config_wrong_type}, "basis", {Id::type_string});
      }
      result.basis.push_back(decree->get());
    }
  }
  const auto* days_node = root.get("day");
  const auto* days = days_node != nullptr ? days_node->as_array() : nullptr;
  if (days_node != nullptr && days == nullptr) {
    throw fail(days_node->source(), {Id::err_config_wrong_type}, "day", {Id::type_array});
  }
  if (days == nullptr) {
    return result;
  }
  for (const auto& element : *days) {
    const auto* day = element.as_table();
    if (day == nullptr) {
      throw fail(element.source(), {Id::err_config_wrong_type}, "day", {Id::type_table});
    }
    for (auto&& [key, node] : *day) {
      const auto k = key.str();
      if (k != "date" && k != "kind" && k != "name_id" && k != "name_en" && k != "basis") {
        throw fail(key.source(), {Id::err_config_unknown_key}, "day." + std::string{k},
                   {Id::hint_allowed, {"date, kind, name_id, name_en, basis"}});
      }
    }
    calendar::Holiday holiday;
    const auto* date_node = day->get("date");
    if (date_node == nullptr) {
      throw fail(day->source(), {Id::err_config_missing_key}, "day.date", {Id::type_date});
    }
    const auto* date_value = date_node->as_date();
    if (date_value == nullptr) {
      throw fail(date_node->source(), {Id::err_config_wrong_type}, "day.date", {Id::type_date});
    }
    const auto d = date_value->get();
    const date::year_month_day ymd{date::year{d.year}, date::month{d.month}, date::day{d.day}};
    if (!ymd.ok() || d.year != result.year) {
      throw fail(date_node->source(), {Id::err_config_bad_value, {"day.date"}},
                 fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day),
                 {Id::hint_holiday_year, {std::to_string(result.year)}});
    }
    holiday.date = Date{ymd};
    for (const auto& [key, target] :
         {std::pair{"name_id", &holiday.name_id}, std::pair{"name_en", &holiday.name_en},
          std::pair{"basis", &holiday.basis}}) {
      const auto* node = day->get(key);
      const auto* value = node != nullptr ? node->as_string() : nullptr;
      if (value == nullptr || value->get().empty()) {
        throw fail(node != nullptr ? node->source() : day->source(),
                   {node != nullptr ? Id::err_config_wrong_type : Id::err_config_missing_key},
                   "day." + std::string{key}, {Id::type_string});
      }
      *target = value->get();
    }
    const auto* kind_node = day->get("kind");
    const auto* kind = kind_node != nullptr ? kind_node->as_string() : nullptr;
    if (kind == nullptr) {
      throw fail(kind_node != nullptr ? kind_node->source() : day->source(),
                 {kind_node != nullptr ? Id::err_config_wrong_type : Id::err_config_missing_key},
                 "day.kind", {Id::hint_allowed, {"holiday, collective-leave"}});
    }
    if (kind->get() == "holiday") {
      holiday.kind = calendar::HolidayKind::holiday;
    } else if (kind->get() == "collective-leave") {
      holiday.kind = calendar::HolidayKind::collective_leave;
    } else {
      throw fail(kind_node->source(), {Id::err_config_bad_value, {"day.kind"}}, kind->get(),
                 {Id::hint_allowed, {"holiday, collective-leave"}});
    }
    if (!result.days.empty() && holiday.date <= result.days.back().date) {
      throw fail(date_node->source(),
                 {holiday.date == result.days.back().date ? Id::err_holiday_duplicate
                                                          : Id::err_holiday_unsorted},
                 to_iso(holiday.date), {Id::hint_holiday_order});
    }
    result.days.push_back(std::move(holiday));
  }
  return result;
}

}  // namespace ppid::config
