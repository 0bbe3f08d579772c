#include "config/config.hpp"

#include "config/register_format.hpp"
#include "config/toml_reader.hpp"
#include "config/toml_string.hpp"
#include "error.hpp"
#include "read_file.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <filesystem>
#include <initializer_list>

namespace ppid::config {
namespace {

using calendar::LocalDay;
using calendar::ServiceHours;
using text::Id;

constexpr std::array<std::string_view, 7> k_weekday_keys = {
    "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
constexpr std::array<std::string_view, 7> k_weekday_keys_id = {"minggu", "senin", "selasa", "rabu",
                                                               "kamis",  "jumat", "sabtu"};

using detail::join;

std::string weekday_choices() {
  return fmt::format("{}", fmt::join(k_weekday_keys, ", "));
}

// Reads one configuration document: the TOML reader plus the configuration's own kinds of value.
class Reader : public TomlReader {
 public:
  using TomlReader::TomlReader;

  calendar::Duration duration(const toml::table& parent, std::string_view path,
                              std::string_view key, calendar::Duration fallback) const {
    const auto* node = parent.get(key);
    if (node == nullptr) {
      return fallback;
    }
    std::string value;
    string(parent, path, key, value);
    try {
      return calendar::parse_duration(value, ErrorKind::config);
    } catch (const Error& e) {
      fail(node->source(), {Id::err_config_bad_value, {dotted(path, key)}}, value, *e.allowed());
    }
  }

  std::vector<LocalDay> local_days(const toml::table& parent, std::string_view path,
                                   std::string_view key, bool name_required) const {
    std::vector<LocalDay> days;
    const auto* list = array(parent, path, key);
    if (list == nullptr) {
      return days;
    }
    const auto full_key = dotted(path, key);
    for (const auto& element : *list) {
      const auto* entry = element.as_table();
      if (entry == nullptr) {
        wrong_type(element, full_key, Id::type_table);
      }
      only_keys(*entry, full_key, {"date", "name"});
      const auto* date_node = entry->get("date");
      if (date_node == nullptr) {
        fail(entry->source(), {Id::err_config_missing_key}, full_key + ".date",
             {Id::hint_date_format});
      }
      const auto* date_value = date_node->as_date();
      if (date_value == nullptr) {
        wrong_type(*date_node, full_key + ".date", Id::type_date);
      }
      const auto d = date_value->get();
      const date::year_month_day ymd{date::year{d.year}, date::month{d.month}, date::day{d.day}};
      LocalDay day{Date{ymd}, {}};
      string(*entry, full_key, "name", day.name);
      if (name_required && day.name.empty()) {
        fail(entry->source(), {Id::err_config_missing_key}, full_key + ".name", {Id::type_string});
      }
      const auto duplicate = std::find_if(
          days.begin(), days.end(), [&](const LocalDay& other) { return other.date == day.date; });
      if (duplicate != days.end()) {
        fail(date_node->source(), {Id::err_config_duplicate, {full_key}}, to_iso(day.date),
             {Id::hint_list_once});
      }
      days.push_back(std::move(day));
    }
    std::sort(days.begin(), days.end(),
              [](const LocalDay& a, const LocalDay& b) { return a.date < b.date; });
    return days;
  }
};

void read_agency(const Reader& r, const toml::table& root, Agency& agency) {
  const auto* t = r.table(root, "", "agency");
  if (t == nullptr) {
    return;
  }
  r.only_keys(
      *t, "agency",
      {"name", "address", "time_zone", "register_format", "register_reset", "objection_format"});
  r.string(*t, "agency", "name", agency.name);
  r.string(*t, "agency", "address", agency.address);
  if (const auto* node = t->get("time_zone")) {
    std::string zone;
    r.string(*t, "agency", "time_zone", zone);
    const auto parsed = parse_zone(zone);
    if (!parsed) {
      r.fail(node->source(), {Id::err_config_bad_value, {"agency.time_zone"}}, zone,
             {Id::hint_allowed, {"WIB, WITA, WIT"}});
    }
    agency.time_zone = *parsed;
  }
  r.choice(*t, "agency", "register_reset", agency.register_reset);
  for (const auto* key : {"register_format", "objection_format"}) {
    auto& pattern = std::string_view{key} == "register_format" ? agency.register_format
                                                               : agency.objection_format;
    r.string(*t, "agency", key, pattern);
    const auto* node = t->get(key);
    const auto region = node != nullptr ? node->source() : t->source();
    const auto format = config::RegisterFormat::parse(pattern);
    if (!format) {
      r.fail(region, {Id::err_config_bad_value, {Reader::dotted("agency", key)}}, pattern,
             {Id::hint_register_format});
    }
    if (agency.register_reset == SequenceReset::yearly && !format->has_year()) {
      r.fail(region, {Id::err_config_bad_value, {Reader::dotted("agency", key)}}, pattern,
             {Id::hint_register_needs_year});
    }
  }
}

void read_calendar(const Reader& r, const toml::table& root, calendar::Settings& cal) {
  const auto* t = r.table(root, "", "calendar");
  if (t == nullptr) {
    return;
  }
  r.only_keys(*t, "calendar",
              {"weekend", "collective_leave_closed", "closed_days", "working_days", "service_hours",
               "receipt_outside_hours", "clock_starts"});
  if (const auto* list = r.array(*t, "calendar", "weekend")) {
    cal.weekend.fill(false);
    for (const auto& element : *list) {
      const auto* name = element.as_string();
      if (name == nullptr) {
        r.wrong_type(element, "calendar.weekend", Id::type_string);
      }
      const auto day = parse_weekday(name->get());
      if (!day) {
        r.fail(element.source(), {Id::err_config_bad_value, {"calendar.weekend"}}, name->get(),
               {Id::hint_allowed, {weekday_choices()}});
      }
      cal.weekend[*day] = true;
    }
  }
  r.boolean(*t, "calendar", "collective_leave_closed", cal.collective_leave_closed);
  cal.closed_days = r.local_days(*t, "calendar", "closed_days", true);
  cal.working_days = r.local_days(*t, "calendar", "working_days", false);
  if (const auto* hours = r.table(*t, "calendar", "service_hours")) {
    for (auto&& [key, node] : *hours) {
      const auto full_key = Reader::dotted("calendar.service_hours", key.str());
      const auto day = parse_weekday(key.str());
      if (!day) {
        r.fail(key.source(), {Id::err_config_unknown_key}, full_key,
               {Id::hint_allowed, {weekday_choices()}});
      }
      const auto* value = node.as_string();
      if (value == nullptr) {
        r.wrong_type(node, full_key, Id::type_string);
      }
      const std::string_view span = value->get();
      const auto dash = span.find('-');
      std::optional<TimeOfDay> open;
      std::optional<TimeOfDay> close;
      if (dash != std::string_view::npos) {
        open = parse_time_of_day(span.substr(0, dash));
        close = parse_time_of_day(span.substr(dash + 1));
      }
      if (!open || !close || *open >= *close) {
        r.fail(node.source(), {Id::err_config_bad_value, {full_key}}, std::string{span},
               {Id::hint_service_hours});
      }
      cal.service_hours[*day] = ServiceHours{*open, *close};
    }
  }
  r.choice(*t, "calendar", "receipt_outside_hours", cal.receipt_outside_hours);
  r.choice(*t, "calendar", "clock_starts", cal.clock_starts);
}

void read_deadlines(const Reader& r, const toml::table& root, Deadlines& d) {
  const auto* t = r.table(root, "", "deadlines");
  if (t == nullptr) {
    return;
  }
  r.only_keys(*t, "deadlines",
              {"response", "extension", "objection_filing", "objection_answer", "dispute_filing",
               "commission_start", "commission_settlement", "court_filing", "cassation_filing"});
  d.response = r.duration(*t, "deadlines", "response", d.response);
  d.extension = r.duration(*t, "deadlines", "extension", d.extension);
  d.objection_filing = r.duration(*t, "deadlines", "objection_filing", d.objection_filing);
  d.objection_answer = r.duration(*t, "deadlines", "objection_answer", d.objection_answer);
  d.dispute_filing = r.duration(*t, "deadlines", "dispute_filing", d.dispute_filing);
  d.commission_start = r.duration(*t, "deadlines", "commission_start", d.commission_start);
  d.commission_settlement =
      r.duration(*t, "deadlines", "commission_settlement", d.commission_settlement);
  d.court_filing = r.duration(*t, "deadlines", "court_filing", d.court_filing);
  d.cassation_filing = r.duration(*t, "deadlines", "cassation_filing", d.cassation_filing);
}

bool valid_service_key(std::string_view key) {
  return !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

void read_services(const Reader& r, const toml::table& root, std::vector<Service>& services) {
  const auto* t = r.table(root, "", "services");
  if (t == nullptr) {
    return;
  }
  for (auto&& [key, node] : *t) {
    const auto path = Reader::dotted("services", key.str());
    if (!valid_service_key(key.str())) {
      r.fail(key.source(), {Id::err_config_bad_value, {"services"}}, std::string{key.str()},
             {Id::hint_service_name});
    }
    const auto* service_table = node.as_table();
    if (service_table == nullptr) {
      r.wrong_type(node, path, Id::type_table);
    }
    r.only_keys(*service_table, path, {"title", "target"});
    Service service{std::string{key.str()}, {}, std::nullopt};
    r.string(*service_table, path, "title", service.title);
    if (service.title.empty()) {
      r.fail(service_table->source(), {Id::err_config_missing_key}, path + ".title",
             {Id::type_string});
    }
    if (const auto* target_node = service_table->get("target")) {
      std::string target;
      r.string(*service_table, path, "target", target);
      try {
        service.target = calendar::parse_target(target, ErrorKind::config);
      } catch (const Error& e) {
        r.fail(target_node->source(), {Id::err_config_bad_value, {path + ".target"}}, target,
               *e.allowed());
      }
    }
    services.push_back(std::move(service));
  }
  std::sort(services.begin(), services.end(),
            [](const Service& a, const Service& b) { return a.key < b.key; });
}

std::string toml_date(Date day) {
  return to_iso(day);
}

void write_local_days(std::string& out, std::string_view key, const std::vector<LocalDay>& days) {
  if (days.empty()) {
    out += fmt::format("{} = []\n", key);
    return;
  }
  out += fmt::format("{} = [\n", key);
  for (const auto& day : days) {
    out += fmt::format("  {{ date = {}, name = {} }},\n", toml_date(day.date),
                       detail::toml_string(day.name));
  }
  out += "]\n";
}

}  // namespace

std::optional<unsigned> parse_weekday(std::string_view name) {
  for (unsigned i = 0; i < 7; ++i) {
    if (name == k_weekday_keys[i] || name == k_weekday_keys_id[i]) {
      return i;
    }
  }
  return std::nullopt;
}

std::string_view weekday_key(unsigned c_encoding) {
  return k_weekday_keys.at(c_encoding);
}

Config parse_config(std::string_view toml_text, std::string_view source_name) {
  const Reader r{source_name};
  const auto root = r.parse(toml_text);
  r.only_keys(root, "", {"agency", "calendar", "deadlines", "services"});
  Config config;
  read_agency(r, root, config.agency);
  read_calendar(r, root, config.calendar);
  read_deadlines(r, root, config.deadlines);
  read_services(r, root, config.services);
  return config;
}

std::string to_json(const Config& config) {
  std::ostringstream out;
  out << toml::json_formatter{toml::parse(to_toml(config))} << '\n';
  return out.str();
}

Config load_config_file(const std::string& path) {
  const auto content = read_whole_file(path);
  if (!content) {
    throw Error{ErrorKind::config, {Id::err_config_unreadable}}.value(path);
  }
  return parse_config(*content, path);
}

std::string to_toml(const Config& config) {
  const auto& a = config.agency;
  const auto& c = config.calendar;
  const auto& d = config.deadlines;
  std::string out;
  out += "[agency]\n";
  out += fmt::format("name = {}\n", detail::toml_string(a.name));
  out += fmt::format("address = {}\n", detail::toml_string(a.address));
  out += fmt::format("time_zone = {}\n", detail::toml_string(zone_name(a.time_zone)));
  out += fmt::format("register_format = {}\n", detail::toml_string(a.register_format));
  out += fmt::format("register_reset = {}\n", detail::toml_string(code(a.register_reset)));
  out += fmt::format("objection_format = {}\n", detail::toml_string(a.objection_format));

  out += "\n[calendar]\n";
  std::vector<std::string> weekend;
  // Monday first, as Indonesian calendars print the week.
  for (unsigned i : {1U, 2U, 3U, 4U, 5U, 6U, 0U}) {
    if (c.weekend[i]) {
      weekend.push_back(detail::toml_string(weekday_key(i)));
    }
  }
  out += fmt::format("weekend = [{}]\n", fmt::join(weekend, ", "));
  out += fmt::format("collective_leave_closed = {}\n", c.collective_leave_closed);
  write_local_days(out, "closed_days", c.closed_days);
  write_local_days(out, "working_days", c.working_days);
  out += fmt::format("receipt_outside_hours = {}\n",
                     detail::toml_string(code(c.receipt_outside_hours)));
  out += fmt::format("clock_starts = {}\n", detail::toml_string(code(c.clock_starts)));
  out += "\n[calendar.service_hours]\n";
  for (unsigned i : {1U, 2U, 3U, 4U, 5U, 6U, 0U}) {
    if (const auto& hours = c.service_hours[i]) {
      out += fmt::format(
          "{} = {}\n", weekday_key(i),
          detail::toml_string(fmt::format("{}-{}", to_hhmm(hours->open), to_hhmm(hours->close))));
    }
  }

  out += "\n[deadlines]\n";
  const std::pair<std::string_view, calendar::Duration> limits[] = {
      {"response", d.response},
      {"extension", d.extension},
      {"objection_filing", d.objection_filing},
      {"objection_answer", d.objection_answer},
      {"dispute_filing", d.dispute_filing},
      {"commission_start", d.commission_start},
      {"commission_settlement", d.commission_settlement},
      {"court_filing", d.court_filing},
      {"cassation_filing", d.cassation_filing},
  };
  for (const auto& [key, limit] : limits) {
    out += fmt::format("{} = {}\n", key, detail::toml_string(calendar::to_string(limit)));
  }

  for (const auto& service : config.services) {
    out += fmt::format("\n[services.{}]\n", service.key);
    out += fmt::format("title = {}\n", detail::toml_string(service.title));
    if (service.target) {
      out +=
          fmt::format("target = {}\n", detail::toml_string(calendar::to_string(*service.target)));
    }
  }
  return out;
}

}  // namespace ppid::config
