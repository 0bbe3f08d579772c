#include "rules/personal.hpp"

#include <doctest/doctest.h>

using ppid::rules::PersonalData;

TEST_SUITE("rules") {
  TEST_CASE("personal_data: what the report options ask for") {
    CHECK(ppid::rules::personal_data(false, false) == PersonalData::hidden);
    // --unmasked alone shows nothing more.
    CHECK(ppid::rules::personal_data(false, true) == PersonalData::hidden);
    CHECK(ppid::rules::personal_data(true, false) == PersonalData::masked);
    CHECK(ppid::rules::personal_data(true, true) == PersonalData::unmasked);
  }

  TEST_CASE("masked_nik: the first and last four digits of a NIK") {
    CHECK(ppid::rules::masked_nik("3201234567890001") == "3201********0001");
    CHECK(ppid::rules::masked_nik("3174019876543210") == "3174********3210");
    // Not a NIK's 16 characters: hidden whole, keeping its length.
    CHECK(ppid::rules::masked_nik("320123456789000") == "***************");
    CHECK(ppid::rules::masked_nik("32012345678900012") == "*****************");
    CHECK(ppid::rules::masked_nik("") == "");
  }

  TEST_CASE("shown_nik and shown: nothing when hidden, the NIK masked or whole") {
    const std::string nik = "3201234567890004";
    CHECK(ppid::rules::shown_nik(PersonalData::hidden, nik) == "");
    CHECK(ppid::rules::shown_nik(PersonalData::masked, nik) == "3201********0004");
    CHECK(ppid::rules::shown_nik(PersonalData::unmasked, nik) == "3201234567890004");
    for (const auto policy : {PersonalData::hidden, PersonalData::masked, PersonalData::unmasked}) {
      CHECK(ppid::rules::shown_nik(policy, "") == "");
    }
    CHECK(ppid::rules::shown(PersonalData::hidden, "0812-3456-7801") == "");
    CHECK(ppid::rules::shown(PersonalData::masked, "0812-3456-7801") == "0812-3456-7801");
    CHECK(ppid::rules::shown(PersonalData::unmasked, "budi.santoso@example.id") ==
          "budi.santoso@example.id");
  }
}
