#include "import/csv_reader.hpp"

#include "error.hpp"

#include <csv.h>
#include <iconv.h>

#include <cstring>
#include <new>
#include <string_view>

namespace ppid::import {
namespace {

using text::Id;

// Strict: a stray quote is a problem of the record, not silently kept; strict at the end: a
// quoted field still open when the input ends is reported.
constexpr unsigned char k_parser_options = CSV_STRICT | CSV_STRICT_FINI;

constexpr std::string_view k_bom = "\xEF\xBB\xBF";

// Used while a line holds a carriage return besides its line end: only '\n' ends a record, so a
// physical line holds at most one record end (libcsv's default also ends one at a lone '\r').
int is_line_feed(unsigned char c) {
  return c == '\n';
}

// For tab-separated files, as libcsv's default takes a tab for a space too (libcsv 3.0.3 tests
// for the separator first, so this only guards against other versions).
int is_space_only(unsigned char c) {
  return c == ' ';
}

bool is_ascii(std::string_view text) {
  // No early exit, so that the compiler can vectorise the loop.
  unsigned char all = 0;
  for (const char c : text) {
    all = static_cast<unsigned char>(all | static_cast<unsigned char>(c));
  }
  return all < 0x80;
}

// Well-formed UTF-8 (Unicode table 3-7): no overlong forms, no surrogates, nothing above
// U+10FFFF.
bool is_utf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* const end = p + text.size();
  while (p != end) {
    const unsigned char c = *p;
    if (c < 0x80) {
      ++p;
      continue;
    }
    std::ptrdiff_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      length = 2;
    } else if (c == 0xE0) {
      length = 3;
      low = 0xA0;
    } else if (c == 0xED) {
      length = 3;
      high = 0x9F;
    } else if (c >= 0xE1 && c <= 0xEF) {
      length = 3;
    } else if (c == 0xF0) {
      length = 4;
      low = 0x90;
    } else if (c == 0xF4) {
      length = 4;
      high = 0x8F;
    } else if (c >= 0xF1 && c <= 0xF3) {
      length = 4;
    } else {
      return false;
    }
    if (end - p < length || p[1] < low || p[1] > high) {
      return false;
    }
    for (std::ptrdiff_t i = 2; i < length; ++i) {
      if ((p[i] & 0xC0) != 0x80) {
        return false;
      }
    }
    p += length;
  }
  return true;
}

// The separator a line uses: the most frequent of ',', ';' and tab outside quotes; ties go in
// that order, and ',' when none occurs.
// The separator `line` uses, or none when it holds none of them (a title above the header).
std::optional<char> detect_delimiter(std::string_view line) {
  std::size_t commas = 0;
  std::size_t semicolons = 0;
  std::size_t tabs = 0;
  bool quoted = false;
  for (const char c : line) {
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted) {
      commas += c == ',' ? 1 : 0;
      semicolons += c == ';' ? 1 : 0;
      tabs += c == '\t' ? 1 : 0;
    }
  }
  if (commas + semicolons + tabs == 0) {
    return std::nullopt;
  }
  if (tabs > commas && tabs > semicolons) {
    return '\t';
  }
  return semicolons > commas ? ';' : ',';
}

// iconv_open's documented failure value, (iconv_t)-1: the one integer made a pointer here.
iconv_t iconv_failed() {
  return reinterpret_cast<iconv_t>(-1);  // NOLINT(performance-no-int-to-ptr)
}

}  // namespace

struct CsvReader::Impl {
  std::istream& in;
  Encoding encoding;
  char delimiter;
  bool delimiter_known;
  csv_parser parser{};
  iconv_t from_1252 = iconv_failed();
  std::string line;  // the current physical line, its storage reused
  long lines = 0;    // physical lines read
  std::uint64_t bytes = 0;
  bool at_end = false;
  bool converted = false;

  // The record being read.
  CsvRecord* record = nullptr;
  std::size_t count = 0;  // fields of `record` filled so far
  bool open = false;      // a line of the record went to the parser
  bool ended = false;     // the parser ended the record

  Impl(std::istream& stream, const CsvOptions& options)
      : in{stream},
        encoding{options.encoding},
        delimiter{options.delimiter.value_or(',')},
        delimiter_known{options.delimiter.has_value()} {
    if (encoding != Encoding::utf8) {
      from_1252 = iconv_open("UTF-8", "WINDOWS-1252");
      if (from_1252 == iconv_failed()) {
        throw Error{ErrorKind::internal, {Id::err_internal}}.value("iconv WINDOWS-1252");
      }
    }
    csv_init(&parser, k_parser_options);
    configure();
  }

  ~Impl() {
    csv_free(&parser);
    if (from_1252 != iconv_failed()) {
      iconv_close(from_1252);
    }
  }

  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;

  void configure() {
    csv_set_delim(&parser, static_cast<unsigned char>(delimiter));
    csv_set_space_func(&parser, delimiter == '\t' ? is_space_only : nullptr);
  }

  // After a malformed record: start afresh, whatever state the parser was left in.
  void reset() {
    csv_free(&parser);
    csv_init(&parser, k_parser_options);
    configure();
  }

  bool is_space(char c) const { return c == ' ' || (c == '\t' && delimiter != '\t'); }

  // Reads the next physical line into `line`, without its line end; false at the end of input.
  // Returns in `newline` whether a '\n' ended it.
  bool read_line(bool& newline) {
    if (at_end) {
      return false;
    }
    if (!std::getline(in, line)) {
      at_end = true;
      if (in.bad()) {
        throw Error{ErrorKind::io, {Id::err_io}};
      }
      return false;
    }
    ++lines;
    newline = !in.eof();
    bytes += line.size() + (newline ? 1 : 0);
    if (lines == 1 && line.starts_with(k_bom)) {
      line.erase(0, k_bom.size());
    }
    if (!line.empty() && line.back() == '\r') {
      line.pop_back();
    }
    return true;
  }

  bool blank() const {
    for (const char c : line) {
      if (c != ' ' && c != '\r' && c != '\t') {
        return false;
      }
      if (c == '\t' && delimiter_known && delimiter == '\t') {
        return false;
      }
    }
    return true;
  }

  std::string& next_field() {
    auto& fields = record->fields;
    if (count < fields.size()) {
      return fields[count++];
    }
    ++count;
    return fields.emplace_back();
  }

  void problem(Id id) {
    if (!record->problem) {
      record->problem = id;
    }
  }

  // `text` from Windows-1252 into `field`; false for a byte Windows-1252 leaves undefined.
  bool convert(char* text, std::size_t size, std::string& field) {
    // No Windows-1252 character takes more than 3 bytes in UTF-8 (€ is E2 82 AC).
    field.resize(size * 3);
    char* out = field.data();
    std::size_t out_left = field.size();
    if (iconv(from_1252, &text, &size, &out, &out_left) == static_cast<std::size_t>(-1)) {
      iconv(from_1252, nullptr, nullptr, nullptr, nullptr);
      return false;
    }
    field.resize(field.size() - out_left);
    return true;
  }

  void store(char* text, std::size_t size) {
    std::string& field = next_field();
    const std::string_view view{text, size};
    if (is_ascii(view)) {
      field.assign(view);
      return;
    }
    if (encoding != Encoding::windows_1252) {
      const bool valid = is_utf8(view);
      if (valid || encoding == Encoding::utf8) {
        field.assign(view);
        if (!valid) {
          problem(Id::imp_csv_not_utf8);
        }
        return;
      }
    }
    if (convert(text, size, field)) {
      converted = true;
    } else {
      field.assign(view);
      problem(Id::imp_csv_encoding);
    }
  }

  static void on_field(void* data, std::size_t size, void* self) {
    auto& impl = *static_cast<Impl*>(self);
    char* begin = static_cast<char*>(data);
    char* end = begin + (data == nullptr ? 0 : size);
    while (begin != end && impl.is_space(*begin)) {
      ++begin;
    }
    while (end != begin && impl.is_space(end[-1])) {
      --end;
    }
    impl.store(begin, static_cast<std::size_t>(end - begin));
  }

  static void on_row(int /*terminator*/, void* self) { static_cast<Impl*>(self)->ended = true; }

  static constexpr std::size_t k_max_record_bytes = 1 << 20;

  bool next(CsvRecord& out) {
    record = &out;
    out.line = 0;
    out.problem.reset();
    count = 0;
    open = false;
    ended = false;
    bool newline = false;
    std::size_t record_bytes = 0;
    while (!ended) {
      if (!read_line(newline)) {
        if (!open) {
          out.fields.clear();
          return false;
        }
        if (csv_fini(&parser, on_field, on_row, this) != 0) {
          out.problem = Id::imp_csv_unterminated;
          reset();
        } else if (!ended && count == 0) {
          out.fields.clear();
          return false;
        }
        break;
      }
      if (!open) {
        if (blank()) {
          continue;
        }
        open = true;
        out.line = lines;
        if (!delimiter_known) {
          const auto detected = detect_delimiter(line);
          delimiter = detected.value_or(',');
          delimiter_known = detected.has_value();
          configure();
        }
      }
      // A carriage return left in the line is data (in a quoted field) or a stray: only '\n'
      // ends the record then. Without one, libcsv's faster built-in test is the same.
      csv_set_term_func(&parser,
                        std::memchr(line.data(), '\r', line.size()) ? is_line_feed : nullptr);
      if (newline) {
        line.push_back('\n');
      }
      // A quote left open would swallow the rest of the file into one field: memory must not
      // grow with the file, and no real register row comes near this size.
      record_bytes += line.size();
      if (record_bytes > k_max_record_bytes) {
        out.problem = Id::imp_csv_too_long;
        at_end = true;
        reset();
        break;
      }
      if (csv_parse(&parser, line.data(), line.size(), on_field, on_row, this) != line.size()) {
        if (csv_error(&parser) != CSV_EPARSE) {
          throw std::bad_alloc{};
        }
        // The rest of the line is dropped; reading goes on with the next line.
        out.problem = Id::imp_csv_quote;
        reset();
        break;
      }
    }
    out.fields.resize(count);
    return true;
  }
};

CsvReader::CsvReader(std::istream& in, CsvOptions options)
    : m_impl{std::make_unique<Impl>(in, options)} {}

CsvReader::~CsvReader() = default;

bool CsvReader::next(CsvRecord& record) {
  return m_impl->next(record);
}

char CsvReader::delimiter() const {
  return m_impl->delimiter;
}

std::uint64_t CsvReader::bytes_read() const {
  return m_impl->bytes;
}

bool CsvReader::converted() const {
  return m_impl->converted;
}

}  // namespace ppid::import
