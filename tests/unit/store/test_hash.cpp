#include "rules/words.hpp"
#include "store/case_file.hpp"
#include "store/detail/hash.hpp"
#include "support/case_builder.hpp"
#include "support/temp_dir.hpp"

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>

#include <string>

using ppid::store::sha256_hex;

TEST_SUITE("store") {
  TEST_CASE("hash: SHA-256 of the standard test vectors, in lower-case hex") {
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256_hex("The quick brown fox jumps over the lazy dog") ==
          "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592");
    CHECK(sha256_hex(std::string(1'000'000, 'a')) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    // Bytes, not text: a NUL and the bytes above 0x7f are hashed as they are.
    CHECK(sha256_hex(std::string{"a\0b", 3}) != sha256_hex("ab"));
  }

  TEST_CASE("hash: the chain of a case file's first events has the same values in every version") {
    // Each hash covers the one before it, the event's id, register number, kind, times, recorder
    // and stored data, one per line (the values here were computed with sha256sum from that
    // text): a version that changed any of it could not verify the case files already written.
    ppid::test::TempDir dir;
    const auto path = dir / "ppid.sqlite";
    ppid::store::CaseFile::create(path, {});
    auto file = ppid::store::CaseFile::open(path, ppid::store::Access::read_write);
    const auto c = ppid::test::CaseBuilder{}
                       .received("2026-03-10 09:00")
                       .responded("2026-03-26", ppid::rules::Decision::granted)
                       .record(file, ppid::test::day("2026-03-26"));
    REQUIRE(c.events.size() == 2);
    SQLite::Database db{path.string(), SQLite::OPEN_READONLY};
    CHECK(db.execAndGet("SELECT data FROM event WHERE id = 1").getString() ==
          R"({"applicant":{"name":"Siti Aminah","type":"person"},"info":"Laporan realisasi )"
          R"(anggaran 2025","channel":"desk","incomplete":false})");
    CHECK(c.events[0].hash == "41ce16d5892762acaab0da9ce25458be2e4b6f469b36b173e7decc635c1f7bd4");
    CHECK(db.execAndGet("SELECT data FROM event WHERE id = 2").getString() ==
          R"({"decision":"granted"})");
    CHECK(c.events[1].prev_hash == c.events[0].hash);
    CHECK(c.events[1].hash == "7229d1497b6a28d6a918cddebe1ad1d1493f01b6245c04556e0bf4e86a778284");
    CHECK(db.execAndGet("SELECT hash FROM event WHERE id = 2").getString() == c.events[1].hash);
  }
}
