#include "store/holiday_store.hpp"

#include "config/builtin_holidays.hpp"
#include "config/holiday_file.hpp"
#include "store/detail/sqlite_error.hpp"

#include <SQLiteCpp/Statement.h>

namespace ppid::store {

std::vector<calendar::HolidayYear> loaded_holiday_years(const CaseFile& file) {
  return detail::guarded(file, [&](SQLite::Database& db) {
    std::vector<calendar::HolidayYear> years;
    SQLite::Statement query{db, "SELECT source, content FROM holiday_file ORDER BY year"};
    while (query.executeStep()) {
      // Checked when loaded; a file that fails now was changed behind ppid's back.
      years.push_back(config::parse_holiday_file(
          query.getColumn(1).getString(),
          detail::impl(file).path + " (" + query.getColumn(0).getString() + ")",
          ErrorKind::bad_input));
    }
    return years;
  });
}

calendar::HolidayYear load_holiday_file(CaseFile& file, std::string_view toml_text,
                                        const std::string& source_name,
                                        const std::string& loaded_at) {
  auto year = config::parse_holiday_file(toml_text, source_name, ErrorKind::bad_input);
  detail::guarded(file, [&](SQLite::Database& db) {
    SQLite::Statement upsert{db,
                             "INSERT INTO holiday_file (year, source, loaded_at, content) "
                             "VALUES (?, ?, ?, ?) ON CONFLICT (year) DO UPDATE SET "
                             "source = excluded.source, loaded_at = excluded.loaded_at, "
                             "content = excluded.content"};
    upsert.bind(1, year.year);
    upsert.bind(2, source_name);
    upsert.bind(3, loaded_at);
    upsert.bind(4, std::string{toml_text});
    upsert.exec();
  });
  return year;
}

calendar::Calendar case_calendar(const CaseFile& file) {
  const auto loaded = loaded_holiday_years(file);
  const auto years = calendar::merge_holiday_years(config::builtin_holidays(), loaded);
  return calendar::Calendar{years, file.config().calendar};
}

}  // namespace ppid::store
