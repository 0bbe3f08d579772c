#include "config/config.hpp"
#include "error.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <string_view>

using ppid::calendar::ClockStart;
using ppid::calendar::DayUnit;
using ppid::calendar::Duration;
using ppid::calendar::LocalDay;
using ppid::calendar::ReceiptRule;
using ppid::calendar::ServiceHours;
using ppid::calendar::Target;
using ppid::config::Config;
using ppid::config::parse_config;
using ppid::config::SequenceReset;
using ppid::config::Service;

namespace {

using namespace std::chrono_literals;

ppid::Date day(int y, unsigned m, unsigned d) {
  return ppid::Date{date::year{y} / date::month{m} / date::day{d}};
}

// parse_config's error for `toml`, read as "ppid.toml", in English; or "no error".
std::string error_of(std::string_view toml) {
  try {
    parse_config(toml, "ppid.toml");
  } catch (const ppid::Error& e) {
    if (e.kind() != ppid::ErrorKind::config) {
      return "wrong kind: " + e.render(ppid::text::Lang::en);
    }
    return e.render(ppid::text::Lang::en);
  }
  return "no error";
}

// load_config_file's error for `path`, in English; or "no error".
std::string load_error_of(const std::string& path) {
  try {
    ppid::config::load_config_file(path);
  } catch (const ppid::Error& e) {
    if (e.kind() != ppid::ErrorKind::config) {
      return "wrong kind: " + e.render(ppid::text::Lang::en);
    }
    return e.render(ppid::text::Lang::en);
  }
  return "no error";
}

// The example shipped in examples/ppid.toml, as it is documented there.
std::string example_path() {
  return (std::filesystem::path{PPID_SOURCE_DIR} / "examples" / "ppid.toml").string();
}

const std::array<bool, 7> k_saturday_sunday = {true, false, false, false, false, false, true};

}  // namespace

TEST_SUITE("config") {
  TEST_CASE("an empty configuration keeps the law's defaults") {
    const auto config = parse_config("", "ppid.toml");
    CHECK(config == Config{});

    const auto& d = config.deadlines;
    CHECK(d.response == Duration{10, DayUnit::working});
    CHECK(d.extension == Duration{7, DayUnit::working});
    CHECK(d.objection_filing == Duration{30, DayUnit::working});
    CHECK(d.objection_answer == Duration{30, DayUnit::working});
    CHECK(d.dispute_filing == Duration{14, DayUnit::working});
    CHECK(d.commission_start == Duration{14, DayUnit::working});
    CHECK(d.commission_settlement == Duration{100, DayUnit::working});
    CHECK(d.court_filing == Duration{14, DayUnit::working});
    CHECK(d.cassation_filing == Duration{14, DayUnit::plain});

    const auto& c = config.calendar;
    CHECK(c.weekend == k_saturday_sunday);
    CHECK(c.collective_leave_closed);
    CHECK(c.closed_days.empty());
    CHECK(c.working_days.empty());
    for (const auto& hours : c.service_hours) {
      CHECK(!hours.has_value());
    }
    CHECK(c.receipt_outside_hours == ReceiptRule::next_working_day);
    CHECK(c.clock_starts == ClockStart::receipt);

    const auto& a = config.agency;
    CHECK(a.name == "");
    CHECK(a.address == "");
    CHECK(a.time_zone == ppid::Zone::wib);
    CHECK(a.register_format == "{seq:03}/PPID/{month:roman}/{year}");
    CHECK(a.register_reset == SequenceReset::yearly);
    CHECK(a.objection_format == "{seq:03}/KEB/PPID/{month:roman}/{year}");
    CHECK(config.services.empty());
  }

  TEST_CASE("empty tables keep the defaults too") {
    CHECK(parse_config("[agency]\n[calendar]\n[calendar.service_hours]\n[deadlines]\n[services]\n",
                       "ppid.toml") == Config{});
  }

  TEST_CASE("the example configuration is read field by field") {
    const auto config = ppid::config::load_config_file(example_path());

    const auto& a = config.agency;
    CHECK(a.name == "Dinas Komunikasi dan Informatika Kabupaten Contoh");
    CHECK(a.address == "Jl. Merdeka No. 1, Contoh 12345");
    CHECK(a.time_zone == ppid::Zone::wib);
    CHECK(a.register_format == "{seq:03}/PPID/{month:roman}/{year}");
    CHECK(a.register_reset == SequenceReset::yearly);
    CHECK(a.objection_format == "{seq:03}/KEB/PPID/{month:roman}/{year}");

    const auto& c = config.calendar;
    CHECK(c.weekend == k_saturday_sunday);
    CHECK(c.collective_leave_closed);
    CHECK(c.closed_days ==
          std::vector<LocalDay>{{day(2026, 10, 15), "Hari Jadi Kabupaten Contoh"}});
    CHECK(c.working_days.empty());
    CHECK(c.receipt_outside_hours == ReceiptRule::next_working_day);
    CHECK(c.clock_starts == ClockStart::receipt);
    const ServiceHours office{{{8h, 16h}}};
    CHECK(!c.service_hours[0].has_value());  // Sunday
    CHECK(c.service_hours[1] == office);
    CHECK(c.service_hours[2] == office);
    CHECK(c.service_hours[3] == office);
    CHECK(c.service_hours[4] == office);
    CHECK(c.service_hours[5] == ServiceHours{{{8h, 16h + 30min}}});  // Friday
    CHECK(!c.service_hours[6].has_value());                          // Saturday

    CHECK(config.deadlines == ppid::config::Deadlines{});

    // Sorted by key, whatever the order in the file.
    CHECK(config.services ==
          std::vector<Service>{
              {"data-statistik", "Data statistik sektoral", Target{4, DayUnit::plain}},
              {"informasi-berkala", "Informasi yang wajib disediakan secara berkala",
               Target{5, DayUnit::working}},
              {"informasi-serta-merta", "Informasi yang wajib diumumkan serta-merta",
               Target{1, DayUnit::working}},
              {"informasi-setiap-saat", "Informasi yang wajib tersedia setiap saat",
               Target{7, DayUnit::working}},
          });
  }

  TEST_CASE("Indonesian weekday names are accepted") {
    const auto config = parse_config(
        "[calendar]\n"
        "weekend = [\"jumat\", \"minggu\"]\n"
        "[calendar.service_hours]\n"
        "senin = \"07:30-15:30\"\n"
        "sabtu = \"08:00-12:00\"\n",
        "ppid.toml");
    CHECK(config.calendar.weekend ==
          std::array<bool, 7>{true, false, false, false, false, true, false});
    CHECK(config.calendar.service_hours[1] == ServiceHours{{{7h + 30min, 15h + 30min}}});
    CHECK(config.calendar.service_hours[6] == ServiceHours{{{8h, 12h}}});
    for (unsigned i : {0U, 2U, 3U, 4U, 5U}) {
      CHECK(!config.calendar.service_hours[i].has_value());
    }
    CHECK(ppid::config::parse_weekday("senin") == 1U);
    CHECK(ppid::config::parse_weekday("monday") == 1U);
    CHECK(ppid::config::parse_weekday("minggu") == 0U);
    CHECK(ppid::config::parse_weekday("sabtu") == 6U);
    CHECK(!ppid::config::parse_weekday("Senin").has_value());
  }

  TEST_CASE("an empty weekend makes every weekday a working day") {
    const auto config = parse_config("[calendar]\nweekend = []\n", "ppid.toml");
    CHECK(config.calendar.weekend == std::array<bool, 7>{});
  }

  TEST_CASE("to_toml is read back by parse_config unchanged") {
    SUBCASE("the defaults") {
      CHECK(parse_config(ppid::config::to_toml(Config{}), "shown.toml") == Config{});
    }
    SUBCASE("the example") {
      const auto example = ppid::config::load_config_file(example_path());
      CHECK(parse_config(ppid::config::to_toml(example), "shown.toml") == example);
    }
    SUBCASE("every value changed, with awkward text") {
      Config config;
      config.agency.name = "Badan \"Contoh\" \\ Provinsi\tSatu";
      config.agency.address = "Jl. Diponegoro No. 7\nKota Contoh \xc3\xa9";
      config.agency.time_zone = ppid::Zone::wit;
      config.agency.register_format = "PPID-{seq}/{month:02}";
      config.agency.register_reset = SequenceReset::never;
      config.agency.objection_format = "KEB-{seq:04}";
      config.calendar.weekend = {false, false, false, false, false, true, false};
      config.calendar.collective_leave_closed = false;
      config.calendar.closed_days = {{day(2026, 3, 2), "Hari Jadi"}, {day(2026, 12, 24), "Rapat"}};
      config.calendar.working_days = {{day(2026, 11, 28), ""}};
      config.calendar.service_hours[0] = ServiceHours{{{9h, 11h}}};
      config.calendar.service_hours[1] = ServiceHours{{{7h + 30min, 15h + 30min}}};
      config.calendar.service_hours[2] = ServiceHours{{{8h, 12h}, {13h, 15h}}};
      config.calendar.receipt_outside_hours = ReceiptRule::same_day;
      config.calendar.objection_receipt = ReceiptRule::same_day;
      config.calendar.clock_starts = ClockStart::completion;
      config.deadlines.override_reason = "Perpu \"uji\" 2031";
      config.deadlines.response = Duration{9, DayUnit::working};
      config.deadlines.cassation_filing = Duration{10, DayUnit::plain};
      config.deadlines.court_filing = Duration{0, DayUnit::plain};
      config.services = {
          {"a-1", "Satu", Target{3, std::nullopt}},
          {"b_2", "Dua \"kutip\"", std::nullopt},
          {"c", "Tiga", Target{5, DayUnit::plain}},
      };
      config.targets.response = Target{5, DayUnit::working};
      config.targets.objection_answer = Target{3, std::nullopt};
      CHECK(parse_config(ppid::config::to_toml(config), "shown.toml") == config);
      // A control character is written escaped, and refused when read back: configuration text
      // reaches terminals.
      config.agency.address += "\x01";
      CHECK_THROWS_WITH_AS(parse_config(ppid::config::to_toml(config), "shown.toml"),
                           "invalid value for agency.address", ppid::Error);
    }
  }

  TEST_CASE("load_config_file refuses what it cannot read") {
    SUBCASE("a missing file") {
      CHECK(load_error_of("/nonexistent/ppid.toml") ==
            "cannot read configuration file: \"/nonexistent/ppid.toml\"");
    }
    SUBCASE("a directory") {
      const auto dir = (std::filesystem::path{PPID_SOURCE_DIR} / "examples").string();
      CHECK(load_error_of(dir) == "cannot read configuration file: \"" + dir + "\"");
    }
  }

  TEST_CASE("malformed TOML is reported with its place") {
    CHECK(error_of("[agency]\nname = \n") ==
          "ppid.toml:2:8: malformed TOML: \"Error while parsing key-value pair: expected value, "
          "saw '\\n'\"");
  }

  TEST_CASE("unknown keys are named in full, with the keys allowed there") {
    CHECK(error_of("name = \"x\"\n") ==
          "ppid.toml:1:1: unknown key: \"name\"; allowed: agency, calendar, deadlines, targets, "
          "requirements, services");
    CHECK(error_of("[holidays]\n") ==
          "ppid.toml:1:2: unknown key: \"holidays\"; allowed: agency, calendar, deadlines, "
          "targets, requirements, services");
    CHECK(error_of("[agency]\nzone = \"WIB\"\n") ==
          "ppid.toml:2:1: unknown key: \"agency.zone\"; allowed: name, address, time_zone, "
          "register_format, register_reset, objection_format");
    CHECK(error_of("[calendar]\nweekends = [\"saturday\"]\n") ==
          "ppid.toml:2:1: unknown key: \"calendar.weekends\"; allowed: weekend, "
          "collective_leave_closed, closed_days, working_days, service_hours, "
          "receipt_outside_hours, objection_receipt, clock_starts");
    CHECK(error_of("[deadlines]\nreply = \"10 wd\"\n") ==
          "ppid.toml:2:1: unknown key: \"deadlines.reply\"; allowed: response, extension, "
          "objection_filing, objection_answer, dispute_filing, commission_start, "
          "commission_settlement, court_filing, cassation_filing, override");
    CHECK(error_of("[targets]\nreply = \"5 hk\"\n") ==
          "ppid.toml:2:1: unknown key: \"targets.reply\"; allowed: response, objection_answer");
    CHECK(error_of("[calendar]\nclosed_days = [ { date = 2026-10-15, nama = \"x\" } ]\n") ==
          "ppid.toml:2:38: unknown key: \"calendar.closed_days.nama\"; allowed: date, name");
    CHECK(error_of("[services.info]\ntitle = \"Info\"\ntarget_days = 5\n") ==
          "ppid.toml:3:1: unknown key: \"services.info.target_days\"; allowed: title, target");
    CHECK(error_of("[calendar.service_hours]\nfunday = \"08:00-16:00\"\n") ==
          "ppid.toml:2:1: unknown key: \"calendar.service_hours.funday\"; allowed: sunday, "
          "monday, tuesday, wednesday, thursday, friday, saturday");
  }

  TEST_CASE("values of the wrong type name the key and the type") {
    CHECK(error_of("agency = \"Dinas\"\n") ==
          "ppid.toml:1:10: wrong type of value: \"agency\"; must be a table");
    CHECK(error_of("[agency]\nname = 7\n") ==
          "ppid.toml:2:8: wrong type of value: \"agency.name\"; must be a string");
    CHECK(error_of("[calendar]\ncollective_leave_closed = \"yes\"\n") ==
          "ppid.toml:2:27: wrong type of value: \"calendar.collective_leave_closed\"; must be "
          "true or false");
    CHECK(error_of("[calendar]\nweekend = \"saturday\"\n") ==
          "ppid.toml:2:11: wrong type of value: \"calendar.weekend\"; must be an array [ ... ]");
    CHECK(error_of("[calendar]\nweekend = [6]\n") ==
          "ppid.toml:2:12: wrong type of value: \"calendar.weekend\"; must be a string");
    CHECK(error_of("[calendar]\nclosed_days = [ { date = \"2026-10-15\", name = \"x\" } ]\n") ==
          "ppid.toml:2:26: wrong type of value: \"calendar.closed_days.date\"; must be a date "
          "(YYYY-MM-DD, unquoted)");
    CHECK(error_of("[calendar]\nclosed_days = [ 2026-10-15 ]\n") ==
          "ppid.toml:2:17: wrong type of value: \"calendar.closed_days\"; must be a table");
    CHECK(error_of("[deadlines]\nresponse = 10\n") ==
          "ppid.toml:2:12: wrong type of value: \"deadlines.response\"; must be a string");
    CHECK(error_of("[calendar.service_hours]\nmonday = 8\n") ==
          "ppid.toml:2:10: wrong type of value: \"calendar.service_hours.monday\"; must be a "
          "string");
    CHECK(error_of("[services]\ninfo = \"Info\"\n") ==
          "ppid.toml:2:8: wrong type of value: \"services.info\"; must be a table");
  }

  TEST_CASE("invalid values name the key, the value and the rule") {
    CHECK(error_of("[deadlines]\nresponse = \"10 wx\"\n") ==
          "ppid.toml:2:12: invalid value for deadlines.response: \"10 wx\"; write a number and a "
          "unit: \"10 wd\" or \"10 hk\" (working days), \"14 d\" or \"14 hari\" (plain days)");
    CHECK(error_of("[deadlines]\ncassation_filing = \"14\"\n") ==
          "ppid.toml:2:20: invalid value for deadlines.cassation_filing: \"14\"; a unit is "
          "required here: \"wd\"/\"hk\" (working days) or \"d\"/\"hari\" (plain days)");
    CHECK(error_of("[agency]\ntime_zone = \"UTC+7\"\n") ==
          "ppid.toml:2:13: invalid value for agency.time_zone: \"UTC+7\"; allowed: WIB, WITA, "
          "WIT");
    CHECK(error_of("[agency]\nregister_reset = \"monthly\"\n") ==
          "ppid.toml:2:18: invalid value for agency.register_reset: \"monthly\"; allowed: "
          "yearly, never");
    CHECK(error_of("[calendar]\nweekend = [\"saturday\", \"funday\"]\n") ==
          "ppid.toml:2:24: invalid value for calendar.weekend: \"funday\"; allowed: sunday, "
          "monday, tuesday, wednesday, thursday, friday, saturday");
    CHECK(error_of("[calendar]\nreceipt_outside_hours = \"today\"\n") ==
          "ppid.toml:2:25: invalid value for calendar.receipt_outside_hours: \"today\"; allowed: "
          "next-working-day, same-day");
    CHECK(error_of("[calendar]\nclock_starts = \"never\"\n") ==
          "ppid.toml:2:16: invalid value for calendar.clock_starts: \"never\"; allowed: receipt, "
          "completion");
  }

  TEST_CASE("register formats need {seq}, known fields, and {year} when reset yearly") {
    const std::string format_rule =
        "the format must contain {seq} (or {seq:03}); other fields: {year}, {month}, "
        "{month:02}, {month:roman}";
    const std::string year_rule =
        "with a sequence reset every year the format must contain {year} to keep numbers unique";
    CHECK(error_of("[agency]\nregister_format = \"PPID/{year}\"\n") ==
          "ppid.toml:2:19: invalid value for agency.register_format: \"PPID/{year}\"; " +
              format_rule);
    CHECK(error_of("[agency]\nregister_format = \"{seq}/{day}/{year}\"\n") ==
          "ppid.toml:2:19: invalid value for agency.register_format: \"{seq}/{day}/{year}\"; " +
              format_rule);
    CHECK(error_of("[agency]\nobjection_format = \"KEB/{year}\"\n") ==
          "ppid.toml:2:20: invalid value for agency.objection_format: \"KEB/{year}\"; " +
              format_rule);
    CHECK(error_of("[agency]\nregister_format = \"{seq:03}/PPID\"\n") ==
          "ppid.toml:2:19: invalid value for agency.register_format: \"{seq:03}/PPID\"; " +
              year_rule);
    CHECK(error_of("[agency]\nregister_reset = \"yearly\"\nobjection_format = \"{seq}/KEB\"\n") ==
          "ppid.toml:3:20: invalid value for agency.objection_format: \"{seq}/KEB\"; " + year_rule);
    // A sequence that never restarts needs no year.
    const auto config = parse_config(
        "[agency]\nregister_reset = \"never\"\nregister_format = \"{seq:03}/PPID\"\n"
        "objection_format = \"{seq}/KEB\"\n",
        "ppid.toml");
    CHECK(config.agency.register_reset == SequenceReset::never);
    CHECK(config.agency.register_format == "{seq:03}/PPID");
    CHECK(config.agency.objection_format == "{seq}/KEB");
  }

  TEST_CASE("services need a valid name and a title") {
    CHECK(error_of("[services.Informasi]\ntitle = \"Info\"\n") ==
          "ppid.toml:1:11: invalid value for services: \"Informasi\"; a service name has only "
          "lower-case letters, digits, '-' and '_'");
    CHECK(error_of("[services.\"info berkala\"]\ntitle = \"Info\"\n") ==
          "ppid.toml:1:11: invalid value for services: \"info berkala\"; a service name has only "
          "lower-case letters, digits, '-' and '_'");
    CHECK(error_of("[services.info]\ntarget = \"5 hk\"\n") ==
          "ppid.toml:1:1: required key missing: \"services.info.title\"; must be a string");
    CHECK(error_of("[services.info]\ntitle = \"\"\n") ==
          "ppid.toml:1:1: required key missing: \"services.info.title\"; must be a string");
    CHECK(error_of("[services.info]\ntitle = \"Info\"\ntarget = \"5 minggu\"\n") ==
          "ppid.toml:3:10: invalid value for services.info.target: \"5 minggu\"; write a number "
          "and a unit: \"10 wd\" or \"10 hk\" (working days), \"14 d\" or \"14 hari\" (plain "
          "days)");
  }

  TEST_CASE("service hours must open before they close") {
    const std::string rule =
        "; write service hours as \"08:00-16:00\", with a break \"08.00-12.00, 13.00-15.00\": "
        "spans in order, each opening before it closes";
    CHECK(error_of("[calendar.service_hours]\nmonday = \"16:00-08:00\"\n") ==
          "ppid.toml:2:10: invalid value for calendar.service_hours.monday: \"16:00-08:00\"" +
              rule);
    CHECK(error_of("[calendar.service_hours]\nmonday = \"08:00-08:00\"\n") ==
          "ppid.toml:2:10: invalid value for calendar.service_hours.monday: \"08:00-08:00\"" +
              rule);
    CHECK(error_of("[calendar.service_hours]\nfriday = \"08:00\"\n") ==
          "ppid.toml:2:10: invalid value for calendar.service_hours.friday: \"08:00\"" + rule);
    CHECK(error_of("[calendar.service_hours]\nfriday = \"08:00-24:00\"\n") ==
          "ppid.toml:2:10: invalid value for calendar.service_hours.friday: \"08:00-24:00\"" +
              rule);
    // Spans out of order or overlapping, and a span that is not one.
    CHECK(error_of("[calendar.service_hours]\nmonday = \"13.00-15.00, 08.00-12.00\"\n") ==
          "ppid.toml:2:10: invalid value for calendar.service_hours.monday: \"13.00-15.00, "
          "08.00-12.00\"" +
              rule);
    CHECK(error_of("[calendar.service_hours]\nmonday = \"08.00-12.30, 12.00-15.00\"\n") ==
          "ppid.toml:2:10: invalid value for calendar.service_hours.monday: \"08.00-12.30, "
          "12.00-15.00\"" +
              rule);
    CHECK(error_of("[calendar.service_hours]\nmonday = \"08.00-12.00,\"\n") ==
          "ppid.toml:2:10: invalid value for calendar.service_hours.monday: \"08.00-12.00,\"" +
              rule);
  }

  TEST_CASE("service hours in the notation of service standards, with breaks") {
    const auto config = parse_config(
        "[calendar.service_hours]\n"
        "monday = \"08.00-12.00, 13.00-15.00\"\n"
        "tuesday = \"8.00 \xe2\x80\x93 16.00\"\n"
        "friday = \"07:30-11:30,13:30-16:00\"\n",
        "ppid.toml");
    const auto& hours = config.calendar.service_hours;
    CHECK(hours[1] == ServiceHours{{{8h, 12h}, {13h, 15h}}});
    CHECK(hours[2] == ServiceHours{{{8h, 16h}}});
    CHECK(hours[5] == ServiceHours{{{7h + 30min, 11h + 30min}, {13h + 30min, 16h}}});
    // Shown in one canonical notation, read back unchanged.
    const auto shown = ppid::config::to_toml(config);
    CHECK(shown.find("monday = \"08:00-12:00, 13:00-15:00\"\n") != std::string::npos);
    CHECK(parse_config(shown, "shown.toml") == config);
  }

  TEST_CASE("a week without a working day is refused: no count could ever end") {
    CHECK(error_of("[calendar]\nweekend = [\"monday\", \"tuesday\", \"wednesday\", \"thursday\", "
                   "\"friday\", \"saturday\", \"sunday\"]\n") ==
          "ppid.toml:2:11: invalid value for calendar.weekend: \"monday, tuesday, wednesday, "
          "thursday, friday, saturday, sunday\"; at least one day of the week must be a working "
          "day");
    // Six closed days leave one: accepted.
    CHECK(parse_config("[calendar]\nweekend = [\"monday\", \"tuesday\", \"wednesday\", "
                       "\"thursday\", \"friday\", \"saturday\"]\n",
                       "ppid.toml")
              .calendar.working_days_per_week() == 1);
  }

  TEST_CASE("the statutory limits are the law's unless a reason is given") {
    CHECK(error_of("[deadlines]\nobjection_answer = \"7 hk\"\n") ==
          "ppid.toml:2:20: deadlines.objection_answer = \"7 wd\" is not the law's \"30 wd\" "
          "(UU 14/2008 art. 36(2)); a body's own standard goes in [targets]; a different "
          "statutory limit needs override = \"why\"");
    CHECK(error_of("[deadlines]\ncassation_filing = \"14 hk\"\n") ==
          "ppid.toml:2:20: deadlines.cassation_filing = \"14 wd\" is not the law's \"14 d\" "
          "(UU 14/2008 art. 50); a body's own standard goes in [targets]; a different "
          "statutory limit needs override = \"why\"");
    // The law's value written out is the law.
    CHECK(parse_config("[deadlines]\nresponse = \"10 hk\"\n", "ppid.toml").deadlines ==
          ppid::config::Deadlines{});
    CHECK(error_of("[deadlines]\noverride = \" \"\nresponse = \"5 hk\"\n") ==
          "ppid.toml:2:12: invalid value for deadlines.override: \" \"; write the reason: why "
          "these limits differ from UU 14/2008");
    const auto overridden = parse_config(
        "[deadlines]\noverride = \"UU 99/2031 pasal 3\"\nresponse = \"5 hk\"\n", "ppid.toml");
    CHECK(overridden.deadlines.response == Duration{5, DayUnit::working});
    CHECK(overridden.deadlines.override_reason == "UU 99/2031 pasal 3");
    CHECK(ppid::config::deviations(overridden.deadlines) ==
          std::vector<ppid::config::LawDeviation>{{"deadlines.response",
                                                   Duration{10, DayUnit::working},
                                                   Duration{5, DayUnit::working}, "22(7)"}});
    CHECK(ppid::config::deviations(ppid::config::Deadlines{}).empty());
    // Stored in a case file by an older ppid: opened as it was accepted.
    const auto stored = parse_config("[deadlines]\nobjection_answer = \"7 hk\"\n", "case.ppid",
                                     ppid::config::Strictness::stored);
    CHECK(stored.deadlines.objection_answer == Duration{7, DayUnit::working});
    CHECK(!stored.deadlines.override_reason.has_value());
  }

  TEST_CASE("the body's targets stay within the law, in the configured week") {
    const auto config =
        parse_config("[targets]\nresponse = \"7 hk\"\nobjection_answer = \"7 wd\"\n", "ppid.toml");
    CHECK(config.targets.response == Target{7, DayUnit::working});
    CHECK(config.targets.objection_answer == Target{7, DayUnit::working});
    CHECK(parse_config("[targets]\nresponse = \"10 hk\"\n", "ppid.toml").targets.response ==
          Target{10, DayUnit::working});
    CHECK(error_of("[targets]\nresponse = \"11 hk\"\n") ==
          "ppid.toml:2:12: invalid value for targets.response: \"11 hk\"; a target must be "
          "within the law: at most \"10 wd\" (deadlines.response = \"10 wd\")");
    // Plain days against working days: 10 working days in a five-day week never end before 14
    // days, two weekends included; 15 days could end after them.
    CHECK(parse_config("[targets]\nresponse = \"14 hari\"\n", "ppid.toml").targets.response ==
          Target{14, DayUnit::plain});
    CHECK(error_of("[targets]\nresponse = \"15 hari\"\n") ==
          "ppid.toml:2:12: invalid value for targets.response: \"15 hari\"; a target must be "
          "within the law: at most \"14 d\" (deadlines.response = \"10 wd\")");
    CHECK(error_of("[targets]\nobjection_answer = \"31 hk\"\n") ==
          "ppid.toml:2:20: invalid value for targets.objection_answer: \"31 hk\"; a target must "
          "be within the law: at most \"30 wd\" (deadlines.objection_answer = \"30 wd\")");
    CHECK(error_of("[services.info]\ntitle = \"Info\"\ntarget = \"12 hk\"\n") ==
          "ppid.toml:3:10: invalid value for services.info.target: \"12 hk\"; a target must be "
          "within the law: at most \"10 wd\" (deadlines.response = \"10 wd\")");
    // A target without a unit is kept as written, never compared.
    CHECK(parse_config("[targets]\nresponse = \"40\"\n", "ppid.toml").targets.response ==
          Target{40, std::nullopt});
  }

  TEST_CASE("the requirements checklist per applicant type, with the standards' defaults") {
    using Codes = std::vector<std::string>;
    const auto defaults = parse_config("", "ppid.toml").requirements;
    CHECK(defaults.person == Codes{"form", "ktp"});
    CHECK(defaults.group == Codes{"form", "ktp-members"});
    CHECK(defaults.organization == Codes{"form", "deed", "domicile"});
    CHECK(defaults.proxy == Codes{"power-of-attorney"});
    const auto own =
        parse_config("[requirements]\nperson = [\"ktp\", \"npwp\"]\nproxy = []\n", "ppid.toml")
            .requirements;
    CHECK(own.person == Codes{"ktp", "npwp"});
    CHECK(own.group == defaults.group);
    CHECK(own.proxy.empty());
    CHECK(error_of("[requirements]\nperson = [\"KTP\"]\n") ==
          "ppid.toml:2:11: invalid value for requirements.person: \"KTP\"; a requirement code "
          "has lower-case letters, digits and '-', each listed once (e.g. \"ktp\")");
    CHECK(error_of("[requirements]\nperson = [\"ktp\", \"ktp\"]\n") ==
          "ppid.toml:2:18: invalid value for requirements.person: \"ktp\"; a requirement code "
          "has lower-case letters, digits and '-', each listed once (e.g. \"ktp\")");
    CHECK(error_of("[requirements]\nperson = \"ktp\"\n") ==
          "ppid.toml:2:10: wrong type of value: \"requirements.person\"; must be an array [ ... ]");
    CHECK(error_of("[requirements]\nstudent = []\n") ==
          "ppid.toml:2:1: unknown key: \"requirements.student\"; allowed: person, group, "
          "organization, proxy");
  }

  TEST_CASE("closed and working days need a date, closed days a name, and no repeats") {
    CHECK(error_of("[calendar]\nclosed_days = [ { name = \"Rapat\" } ]\n") ==
          "ppid.toml:2:17: required key missing: \"calendar.closed_days.date\"; use YYYY-MM-DD, "
          "e.g. 2026-11-24");
    CHECK(error_of("[calendar]\nclosed_days = [ { date = 2026-10-15 } ]\n") ==
          "ppid.toml:2:17: required key missing: \"calendar.closed_days.name\"; must be a string");
    CHECK(error_of("[calendar]\nclosed_days = [\n"
                   "  { date = 2026-10-15, name = \"A\" },\n"
                   "  { date = 2026-10-15, name = \"B\" },\n"
                   "]\n") ==
          "ppid.toml:4:12: date listed twice in calendar.closed_days: \"2026-10-15\"; list each "
          "date only once");
    CHECK(
        error_of("[calendar]\nworking_days = [ { date = 2026-11-28 }, { date = 2026-11-28 } ]\n") ==
        "ppid.toml:2:50: date listed twice in calendar.working_days: \"2026-11-28\"; list each "
        "date only once");
    // A working day needs no name, and days are kept in date order.
    const auto config = parse_config(
        "[calendar]\nworking_days = [ { date = 2026-12-05 }, { date = 2026-11-28, name = \"x\" } "
        "]\n",
        "ppid.toml");
    CHECK(config.calendar.working_days ==
          std::vector<LocalDay>{{day(2026, 11, 28), "x"}, {day(2026, 12, 5), ""}});
  }

  TEST_CASE("errors are rendered in Indonesian too") {
    try {
      parse_config("[deadlines]\nresponse = \"10 wx\"\n", "ppid.toml");
      FAIL("no error");
    } catch (const ppid::Error& e) {
      CHECK(e.render(ppid::text::Lang::id) ==
            "ppid.toml:2:12: nilai tidak sah untuk deadlines.response: \"10 wx\"; tulis jumlah "
            "dan satuan: \"10 hk\" atau \"10 wd\" (hari kerja), \"14 hari\" atau \"14 d\" (hari "
            "kalender)");
    }
  }
}
