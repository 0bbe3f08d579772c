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
#include <string>
#include <utility>
#include <vector>

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

// One statutory limit: its key in [deadlines], its member, and the article of UU 14/2008 that
// holds its number. The law's value is the member's default.
struct StatutoryLimit {
  std::string_view key;
  calendar::Duration Deadlines::*member;
  std::string_view article;
};

constexpr std::array<StatutoryLimit, 9> k_statutory_limits = {{
    {"response", &Deadlines::response, "22(7)"},
    {"extension", &Deadlines::extension, "22(8)"},
    {"objection_filing", &Deadlines::objection_filing, "36(1)"},
    {"objection_answer", &Deadlines::objection_answer, "36(2)"},
    {"dispute_filing", &Deadlines::dispute_filing, "37(2)"},
    {"commission_start", &Deadlines::commission_start, "38(1)"},
    {"commission_settlement", &Deadlines::commission_settlement, "38(2)"},
    {"court_filing", &Deadlines::court_filing, "48(1)"},
    {"cassation_filing", &Deadlines::cassation_filing, "50"},
}};

std::string_view trim(std::string_view text) {
  while (!text.empty() && text.front() == ' ') {
    text.remove_prefix(1);
  }
  while (!text.empty() && text.back() == ' ') {
    text.remove_suffix(1);
  }
  return text;
}

// "08.00", "08:00", "8.00" or "8:00", as service standards write the time of day.
std::optional<TimeOfDay> clock_time(std::string_view text) {
  // Built by appending: GCC 12 warns falsely (-Wrestrict) on insert at the front when inlined.
  std::string time;
  time.reserve(5);
  if (text.size() == 4) {
    time.push_back('0');
  }
  time.append(text);
  if (time.size() == 5 && time[2] == '.') {
    time[2] = ':';
  }
  return parse_time_of_day(time);
}

// "08.00-12.00, 13.00-15.00": spans separated by commas, in order and apart, each opening
// before it closes; a hyphen or an en dash between opening and closing. Nothing when it is not.
std::optional<ServiceHours> parse_service_hours(std::string_view text) {
  ServiceHours hours;
  while (true) {
    const auto comma = text.find(',');
    const auto span = trim(text.substr(0, comma));
    constexpr std::string_view k_en_dash = "\xe2\x80\x93";
    auto dash = span.find('-');
    auto dash_size = std::size_t{1};
    if (dash == std::string_view::npos) {
      dash = span.find(k_en_dash);
      dash_size = k_en_dash.size();
    }
    if (dash == std::string_view::npos) {
      return std::nullopt;
    }
    const auto open = clock_time(trim(span.substr(0, dash)));
    const auto close = clock_time(trim(span.substr(dash + dash_size)));
    if (!open || !close || *open >= *close ||
        (!hours.spans.empty() && *open < hours.spans.back().close)) {
      return std::nullopt;
    }
    hours.spans.push_back({*open, *close});
    if (comma == std::string_view::npos) {
      return hours;
    }
    text.remove_prefix(comma + 1);
  }
}

std::string service_hours_text(const ServiceHours& hours) {
  std::vector<std::string> spans;
  spans.reserve(hours.spans.size());
  for (const auto& span : hours.spans) {
    spans.push_back(fmt::format("{}-{}", to_hhmm(span.open), to_hhmm(span.close)));
  }
  return fmt::format("{}", fmt::join(spans, ", "));
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

  // The target at `key`, if any (a bare number is a target without a unit).
  std::optional<calendar::Target> target(const toml::table& parent, std::string_view path,
                                         std::string_view key) const {
    const auto* node = parent.get(key);
    if (node == nullptr) {
      return std::nullopt;
    }
    std::string value;
    string(parent, path, key, value);
    try {
      return calendar::parse_target(value, ErrorKind::config);
    } catch (const Error& e) {
      fail(node->source(), {Id::err_config_bad_value, {dotted(path, key)}}, value, *e.allowed());
    }
  }

  // A target at `key` must never end after the statutory limit `limit_key` = `limit` (a target
  // without a unit is kept, not compared).
  void check_within_law(const toml::table& parent, std::string_view path, std::string_view key,
                        const calendar::Target& target, std::string_view limit_key,
                        const calendar::Duration& limit, const calendar::Settings& week) const {
    const int working_days = week.working_days_per_week();
    if (calendar::never_later(target, limit, working_days)) {
      return;
    }
    const auto* node = parent.get(key);
    std::string value;
    string(parent, path, key, value);
    const calendar::Duration longest{calendar::longest_within(*target.unit, limit, working_days),
                                     *target.unit};
    fail(node->source(), {Id::err_config_bad_value, {dotted(path, key)}}, value,
         {Id::hint_target_within_law,
          {calendar::to_string(longest), std::string{limit_key}, calendar::to_string(limit)}});
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
               "receipt_outside_hours", "objection_receipt", "clock_starts"});
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
    // No count of working days could ever end (DOMAIN.md: a working day is one that is not a
    // weekend day); the body's extra working days do not make a week.
    if (cal.working_days_per_week() == 0) {
      std::vector<std::string_view> names;
      for (unsigned i : {1U, 2U, 3U, 4U, 5U, 6U, 0U}) {
        names.push_back(k_weekday_keys[i]);
      }
      r.fail(t->get("weekend")->source(), {Id::err_config_bad_value, {"calendar.weekend"}},
             fmt::format("{}", fmt::join(names, ", ")), {Id::hint_weekend_working_day});
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
      auto parsed = parse_service_hours(value->get());
      if (!parsed) {
        r.fail(node.source(), {Id::err_config_bad_value, {full_key}}, value->get(),
               {Id::hint_service_hours});
      }
      cal.service_hours[*day] = std::move(*parsed);
    }
  }
  r.choice(*t, "calendar", "receipt_outside_hours", cal.receipt_outside_hours);
  r.choice(*t, "calendar", "objection_receipt", cal.objection_receipt);
  r.choice(*t, "calendar", "clock_starts", cal.clock_starts);
}

void read_deadlines(const Reader& r, const toml::table& root, Strictness strictness, Deadlines& d) {
  const auto* t = r.table(root, "", "deadlines");
  if (t == nullptr) {
    return;
  }
  r.only_keys(*t, "deadlines",
              {"response", "extension", "objection_filing", "objection_answer", "dispute_filing",
               "commission_start", "commission_settlement", "court_filing", "cassation_filing",
               "override"});
  for (const auto& limit : k_statutory_limits) {
    d.*limit.member = r.duration(*t, "deadlines", limit.key, d.*limit.member);
  }
  if (const auto* node = t->get("override")) {
    std::string reason;
    r.string(*t, "deadlines", "override", reason);
    if (reason.find_first_not_of(" \t\n") == std::string::npos) {
      r.fail(node->source(), {Id::err_config_bad_value, {"deadlines.override"}}, reason,
             {Id::hint_override_reason});
    }
    d.override_reason = std::move(reason);
  }
  if (strictness == Strictness::stored || d.override_reason) {
    return;
  }
  // The limits are the law's; a body's shorter promise is a target, and only a stated reason
  // (a later law, a ruling) sets another limit.
  const Deadlines law;
  for (const auto& limit : k_statutory_limits) {
    if (d.*limit.member != law.*limit.member) {
      const auto key = Reader::dotted("deadlines", limit.key);
      throw Error{ErrorKind::config,
                  {Id::err_config_not_law,
                   {key, calendar::to_string(d.*limit.member),
                    calendar::to_string(law.*limit.member), std::string{limit.article}}}}
          .allowed({Id::hint_law_override})
          .at(r.where(t->get(limit.key)->source()));
    }
  }
}

void read_targets(const Reader& r, const toml::table& root, const Config& config,
                  Strictness strictness, Targets& targets) {
  const auto* t = r.table(root, "", "targets");
  if (t == nullptr) {
    return;
  }
  r.only_keys(*t, "targets", {"response", "objection_answer"});
  targets.response = r.target(*t, "targets", "response");
  targets.objection_answer = r.target(*t, "targets", "objection_answer");
  if (strictness == Strictness::stored) {
    return;
  }
  if (targets.response) {
    r.check_within_law(*t, "targets", "response", *targets.response, "deadlines.response",
                       config.deadlines.response, config.calendar);
  }
  if (targets.objection_answer) {
    r.check_within_law(*t, "targets", "objection_answer", *targets.objection_answer,
                       "deadlines.objection_answer", config.deadlines.objection_answer,
                       config.calendar);
  }
}

bool valid_service_key(std::string_view key) {
  return !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

// One list of requirement codes: lower-case letters, digits and '-', each once.
std::vector<std::string> requirement_list(const Reader& r, const toml::table& parent,
                                          std::string_view key, std::vector<std::string> fallback) {
  const auto* list = r.array(parent, "requirements", key);
  if (list == nullptr) {
    return fallback;
  }
  const auto path = Reader::dotted("requirements", key);
  std::vector<std::string> codes;
  for (const auto& element : *list) {
    const auto* value = element.as_string();
    if (value == nullptr) {
      r.wrong_type(element, path, Id::type_string);
    }
    const std::string code{value->get()};
    const bool valid = valid_service_key(code) && code.find('_') == std::string::npos;
    if (!valid || std::find(codes.begin(), codes.end(), code) != codes.end()) {
      r.fail(element.source(), {Id::err_config_bad_value, {path}}, code,
             {Id::hint_requirement_code});
    }
    codes.push_back(code);
  }
  return codes;
}

void read_requirements(const Reader& r, const toml::table& root, Requirements& req) {
  const auto* t = r.table(root, "", "requirements");
  if (t == nullptr) {
    return;
  }
  r.only_keys(*t, "requirements", {"person", "group", "organization", "proxy"});
  req.person = requirement_list(r, *t, "person", req.person);
  req.group = requirement_list(r, *t, "group", req.group);
  req.organization = requirement_list(r, *t, "organization", req.organization);
  req.proxy = requirement_list(r, *t, "proxy", req.proxy);
}

void read_services(const Reader& r, const toml::table& root, const Config& config,
                   Strictness strictness, std::vector<Service>& services) {
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
    service.target = r.target(*service_table, path, "target");
    if (service.target && strictness == Strictness::new_config) {
      r.check_within_law(*service_table, path, "target", *service.target, "deadlines.response",
                         config.deadlines.response, config.calendar);
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

std::vector<LawDeviation> deviations(const Deadlines& deadlines) {
  const Deadlines law;
  std::vector<LawDeviation> found;
  for (const auto& limit : k_statutory_limits) {
    if (deadlines.*limit.member != law.*limit.member) {
      found.push_back({Reader::dotted("deadlines", limit.key), law.*limit.member,
                       deadlines.*limit.member, std::string{limit.article}});
    }
  }
  return found;
}

Config parse_config(std::string_view toml_text, std::string_view source_name,
                    Strictness strictness) {
  const Reader r{source_name};
  const auto root = r.parse(toml_text);
  r.only_keys(root, "", {"agency", "calendar", "deadlines", "targets", "requirements", "services"});
  Config config;
  read_agency(r, root, config.agency);
  read_calendar(r, root, config.calendar);
  read_deadlines(r, root, strictness, config.deadlines);
  // Targets are checked against the limits as configured, in the configured week.
  read_targets(r, root, config, strictness, config.targets);
  read_requirements(r, root, config.requirements);
  read_services(r, root, config, strictness, config.services);
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
  out += fmt::format("objection_receipt = {}\n", detail::toml_string(code(c.objection_receipt)));
  out += fmt::format("clock_starts = {}\n", detail::toml_string(code(c.clock_starts)));
  out += "\n[calendar.service_hours]\n";
  for (unsigned i : {1U, 2U, 3U, 4U, 5U, 6U, 0U}) {
    if (const auto& hours = c.service_hours[i]) {
      out +=
          fmt::format("{} = {}\n", weekday_key(i), detail::toml_string(service_hours_text(*hours)));
    }
  }

  out += "\n[deadlines]\n";
  if (d.override_reason) {
    out += fmt::format("override = {}\n", detail::toml_string(*d.override_reason));
  }
  for (const auto& limit : k_statutory_limits) {
    out += fmt::format("{} = {}\n", limit.key,
                       detail::toml_string(calendar::to_string(d.*limit.member)));
  }

  out += "\n[targets]\n";
  const auto& t = config.targets;
  for (const auto& [key, target] :
       {std::pair{"response", &t.response}, std::pair{"objection_answer", &t.objection_answer}}) {
    if (*target) {
      out += fmt::format("{} = {}\n", key, detail::toml_string(calendar::to_string(**target)));
    }
  }

  out += "\n[requirements]\n";
  const auto& req = config.requirements;
  for (const auto& [key, codes] :
       {std::pair{"person", &req.person}, std::pair{"group", &req.group},
        std::pair{"organization", &req.organization}, std::pair{"proxy", &req.proxy}}) {
    std::vector<std::string> quoted;
    quoted.reserve(codes->size());
    for (const auto& code : *codes) {
      quoted.push_back(detail::toml_string(code));
    }
    out += fmt::format("{} = [{}]\n", key, fmt::join(quoted, ", "));
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
