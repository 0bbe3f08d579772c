#include "store/case_import.hpp"

#include "config/register_format.hpp"
#include "store/detail/case_file_impl.hpp"
#include "store/detail/case_writer.hpp"
#include "store/detail/sqlite_error.hpp"

#include <algorithm>
#include <map>

namespace ppid::store {

using namespace detail;
using import::AddOutcome;
using rules::Case;
using rules::Event;
using rules::EventKind;

struct CaseImport::Impl {
  CaseFile& file;
  Recorded recorded;
  CaseWriter writer;
  std::optional<config::RegisterFormat> register_format;
  std::optional<config::RegisterFormat> objection_format;
  // The highest number taken in each register sequence: the sequences move past them at the end.
  std::map<std::string, long> highest;
  // Requests with a higher id were stored by this import.
  long last_id_before = 0;

  Impl(CaseFile& f, Recorded r)
      : file(f),
        recorded(std::move(r)),
        writer(impl(f).db, f.config()),
        register_format(config::RegisterFormat::parse(f.config().agency.register_format)),
        objection_format(config::RegisterFormat::parse(f.config().agency.objection_format)) {}

  // The place of `number` in its register: its year and sequence when it is in the body's
  // format (the sequence then continues after it), else the year of `day` and 0.
  std::pair<int, long> place(const std::optional<config::RegisterFormat>& format,
                             std::string_view register_name, const std::string& number, Date day) {
    const auto parts = format ? format->match(number) : std::nullopt;
    if (!parts) {
      return {year_of(day), 0};
    }
    const int year = parts->year.value_or(year_of(day));
    const auto scope = sequence_scope(register_name, file.config(), year);
    if (register_name == "objection") {
      // At once: a later objection without a number takes the next one from this sequence.
      writer.advance_sequence(scope, parts->sequence);
    } else {
      // Every row gives its register number: the sequence is only needed after the last one.
      auto& last = highest[scope];
      last = std::max(last, parts->sequence);
    }
    return {year, parts->sequence};
  }

  bool same(const Case& c, long request_id, bool objection_no_given) {
    const auto stored = read_events(impl(file).db, request_id, impl(file).path);
    if (stored.size() < c.events.size()) {
      return false;
    }
    for (std::size_t i = 0; i < c.events.size(); ++i) {
      const auto& mine = c.events[i];
      auto theirs = stored[i].data;
      if (auto* objected = std::get_if<rules::Objected>(&theirs); objected && !objection_no_given) {
        objected->objection_no.reset();
      }
      if (mine.happened != stored[i].happened || mine.data != theirs) {
        return false;
      }
    }
    return true;
  }
};

CaseImport::CaseImport(CaseFile& file, Recorded recorded) {
  guarded(file, [&](SQLite::Database& db) {
    m_impl = std::make_unique<Impl>(file, std::move(recorded));
    SQLite::Statement last{db, "SELECT coalesce(max(id), 0) FROM request"};
    last.executeStep();
    m_impl->last_id_before = last.getColumn(0).getInt64();
    // A bigger page cache for the length of the import: fewer pages spilled to the WAL and read
    // back. A fixed size, so memory stays flat however long the register.
    db.exec("PRAGMA cache_size = -16384");
  });
}

CaseImport::~CaseImport() = default;

void CaseImport::finish() {
  guarded(m_impl->file, [&](SQLite::Database&) {
    for (const auto& [scope, sequence] : m_impl->highest) {
      m_impl->writer.advance_sequence(scope, sequence);
    }
  });
}

AddOutcome CaseImport::add(Case c, bool objection_no_given) {
  auto& m = *m_impl;
  return guarded(m.file, [&](SQLite::Database&) {
    if (const long existing = m.writer.find(c.register_no)) {
      if (m.same(c, existing, objection_no_given)) {
        return AddOutcome::already_present;
      }
      return existing > m.last_id_before ? AddOutcome::repeated : AddOutcome::conflict;
    }
    auto& stored = c;
    for (auto& event : stored.events) {
      auto* objected = std::get_if<rules::Objected>(&event.data);
      if (objected == nullptr) {
        continue;
      }
      if (objection_no_given) {
        const auto& number = *objected->objection_no;
        if (m.writer.objection_no_taken(number)) {
          return AddOutcome::objection_no_taken;
        }
        m.place(m.objection_format, "objection", number, event.happened.date);
      } else {
        objected->objection_no = m.writer.next_objection_no(event.happened.date).number;
      }
      stored.objection_no = objected->objection_no;
    }
    const auto [year, sequence] =
        m.place(m.register_format, "request", stored.register_no, stored.received.date);
    const long request_id = m.writer.add_request(stored, year, sequence);
    for (auto& event : stored.events) {
      m.writer.add_event(request_id, stored.register_no, std::move(event), m.recorded);
    }
    return AddOutcome::imported;
  });
}

}  // namespace ppid::store
