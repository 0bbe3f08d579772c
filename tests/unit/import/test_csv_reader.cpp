#include "import/csv_reader.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

using ppid::import::CsvOptions;
using ppid::import::CsvReader;
using ppid::import::CsvRecord;
using ppid::import::Encoding;
using ppid::text::Id;

namespace {

std::string problem_name(Id id) {
  switch (id) {
    case Id::imp_csv_quote:
      return "quote";
    case Id::imp_csv_unterminated:
      return "unterminated";
    case Id::imp_csv_encoding:
      return "encoding";
    case Id::imp_csv_not_utf8:
      return "not utf-8";
    case Id::imp_csv_too_long:
      return "too long";
    default:
      return "other";
  }
}

struct Read {
  // Each record as "<line>:<field>|<field>...", or "<line>!<problem>" when it has one.
  std::vector<std::string> records;
  char delimiter = 0;
  std::uint64_t bytes = 0;
  bool converted = false;
};

Read read(const std::string& input, CsvOptions options = {}) {
  std::istringstream in{input};
  CsvReader reader{in, options};
  Read result;
  CsvRecord record;  // one record reused, as the import does
  while (reader.next(record)) {
    std::string text = std::to_string(record.line);
    if (record.problem) {
      text += "!" + problem_name(*record.problem);
    } else {
      text += ":";
      for (std::size_t i = 0; i < record.fields.size(); ++i) {
        text += (i == 0 ? "" : "|") + record.fields[i];
      }
    }
    result.records.push_back(text);
  }
  CHECK_FALSE(reader.next(record));  // the end stays the end
  result.delimiter = reader.delimiter();
  result.bytes = reader.bytes_read();
  result.converted = reader.converted();
  return result;
}

using Records = std::vector<std::string>;

CsvOptions with_encoding(Encoding encoding) {
  CsvOptions options;
  options.encoding = encoding;
  return options;
}

CsvOptions with_delimiter(char delimiter) {
  CsvOptions options;
  options.delimiter = delimiter;
  return options;
}

}  // namespace

TEST_SUITE("import") {
  TEST_CASE("csv: a byte order mark and CRLF line ends") {
    const std::string input = "\xEF\xBB\xBFnomor,nama\r\n1,Sari\r\n2,Budi\r\n";
    const auto result = read(input);
    CHECK(result.records == Records{"1:nomor|nama", "2:1|Sari", "3:2|Budi"});
    CHECK(result.bytes == input.size());
    CHECK(result.delimiter == ',');
  }

  TEST_CASE("csv: a byte order mark only at the very start") {
    const std::string input =
        "a\n\xEF\xBB\xBF"
        "b\n";
    CHECK(read(input).records == Records{"1:a",
                                         "2:\xEF\xBB\xBF"
                                         "b"});
    CHECK(read("\xEF\xBB\xBF").records.empty());
    CHECK(read("\xEF\xBB\xBF").bytes == 3);
  }

  TEST_CASE("csv: the separator detected from the first non-blank line") {
    auto result = read("a;b;c\n1;2,5;3\n");
    CHECK(result.delimiter == ';');
    CHECK(result.records == Records{"1:a|b|c", "2:1|2,5|3"});

    result = read("a\tb\tc\n1\t2\t3\n");
    CHECK(result.delimiter == '\t');
    CHECK(result.records == Records{"1:a|b|c", "2:1|2|3"});

    result = read("\n  \na,b;c\n");
    CHECK(result.delimiter == ',');
    CHECK(result.records == Records{"3:a|b;c"});

    // Separators inside quotes do not count.
    result = read("\"x,y,z\";b;c\n");
    CHECK(result.delimiter == ';');
    CHECK(result.records == Records{"1:x,y,z|b|c"});

    CHECK(read("a;b\tc\n").delimiter == ';');
    CHECK(read("a,b\tc\n").delimiter == ',');
    CHECK(read("judul\n").delimiter == ',');
    CHECK(read("").delimiter == ',');
  }

  TEST_CASE("csv: an explicit separator is used as given") {
    auto result = read("a,b;c\n", with_delimiter(';'));
    CHECK(result.delimiter == ';');
    CHECK(result.records == Records{"1:a,b|c"});

    std::istringstream in{"a|b\n"};
    const CsvReader reader{in, with_delimiter('|')};
    CHECK(reader.delimiter() == '|');
  }

  TEST_CASE("csv: quoted fields with separators, doubled quotes and line breaks") {
    const std::string input =
        "nama,catatan\n"
        "\"Sari, S.H.\",\"ia berkata \"\"ya\"\"\"\n"
        "\"baris satu\r\nbaris dua\",x\r\n"
        "\"a\n\nb\",\"\"\n"
        "akhir,baris\n";
    const auto result = read(input);
    CHECK(result.records == Records{"1:nama|catatan", "2:Sari, S.H.|ia berkata \"ya\"",
                                    "3:baris satu\nbaris dua|x", "5:a\n\nb|", "8:akhir|baris"});
    CHECK(result.bytes == input.size());
  }

  TEST_CASE("csv: blank lines are skipped and do not count as records") {
    const std::string input = "a,b\n\n   \n\r\nc,d\n\n \t \n\r\n";
    const auto result = read(input);
    CHECK(result.records == Records{"1:a|b", "5:c|d"});
    CHECK(result.bytes == input.size());
    // Empty fields are no blank line.
    CHECK(read(",,\n").records == Records{"1:||"});
  }

  TEST_CASE("csv: spaces around fields are dropped") {
    CHECK(read("  a  ,  b c , \" d \" ,\t\"e\"\t,\n").records == Records{"1:a|b c|d|e|"});
    // With tab as the separator a tab is no space: empty fields stay.
    CHECK(read("\t\tx \n a \t b \n", with_delimiter('\t')).records == Records{"1:||x", "2:a|b"});
    CHECK(read("a\t\tb\n").records == Records{"1:a||b"});
    CHECK(read("\"\tx\t\"\t\" y \"\n", with_delimiter('\t')).records == Records{"1:\tx\t|y"});
    CHECK(read("\"\tx\t\",\" y \"\n").records == Records{"1:x|y"});
  }

  TEST_CASE("csv: a final line without a line end is a record") {
    std::string input = "a,b\nc,d";
    auto result = read(input);
    CHECK(result.records == Records{"1:a|b", "2:c|d"});
    CHECK(result.bytes == input.size());

    input = "a,\"b\"";
    result = read(input);
    CHECK(result.records == Records{"1:a|b"});
    CHECK(result.bytes == input.size());

    CHECK(read("a,b\r").records == Records{"1:a|b"});
  }

  TEST_CASE("csv: a malformed quote is a problem of its record — reading goes on") {
    // libcsv (strict) refuses a closing quote followed by anything but the separator.
    auto result = read("h1,h2,h3\na,\"b\"c,d\ne,f,g\n");
    CHECK(result.records == Records{"1:h1|h2|h3", "2!quote", "3:e|f|g"});
    // A quote inside an unquoted field.
    result = read("a,b\"c,d\ne,f\n");
    CHECK(result.records == Records{"1!quote", "2:e|f"});
    // A quote after a closing quote and spaces.
    result = read("\"a\" \"b\",c\nd\n");
    CHECK(result.records == Records{"1!quote", "2:d"});
    // Found on the second line of a record: reported at the line where the record starts,
    // reading goes on after the line with the fault.
    const std::string input = "x\n\"a\nb\"c,d\ne\n";
    result = read(input);
    CHECK(result.records == Records{"1:x", "2!quote", "4:e"});
    CHECK(result.bytes == input.size());
  }

  TEST_CASE("csv: a quoted field still open at the end of the file") {
    std::string input = "a,b\nc,\"d\ne,f\n\n";
    auto result = read(input);
    CHECK(result.records == Records{"1:a|b", "2!unterminated"});
    CHECK(result.bytes == input.size());

    input = "a,\"b";
    result = read(input);
    CHECK(result.records == Records{"1!unterminated"});
    CHECK(result.bytes == input.size());
  }

  TEST_CASE("csv: Windows-1252 text converted to UTF-8") {
    const std::string input = "Andi Mu\x92min,Caf\xe9,Caf\xc3\xa9,\x80 5\n";
    auto result = read(input);
    CHECK(result.records == Records{"1:Andi Mu\u2019min|Caf\u00e9|Caf\u00e9|\u20ac 5"});
    CHECK(result.converted);
    CHECK(result.bytes == input.size());

    // Every field converted, even one that would be valid UTF-8.
    result = read(input, with_encoding(Encoding::windows_1252));
    CHECK(result.records == Records{"1:Andi Mu\u2019min|Caf\u00e9|Caf\u00c3\u00a9|\u20ac 5"});
    CHECK(result.converted);

    // Nothing to convert.
    result = read("Caf\xc3\xa9,abc\n");
    CHECK(result.records == Records{"1:Caf\u00e9|abc"});
    CHECK_FALSE(result.converted);
    result = read("abc\n", with_encoding(Encoding::windows_1252));
    CHECK_FALSE(result.converted);
  }

  TEST_CASE("csv: text that is not UTF-8 when UTF-8 is required") {
    auto result = read("a,Caf\xe9\nb,c\n", with_encoding(Encoding::utf8));
    CHECK(result.records == Records{"1!not utf-8", "2:b|c"});
    CHECK_FALSE(result.converted);

    for (const char* bad : {"\xC0\xAF", "\xC1\xBF", "\xE0\x80\xAF", "\xF0\x80\x80\xAF",
                            "\xED\xA0\x80", "\xED\xBF\xBF", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80",
                            "\xE2\x82", "\xE2\x28\xA1", "\x80", "\xBF", "\xFE", "\xFF", "a\xC3"}) {
      CAPTURE(bad);
      CHECK(read(std::string{bad} + "\n", with_encoding(Encoding::utf8)).records ==
            Records{"1!not utf-8"});
    }
    for (const char* good :
         {"\xC2\x80", "\xDF\xBF", "\xE0\xA0\x80", "\xED\x9F\xBF", "\xEE\x80\x80", "\xEF\xBF\xBF",
          "\xF0\x90\x80\x80", "\xF0\x9F\x98\x80", "\xF4\x8F\xBF\xBF"}) {
      CAPTURE(good);
      CHECK(read(std::string{good} + "\n", with_encoding(Encoding::utf8)).records ==
            Records{std::string{"1:"} + good});
    }
  }

  TEST_CASE("csv: a byte Windows-1252 leaves undefined") {
    for (const char* bad : {"\x81", "\x8D", "\x8F", "\x90", "\x9D"}) {
      CAPTURE(bad);
      CHECK(read(std::string{"a,x"} + bad + "y\nb\n").records == Records{"1!encoding", "2:b"});
      CHECK(read(std::string{"x"} + bad + "\n", with_encoding(Encoding::windows_1252)).records ==
            Records{"1!encoding"});
    }
  }

  TEST_CASE("csv: records with more or fewer fields than the header are returned as they are") {
    const auto result = read("a,b,c\n1,2\n3,4,5,6\n7\n8,9,10\n");
    CHECK(result.records == Records{"1:a|b|c", "2:1|2", "3:3|4|5|6", "4:7", "5:8|9|10"});
  }

  TEST_CASE("csv: a carriage return inside a line is data, not a line end") {
    CHECK(read("a\rb,c\n\"d\re\",f\n").records == Records{"1:a\rb|c", "2:d\re|f"});
  }

  TEST_CASE("csv: long fields and many lines") {
    std::string input;
    const std::string long_field(10000, 'x');
    for (int i = 0; i < 1000; ++i) {
      input += std::to_string(i) + ",\"" + long_field + "\"\n";
    }
    std::istringstream in{input};
    CsvReader reader{in, {}};
    CsvRecord record;
    long count = 0;
    while (reader.next(record)) {
      ++count;
      REQUIRE(record.fields.size() == 2);
      CHECK(record.line == count);
      CHECK(record.fields[0] == std::to_string(count - 1));
      CHECK(record.fields[1] == long_field);
    }
    CHECK(count == 1000);
    CHECK(reader.bytes_read() == input.size());
  }

  TEST_CASE("csv: bytes read grow record by record") {
    std::istringstream in{"ab,c\n\nd\n"};
    CsvReader reader{in, {}};
    CHECK(reader.bytes_read() == 0);
    CsvRecord record;
    REQUIRE(reader.next(record));
    CHECK(reader.bytes_read() == 5);
    REQUIRE(reader.next(record));
    CHECK(reader.bytes_read() == 8);
    CHECK_FALSE(reader.next(record));
    CHECK(reader.bytes_read() == 8);
  }
}

TEST_CASE("csv: a quote left open stops reading after 1 MiB instead of holding the file") {
  std::string input = "a,b\n1,\"open\n";
  const std::string filler(999, 'x');
  for (int i = 0; i < 1100; ++i) {
    input += filler + "\n";
  }
  input += "2,closed\n";
  const auto result = read(input);
  CHECK(result.records == std::vector<std::string>{"1:a|b", "2!too long"});
  // Just past the limit, not the whole input.
  CHECK(result.bytes < input.size());
  CHECK(result.bytes > (1u << 20));
}

TEST_CASE("csv: a title line without separators does not decide the separator") {
  const auto result = read("BUKU REGISTER PERMOHONAN 2025\n\nNo;Nama\n1;Siti, S.H.\n");
  CHECK(result.records ==
        std::vector<std::string>{"1:BUKU REGISTER PERMOHONAN 2025", "3:No|Nama", "4:1|Siti, S.H."});
  CHECK(result.delimiter == ';');
}
